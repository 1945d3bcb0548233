"""Packaging: the wheel carries the theme and the pelican.plugins.aibot shim, and installs work.

The wheel is built offline (``--no-build-isolation --no-index``) from a copy of the
sources in tmp_path, so parallel tests never share a build/ folder in the repository.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests._site import REPO, make_site, stub_yaml

VENV_BIN = Path(sys.executable).parent
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check"]


def _can_build_offline() -> str | None:
    """Why an offline wheel build is impossible here, or None when it is possible."""
    try:
        import setuptools
    except ImportError:
        return "setuptools is not installed in this environment"
    major, minor = (int(x) for x in setuptools.__version__.split(".")[:2])
    if (major, minor) < (70, 1):
        try:
            import wheel  # noqa: F401  (setuptools < 70.1 needs it for bdist_wheel)
        except ImportError:
            return f"setuptools {setuptools.__version__} needs the 'wheel' package to build"
    return None


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = _can_build_offline()
    if reason:
        pytest.skip(reason)
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pelican_aibot", "theme"):
        shutil.copytree(REPO / name, src / name, ignore=ignore)
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", out, src],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = out.glob("pelican_aibot-*.whl")
    return built


def wheel_names(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as zf:
        return set(zf.namelist())


def test_wheel_holds_the_theme(wheel: Path) -> None:
    names = wheel_names(wheel)
    on_disk = {
        "pelican_aibot/theme/" + p.relative_to(REPO / "theme").as_posix()
        for p in (REPO / "theme").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert {n for n in on_disk if "/templates/" in n}, "the theme has no templates?"
    missing = sorted(on_disk - names)
    assert not missing, f"theme files missing from the wheel: {missing}"
    assert "pelican_aibot/theme/templates/article.html" in names
    assert "pelican_aibot/theme/static/css/style.css" in names


def test_wheel_holds_every_file_of_the_package(wheel: Path) -> None:
    """Data files beside the code (templates, py.typed) ship too, not only modules."""
    names = wheel_names(wheel)
    root = REPO / "pelican_aibot"
    on_disk = {
        "pelican_aibot/" + p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and "_namespace" not in p.parts
        and p.suffix not in {".pyc", ".tmp"}
    }
    missing = sorted(on_disk - names)
    assert not missing, f"add to [tool.setuptools.package-data] in pyproject.toml: {missing}"


def test_wheel_holds_the_namespace_shim_and_the_cli(wheel: Path) -> None:
    names = wheel_names(wheel)
    assert "pelican/plugins/aibot/__init__.py" in names
    # Pelican's own files must never be shadowed by ours.
    assert "pelican/__init__.py" not in names
    assert "pelican/plugins/__init__.py" not in names
    assert not any(n.startswith("pelican_aibot/_namespace") for n in names)
    with zipfile.ZipFile(wheel) as zf:
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "aibot = pelican_aibot.cli:main" in zf.read(entry_points).decode()
        assert "pelican_aibot/py.typed" in names


def test_every_subpackage_is_listed_for_the_wheel() -> None:
    """pyproject lists packages by hand (the theme and the shim live elsewhere): catch gaps."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    root = REPO / "pelican_aibot"
    found = {"pelican_aibot"}
    for path in root.rglob("*.py"):
        folder = path.parent.relative_to(REPO)
        if "__pycache__" in folder.parts or "_namespace" in folder.parts:
            continue
        found.add(".".join(folder.parts))
    missing = sorted(found - listed)
    assert not missing, f"add these to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_installed_wheel_is_a_namespace_plugin_with_its_theme(wheel: Path, tmp_path: Path) -> None:
    """Install the wheel beside a copy of Pelican (so ``pelican.plugins`` can see it), then
    let Pelican discover it by its short name and build a site with the bundled theme."""
    import pelican

    site_packages = tmp_path / "site-packages"
    result = subprocess.run(
        [*PIP, "install", "--no-deps", "--no-index", "-q", "--target", site_packages, wheel],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    # Merged in afterwards: pip --target skips top-level folders that already exist.
    shutil.copytree(
        Path(pelican.__file__).parent,
        site_packages / "pelican",
        ignore=shutil.ignore_patterns("__pycache__", "tests"),
        dirs_exist_ok=True,
    )

    site = make_site(
        tmp_path / "site",
        {
            "local.yaml": stub_yaml(
                "Ferry service resumes after strike",
                "2026-03-02",
                ["path:../sources/ferry.txt"],
            )
        },
        files={
            "sources/ferry.txt": (
                "Ferry services between Northport and the islands resumed on Monday after "
                "a three-day strike ended, the operator said. About 40 sailings had been "
                "cancelled during the walkout.\n\nUnion leader Mara Quinn said the crews had "
                "accepted a new pay offer of 6 percent over two years. The operator, Northport "
                "Lines, said timetables would be back to normal by Wednesday and that tickets "
                "for cancelled crossings would be refunded in full.\n"
            )
        },
        settings={"PLUGINS": ["aibot"]},
    )
    with (site / "pelicanconf.py").open("a", encoding="utf-8") as conf:
        conf.write("import pelican_aibot\nTHEME = pelican_aibot.theme_path()\n")
    probe = (
        "import pelican_aibot, pelican.plugins.aibot as shim\n"
        "from pelican.plugins._utils import get_namespace_plugins\n"
        "assert 'pelican.plugins.aibot' in get_namespace_plugins(), 'not discovered'\n"
        "assert shim.register is pelican_aibot.register\n"
        "print(pelican_aibot.__file__)\n"
        "print(pelican_aibot.theme_path())\n"
    )
    env = {"PYTHONPATH": str(site_packages), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=site, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr[-3000:]
    module_file, theme = run.stdout.split()
    assert Path(module_file).is_relative_to(site_packages), "imported the checkout, not the wheel"
    assert Path(theme) == site_packages / "pelican_aibot" / "theme"

    build = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output"],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-3000:] + build.stdout[-3000:]
    pages = [p for p in (site / "output").rglob("*.html") if "ferry" in p.name]
    assert pages, sorted(p.name for p in (site / "output").rglob("*.html"))
    html = pages[0].read_text(encoding="utf-8")
    assert 'class="ai-disclaimer"' in html  # our theme's hook, from the installed copy


def test_editable_install_imports_both_names(tmp_path: Path) -> None:
    """The development install (``pip install -e .``, what ``make html`` does) exposes both
    import names, the console script and the theme from the checkout."""
    aibot = VENV_BIN / "aibot"
    if not aibot.exists():
        pytest.skip("pelican-aibot is not installed in this environment (run pip install -e .)")
    probe = (
        "import pelican.plugins.aibot as shim, pelican_aibot\n"
        "assert shim.register is pelican_aibot.register\n"
        "print(pelican_aibot.theme_path())\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert Path(run.stdout.strip()).resolve() == (REPO / "theme").resolve()
    version = subprocess.run([aibot, "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and "pelican-aibot" in version.stdout


def test_makefile_targets_pelican_users_expect() -> None:
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    for target in ("html", "serve", "devserver", "publish", "clean"):
        assert f"\n{target}:" in text, f"make {target} is missing"
    assert "-lr" in text or ("-r" in text and "-l" in text), "devserver must rebuild and serve"
