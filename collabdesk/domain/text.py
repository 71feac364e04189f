"""Search keys: how names are normalised before they are indexed or queried.

Russian users type "е" for "ё", rarely mind case, and do not type the
guillemets of «Ромашка» or the hyphens of a phone number. No SQLite
tokenizer folds all that, so the stored key and the query both go
through `search_key`.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")


def search_key(text: str | None) -> str:
    """Casefold, fold ё to е, turn punctuation into spaces, collapse spaces.

    NFC first so that a decomposed "е + diaeresis" folds like "ё".
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return _NOT_WORD.sub(" ", folded).strip()
