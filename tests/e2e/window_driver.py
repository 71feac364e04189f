"""The real window (`collabdesk.app.run_gui`, as `collabdesk` starts it),
with a remote control for end-to-end tests.

A test starts this file as its own process and writes one command at a
time into `<control>/command`; the answer appears in `<control>/answer`.
The window is the one a person gets: same start-up, same store, same
connections; the commands act through the window's own services and
dialogs (`open_pitch_dialog` as the collaborations view calls it).

    python window_driver.py CONTROL_DIR [collabdesk options...]
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from collabdesk.cli import STARTED_AT
from collabdesk.config import resolve


def main() -> int:
    control = Path(sys.argv[1])
    data_dir = sys.argv[2]
    app = QApplication([sys.argv[0]])
    busy = False

    def window() -> object:
        for widget in app.topLevelWidgets():
            if widget.objectName() == "mainWindow" or type(widget).__name__ == "MainWindow":
                return widget
        raise RuntimeError("no main window")

    def answer(text: str) -> None:
        partial = control / "answer.partial"
        partial.write_text(text, encoding="utf-8")
        partial.replace(control / "answer")

    def pitch(count: int, folder: Path, parented: bool) -> str:
        from collabdesk.ui.documents.pitch_dialog import PitchDialog, open_pitch_dialog

        main = window()
        desk = main.desk  # type: ignore[attr-defined]
        collaboration = desk.collaborations.rows()[0].id
        parent = main.collaborations if parented else None  # type: ignore[attr-defined]
        written = []
        for index in range(count):
            target = folder / f"pitch-{index}.pdf"

            def fill(target: Path = target) -> None:
                dialog = app.activeModalWidget()
                if not isinstance(dialog, PitchDialog):
                    QTimer.singleShot(50, fill)
                    return
                dialog.output.setText(str(target))
                dialog.export_button.click()

            QTimer.singleShot(0, fill)
            path = open_pitch_dialog(parent, desk, collaboration)
            written.append(str(path))
            app.processEvents()
        return "\n".join(written)

    def poll() -> None:
        nonlocal busy
        command_file = control / "command"
        if busy or not command_file.exists():
            return
        words = command_file.read_text(encoding="utf-8").split()
        command_file.unlink()
        busy = True
        try:
            if words[0] == "ready":
                answer("ready" if getattr(window(), "desk", None) is not None else "starting")
            elif words[0] == "save":
                from collabdesk.services.partners import PartnerDraft

                record = window().desk.partners.create(PartnerDraft(name=" ".join(words[1:])))  # type: ignore[attr-defined]
                answer(f"saved {record.id}")
            elif words[0] == "pitch":
                answer(pitch(int(words[1]), Path(words[2]), words[3] == "parented"))
            elif words[0] == "count":
                answer(str(window().desk.partners.count()))  # type: ignore[attr-defined]
            elif words[0] == "notices":
                from PySide6.QtWidgets import QMessageBox

                boxes = window().findChildren(QMessageBox)  # type: ignore[attr-defined]
                answer(" ".join(sorted(box.objectName() for box in boxes if box.isVisible())))
            elif words[0] == "quit":
                answer("bye")
                app.quit()
            else:
                answer(f"unknown {words[0]}")
        except Exception:
            answer("error " + traceback.format_exc())
        finally:
            busy = False

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    from collabdesk.app import run_gui

    return run_gui(resolve(data_dir), [sys.argv[0]], STARTED_AT)


if __name__ == "__main__":
    sys.exit(main())
