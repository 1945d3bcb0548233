"""Production settings: absolute URLs and the frozen cache (no network, no key)."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("SITEURL", "https://example.github.io/pelican-aibot")
RELATIVE_URLS = False

FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"

DELETE_OUTPUT_DIRECTORY = True

# Publishing never calls the network or a model: every story must be in the cache.
AIBOT_MODE = "frozen"
