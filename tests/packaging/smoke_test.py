"""Smoke test of the packaged app: build it, then use the frozen program as a consultant's laptop would.

    python -m tests.packaging.smoke_test              # pyinstaller build.spec, then the checks
    python -m tests.packaging.smoke_test --no-build   # check the dist/ShopperMap/ already there

Needs the build extra (`pip install ".[build]"`) and openpyxl (to read the exported plan back). Every
run of the frozen program is headless (QT_QPA_PLATFORM=offscreen), in a private user folder, Documents
folder and settings, and without the source tree on its path. The checks:

- the folder: its size (at most --max-mb MiB on Linux, as `du -sh` counts), no QtNetwork, the
  frameworks, help, icon, sample, compiled translations and licence texts (LGPL, GPL, Python's)
  inside, and the metadata the About dialog reads each library's version and licence from;
- the program: --version; `new` from the sample workshop it carries; `export` to .xlsx (openpyxl opens
  it and finds the plan), .pdf (a PDF with an end) and .json; `--screenshot` (a 1600×1000 PNG, and on
  Linux a Polish one that differs from the English one); `check` (integrity ok); and a missing file
  reported in one line with exit code 1, no traceback.

Prints the build time, the folder size and one line per check; exits 1 when a check fails, 2 when the
build fails or there is nothing to check. The test suite runs the same build and checks in a
scratch folder (tests/test_packaged_app.py); this script is for checking a build by hand.
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
APP = "ShopperMap"
SAMPLE = "crunchy-snacks-hypermarket.json"
SCREENSHOT_SIZE = (1600, 1000)
DEFAULT_MAX_MIB = 120


class CheckFailed(Exception):
    """One check's failure, in one line."""


def build(*, log: Path, into: Path | None = None) -> float:
    """Run `pyinstaller --noconfirm build.spec` in the repository; returns the seconds it took.

    The app lands in dist/ShopperMap, or with `into` in into/dist/ShopperMap (work files in into/work).
    """
    places = [] if into is None else ["--distpath", str(into / "dist"), "--workpath", str(into / "work")]
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", *places, "build.spec"],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
        raise SystemExit("\n".join(["the build failed; the end of its log:", *tail, f"(full log: {log})"]))
    return seconds


def executable(dist: Path) -> Path:
    """The frozen program in a dist/ShopperMap folder."""
    return dist / (f"{APP}.exe" if sys.platform == "win32" else APP)


def disk_usage(folder: Path) -> int:
    """Bytes the folder takes on disk, as `du` counts them (allocated blocks; sizes on Windows)."""
    total = 0
    for path in folder.rglob("*"):
        info = path.lstat()
        total += info.st_blocks * 512 if hasattr(info, "st_blocks") else info.st_size
    return total


def about_distributions() -> list[tuple[str, ...]]:
    """The distributions the About dialog lists: all of LIBRARIES, and those of ALSO_BUNDLED installed here.

    Read from about.py's source (no Qt needed here); this Python is taken to be the one that built the app.
    """
    source = (REPO / "shoppermap" / "ui" / "dialogs" / "about.py").read_text(encoding="utf-8")
    tables = {
        node.target.id: ast.literal_eval(node.value)
        for node in ast.parse(source).body
        if isinstance(node, ast.AnnAssign)
        and getattr(node.target, "id", None) in ("LIBRARIES", "ALSO_BUNDLED")
    }
    if "LIBRARIES" not in tables:
        raise CheckFailed("about.py has no LIBRARIES table")

    def installed(names: tuple[str, ...]) -> bool:
        for name in names:
            try:
                importlib.metadata.version(name)
                return True
            except importlib.metadata.PackageNotFoundError:
                continue
        return False

    wanted = [dists for _name, dists, _licence in tables["LIBRARIES"]]
    return wanted + [dists for _name, dists, _licence in tables.get("ALSO_BUNDLED", ()) if installed(dists)]


def private_environment(scratch: Path, **extra: str) -> dict[str, str]:
    """Headless, with a user who has nothing yet; Python's own variables cannot reach the frozen app."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "SHOPPERMAP_"))}
    for name in ("home", "documents", "config"):
        (scratch / name).mkdir(parents=True, exist_ok=True)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "SHOPPERMAP_HOME": str(scratch / "home"),
            "SHOPPERMAP_DOCUMENTS": str(scratch / "documents"),
            "XDG_CONFIG_HOME": str(scratch / "config"),
            "LANGUAGE": "en",
            "LC_ALL": "C.UTF-8" if sys.platform.startswith("linux") else env.get("LC_ALL", ""),
        }
    )
    env.update(extra)
    return {k: v for k, v in env.items() if v}


class Smoke:
    """Runs the frozen program and records each check."""

    def __init__(self, program: Path, work: Path) -> None:
        self.program = program
        self.work = work
        self.env = private_environment(work / "user")
        self.results: list[tuple[str, str | None]] = []

    def run(
        self, *args: str, expect: int = 0, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess:
        """Run the program in the work folder; a different exit code fails the check."""
        result = subprocess.run(
            [str(self.program), *args],
            cwd=self.work,
            env=env or self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=180,
            check=False,
        )
        if result.returncode != expect:
            detail = (result.stderr or result.stdout).strip().splitlines()[-3:]
            raise CheckFailed(f"`{APP} {' '.join(args)}` exited {result.returncode}: {' | '.join(detail)}")
        return result

    def check(self, name: str, body: Callable[[], str | None]) -> None:
        """Run one check; its return value is a note printed beside it."""
        try:
            note = body()
        except CheckFailed as exc:
            self.results.append((name, f"FAILED: {exc}"))
            print(f"  FAIL  {name}: {exc}", flush=True)
            return
        except (OSError, subprocess.TimeoutExpired, ValueError, KeyError) as exc:
            self.results.append((name, f"FAILED: {type(exc).__name__}: {exc}"))
            print(f"  FAIL  {name}: {type(exc).__name__}: {exc}", flush=True)
            return
        self.results.append((name, None))
        print(f"  ok    {name}{f' ({note})' if note else ''}", flush=True)

    @property
    def failed(self) -> list[str]:
        """Names of the checks that failed."""
        return [name for name, problem in self.results if problem]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise CheckFailed(f"{path.name} is not a PNG")
    return struct.unpack(">II", data[16:24])


def check_folder(dist: Path, max_mib: float | None) -> Callable[[], str]:
    def body() -> str:
        size = disk_usage(dist)
        note = f"{size / 2**20:.0f} MiB ({size / 1e6:.0f} MB)"
        if max_mib is not None and size > max_mib * 2**20:
            raise CheckFailed(f"{note}: more than {max_mib:g} MiB")
        return note

    return body


def check_contents(dist: Path) -> Callable[[], str]:
    def body() -> str:
        names = {p.name for p in dist.rglob("*")}
        internal = next((p for p in (dist / "_internal", dist) if (p / "resources").is_dir()), None)
        if internal is None:
            raise CheckFailed("no resources/ folder in the app")
        wanted = [
            "frameworks/shopper-journey.json",
            "frameworks/pos-tools.json",
            "resources/icons/shoppermap.svg",
            f"resources/samples/{SAMPLE}",
            "resources/help/en/index.html",
            "resources/help/pl/index.html",
            "resources/translations/shoppermap_pl.qm",
            "resources/translations/shoppermap_en.qm",
            "resources/translations/qtbase_pl.qm",
            "resources/licences/LGPL-3.0.txt",
            "resources/licences/GPL-3.0.txt",
            "resources/licences/Python-PSF-2.0.txt",
        ]
        missing = [w for w in wanted if not (internal / w).is_file()]
        if missing:
            raise CheckFailed(f"missing {', '.join(missing)}")
        network = sorted(n for n in names if "Qt6Network" in n or n.startswith("QtNetwork"))
        if network:
            raise CheckFailed(f"QtNetwork is in the app: {', '.join(network)}")
        other_qt_translations = sorted(
            n for n in names if n.endswith(".qm") and not n.endswith(("_pl.qm", "_en.qm"))
        )
        if other_qt_translations:
            raise CheckFailed(f"translations other than Polish and English: {other_qt_translations[:5]}")
        # dist-info folders are named "<distribution>-<version>.dist-info", the name normalised
        metadata = {p.name.split("-")[0].lower() for p in internal.glob("*.dist-info")}
        lacking = [
            dists[0]
            for dists in about_distributions()
            if not any(d.lower().replace("-", "_") in metadata for d in dists)
        ]
        if lacking:
            raise CheckFailed(f"no metadata (About would show '?') for {', '.join(lacking)}")
        return f"{len(wanted)} resources, metadata of {len(about_distributions())} libraries, no QtNetwork"

    return body


def smoke(dist: Path, *, max_mib: float | None) -> list[str]:
    """Every check against the app in `dist`; returns the names of the failed ones."""
    program = executable(dist)
    with tempfile.TemporaryDirectory(prefix="shoppermap-smoke-") as scratch:
        work = Path(scratch)
        s = Smoke(program, work)
        workshop = work / "Crunchy.shoppermap"
        internal = dist / "_internal" if (dist / "_internal").is_dir() else dist
        sample = internal / "resources" / "samples" / SAMPLE

        s.check("folder size", check_folder(dist, max_mib))
        s.check("folder contents", check_contents(dist))

        def version() -> str:
            init = (REPO / "shoppermap" / "__init__.py").read_text(encoding="utf-8")
            expected = ast.literal_eval(init.split("__version__ =")[1].splitlines()[0].strip())
            out = s.run("--version").stdout.strip()
            if out != f"{APP} {expected}":
                raise CheckFailed(f"--version says {out!r}, the source {expected!r}")
            return out

        s.check("--version", version)

        def new() -> str:
            out = s.run("new", str(workshop), "--from", str(sample)).stdout.strip()
            if not workshop.is_file():
                raise CheckFailed(f"no {workshop.name} after: {out}")
            return out

        s.check("new from the bundled sample", new)

        def export_xlsx() -> str:
            import openpyxl

            plan = work / "plan.xlsx"
            s.run("export", str(workshop), "-o", str(plan))
            book = openpyxl.load_workbook(plan, read_only=True)
            rows = sum(sheet.max_row or 0 for sheet in book.worksheets)
            names = book.sheetnames
            book.close()
            if rows < 10:
                raise CheckFailed(f"the workbook has {rows} rows in {names}")
            return f"sheets {', '.join(names)}; {rows} rows"

        s.check("export .xlsx", export_xlsx)

        def export_pdf() -> str:
            pdf = work / "map.pdf"
            s.run("export", str(workshop), "-o", str(pdf))
            data = pdf.read_bytes()
            if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
                raise CheckFailed("map.pdf is not a complete PDF")
            return (
                f"{len(data) // 1024} KiB, {data.count(b'/Type /Page') - data.count(b'/Type /Pages')} page(s)"
            )

        s.check("export .pdf", export_pdf)

        def export_json() -> str:
            out = work / "workshop.json"
            s.run("export", str(workshop), "-o", str(out))
            data = json.loads(out.read_text(encoding="utf-8"))
            original = json.loads(sample.read_text(encoding="utf-8"))
            if data.get("format") != "shoppermap-workshop" or len(data["journeys"]) != len(
                original["journeys"]
            ):
                raise CheckFailed("the JSON does not round-trip the sample's journeys")
            return f"{len(data['journeys'])} journeys"

        s.check("export .json", export_json)

        def screenshot() -> str:
            shot = work / "shot.png"
            s.run("--screenshot", str(shot), str(workshop))
            size = png_size(shot)
            if size != SCREENSHOT_SIZE:
                raise CheckFailed(f"shot.png is {size[0]}×{size[1]}, not 1600×1000")
            return f"{size[0]}×{size[1]}"

        s.check("--screenshot", screenshot)

        if sys.platform.startswith("linux"):

            def polish() -> str:
                shot = work / "shot-pl.png"
                env = private_environment(work / "user-pl", LANGUAGE="pl")
                s.run("--screenshot", str(shot), str(workshop), env=env)
                if shot.read_bytes() == (work / "shot.png").read_bytes():
                    raise CheckFailed("the Polish window looks exactly like the English one")
                return "differs from the English one"

            s.check("--screenshot in Polish", polish)

        def check() -> str:
            out = s.run("check", str(workshop)).stdout
            if "integrity: ok" not in out:
                raise CheckFailed(f"check says: {out.strip().splitlines()[-1]}")
            return "integrity ok"

        s.check("check", check)

        def missing_file() -> str:
            result = s.run("export", str(work / "nowhere.shoppermap"), "-o", str(work / "x.xlsx"), expect=1)
            lines = result.stderr.strip().splitlines()
            if len(lines) != 1 or "Traceback" in result.stderr:
                raise CheckFailed(f"expected one line on stderr, got: {result.stderr.strip()[:300]}")
            return lines[0]

        s.check("a missing file: one line, exit 1", missing_file)
        return s.failed


def main(argv: list[str] | None = None) -> int:
    """Build (unless --no-build), run the checks, print the figures."""
    parser = argparse.ArgumentParser(description="Build the packaged ShopperMap and smoke-test it.")
    parser.add_argument("--no-build", action="store_true", help="check the existing dist/ShopperMap")
    parser.add_argument("--dist", type=Path, default=REPO / "dist" / APP, help="the app folder to check")
    parser.add_argument(
        "--max-mb",
        type=float,
        default=DEFAULT_MAX_MIB if sys.platform.startswith("linux") else None,
        help=f"largest folder allowed, in MiB as du -sh counts (default {DEFAULT_MAX_MIB} on Linux)",
    )
    args = parser.parse_args(argv)

    if not args.no_build:
        log = REPO / "build" / "smoke-build.log"
        log.parent.mkdir(exist_ok=True)
        print("building: pyinstaller --noconfirm build.spec …", flush=True)
        print(f"build: {build(log=log):.0f} s (log: {log.relative_to(REPO)})", flush=True)
    if not executable(args.dist).is_file():
        print(f"no packaged app at {executable(args.dist)}; build it first (without --no-build)")
        return 2
    print(f"checking {args.dist}", flush=True)
    started = time.perf_counter()
    failed = smoke(args.dist, max_mib=args.max_mb)
    print(f"checks: {time.perf_counter() - started:.0f} s")
    if failed:
        print(f"FAILED: {', '.join(failed)}")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
