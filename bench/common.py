"""Shared by the benchmarks: the replicated 人民日报 corpus, child-process timing, RESULTS.md."""

from __future__ import annotations

import json
import platform
import random
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RMRB = ROOT.parent / "shared" / "corpus" / "rmrb" / "rmrb-2019-2020.jsonl"
OUT = ROOT / "bench" / "out"
RESULTS = ROOT / "bench" / "RESULTS.md"


def replicated(n: int, seed: int = 7) -> Path:
    """The 人民日报 file replicated to n records, each copy perturbed (id, date shifted by whole
    years, one character of the title changed) so that no two records are the same."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"rmrb-{n}.jsonl"
    if path.exists():
        return path
    if not RMRB.exists():
        sys.exit(f"{RMRB} is missing: the benchmarks need the internal 人民日报 corpus")
    base = [json.loads(line) for line in RMRB.open(encoding="utf-8")]
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            rec = dict(base[i % len(base)])
            copy = i // len(base)
            if copy:
                d = date.fromisoformat(rec["date"]) - timedelta(days=364 * copy)
                rec["date"] = d.isoformat()
                title = rec["title"]
                k = rnd.randrange(len(title))
                rec["title"] = title[:k] + chr(0x4E00 + rnd.randrange(0x5000)) + title[k + 1 :]
            rec["id"] = f"{rec['id']}-{copy}"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def run_child(code: str, *args: str) -> dict:
    """Run python code in a child process; it prints one JSON line; add its peak RSS in MB."""
    wrapper = (
        "import json, resource, sys\n"
        f"{code}\n"
        "res = main(*sys.argv[1:])\n"
        "res['peak_rss_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps(res))\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, Python {platform.python_version()}, {platform.system()}"


def write_section(title: str, body: str) -> None:
    """Replace (or add) the section `## title` of bench/RESULTS.md."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    head = f"## {title}\n"
    parts = text.split("\n## ")
    kept = [parts[0]] + [p for p in parts[1:] if not p.startswith(title + "\n")]
    text = "\n## ".join(kept).rstrip() + "\n\n" + head + body.rstrip() + "\n"
    RESULTS.write_text(text, encoding="utf-8")


def fake_api_settings(fake: object, database_url: str) -> object:
    """Settings that point the bot at the tests' fake Bot API server."""
    from bot.settings import Settings

    return Settings(
        telegram_bot_token=fake.token,  # type: ignore[attr-defined]
        database_url=database_url,
        telegram_api_base_url=fake.base_url,  # type: ignore[attr-defined]
        telegram_api_base_file_url=fake.base_file_url,  # type: ignore[attr-defined]
    )
