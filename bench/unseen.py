"""Shared by the benchmarks on unseen pages (`bench.pages`, `bench.dates`): the page sets built by
`shared/tools/make_pages.py`, their options, a baseline revision checked out beside this tree,
and a measure run in a child process against one tree's code."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from bench.common import RMRB, ROOT, machine, write_section

MAKE_PAGES = ROOT.parent / "shared" / "tools" / "make_pages.py"


def arguments(doc: str, default_sets: str) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--sets", default=default_sets, help="noise:seed pairs, comma-separated")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--baseline", help="a git revision to measure on the same pages, side by side")
    ap.add_argument("--no-write", action="store_true", help="print the table, leave RESULTS.md alone")
    return ap


def sets(spec: str) -> list[tuple[int, int]]:
    """`2:77,0:11` -> [(2, 77), (0, 11)]; exits when the corpus or the page maker is missing."""
    if not RMRB.exists() or not MAKE_PAGES.exists():
        sys.exit(f"{RMRB} or {MAKE_PAGES} is missing: this benchmark needs the internal corpus and tool")
    return [(int(noise), int(seed)) for noise, seed in (s.split(":") for s in spec.split(","))]


def make(out: Path, noise: int, seed: int, pages: int) -> Path:
    folder = out / f"noise{noise}-seed{seed}"
    if not (folder / "gold.tsv").exists():
        cmd = [sys.executable, str(MAKE_PAGES), str(RMRB), str(folder), "--pages", str(pages), "--noise", str(noise), "--seed", str(seed)]
        subprocess.run(cmd, check=True, capture_output=True)
    return folder


@contextmanager
def baseline(rev: str | None, into: Path) -> Iterator[Path | None]:
    """The code of revision rev checked out at into for the duration (None without a rev)."""
    if not rev:
        yield None
        return
    subprocess.run(["git", "worktree", "add", "--detach", "-f", str(into), rev], cwd=ROOT, check=True, capture_output=True)
    try:
        yield into
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(into)], cwd=ROOT, capture_output=True)


def measure(code: str, tree: Path, folder: Path) -> dict:
    """Run code (it prints one JSON line) on folder with tree's `store` on the path."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True, cwd=tree, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(module: str, args: argparse.Namespace, title: str, lines: list[str], notes: str) -> None:
    """Print the table; unless --no-write, put it in RESULTS.md under title with the command that
    made it, the date, the machine and the notes."""
    when = datetime.now().strftime("%Y-%m-%d")
    command = f"python -m {module} --sets {args.sets} --pages {args.pages}" + (f" --baseline {args.baseline}" if args.baseline else "")
    command += " --local" if getattr(args, "local", False) else ""
    print("\n".join(lines))
    if not args.no_write:
        write_section(title, f"`{command}` on {when}, {machine()}.\n\n" + "\n".join(lines) + "\n\n" + notes)
