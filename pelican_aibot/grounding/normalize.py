"""Canonical forms of the ways one fact can be written (eleven/11, Jan./January, $/dollars...).

Pure lookup tables and small parsers; no state. Everything here works on single
tokens or short token runs produced by :mod:`.text`.
"""

from __future__ import annotations

import re
import unicodedata

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_WORDS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "fiftieth": 50, "hundredth": 100,
}  # fmt: skip
ORDINAL_NOUNS = (
    "quarter", "half", "round", "place", "term", "set", "leg", "stage", "phase", "period",
    "seed", "innings", "reading", "division", "league",
)  # fmt: skip
MULTIPLIERS = {
    "doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5,
    "twofold": 2.0, "threefold": 3.0, "fourfold": 4.0, "tenfold": 10.0,
}  # fmt: skip
# "two-fifths", "a third of", "three quarters": shares, compared as percentages.
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
    "k": 1_000, "dozen": 12,
}  # fmt: skip
# Scale words that may follow digits ("48 million") as opposed to abbreviations that
# only count when glued to a currency amount ("$48m").
WORD_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "dozen"}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
FULL_WEEKDAYS = {k for k in WEEKDAYS if len(k) > 5}
FULL_MONTHS = {k for k in MONTHS if len(k) > 3 or k == "may"}

CURRENCY_SYMBOLS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
CURRENCY_WORDS = {
    "dollar": "usd", "dollars": "usd", "usd": "usd", "euro": "eur", "euros": "eur",
    "eur": "eur", "pound": "gbp", "pounds": "gbp", "gbp": "gbp", "sterling": "gbp",
    "yen": "jpy", "francs": "chf", "franc": "chf", "rupees": "inr", "yuan": "cny",
}  # fmt: skip
CURRENCIES = frozenset(CURRENCY_WORDS.values())  # the units of sums of money
PERCENT_WORDS = {"percent", "pct", "per cent", "percentage points", "percentage point"}

# Duration units in seconds: "2 hours, 6 minutes and 31 seconds" == "2:06:31".
DURATION_UNITS = {
    "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600,
    "minute": 60, "minutes": 60, "min": 60, "mins": 60,
    "second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1,
}  # fmt: skip

# Measure units, mapped to one canonical name so "3 km" == "3 kilometres".
MEASURE_UNITS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "mile": "mile", "miles": "mile", "mph": "mph", "kmh": "kmh", "kph": "kmh",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m", "cm": "cm", "mm": "mm",
    "centimetres": "cm", "centimeters": "cm", "millimetres": "mm", "millimeters": "mm",
    "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in", "inch": "in",
    "yards": "yd", "yard": "yd", "yds": "yd", "yd": "yd",
    "kg": "kg", "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "tonnes": "t",
    "tons": "t", "tonne": "t", "ton": "t", "pounds-weight": "lb", "lb": "lb", "lbs": "lb",
    "oz": "oz", "ounce": "oz", "ounces": "oz",
    "degrees": "deg", "degree": "deg", "celsius": "deg", "fahrenheit": "degf",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "gallons": "gal",
    "gallon": "gal", "pints": "pint", "pint": "pint",
    "acres": "acre", "acre": "acre", "hectares": "ha", "hectare": "ha",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "c": "deg", "f": "degf", "m": "m",
    "mw": "mw", "gw": "gw", "kwh": "kwh", "megawatts": "mw", "gigawatts": "gw",
    "megawatt": "mw", "gigawatt": "gw", "mwh": "mwh", "gwh": "gwh",
}  # fmt: skip
SQUARE_WORDS = {"square", "sq"}

AM_PM = re.compile(r"^[ap]\.?m\.?$", re.IGNORECASE)
NUMERIC = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")
ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)
RACE_TIME = re.compile(r"^(\d{1,2}(?::\d{2}){1,2}\.\d{1,3})$")  # 3:56.08, 2:06:31.5
CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def parse_digits(token: str) -> float | None:
    """'1,200' -> 1200.0, '5.2' -> 5.2; None if the token is not a plain number."""
    if not NUMERIC.match(token):
        return None
    if "," in token and not re.match(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$", token):
        return None
    return float(token.replace(",", ""))


def is_number_word(word: str) -> bool:
    w = word.lower()
    return w in SMALL_NUMBERS or w in WORD_SCALES


def words_to_number(words: list[str]) -> float | None:
    """['twenty', 'five'] -> 25, ['three', 'hundred', 'and', 'ten'] -> 310."""
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in ("and", "-", "a"):
            if w == "a":
                current = current or 1
            continue
        if w in SMALL_NUMBERS:
            current += SMALL_NUMBERS[w]
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w in WORD_SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def fold_accents(text: str) -> str:
    """ "épée" as "epee": the same words with or without their accents."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def canonical_quote(text: str) -> str:
    """Lowercase words only: curly/straight quotes, dashes, accents and spacing no longer
    matter."""
    text = fold_accents(text.replace("’", "'").replace("‘", "'").lower())
    text = re.sub(r"[^\w\s']", " ", text)
    text = text.replace("'", "")
    return " ".join(text.split())
