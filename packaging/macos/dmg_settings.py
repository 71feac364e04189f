# dmgbuild settings for the CollabDesk disk image:
#     dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/CollabDesk.app \
#         "CollabDesk" dist/CollabDesk.dmg
# The image shows the app next to a link to /Applications to drag it onto.
# ruff: noqa
import os.path

application = defines.get("app", "dist/CollabDesk.app")  # noqa: F821 (set by dmgbuild)
appname = os.path.basename(application)

format = "UDZO"
size = None
files = [application]
symlinks = {"Applications": "/Applications"}
icon = os.path.join(
    os.path.dirname(os.path.abspath(application)), "..", "resources", "icons", "collabdesk.icns"
)
if not os.path.exists(icon):
    icon = None
badge_icon = None
icon_locations = {appname: (140, 160), "Applications": (420, 160)}
window_rect = ((200, 200), (560, 360))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
icon_size = 96
text_size = 13
