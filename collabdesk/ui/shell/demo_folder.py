"""File → Try the demo, and back: the demo opens in a folder of its own
(`<data folder>/demo`), so a person can look around without a command line
and without one demo row landing in their real data.

Trying the demo fills a fresh demo database in that folder (the running
window keeps its own data open meanwhile, untouched), then restarts the
program with `--data-dir <that folder>`. The restarted window finds the
folder's marker, shows a banner line saying it is the demo and how to go
back, and offers File → Leave the demo, which restarts with the command
line the person started from. A database server (`--database-url`) is left
alone: the demo is offered only for a database file in the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from collabdesk.domain.message import fill
from collabdesk.ui.shell import restart
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.config import Settings
    from collabdesk.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate
DEMO_FOLDER = "demo"
BANNER_KEY = "demo"
DATA_OPTIONS = ("--data-dir", "--database-url")  # followed by a value
FLAGS = ("--meeting",)  # the demo never opens in meeting mode


def demo_folder(settings: Settings) -> Path:
    return settings.data_dir / DEMO_FOLDER


def own_data_file(settings: Settings) -> bool:
    """True when the data is a database file in the data folder (the demo
    can sit beside it); False for a database server."""
    from collabdesk.config import DATABASE_FILE

    return settings.database_file == settings.data_dir / DATABASE_FILE


def without_data_options(args: list[str]) -> list[str]:
    """`args` without --data-dir/--database-url (and their values) or --meeting."""
    kept: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in DATA_OPTIONS:
            skip = True
        elif arg in FLAGS or any(arg.startswith(f"{o}=") for o in DATA_OPTIONS):
            continue
        else:
            kept.append(arg)
    return kept


def demo_command(settings: Settings) -> restart.Command:
    program, args = restart.restart_command()
    return program, [*without_data_options(args), "--data-dir", str(demo_folder(settings))]


def _language() -> str:
    from collabdesk.ui.shell.partner_actions import demo_language

    return demo_language()


def try_demo(window: MainWindow, settings: Settings) -> bool:
    """Fill the demo folder and restart into it; False when the person
    declined, the data is on a server, or the folder could not be filled."""
    from collabdesk.services.demo import fill_demo_folder
    from collabdesk.ui.operations.run import run_operation

    title = translate("DemoFolder", "Try the demo")
    if not own_data_file(settings):
        prompts.info(
            window,
            title,
            translate(
                "DemoFolder",
                "Your data is on a database server, so the demo is not opened from here. "
                "Start CollabDesk with --data-dir and an empty folder to try it.",
            ),
        )
        return False
    folder = demo_folder(settings)
    if not prompts.confirm(
        window,
        title,
        fill(
            translate(
                "DemoFolder",
                "CollabDesk will restart with demo data in a folder of its own (%1). "
                "Your own data stays as it is. To come back: File → Leave the demo.",
            ),
            [str(folder)],
        ),
    ):
        return False
    program, args = restart.restart_command()
    back = [program, *args]
    done = run_operation(
        window,
        lambda: fill_demo_folder(folder, _language(), back),
        failure_title=title,
        expected=(Exception,),  # a full disc or a locked folder: say so, touch nothing else
    )
    if done is None:
        return False
    return restart.request_restart(window, demo_command(settings))


def leave_demo(window: MainWindow, settings: Settings) -> bool:
    """Restart with the command the person started from before the demo."""
    from collabdesk.services.demo_marker import demo_way_back

    back = demo_way_back(settings.data_dir)
    if back is None:
        return False
    return restart.request_restart(window, (back[0], back[1:]))


def install_demo_folder(window: MainWindow, settings: Settings) -> QAction:
    """File → Try the demo, or inside the demo: the banner line and File →
    Leave the demo. Returns the action added."""
    from collabdesk.services.demo_marker import is_demo_folder

    inside = is_demo_folder(settings.data_dir)
    if inside:
        action = named(
            QAction(translate("DemoFolder", "&Leave the demo"), window), "leaveDemoAction"
        )
        action.triggered.connect(lambda _checked=False: leave_demo(window, settings))
        window.banner.set_text(
            BANNER_KEY,
            translate(
                "DemoFolder",
                "This is the demo, in a folder of its own: nothing here touches your data. "
                "To go back to your data: File → Leave the demo.",
            ),
            tone="info",
            name="demoBanner",
        )
    else:
        action = named(QAction(translate("DemoFolder", "&Try the demo…"), window), "tryDemoAction")
        action.triggered.connect(lambda _checked=False: try_demo(window, settings))
    window.menus.add_to_file([action])
    return action
