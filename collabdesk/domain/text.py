"""Search keys: how names are normalised before they are indexed or queried.

Russian users type "е" for "ё" and rarely mind case; no SQLite tokenizer
folds ё, so both the stored key and the query go through `search_key`.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def search_key(text: str | None) -> str:
    """Casefold, fold ё to е (NFC first, so a decomposed ё folds too), collapse spaces."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return _SPACES.sub(" ", folded).strip()
