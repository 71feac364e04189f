"""Smoke-run a built bundle offscreen and print its figures.

    python packaging/smoke.py [dist/collabdesk]

Checks, in a fresh temporary data folder: `collabdesk --version`; loading
the bundled demo data (Alembic migrations from the bundle); starting the main
window as a person does and watching it from outside (`window_start`: its log
says when the list was painted and the window built, then when the data was
open; no switch in the program), then ending it as a crash would, so the
second start goes through the full check of a start after a crash; then
every dependency the program loads only on first use,
through the commands people run, so an installer never lacks a module or a
data file the source tree has:

- a pitch PDF in Russian and an internal recap in English (reportlab, the
  embedded PT fonts, charts drawn with reportlab.graphics);
- partners exported to .xlsx, .csv and .vcf and read back into an empty
  folder (openpyxl, the vCard reader), a statistics sheet imported;
- commitments as .ics (icalendar); the annual report as .xlsx (xlsxwriter)
  and .pdf;
- the Word agreement (.docx from resources/templates through docxtpl,
  python-docx, jinja2 and lxml) and its PDF, after `legal set` for the
  library and the partner; a thank-you letter as an e-mail draft (.eml, the
  recap attached); the Russian recap with its proof pictures re-encoded by
  Pillow (counted as `/Subtype /Image` in the PDF);
- a verified backup and `check` (SQLite's backup API);
- the command line in the user's language: `check` under LANG=ru_RU.UTF-8
  answers with the sentence of the bundled catalogue (collabdesk_ru.json),
  under LANG=en_US.UTF-8 in English;
- the files loaded by path, not by import: our .qm translations with their
  plural forms and Qt's qtbase_ru.qm, the fonts, the offline user guide.

Exits 1 on the first failure. tests/packaging/test_bundle_smoke.py runs it
when a bundle exists.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size_mb(folder: Path) -> float:
    # Symlinks (PyInstaller links Qt libraries into _internal/) count once.
    total = sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
    return total / 1_000_000


def executable(bundle: Path) -> Path:
    # Windows and macOS bundles have a windowed program and a console one for the CLI.
    for name in ("collabdesk-cli.exe", "collabdesk-cli", "collabdesk"):
        if (bundle / name).is_file():
            return bundle / name
    raise SystemExit(f"smoke: no collabdesk executable in {bundle}")


def run(exe: Path, *args: str, data: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(exe), "--data-dir", str(data), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(
            f"smoke: `collabdesk {' '.join(args)}` exited {result.returncode}\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return result


WINDOW_LOG = ("logs", "collabdesk.log")
PAINTED = "first paint and window built after "  # app.run_gui's log lines
OPENED = "data open after "


def window_start(
    exe: Path, data: Path, env: dict[str, str], timeout: float = 120
) -> tuple[str, str]:
    """Start the window, wait until its log says the data is open, then end
    it (SIGTERM: as a crash, the next start checks the whole file). Returns
    the logged milliseconds to the first paint and to the open data."""
    log = data.joinpath(*WINDOW_LOG)
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    process = subprocess.Popen(
        [str(exe), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and process.poll() is None:
            said = log.read_text(encoding="utf-8")[len(before) :] if log.exists() else ""
            if OPENED in said:
                return _logged_ms(said, PAINTED), _logged_ms(said, OPENED)
            time.sleep(0.05)
    finally:
        if process.poll() is None:
            process.terminate()
        out, err = process.communicate(timeout=60)
    raise SystemExit(f"smoke: the window never opened its data\n{out}\n{err}")


def _logged_ms(text: str, words: str) -> str:
    line = next((line for line in text.splitlines() if words in line), "")
    return line.split(words, 1)[1].split()[0] if line else "?"


def pitch_arguments(pdf: Path) -> list[str]:
    """`collabdesk pitch COLLABORATION_ID --lang ru --out FILE`: the first demo
    collaboration, pitched to its main partner in Russian (Cyrillic fonts)."""
    return ["1", "--lang", "ru", "--out", str(pdf)]


def smoke(bundle: Path) -> list[str]:
    exe = executable(bundle)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="ru_RU.UTF-8")
    env.pop("COLLABDESK_DATA_DIR", None)
    lines = [f"bundle {bundle}: {folder_size_mb(bundle):.0f} MB"]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env["HOME"] = tmp  # QSettings and logs of the smoke run stay in tmp
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        started = time.perf_counter()
        version = run(exe, "--version", data=data, env=env).stdout.strip()
        lines.append(f"--version: {version} ({(time.perf_counter() - started) * 1000:.0f} ms)")
        demo = run(exe, "demo", "--lang", "ru", data=data, env=env).stdout.strip()
        lines.append(f"demo: {demo}")
        for attempt in ("first", "second after a crash"):
            painted, opened = window_start(exe, data, env)
            lines.append(
                f"window ({attempt} start): shown and built {painted} ms, data open {opened} ms"
            )
        lines += late_dependencies(exe, Path(tmp), data, env)
        catalogue = next(bundle.glob(CLI_CATALOGUE), None)
        if catalogue is None:
            raise SystemExit(f"smoke: the bundle lacks {CLI_CATALOGUE}")
        lines += command_line_language(exe, catalogue, data, env)
    lines += bundled_files(bundle)
    return lines


def late_dependencies(exe: Path, tmp: Path, data: Path, env: dict[str, str]) -> list[str]:
    """What the program imports or opens on first use, through its commands."""
    lines = []
    pdf = tmp / "pitch.pdf"
    run(exe, "pitch", *pitch_arguments(pdf), data=data, env=env)
    recap = tmp / "recap.pdf"
    run(exe, "recap", "1", "--internal", "--lang", "en", "--out", str(recap), data=data, env=env)
    for document in (pdf, recap):
        if not document.is_file() or not document.read_bytes().startswith(b"%PDF"):
            raise SystemExit(f"smoke: no PDF written to {document.name}")
    lines.append(f"pitch: {pdf.stat().st_size} bytes of PDF, recap {recap.stat().st_size}")
    for suffix in (".xlsx", ".csv", ".vcf"):
        sheet = tmp / f"partners{suffix}"
        run(exe, "partners", "export", str(sheet), data=data, env=env)
        empty = tmp / f"empty{suffix}"
        run(exe, "partners", "import", str(sheet), data=empty, env=env)
        names = {p["name"] for p in partner_list(exe, empty, env)}
        if not names or names != {p["name"] for p in partner_list(exe, data, env)}:
            raise SystemExit(f"smoke: the partners did not come back from {suffix}")
        lines.append(f"partners{suffix}: {len(names)} written and read back")
    figures = tmp / "statistics.csv"
    figures.write_text("metric;period;value\nVisits;2026-01;1234\n", encoding="utf-8")
    lines.append(run(exe, "stats", "import", str(figures), data=data, env=env).stdout.strip())
    # Babel's CLDR plural rules, from the locale data the spec keeps: a unit
    # added in Russian comes back in its three forms, not as typed.
    added = run(
        exe,
        "units",
        "add",
        "вымпел",
        "--lang",
        "ru",
        "--few",
        "вымпела",
        "--many",
        "вымпелов",
        data=data,
        env=env,
    ).stdout.strip()
    if "5 вымпелов" not in added:
        raise SystemExit(f"smoke: units add said {added!r}, not the forms of 5")
    lines.append(f"units (Babel plural rules): {added}")
    calendar = tmp / "commitments.ics"
    run(exe, "commitments", "export-ical", str(calendar), data=data, env=env)
    if not calendar.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR"):
        raise SystemExit("smoke: commitments export-ical wrote no calendar")
    lines.append("commitments.ics: written")
    for suffix in (".xlsx", ".pdf"):  # xlsxwriter; the annual report's charts (issue 19)
        annual = tmp / f"annual{suffix}"
        year = str(date.today().year)
        run(exe, "report", "annual", "--year", year, "--out", str(annual), data=data, env=env)
        if annual.stat().st_size < 2000:
            raise SystemExit(f"smoke: report annual wrote no {suffix}")
        lines.append(f"annual{suffix}: {annual.stat().st_size // 1024} KB")
    lines += documents(exe, tmp, data, env)
    run(exe, "backup", data=data, env=env)
    lines.append("check: " + run(exe, "check", data=data, env=env).stdout.strip().splitlines()[-1])
    return lines


def inn10(first9: str) -> str:
    """A 10-digit INN (an organisation's) with its check digit."""
    weights = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return first9 + str(sum(w * int(d) for w, d in zip(weights, first9, strict=True)) % 11 % 10)


def ogrn13(first12: str) -> str:
    """A 13-digit OGRN with its check digit."""
    return first12 + str(int(first12) % 11 % 10)


# Legal details an agreement needs, for the library and for the partner
# (`collabdesk legal set`); the numbers pass the program's check digits.
LIBRARY_LEGAL = {
    "--legal-name": "МБУК «Научно-популярная библиотека «Орбита»",
    "--inn": inn10("701712345"),
    "--ogrn": ogrn13("102701700000"),
    "--legal-address": "634050, Томск, ул. Библиотечная, 1",
    "--signatory-name": "Волков П. А.",
    "--signatory-position": "Директор",
    "--signatory-basis": "Устава",
}
PARTNER_LEGAL = {
    "--legal-name": "ООО «Креативный кластер «Полигон»",
    "--inn": inn10("701798765"),
    "--ogrn": ogrn13("111701700001"),
    "--legal-address": "634034, Томск, пр. Ленина, 2",
    "--signatory-name": "Лаптев С. И.",
    "--signatory-position": "Генеральный директор",
    "--signatory-basis": "Устава",
}
IMAGES = re.compile(rb"/Subtype\s*/Image\b")
RECAP_PICTURES = 3  # the demo's proof_*.png; the logo may add one more


def documents(exe: Path, tmp: Path, data: Path, env: dict[str, str]) -> list[str]:
    """Agreement (.docx and .pdf), a thank-you letter (.eml) and a recap with
    pictures: docxtpl, python-docx's own parts, jinja2, lxml, the templates in
    resources/templates, Pillow. Checked without python-docx: the .docx is a
    zip with word/document.xml, the PDFs start with %PDF."""
    lines = []
    collaboration = "1"
    main_partner = str(partner_named(exe, data, env, "Полигон"))
    for partner, details in ((None, LIBRARY_LEGAL), (main_partner, PARTNER_LEGAL)):
        args = ["legal", "set", *(["--partner", partner] if partner else [])]
        for option, value in details.items():
            args += [option, value]
        run(exe, *args, data=data, env=env)
    word = tmp / "agreement.docx"
    started = time.perf_counter()
    run(exe, "agreement", collaboration, "--out", str(word), data=data, env=env)
    took = (time.perf_counter() - started) * 1000
    with zipfile.ZipFile(word) as package:
        names = set(package.namelist())
        if "word/document.xml" not in names:
            raise SystemExit("smoke: the agreement .docx has no word/document.xml")
        body = package.read("word/document.xml").decode("utf-8")
    if LIBRARY_LEGAL["--inn"] not in body or "{{" in body:
        raise SystemExit("smoke: the agreement .docx was not filled from the template")
    pdf = tmp / "agreement.pdf"
    run(exe, "agreement", collaboration, "--out", str(pdf), data=data, env=env)
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise SystemExit("smoke: no PDF written to agreement.pdf")
    lines.append(
        f"agreement: {word.stat().st_size} bytes of .docx ({len(names)} parts, {took:.0f} ms),"
        f" PDF {pdf.stat().st_size}"
    )
    letter = tmp / "thank-you.eml"
    run(exe, "letter", "thank-you", collaboration, "--out", str(letter), data=data, env=env)
    message = email.message_from_bytes(letter.read_bytes(), policy=email.policy.default)
    if not message["To"] or not message["Subject"]:
        raise SystemExit("smoke: the thank-you .eml has no addressee or subject")
    attached = [part for part in message.iter_attachments()]
    for part in attached:
        if part.get_content_type() == "application/pdf" and not part.get_content().startswith(
            b"%PDF"
        ):
            raise SystemExit("smoke: the thank-you .eml carries a broken PDF")
    lines.append(f"thank-you.eml: {letter.stat().st_size} bytes, {len(attached)} attachment(s)")
    recap = tmp / "recap-ru.pdf"
    run(exe, "recap", collaboration, "--out", str(recap), data=data, env=env)
    content = recap.read_bytes()
    images = len(IMAGES.findall(content))
    if not content.startswith(b"%PDF") or images < RECAP_PICTURES:
        raise SystemExit(
            f"smoke: the recap has {images} images, not the {RECAP_PICTURES} proof pictures"
        )
    lines.append(f"recap with pictures (Pillow): {len(content)} bytes, {images} images")
    return lines


def partner_named(exe: Path, data: Path, env: dict[str, str], words: str) -> int:
    for partner in partner_list(exe, data, env):
        if words in str(partner["name"]):
            return int(str(partner["id"]))
    raise SystemExit(f"smoke: no demo partner named like {words!r}")


def command_line_language(exe: Path, catalogue: Path, data: Path, env: dict[str, str]) -> list[str]:
    """`check` speaks the language LANG names: the Russian sentence comes from
    the bundled catalogue, so a bundle without it (or a broken reading of LANG)
    answers in English and fails here. `data` must hold a database."""
    russian = json.loads(catalogue.read_text(encoding="utf-8"))["Cli"][BACKUPS_LINE]
    # The words before the number: "Резервных копий:", "Backups:".
    expected = {"ru_RU.UTF-8": russian.split("%1")[0], "en_US.UTF-8": BACKUPS_LINE.split("%1")[0]}
    lines = []
    for lang, words in expected.items():
        # LC_ALL and LC_MESSAGES would override LANG (POSIX order): not for this run.
        quiet = {k: v for k, v in env.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
        said = run(exe, "check", data=data, env=dict(quiet, LANG=lang)).stdout.strip()
        last = said.splitlines()[-1] if said else ""
        if words.strip() not in last:
            raise SystemExit(f"smoke: under LANG={lang} `check` said {last!r}, not {words!r}")
        lines.append(f"LANG={lang}: {last}")
    return lines


def partner_list(exe: Path, data: Path, env: dict[str, str]) -> list[dict[str, object]]:
    listed = json.loads(run(exe, "partners", "list", "--json", data=data, env=env).stdout)
    assert isinstance(listed, list)
    return listed


CLI_CATALOGUE = "**/resources/translations/collabdesk_ru.json"  # the command line's words
BACKUPS_LINE = "Backups: %1, in %2"  # the last line `check` prints (commands/check.py)

# Loaded by path at run time (not imported), so PyInstaller's analysis cannot
# see them: each must be in the bundle. Globs relative to the bundle folder.
BUNDLED_FILES = (
    "**/resources/translations/collabdesk_ru.qm",
    "**/resources/translations/collabdesk_en.qm",  # English plural forms
    CLI_CATALOGUE,
    "**/PySide6/**/qtbase_ru.qm",  # Qt's own dialogs and buttons in Russian
    "**/resources/fonts/PTS55F.ttf",
    "**/resources/guide/user-guide.ru.md",
    "**/resources/guide/user-guide.en.md",
    "**/store/migrations/versions/*.py",
    "**/babel/global.dat",  # CLDR's plural rules for units (domain/units.py)
    "**/babel/locale-data/ru.dat",
    "**/babel/locale-data/root.dat",
    # Word documents: the shipped forms, and python-docx's own default parts
    # (docx/templates), which it opens by path.
    "**/resources/templates/agreement_ru.docx",
    "**/resources/templates/acknowledgement_en.docx",
    "**/resources/templates/letter-thank-you_ru.docx",
    "**/docx/templates/default-header.xml",
    "**/docx/templates/default.docx",
)


def bundled_files(bundle: Path) -> list[str]:
    missing = [glob for glob in BUNDLED_FILES if next(bundle.glob(glob), None) is None]
    if missing:
        raise SystemExit(f"smoke: the bundle lacks {', '.join(missing)}")
    return [f"files loaded by path: all {len(BUNDLED_FILES)} kinds present"]


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "collabdesk"
    for line in smoke(bundle):
        print(line)
    print("smoke: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
