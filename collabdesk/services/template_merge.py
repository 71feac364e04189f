"""Word templates filled with docxtpl (Jinja2 inside a .docx).

Autoescaping is on: a partner named `{{ x }}`, `{% if %}`, `<w:t>` or `A & B`
prints exactly that, never markup or a field. Undefined fields are errors,
never blanks: a template naming a field the context lacks is refused, with
the field's name, when it is imported, and a context is complete (the
services name a missing detail before they merge)."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from typing import Any

from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError

CONTEXT = "DocumentTemplates"
DOCX_SIGNATURE = b"PK\x03\x04"
_UNDEFINED = re.compile(
    r"'(?:[^']*)' (?:object )?has no attribute '([^']+)'|'([^']+)' is undefined"
)


class TemplateProblemError(ServiceError):
    """A template that cannot be used, saying which field or why."""


def _refuse(template: str, *args: object) -> TemplateProblemError:
    return TemplateProblemError(Message(CONTEXT, template, tuple(args)))


def merge(template: bytes, context: Mapping[str, Any]) -> bytes:
    """The .docx `template` with every field filled from `context`."""
    import jinja2
    from docxtpl import DocxTemplate

    if not template.startswith(DOCX_SIGNATURE) or not zipfile.is_zipfile(io.BytesIO(template)):
        raise _refuse(QT_TRANSLATE_NOOP("DocumentTemplates", "The file is not a Word .docx file."))
    try:
        document = DocxTemplate(io.BytesIO(template))
        env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
        document.render(dict(context), jinja_env=env, autoescape=True)
        out = io.BytesIO()
        document.save(out)
    except jinja2.UndefinedError as exc:
        found = _UNDEFINED.search(str(exc))
        field = (found.group(1) or found.group(2)) if found else str(exc)
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DocumentTemplates",
                "The template uses the merge field '%1', which does not exist "
                "(docs/templates.md lists the fields).",
            ),
            field,
        ) from exc
    except jinja2.TemplateSyntaxError as exc:
        near = " ".join(" ".join(getattr(exc, "docx_context", [])).split())
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "DocumentTemplates", "The template has a broken merge field (%1) near: %2"
            ),
            exc.message or "",
            near[:200],
        ) from exc
    except jinja2.TemplateError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("DocumentTemplates", "The template cannot be filled: %1"),
            str(exc)[:200],
        ) from exc
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("DocumentTemplates", "The Word file is damaged: %1"),
            str(exc)[:200],
        ) from exc
    return out.getvalue()
