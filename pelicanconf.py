"""Settings of the demo site, The Eastbrook Ledger (all stories and sources are fictional)."""

AUTHOR = "AiBot"
SITENAME = "The Eastbrook Ledger"
SITESUBTITLE = "A pelican-aibot demo: fictional news, written by software from sample sources"
SITEURL = ""

PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%B %-d, %Y"

THEME = "theme"
RELATIVE_URLS = True  # output/ also works opened from disk
PLUGINS = ["pelican_aibot"]

# Sample source pages are published as they are (stories link to them), never read as
# articles.
STATIC_PATHS = ["sources"]
ARTICLE_EXCLUDES = ["pages", "sources"]
PAGE_EXCLUDES = ["sources"]

ARTICLE_URL = "{date:%Y}/{slug}.html"
ARTICLE_SAVE_AS = "{date:%Y}/{slug}.html"

DEFAULT_PAGINATION = 10

# Feeds carry the full story and its disclaimer.
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
RSS_FEED_SUMMARY_ONLY = False

# pelican-aibot
AIBOT_BACKEND = "extractive"
AIBOT_CACHE_PATH = "aibot-cache"
AIBOT_AUTHOR = "AiBot"
AIBOT_AUTHORS = {
    "AiBot": {
        "bio": (
            "AiBot is the Ledger's automated reporter: it writes each story only from the "
            "sources listed under it, and a fact check compares every number, date, quote "
            "and name with those sources."
        ),
        "url": "pages/about.html",
    },
    "AiBot Sports Desk": {
        "bio": "The automated sports desk: results and reactions from match reports.",
        "url": "pages/about.html",
    },
}
AIBOT_GROUNDING = "warn"
