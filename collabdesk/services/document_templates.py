"""The Word templates documents are written from: the library's own when
imported (kept in the database, so every computer uses the same form), else
the shipped default. An import is checked by filling it once with sample
data: a broken or unknown merge field is named and nothing is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select

from collabdesk.domain.document_template import DocumentTemplate
from collabdesk.resources_dir import resource
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.merge_fields import LANGUAGES, TEMPLATE_NAMES, sample
from collabdesk.services.template_merge import merge
from collabdesk.services.transaction import Sessions, transaction

CONTEXT = "DocumentTemplates"
TEMPLATE_MAX = 20 * 1024 * 1024  # a legal form with a logo is far smaller


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    language: str
    imported: bool  # False: the shipped default is used
    file_name: str = ""
    imported_at: datetime | None = None


@dataclass(frozen=True)
class Template:
    name: str
    language: str
    content: bytes
    imported: bool


def shipped_path(name: str, language: str) -> Path:
    return resource("templates", f"{name}_{language}.docx")


def _known(name: str, language: str | None = None) -> None:
    if name not in TEMPLATE_NAMES:
        raise ServiceError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "DocumentTemplates", "There is no template called '%1'; there are: %2."
                ),
                (name, ", ".join(TEMPLATE_NAMES)),
            )
        )
    if language is not None and language not in LANGUAGES:
        raise ServiceError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("DocumentTemplates", "Templates are in %1, not '%2'."),
                (", ".join(LANGUAGES), language),
            )
        )


class DocumentTemplateService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def list(self) -> list[TemplateInfo]:
        """Every name and language, imported or shipped."""
        with transaction(self._sessions) as session:
            rows = {
                (row.name, row.language): row
                for row in session.execute(
                    select(
                        DocumentTemplate.name,
                        DocumentTemplate.language,
                        DocumentTemplate.file_name,
                        DocumentTemplate.imported_at,
                    )
                )
            }
        shown = []
        for name in TEMPLATE_NAMES:
            for language in LANGUAGES:
                row = rows.get((name, language))
                shown.append(
                    TemplateInfo(name, language, False)
                    if row is None
                    else TemplateInfo(name, language, True, row.file_name, row.imported_at)
                )
        return shown

    def get(self, name: str, language: str) -> Template:
        """The template a document is written from."""
        _known(name, language)
        with transaction(self._sessions) as session:
            content = session.scalar(
                select(DocumentTemplate.content).where(
                    DocumentTemplate.name == name, DocumentTemplate.language == language
                )
            )
        if content is not None:
            return Template(name, language, bytes(content), True)
        return Template(name, language, shipped_path(name, language).read_bytes(), False)

    def import_file(self, name: str, language: str, path: Path) -> TemplateInfo:
        _known(name, language)
        try:
            if path.stat().st_size > TEMPLATE_MAX:
                raise ServiceError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "DocumentTemplates", "The template file is larger than 20 MB."
                        ),
                    )
                )
            content = path.read_bytes()
        except OSError as exc:
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("DocumentTemplates", "The file cannot be read: %1"),
                    (exc.strerror or exc.__class__.__name__,),
                )
            ) from exc
        return self.keep(name, language, content, path.name)

    def keep(self, name: str, language: str, content: bytes, file_name: str) -> TemplateInfo:
        """Check the template by filling it with sample data, then keep it."""
        _known(name, language)
        merge(content, sample(name))  # raises TemplateProblemError naming the field
        with transaction(self._sessions, "document template") as session:
            row = session.scalar(
                select(DocumentTemplate).where(
                    DocumentTemplate.name == name, DocumentTemplate.language == language
                )
            )
            if row is None:
                row = DocumentTemplate(name=name, language=language)
                session.add(row)
            row.content = content
            row.file_name = file_name[:300]
            row.imported_at = datetime.now().astimezone()
            return TemplateInfo(name, language, True, row.file_name, row.imported_at)

    def reset(self, name: str, language: str | None = None) -> int:
        """Back to the shipped default (both languages without `language`);
        how many imported templates were dropped."""
        _known(name, language)
        with transaction(self._sessions, "document template") as session:
            query = delete(DocumentTemplate).where(DocumentTemplate.name == name)
            if language is not None:
                query = query.where(DocumentTemplate.language == language)
            return int(session.execute(query).rowcount or 0)  # type: ignore[attr-defined]
