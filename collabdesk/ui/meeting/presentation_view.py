"""The presentation: the pitch's slides full screen, in large type, for the
laptop turned towards the partner.

Keys (and presentation clickers, which send Page Up/Down): Right, Down,
Page Down, Space or a click go forward; Left, Up, Page Up, Backspace go
back; Home and End jump; Esc leaves. Type sizes follow the window's height
in logical pixels, so the slide looks the same at 1366×768, 1920×1080 and
on a high-DPI screen (Qt multiplies by the device pixel ratio).

The slides wear the library's brand: its colour in a band along the top
and in the titles, its logo (kept in the database) at the top right and
large on the cover, and the PDFs' typeface (slide_parts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from collabdesk.reports.chart import safe_colour
from collabdesk.reports.slides import keep_words_together
from collabdesk.ui.meeting.slide_parts import (
    TimelineWidget,
    balanced,
    logo_pixmap,
    slide_family,
)
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.reports.slides import Slide
    from collabdesk.services.desk import Desk

FORWARD = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
LINES_PER_SCREEN = 19  # the body type is 1/19 of the height: readable across a table


def _label(name: str, wrap: bool = True) -> QLabel:
    label = named(QLabel(), name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a partner named "<b>x</b>" shows literally
    label.setWordWrap(wrap)
    return label


class PresentationView(QWidget):
    """One slide at a time; `slides` come from reports.slides.build_slides."""

    left = Signal()

    def __init__(
        self,
        slides: Sequence[Slide],
        brand_colour: str = "",
        parent: QWidget | None = None,
        *,
        logo: bytes | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # its own full-screen window, owned by `parent`
        self.setObjectName("presentationView")
        self.setWindowTitle(self.tr("Presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QWidget#presentationView { background: white; } QLabel { color: #222; }"
        )
        self.slides = tuple(slides)
        self.index = 0
        self.lang = lang
        self._brand = safe_colour(brand_colour)
        self._family = slide_family()
        if self._family:
            font = QFont(self.font())
            font.setFamily(self._family)
            self.setFont(font)
        self._logo = logo_pixmap(logo)

        self.band = named(QFrame(), "slideBand")  # the brand colour along the top
        self.band.setStyleSheet(f"background: {self._brand}; border: none;")
        self.logo = _label("slideLogo", wrap=False)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.logo.setVisible(self._logo is not None)
        self.title = _label("slideTitle")
        self.title.setStyleSheet(f"color: {self._brand};")
        self.subtitle = _label("slideSubtitle")
        self.body = named(QWidget(), "slideBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.position = _label("slidePosition", wrap=False)
        self.hint = _label("slideHint", wrap=False)
        self.hint.setText(self.tr("← → to move · Esc to leave"))
        for small in (self.position, self.hint):
            small.setStyleSheet("color: #777;")

        footer = QHBoxLayout()
        footer.addWidget(self.hint)
        footer.addStretch(1)
        footer.addWidget(self.position)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.band)
        self.outer.addLayout(heading)
        self.outer.addWidget(self.subtitle)
        self.outer.addWidget(self.body, 1)
        self.outer.addLayout(footer)
        self._unit = 40
        self.show_slide(0)

    # --- navigation ---------------------------------------------------------
    def show_slide(self, index: int) -> None:
        if not self.slides:
            return
        self.index = max(0, min(index, len(self.slides) - 1))
        self._fill(self.slides[self.index])

    def next(self) -> None:
        self.show_slide(self.index + 1)

    def previous(self) -> None:
        self.show_slide(self.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in FORWARD:
            self.next()
        elif key in BACK:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(len(self.slides) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous()

    def closeEvent(self, event: object) -> None:
        self.left.emit()
        super().closeEvent(event)  # type: ignore[arg-type]

    # --- layout ---------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        unit = max(12, min(size.height() // LINES_PER_SCREEN, size.width() // 32))
        if unit != self._unit:
            self._unit = unit
            self._fill(self.slides[self.index]) if self.slides else None

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        if self._family:
            font.setFamily(self._family)
        font.setPixelSize(max(10, round(self._unit * scale)))
        font.setBold(bold)
        return font

    def _new_body(self) -> QVBoxLayout:
        """A fresh body per slide: the old one leaves the screen at once."""
        old = self.body
        self.body = named(QWidget(), "slideBody")
        self.outer.replaceWidget(old, self.body)
        old.hide()
        old.deleteLater()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        return self.body_layout

    def _fill(self, slide: Slide) -> None:
        unit = self._unit
        margin = unit * 2
        cover = slide.key == "cover"
        self.outer.setContentsMargins(margin, 0, margin, unit // 2)
        self.outer.setSpacing(unit // 3)
        self.band.setFixedHeight(max(6, unit // 3) if not cover else unit)
        logo_height = unit * (3 if cover else 1.4)
        if self._logo is not None:
            self.logo.setPixmap(
                self._logo.scaled(
                    round(logo_height * 3),
                    round(logo_height),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        title_font = self._font(1.9 if cover else 1.6, bold=True)
        self.title.setFont(title_font)
        room = self.width() - margin * 2 - (self.logo.sizeHint().width() if self._logo else 0)
        self.title.setText(balanced(slide.title, QFontMetrics(title_font), max(unit * 8, room)))
        self.subtitle.setFont(self._font(0.9))
        self.subtitle.setText(keep_words_together(slide.subtitle))
        self.subtitle.setVisible(bool(slide.subtitle))
        for small in (self.position, self.hint):
            small.setFont(self._font(0.45))
        self.position.setText(f"{self.index + 1} / {len(self.slides)}")
        self._new_body()
        self.body_layout.setSpacing(unit // 2)
        for text in slide.paragraphs:
            label = _label("slideParagraph")
            if slide.key == "ads":  # the note on gross impressions: small print
                label.setFont(self._font(0.5))
                label.setStyleSheet("color: #555;")
            else:
                label.setFont(self._font(0.8 if slide.key == "idea" else 0.9))
            label.setText(keep_words_together(text))
            self.body_layout.addWidget(label)
        if slide.events:
            timeline = TimelineWidget(
                slide.events, slide.today, self._brand, unit, self.lang, self._family
            )
            self.body_layout.addWidget(timeline, 1)
        if slide.charts:
            charts = QHBoxLayout()
            charts.setSpacing(unit)
            for svg in slide.charts:
                chart = named(QSvgWidget(), "slideChart")
                chart.load(QByteArray(svg))
                chart.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
                chart.setMinimumHeight(unit * 4)
                charts.addWidget(chart, 1)
            self.body_layout.addLayout(charts, 3)
        if slide.rows:
            self.body_layout.addLayout(self._rows(slide), 2)
        if not slide.events:  # the timeline takes the room itself
            self.body_layout.addStretch(1)

    def _rows(self, slide: Slide) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(self._unit)
        grid.setVerticalSpacing(self._unit // 4)
        scale = 0.6 if slide.charts else 0.75
        for row, (what, amount) in enumerate(slide.rows):
            heading = not amount and what.isupper()
            left = _label("slideRowText")
            left.setFont(self._font(scale, bold=heading))
            left.setText(keep_words_together(what))
            if heading:  # "THE LIBRARY COMMITS TO", "WE ASK OF YOU"
                left.setStyleSheet(f"color: {self._brand};")
            right = _label("slideRowValue", wrap=False)
            right.setFont(self._font(scale, bold=True))
            right.setText(amount)
            right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(left, row, 0)
            grid.addWidget(right, row, 1)
        grid.setColumnStretch(0, 1)
        return grid


@dataclass(frozen=True)
class Deck:
    """What a presentation shows: the slides and the library's brand."""

    colour: str
    slides: list[Slide]
    logo: bytes | None
    lang: str


def deck_for(desk: Desk, collaboration_id: int, lang: str | None = None) -> Deck:
    """The slides of a collaboration in `lang` (default: the library's
    language), quoting only what the partner may read (services.partner_facing)."""
    from collabdesk.reports.slides import build_slides

    language = lang or desk.library.profile().default_language or "ru"
    content = desk.pitch_content.gather(collaboration_id)
    partner_id = content.partner.id if content.partner is not None else None
    answers = desk.collaborations.partner_facing(collaboration_id, partner_id, language)
    slides = list(build_slides(content, language, answers.texts))
    return Deck(content.library.brand_colour, slides, content.library.logo, language)


def slides_for(
    desk: Desk, collaboration_id: int, lang: str | None = None
) -> tuple[str, list[Slide]]:
    """(brand colour, slides) of a collaboration (deck_for without the logo)."""
    deck = deck_for(desk, collaboration_id, lang)
    return deck.colour, deck.slides


def show_presentation(view: PresentationView) -> None:
    """Full screen (tests replace this to keep the window small)."""
    view.showFullScreen()
    view.activateWindow()
    view.setFocus()


def present(
    parent: QWidget | None, desk: Desk, collaboration_id: int, lang: str | None = None
) -> PresentationView | None:
    """Open the presentation of a collaboration; a message, not a traceback,
    when it cannot be built."""
    from collabdesk.services.errors import ServiceError
    from collabdesk.ui.widgets import prompts
    from collabdesk.ui.widgets.service_text import error_text

    try:
        deck = deck_for(desk, collaboration_id, lang)
    except ServiceError as exc:
        title = QCoreApplication.translate("PresentationView", "Cannot present")
        prompts.error(parent, title, error_text(exc))
        return None
    view = PresentationView(deck.slides, deck.colour, parent, logo=deck.logo, lang=deck.lang)
    show_presentation(view)
    return view
