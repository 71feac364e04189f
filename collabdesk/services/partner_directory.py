"""Paged, filtered partner search for lists that may hold a million rows.

This is the hot path behind every keystroke in the search box and the
first screen the program shows, so it speaks plain DB-API SQL and imports
nothing heavy: the main window can list partners before SQLAlchemy loads.

Matching: the query is normalised like the stored key (casefold, ё→е).
Words of three or more letters match anywhere through the FTS5 trigram
index; a one- or two-letter word matches the start of the name (an index
range), because no index can answer "contains 'и'" quickly.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.domain.text import search_key

Execute = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
PREFIX_END = "\U0010ffff"
SORT_LIMIT = 3000
COUNT_CAP = 10_000
COLUMNS = "p.id, p.name, p.kind, p.status, p.city, p.email, p.phone"


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    kind: PartnerKind
    status: PartnerStatus
    city: str
    email: str
    phone: str


@dataclass(frozen=True)
class PartnerPage:
    rows: tuple[PartnerRow, ...]
    total: int
    total_exact: bool  # False: at least `total` match
    alphabetical: bool  # False: too many matches to sort, newest first


@dataclass(frozen=True)
class PartnerQuery:
    text: str = ""
    kind: PartnerKind | None = None
    status: PartnerStatus | None = None
    only_ids: tuple[int, ...] | None = None  # meeting mode: the chosen partners only


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _like_literal(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class PartnerDirectory:
    def __init__(self, execute: Execute, *, fts: bool, placeholder: str = "?") -> None:
        self._execute = execute
        self._fts = fts
        self._ph = placeholder

    @classmethod
    def for_sqlite_file(cls, path: Path) -> PartnerDirectory:
        """A read-only connection of its own: it never writes, so it cannot
        take part in SQLite's two-writer WAL bug, and cannot lock writers out."""
        conn = sqlite3.connect(
            f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False, timeout=10
        )
        lock = threading.Lock()

        def execute(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
            with lock:
                return conn.execute(sql, tuple(params)).fetchall()

        directory = cls(execute, fts=True)
        directory._close = conn.close
        return directory

    _close: Callable[[], None] | None = None

    def close(self) -> None:
        if self._close is not None:
            self._close()
            self._close = None

    def _where(self, query: PartnerQuery) -> tuple[str, list[Any], bool]:
        """FROM/WHERE for `query`, its parameters, and whether FTS drives it."""
        ph = self._ph
        clauses: list[str] = []
        params: list[Any] = []
        words = search_key(query.text).split()
        long_words = [w for w in words if len(w) >= 3]
        short_words = [w for w in words if len(w) < 3]
        use_fts = self._fts and bool(long_words)
        if use_fts:
            source = "partner_fts f JOIN partner p ON p.id = f.rowid"
            clauses.append(f"partner_fts MATCH {ph}")
            params.append(" ".join(_fts_phrase(w) for w in long_words))
        else:
            source = "partner p"
            for word in long_words:
                clauses.append(f"p.search_text LIKE {ph} ESCAPE '\\'")
                params.append(_like_literal(word))
        if short_words:
            rest = short_words
            if not long_words:
                first, rest = short_words[0], short_words[1:]
                clauses.append(f"p.name_key >= {ph} AND p.name_key < {ph}")
                params.extend([first, first + PREFIX_END])
            for word in rest:
                clauses.append(f"p.search_text LIKE {ph} ESCAPE '\\'")
                params.append(_like_literal(word))
        if query.kind is not None:
            clauses.append(f"p.kind = {ph}")
            params.append(query.kind.value)
        if query.status is not None:
            clauses.append(f"p.status = {ph}")
            params.append(query.status.value)
        if query.only_ids is not None:
            ids = query.only_ids or (-1,)
            clauses.append(f"p.id IN ({', '.join(ph for _ in ids)})")
            params.extend(ids)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return f" FROM {source}{where}", params, use_fts

    def first_page(self, query: PartnerQuery, limit: int = 200) -> PartnerPage:
        """The first rows of `query` with a count capped at COUNT_CAP.

        Sorting tens of thousands of substring matches costs ~50 ms at a
        million partners, so past SORT_LIMIT matches the newest come first
        and the page says so; typing another letter brings name order back.
        """
        body, params, use_fts = self._where(query)
        total = self._capped_count(body, params, COUNT_CAP + 1)
        alphabetical = not use_fts or total <= SORT_LIMIT
        rows = self.page(query, 0, limit, alphabetical=alphabetical)
        return PartnerPage(
            rows=tuple(rows),
            total=min(total, COUNT_CAP),
            total_exact=total <= COUNT_CAP,
            alphabetical=alphabetical,
        )

    def page(
        self, query: PartnerQuery, offset: int = 0, limit: int = 200, *, alphabetical: bool = True
    ) -> list[PartnerRow]:
        body, params, use_fts = self._where(query)
        order = "p.name_key, p.id" if alphabetical or not use_fts else "f.rowid DESC"
        sql = f"SELECT {COLUMNS}{body} ORDER BY {order} LIMIT {self._ph} OFFSET {self._ph}"
        rows = self._execute(sql, [*params, limit, offset])
        return [
            PartnerRow(r[0], r[1], PartnerKind(r[2]), PartnerStatus(r[3]), r[4], r[5], r[6])
            for r in rows
        ]

    def count(self, query: PartnerQuery, cap: int | None = None) -> int:
        """How many partners match; stops counting at `cap` to stay fast."""
        body, params, _ = self._where(query)
        if cap is None:
            return int(self._execute(f"SELECT count(*){body}", params)[0][0])
        return self._capped_count(body, params, cap)

    def _capped_count(self, body: str, params: list[Any], cap: int) -> int:
        sql = f"SELECT count(*) FROM (SELECT 1{body} LIMIT {self._ph}) AS c"
        return int(self._execute(sql, [*params, cap])[0][0])
