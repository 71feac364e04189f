"""The command line in the reader's language.

Qt is not loaded outside the window, so the command line reads its words
from a small catalogue that packaging/update_translations.py writes beside
each .ts file (resources/translations/collabdesk_<lang>.json: context →
English template → translation). The language is the environment's
(LC_ALL, LC_MESSAGES, LANG), else the library profile's (Russian until a
profile says otherwise), else the system locale's. Only commands import
this module, and only the words they say load the catalogue: `--version`
and the window's start never pay for it."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, TextIO

from collabdesk.commands.common import environment_language, locale_language
from collabdesk.domain.message import Message, fill, joined

if TYPE_CHECKING:
    from collabdesk.services.partner_transfer import RowProblem

CONTEXT = "Cli"  # the command line's own sentences; `say` files them here

_profile_language: Callable[[], str] | None = None
_chosen: str | None = None


def begin(profile_language: Callable[[], str] | None = None) -> None:
    """Start a command: forget the last choice; `profile_language` is asked
    only if the environment does not say and a word is actually needed."""
    global _profile_language, _chosen
    _profile_language, _chosen = profile_language, None


def language() -> str:
    """ "ru" or "en", decided once per command."""
    global _chosen
    if _chosen is None:
        _chosen = environment_language() or _from_profile() or locale_language()
    return _chosen


def _from_profile() -> str | None:
    if _profile_language is None:
        return None
    try:
        chosen = _profile_language()
    except Exception:  # the data it lives in may be what failed; the locale decides then
        return None
    return chosen if chosen in ("ru", "en") else None


@cache
def catalogue(lang: str) -> dict[str, dict[str, str]]:
    """context → English template → translation; English needs none."""
    if lang == "en":
        return {}
    from collabdesk.resources_dir import resource

    try:
        data = json.loads(resource("translations", f"collabdesk_{lang}.json").read_text("utf-8"))
    except (OSError, ValueError):  # a damaged install still speaks, in English
        return {}
    return data if isinstance(data, dict) else {}


def text(message: Message) -> str:
    """The Message in the chosen language, its arguments (translated too when
    they are Messages) filled in exactly as given."""
    template = catalogue(language()).get(message.context, {}).get(message.template)
    args = [text(arg) if isinstance(arg, Message) else str(arg) for arg in message.args]
    return fill(template or message.template, args)


def words(template: str, *args: object) -> str:
    """One of the command line's own sentences, marked at the call site with
    QT_TRANSLATE_NOOP("Cli", "…")."""
    return text(Message(CONTEXT, template, args))


def say(out: TextIO, template: str, *args: object) -> None:
    print(words(template, *args), file=out)


def error_text(error: BaseException) -> str:
    """What a refusal says: every error of the services, the store and the
    command line carries a Message; anything else is shown as it is."""
    message = getattr(error, "message", None)
    return text(message) if isinstance(message, Message) else str(error)


def row_reason(problem: RowProblem) -> str:
    """Why an import leaves a row out, in the chosen language where the
    service said it in parts (field problems, a Message)."""
    if problem.problems:
        return text(joined([p.text for p in problem.problems]))
    if problem.message is not None:
        return text(problem.message)
    return problem.reason
