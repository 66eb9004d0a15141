"""Screenshots of every window at the supported screen sizes, in Dutch and English.

    python docs/screenshots/make_screenshots.py [--out build/screenshots]
        [--sizes 1024x768,1366x768,1920x1080] [--langs nl,en] [--readme]
        [--only 'dialog-snooze,box-*']

Each size gets its own Xvfb screen (a real X server: Qt lays out, measures fonts and
renders exactly as on a desktop), each language a fresh process with fresh preferences,
so the main window opens as on a first start. One demo book is made first and copied for
every run. Per run it captures the whole screen for: the main window and its three tabs,
a client opened beside the list, each dialog a client's page and the menus open, and the
letter window. It writes the PNGs and ``report.txt`` to --out: per window its size and
minimum size against the screen, and ``TOO BIG`` where one does not fit.

``--readme`` also refreshes the two pictures the README shows
(``docs/screenshots/main-window-nl-1366.png`` and ``-1920.png``, the window alone).
Needs Xvfb and the Qt xcb libraries (see ../shared/tools/screenshot).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README_SHOTS = ROOT / "docs" / "screenshots"
SIZES = ("1024x768", "1366x768", "1920x1080")
LANGUAGES = ("nl", "en")


# -- the parent: a demo book, an X server per size, a child per language -----------------


def make_book(folder: Path) -> Path:
    """A demo book with company details filled in and the first-start questions answered."""
    path = folder / "book.sqlite"
    code = (
        "import sys\n"
        "from debiteur_desk.services.book import open_book\n"
        "from debiteur_desk.services.demo import fill_demo\n"
        "from debiteur_desk.services.settings import change_setting\n"
        "db = open_book(sys.argv[1]).database\n"
        "fill_demo(db, clients=60, invoices=400, seed=7)\n"
        "change_setting(db, 'app.first_start_done', True)\n"
        "db.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, env=_env())
    return path


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, **extra)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return env


def shown_book(language: str) -> Path:
    """Where a run's book lives: a plain name, not a random temporary one, because the
    status bar shows it (and the README's picture with it)."""
    folder, name = {
        "nl": ("Debiteur Desk voorbeeld", "voorbeeldadministratie.sqlite"),
        "en": ("Debiteur Desk sample", "sample-book.sqlite"),
    }[language]
    path = Path(tempfile.gettempdir()) / folder
    path.mkdir(exist_ok=True)
    return path / name


def start_xvfb(size: str) -> tuple[subprocess.Popen[bytes], str]:
    """An X server of this size on a free display number (Xvfb picks it: -displayfd)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise SystemExit("Xvfb did not start")
    return server, f":{number}"


def parent(args: argparse.Namespace) -> int:
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is needed (apt-get install xvfb)")
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="dd-shots-") as tmp:
        book = make_book(Path(tmp))
        for size in args.sizes.split(","):
            server, display = start_xvfb(size)
            try:
                for language in args.langs.split(","):
                    run = Path(tmp) / f"{size}-{language}"  # fresh preferences per run
                    run.mkdir()
                    shown = shown_book(language)  # the status bar shows its path
                    shutil.copy(book, shown)
                    command = [sys.executable, __file__, "--child", "--out", str(out)]
                    command += ["--size", size, "--lang", language, "--db", str(shown)]
                    if args.readme:
                        command.append("--readme")
                    if args.only:
                        command += ["--only", args.only]
                    env = _env(
                        DISPLAY=display,
                        QT_QPA_PLATFORM="xcb",
                        DEBITEUR_DESK_DATA_DIR=str(run),
                        DEBITEUR_DESK_DOCUMENTS_DIR=str(run / "documents"),
                    )
                    print(f"{size} {language} …", flush=True)
                    failed += subprocess.run(command, env=env).returncode != 0
                    shutil.rmtree(shown.parent)
            finally:
                server.terminate()
                server.wait()
    reports = sorted(out.glob("report-*.txt"))
    (out / "report.txt").write_text("".join(p.read_text() for p in reports), encoding="utf-8")
    for path in reports:
        path.unlink()
    too_big = (out / "report.txt").read_text(encoding="utf-8").count("TOO BIG")
    print(f"{len(list(out.glob('*.png')))} screenshots in {out}; {too_big} too big; see report.txt")
    return 1 if failed or too_big else 0


# -- the child: one language at one size, on the X server it was given --------------------


def child(args: argparse.Namespace) -> int:
    sys.path[:0] = [str(Path(__file__).parent), str(ROOT)]  # scenes, and tests.ui
    from scenes import Scenes  # Qt only in the child, on its own X server

    width, height = (int(n) for n in args.size.split("x"))
    only = tuple(filter(None, (args.only or "").split(",")))
    scenes = Scenes(Path(args.out), Path(args.db), args.lang, (width, height), args.readme, only)
    return scenes.run()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "build" / "screenshots"))
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--langs", default=",".join(LANGUAGES))
    parser.add_argument("--readme", action="store_true", help="refresh the README's pictures")
    parser.add_argument(
        "--only", help="only these dialogs and windows (names as in report.txt, * allowed)"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--size", help=argparse.SUPPRESS)
    parser.add_argument("--lang", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    return child(args) if args.child else parent(args)


if __name__ == "__main__":
    raise SystemExit(main())
