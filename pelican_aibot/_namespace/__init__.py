"""pelican-aibot under Pelican's plugin namespace: ``PLUGINS = ["aibot"]`` works too.

Installed as ``pelican.plugins.aibot`` (see ``[tool.setuptools.package-dir]`` in
pyproject.toml), so Pelican finds the plugin the modern way; the code itself
lives in ``pelican_aibot``.
"""

from pelican_aibot import __version__, register, theme_path

__all__ = ["__version__", "register", "theme_path"]
