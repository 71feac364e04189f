"""Smoke-run a built bundle offscreen and print its figures.

    python packaging/smoke.py [dist/collabdesk]

Checks, each in a fresh temporary data folder: `collabdesk --version`;
loading the bundled demo data; opening the main window and closing it
(COLLABDESK_EXIT_AFTER_SHOW prints when the first page was on screen); and,
writing a pitch PDF in Russian from the demo data. Exits 1 on
the first failure. tests/packaging/test_bundle_smoke.py runs it when a
bundle exists.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
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
        for attempt in ("first", "second"):  # the second start is the warm one
            window_env = dict(env, COLLABDESK_EXIT_AFTER_SHOW="1")
            started = time.perf_counter()
            shown = run(exe, data=data, env=window_env).stdout.split()
            wall = (time.perf_counter() - started) * 1000
            figures = dict(zip(shown[::2], shown[1::2], strict=False))
            lines.append(
                f"window ({attempt} start): shown {figures.get('shown', '?')} ms, "
                f"complete {figures.get('complete', '?')} ms, process {wall:.0f} ms"
            )
        pdf = Path(tmp) / "pitch.pdf"
        run(exe, "pitch", *pitch_arguments(pdf), data=data, env=env)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise SystemExit("smoke: the pitch command wrote no PDF")
        lines.append(f"pitch: {pdf.stat().st_size} bytes of PDF")
    return lines


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "collabdesk"
    for line in smoke(bundle):
        print(line)
    print("smoke: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
