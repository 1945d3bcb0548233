"""Per planted error and per false flag, for comparing two versions of the checker.

Run: .venv/bin/python bench/grounding_cases.py PARTS [--jobs N] > run.tsv
     .venv/bin/python bench/grounding_cases.py --compare OLD.tsv NEW.tsv
     .venv/bin/python bench/grounding_cases.py --show PART CASE [N]

PARTS is a comma-separated list of evaluation parts, where "final55" means
final55a and final55b, "final7-48" the blind sets 7 to 48, "old" the parts
before final7 and "all" everything. Each planted error is one line
``C part case n kind HIT|MISS span``, each false flag one line
``F part case kind text``. --compare prints recall and false flags per group
of parts and style (cases 01-06 follow the writer's rules, 07-12 are newspaper
copy) for both runs, then every line that differs. --show prints a case's false
flags, or with N what the checker flags in its N-th corrupted version (from 1).
Run from another checkout's venv to measure that checkout's checker.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pelican_aibot.grounding import check_facts  # noqa: E402
from tests.eval.cases import EVAL_DIR, load_case  # noqa: E402

BLIND = re.compile(r"final(\d+)[a-z]$")


def _parts(spec: str) -> list[str]:
    every = sorted(p.name for p in EVAL_DIR.iterdir() if p.is_dir() and p.name[0] != "_")
    chosen: list[str] = []
    for item in spec.split(","):
        if item == "all":
            chosen += every
        elif item == "old":
            chosen += [p for p in every if not (m := BLIND.match(p)) or int(m[1]) < 7]
        elif m := re.fullmatch(r"final(\d+)-(\d+)", item):
            low, high = int(m[1]), int(m[2])
            chosen += [p for p in every if (b := BLIND.match(p)) and low <= int(b[1]) <= high]
        elif item in every:
            chosen.append(item)
        else:
            chosen += [p for p in every if BLIND.match(p) and p[:-1] == item]
    return chosen


def _flat(text: str) -> str:
    return " ".join(text.split())


def _run_case(path: Path) -> list[str]:
    part, case = path.parent.name, load_case(path)
    lines = []
    for f in check_facts(case.faithful, case.sources, case.story_date).unsupported:
        lines.append(f"F\t{part}\t{case.name}\t{f.kind}\t{_flat(f.text)}")
    for n, c in enumerate(case.corrupted, 1):
        report = check_facts(c.text, case.sources, case.story_date)
        hit = any(f.start < c.span[1] and c.span[0] < f.end for f in report.unsupported)
        span = _flat(c.text[c.span[0] : c.span[1]])
        lines.append(f"C\t{part}\t{case.name}\t{n}\t{c.kind}\t{'HIT' if hit else 'MISS'}\t{span}")
    return lines


def run(spec: str, jobs: int) -> None:
    paths = [p for part in _parts(spec) for p in sorted((EVAL_DIR / part).glob("*.yaml"))]
    with ProcessPoolExecutor(jobs) as pool:
        for lines in pool.map(_run_case, paths, chunksize=4):
            print("\n".join(lines), flush=True)


def _group(part: str) -> str:
    m = BLIND.match(part)
    if not m or int(m[1]) < 7:
        return "old"
    return f"final{m[1]}" if int(m[1]) > 48 else "final7-48"


def _totals(lines: list[list[str]]) -> dict[tuple[str, str], list[int]]:
    """(group, style) -> [caught, planted, false flags, stories]."""
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    stories = set()
    for row in lines:
        number = re.match(r"[a-z]*(\d+)", row[2])
        style = "paper" if number and int(number[1]) > 6 else "writer"
        group = _group(row[1])
        for key in ((group, style), (group, "all")):
            t = totals[key]
            if row[0] == "C":
                t[0] += row[5] == "HIT"
                t[1] += 1
            else:
                t[2] += 1
            if (row[1], row[2], key) not in stories:
                stories.add((row[1], row[2], key))
                t[3] += 1
    return totals


def _read(path: str) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8") if line.strip()]


def compare(old_path: str, new_path: str) -> None:
    old, new = _read(old_path), _read(new_path)
    told, tnew = _totals(old), _totals(new)
    print(f"{'group':10} {'style':6} {'recall old -> new':28} {'false flags (per story)'}")
    for key in sorted(set(told) | set(tnew)):
        a, b = told.get(key, [0, 0, 0, 1]), tnew.get(key, [0, 0, 0, 1])
        ra, rb = a[0] / max(a[1], 1), b[0] / max(b[1], 1)
        print(
            f"{key[0]:10} {key[1]:6} {ra:.3f} ({a[0]}/{a[1]}) -> {rb:.3f} ({b[0]}/{b[1]})  "
            f"{a[2]} ({a[2] / a[3]:.2f}) -> {b[2]} ({b[2] / b[3]:.2f})"
        )
    before, after = {tuple(r) for r in old}, {tuple(r) for r in new}
    for sign, rows in (("-", before - after), ("+", after - before)):
        for row in sorted(rows, key=lambda r: (r[1], r[2], r[0])):
            print(sign, " ".join(row))


def show(part: str, case_name: str, n: int | None) -> None:
    (path,) = (EVAL_DIR / part).glob(f"{case_name}*.yaml")
    case = load_case(path)
    text, span = case.faithful, None
    if n is not None:
        c = case.corrupted[n - 1]
        text, span = c.text, c.span
        print(f"planted {c.kind}: {text[span[0] : span[1]]!r}")
        print("  in:", _flat(text[max(0, span[0] - 200) : span[1] + 200]))
    for f in check_facts(text, case.sources, case.story_date).unsupported:
        overlaps = span is not None and f.start < span[1] and span[0] < f.end
        context = _flat(text[max(0, f.start - 80) : f.end + 80])
        print(f"{'HIT ' if overlaps else 'FLAG'} {f.kind} {f.text!r}: ...{context}...")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--compare"]:
        compare(argv[1], argv[2])
    elif argv[:1] == ["--show"]:
        show(argv[1], argv[2], int(argv[3]) if len(argv) > 3 else None)
    else:
        jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 2
        run(argv[0], jobs)


if __name__ == "__main__":
    main(sys.argv[1:])
