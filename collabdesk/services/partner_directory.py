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
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.domain.text import search_key

if TYPE_CHECKING:
    from collabdesk.store.database import Database

Execute = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
PREFIX_END = "\U0010ffff"
MIN_SUBSTRING = 3
SORT_LIMIT = 3000
COUNT_CAP = 10_000
CACHE_KIB = 32 * 1024
COLUMNS = "p.id, p.name, p.kind, p.status, p.city, p.email, p.phone, p.name_key"


# Immutable records as NamedTuples, not frozen dataclasses: this module loads
# before the first paint, and a frozen dataclass takes ~0.7 ms to define
# (its methods are generated with exec) against ~0.06 ms.
class PartnerRow(NamedTuple):
    id: int
    name: str
    kind: PartnerKind
    status: PartnerStatus
    city: str
    email: str
    phone: str
    name_key: str = ""  # where the next page starts (keyset paging)


class PartnerPage(NamedTuple):
    rows: tuple[PartnerRow, ...]
    total: int
    total_exact: bool  # False: at least `total` match
    alphabetical: bool  # False: too many matches to sort, newest first


class PartnerQuery(NamedTuple):
    text: str = ""
    kind: PartnerKind | None = None
    status: PartnerStatus | None = None
    only_ids: tuple[int, ...] | None = None  # meeting mode: the chosen partners only
    # A library system's branch (issue 19): partners shared with it, and
    # those shared with no branch in particular (they belong to all).
    branch_id: int | None = None


def search_chunks(text: str) -> list[str]:
    """Split a query into the substrings that must all occur.

    Words of three or more letters stand alone and match in any order; a
    shorter word sticks to its neighbour ("кузнецов ел", "ип север"), because
    a trigram index cannot look up one or two letters on their own. A query
    shorter than three letters in all is one short chunk (a name prefix).
    """
    words = search_key(text).split()
    chunks: list[str] = []
    pending = ""
    for word in words:
        pending = f"{pending} {word}" if pending else word
        if len(word) >= MIN_SUBSTRING or len(pending) >= MIN_SUBSTRING + 2:
            chunks.append(pending)
            pending = ""
    if pending:
        if chunks and len(pending) < MIN_SUBSTRING:
            chunks[-1] = f"{chunks[-1]} {pending}"
        else:
            chunks.append(pending)
    return chunks


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
            f"{path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False, timeout=10
        )
        # The pages a search touches at a million partners (index and rows
        # of the matches) stay in memory between keystrokes: 32 MiB at most.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
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
        chunks = search_chunks(query.text)
        use_fts = self._fts and bool(chunks) and len(chunks[0]) >= MIN_SUBSTRING
        if not chunks:
            source = "partner p"
        elif len(chunks[0]) < MIN_SUBSTRING:
            # One or two letters: the start of the name, through its index.
            source = "partner p"
            clauses.append(f"p.name_key >= {ph} AND p.name_key < {ph}")
            params.extend([chunks[0], chunks[0] + PREFIX_END])
        elif use_fts:
            source = "partner_fts f JOIN partner p ON p.id = f.rowid"
            clauses.append(f"partner_fts MATCH {ph}")
            params.append(" ".join(_fts_phrase(chunk) for chunk in chunks))
        else:
            source = "partner p"
            for chunk in chunks:
                clauses.append(f"p.search_text LIKE {ph} ESCAPE '\\'")
                params.append(_like_literal(chunk))
        if query.kind is not None:
            clauses.append(f"p.kind = {ph}")
            params.append(query.kind.value)
        if query.status is not None:
            clauses.append(f"p.status = {ph}")
            params.append(query.status.value)
        if query.branch_id is not None:
            clauses.append(
                f"(p.id IN (SELECT partner_id FROM partner_branch WHERE branch_id = {ph})"
                " OR NOT EXISTS (SELECT 1 FROM partner_branch b WHERE b.partner_id = p.id))"
            )
            params.append(query.branch_id)
        if query.only_ids is not None:
            ids = query.only_ids or (-1,)
            clauses.append(f"p.id IN ({', '.join(ph for _ in ids)})")
            params.extend(ids)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return f" FROM {source}{where}", params, use_fts

    def first_page(self, query: PartnerQuery, limit: int = 200) -> PartnerPage:
        """The first rows of `query` with a count capped at COUNT_CAP.

        Sorting tens of thousands of substring matches costs ~50 ms at a
        million partners, so past SORT_LIMIT substring matches the newest
        come first, the count says "more than SORT_LIMIT" and the page says
        so; typing another letter brings name order back.
        """
        body, params, use_fts = self._where(query)
        if not use_fts:
            total = self._capped_count(body, params, COUNT_CAP + 1)
            rows = self.page(query, None, limit)
            return PartnerPage(tuple(rows), min(total, COUNT_CAP), total <= COUNT_CAP, True)
        rows, total = self._first_fts_page(query, body, params, limit)
        few = total <= SORT_LIMIT
        return PartnerPage(tuple(rows), min(total, SORT_LIMIT), few, few)

    def _first_fts_page(
        self, query: PartnerQuery, body: str, params: list[Any], limit: int
    ) -> tuple[list[PartnerRow], int]:
        """A substring search that finds few asks the trigram index once (a
        phrase of common trigrams is most of a keystroke's cost), in rowid
        order (FTS5 walks forwards fastest), for at most SORT_LIMIT + 1 ids:
        up to SORT_LIMIT they are the count and the rows to sort by name;
        past it the count says "more than SORT_LIMIT" and the index gives
        the newest page."""
        if (
            query.kind is None
            and query.status is None
            and query.only_ids is None
            and query.branch_id is None
        ):
            body = " FROM partner_fts f WHERE partner_fts MATCH " + self._ph  # rows untouched
        sql = f"SELECT f.rowid{body} LIMIT {self._ph}"
        ids = [int(r[0]) for r in self._execute(sql, [*params, SORT_LIMIT + 1])]
        if not ids:
            return [], 0
        total = len(ids)
        if total <= SORT_LIMIT:
            chosen, order = ids, "p.name_key, p.id"
        else:
            sql = f"SELECT f.rowid{body} ORDER BY f.rowid DESC LIMIT {self._ph}"
            chosen = [int(r[0]) for r in self._execute(sql, [*params, limit])]
            order = "p.id DESC"
        # Integers read back from the index, written inline: no limit on
        # the number of SQL parameters to worry about.
        listed = ", ".join(str(i) for i in chosen)
        sql = f"SELECT {COLUMNS} FROM partner p WHERE p.id IN ({listed})"
        sql += f" ORDER BY {order} LIMIT {limit:d}"
        return _rows(self._execute(sql, [])), total

    def page(
        self,
        query: PartnerQuery,
        after: PartnerRow | None = None,
        limit: int = 200,
        *,
        alphabetical: bool = True,
    ) -> list[PartnerRow]:
        """The `limit` rows that follow `after` (the last row already shown).

        Keyset paging: the next page starts where the index says `after`
        stands, so the last page of a million costs what the first does
        (OFFSET walked and threw away every row before it)."""
        body, params, use_fts = self._where(query)
        newest_first = use_fts and not alphabetical
        if after:  # None (or 0, as callers of the old offset wrote): from the top
            join = " AND " if " WHERE " in body else " WHERE "
            if newest_first:
                body += f"{join}f.rowid < {self._ph}"
                params.append(after.id)
            else:
                body += f"{join}(p.name_key, p.id) > ({self._ph}, {self._ph})"
                params.extend([after.name_key, after.id])
        order = "f.rowid DESC" if newest_first else "p.name_key, p.id"
        sql = f"SELECT {COLUMNS}{body} ORDER BY {order} LIMIT {self._ph}"
        return _rows(self._execute(sql, [*params, limit]))

    def count(self, query: PartnerQuery, cap: int | None = None) -> int:
        """How many partners match; stops counting at `cap` to stay fast."""
        body, params, _ = self._where(query)
        if cap is None:
            return int(self._execute(f"SELECT count(*){body}", params)[0][0])
        return self._capped_count(body, params, cap)

    def _capped_count(self, body: str, params: list[Any], cap: int) -> int:
        sql = f"SELECT count(*) FROM (SELECT 1{body} LIMIT {self._ph}) AS c"
        return int(self._execute(sql, [*params, cap])[0][0])


def _rows(found: list[tuple[Any, ...]]) -> list[PartnerRow]:
    return [
        PartnerRow(r[0], r[1], PartnerKind(r[2]), PartnerStatus(r[3]), r[4], r[5], r[6], r[7])
        for r in found
    ]


def directory_for(db: Database) -> PartnerDirectory:
    """The fast partner search over this database."""
    from collabdesk.store.engine import is_sqlite

    path = db.sqlite_path
    if path is not None and not db.read_only:
        return PartnerDirectory.for_sqlite_file(path)
    engine = db.engine  # read-only data: the connection already open the way it must be

    def execute(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql, tuple(params)).fetchall()]

    sqlite = is_sqlite(db.url)
    return PartnerDirectory(execute, fts=sqlite, placeholder="?" if sqlite else "%s")
