"""Package layout only; everything else is in pyproject.toml.

resources/ sits at the top of the repository (icons, fonts, translations,
demo data) but installs inside the package as `collabdesk.resources`, so an
installed wheel and a frozen bundle find it the same way. pyproject.toml
cannot combine package discovery with such a mapping; this file can.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["collabdesk", "collabdesk.*"]), "collabdesk.resources"],
    package_dir={"collabdesk.resources": "resources"},
    package_data={"collabdesk.resources": ["**/*"], "collabdesk.store.migrations": ["*.mako"]},
    include_package_data=True,
)
