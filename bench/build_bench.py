"""Cold and warm builds of N story stubs beside a plain Pelican build of N Markdown articles.

All three builds run in this one process run, one after another, on the same
machine state (these machines are noisy: compare figures of one run only).

* plain: N Markdown articles of about 640 words, no plugin (the baseline);
* cold:  N stubs, 2 sources each on a loopback "news site" that answers every
         page after LATENCY seconds, empty cache, extractive backend;
* warm:  the same site rebuilt from the filled cache (AIBOT_MODE=frozen).

Usage: python bench/build_bench.py [N] [LATENCY]   (defaults: 100 stubs, 0.05 s)
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests._site import make_site, stub_yaml
from tests.newsserver import NewsServer

WORDS = (
    "council harbor storm power homes workers budget repairs mayor school bridge river "
    "police report market hospital clinic station road water winter museum library team "
    "season match festival company factory jobs bus train airport park weather residents "
    "officials engineers volunteers committee plan vote million percent week month year"
).split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 22))]
    number = rng.randint(2, 900)
    words.insert(rng.randint(1, len(words) - 1), str(number))
    return " ".join(words).capitalize() + "."


def paragraphs(rng: random.Random, count: int) -> list[str]:
    return [" ".join(sentence(rng) for _ in range(4)) for _ in range(count)]


def page(rng: random.Random, title: str) -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs(rng, 8))
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home News</nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Bench page</footer></body></html>"
    )


def run(root: Path, env: dict[str, str]) -> tuple[float, int]:
    command = [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output"]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed in {root}:\n{result.stdout}\n{result.stderr}")
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak_kib


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    latency = float(sys.argv[2]) if len(sys.argv) > 2 else 0.05
    rng = random.Random(7)
    base_env = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home())}
    with tempfile.TemporaryDirectory() as tmp, NewsServer() as server:
        plain = Path(tmp, "plain")
        articles = {}
        for i in range(count):
            text = "\n\n".join(paragraphs(rng, 8))
            articles[f"a{i:04d}.md"] = (
                f"Title: Plain article {i}\nDate: 2026-01-{1 + i % 28:02d}\n\n{text}\n"
            )
        # Same theme for all builds (Pelican's default: ours needs the plugin's filters).
        make_site(plain, {}, files=articles, settings={"PLUGINS": [], "THEME": "notmyidea"})

        # Real stubs cite many hosts, so the global limit (8) is what bounds a cold build;
        # here every "site" is the one loopback server, so lift the per-host limit to match.
        stubs = make_site(
            Path(tmp, "stubs"), {}, settings={"AIBOT_PER_HOST_CONCURRENCY": 8, "THEME": "notmyidea"}
        )
        for i in range(count):
            urls = []
            for j in range(2):
                path = f"/site{j}/story-{i}"
                server.add(path, page(rng, f"Story {i} source {j}"), delay=latency)
                urls.append(server.url(path))
            (stubs / "content" / "stories" / f"s{i:04d}.yaml").write_text(
                stub_yaml(f"Story number {i}", f"2026-01-{1 + i % 28:02d}", urls),
                encoding="utf-8",
            )
        env = {**base_env, "AIBOT_ALLOWED_PRIVATE_HOSTS": "127.0.0.1"}

        t_plain, _ = run(plain, base_env)
        t_cold, _ = run(stubs, env)
        t_warm, _ = run(stubs, {**env, "AIBOT_MODE": "frozen"})
        t_plain2, _ = run(plain, base_env)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss

    sequential = 2 * count * latency
    print(f"{count} stubs, 2 sources each, {latency * 1000:.0f} ms per page on loopback")
    print(
        f"  plain Pelican, {count} Markdown articles : {t_plain:6.2f} s  (again: {t_plain2:.2f} s)"
    )
    print(
        f"  cold build (fetch+extract+write)      : {t_cold:6.2f} s  "
        f"(sequential fetching alone would take {sequential:.1f} s)"
    )
    print(f"  warm build (frozen cache)             : {t_warm:6.2f} s")
    print(f"  peak RSS of the largest build         : {peak / 1024:6.0f} MiB")


if __name__ == "__main__":
    main()
