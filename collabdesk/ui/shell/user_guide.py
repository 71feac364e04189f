"""Help → User guide (F1): the guide shipped in resources/guide, shown offline.

The guide is Markdown with its pictures beside it (the same files docs/ links
to), so there is one text to keep true. Qt renders Markdown itself
(QTextBrowser.setSource with MarkdownResource), so the window needs no web
engine and no network: library PCs are often offline. The language follows
the interface (QLocale's default, set when the translations are installed),
with English for every language the guide does not have.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from collabdesk.domain.message import fill
from collabdesk.resources_dir import resource
from collabdesk.ui.widgets.named import named

GUIDE_LANGUAGES = ("ru", "en")


def interface_language(locale: QLocale | None = None) -> str:
    """ "ru" when the interface is Russian, otherwise "en"."""
    language = (locale or QLocale()).language()
    return "ru" if language == QLocale.Language.Russian else "en"


def guide_path(language: str) -> Path:
    """The guide in `language`, English when there is none in it."""
    chosen = language if language in GUIDE_LANGUAGES else "en"
    return resource("guide", f"user-guide.{chosen}.md")


class GuideBrowser(QTextBrowser):
    """Pictures shrunk to the window's width: the screenshots are 1366 px
    wide, the window is not, and a side-scrolling picture is unreadable."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        resource = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return resource
        image = QImage()
        if isinstance(resource, QImage):
            image = resource
        elif resource is not None:
            image.loadFromData(resource)
        width = max(self.viewport().width() - 40, 320)
        if image.isNull() or image.width() <= width:
            return image if not image.isNull() else resource
        return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


class UserGuideWindow(QDialog):
    """A window beside the main one (not modal): the guide stays open while
    the user follows its steps."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        named(self, "userGuide")
        self.setWindowTitle(self.tr("CollabDesk user guide"))
        self.setModal(False)
        self.resize(860, 640)  # fits beside the taskbar on a 1366×768 laptop
        self.browser = named(GuideBrowser(self), "userGuideText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.show_guide(language or interface_language())

    def show_guide(self, language: str) -> None:
        path = guide_path(language)
        if not path.is_file():
            missing = self.tr("The user guide is missing from this installation (%1 not found).")
            self.browser.setPlainText(fill(missing, [str(path)]))
            return
        # Pictures are named relative to the Markdown file; the search path
        # finds them whatever the current folder is.
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )


def show_user_guide(parent: QWidget) -> UserGuideWindow:
    """Open the guide, or bring the open one to the front."""
    existing = parent.findChild(UserGuideWindow, "userGuide")
    window = existing if isinstance(existing, UserGuideWindow) else UserGuideWindow(parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
