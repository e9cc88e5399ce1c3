"""Units after (or money symbols before) a number, to canonical names: "kilometers" ->
kilometre, "per cent" -> percent, "$" -> USD, "miles per hour" -> mile per hour.

The lexicons are data (`patterns/figures/units.jsonl`, `currencies.jsonl`); here they are
compiled once into anchored regexes that are tried only at a number's edges."""
from __future__ import annotations

import re
from functools import lru_cache

from ...nlp.resources import load_jsonl

TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "fortnight", "month",
                        "year", "decade", "century", "millisecond"})


def _plurals(word: str) -> list[str]:
    forms = [word]
    head, _, tail = word.rpartition(" ")
    last = tail
    if last.endswith("y") and not last.endswith(("ay", "ey", "oy")):
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("foot"):
        plural = last[:-4] + "feet"
    elif "-" in last or last.endswith(("percent", "cent", "celsius", "fahrenheit", "hertz",
                                         "horsepower", "pct")):
        plural = None
    else:
        plural = last + "s"
    if plural:
        forms.append(f"{head} {plural}" if head else plural)
    return forms


def _alt(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


@lru_cache(maxsize=1)
def unit_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(lowercased word form -> unit, exact abbreviation -> unit, unit -> kind)."""
    words: dict[str, str] = {}
    abbr: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for row in load_jsonl("figures/units.jsonl"):
        kinds[row["unit"]] = row["kind"]
        for w in row["words"]:
            for f in _plurals(w.lower()):
                words.setdefault(f, row["unit"])
                words.setdefault(f.replace(" ", "-"), row["unit"])   # "10-square-mile"
        for a in row["abbr"]:
            abbr.setdefault(a, row["unit"])
    for row in load_jsonl("figures/currencies.jsonl"):
        kinds[row["code"]] = "money"
        for w in row["after"]:
            (abbr if w.isupper() else words).setdefault(w if w.isupper() else w.lower(), row["code"])
    for row in load_jsonl("figures/shared_currencies.jsonl"):
        kinds[row["name"]] = "money"
        for form in row["forms"]:
            words.setdefault(form, row["name"])
            for code, names in row["countries"].items():
                kinds[code] = "money"
                for name in names:                      # "Argentine pesos" -> ARS
                    words.setdefault(f"{name.lower()} {form}", code)
    return words, abbr, kinds


@lru_cache(maxsize=1)
def _shared_currencies() -> dict[str, list[tuple[str, re.Pattern]]]:
    """generic name ("peso") -> [(code, regex of its country's names)]."""
    return {row["name"]: [(code, re.compile(rf"\b(?:{_alt(names)})\b"))
                          for code, names in row["countries"].items()]
            for row in load_jsonl("figures/shared_currencies.jsonl")}


def resolve_currency(text: str, unit: str) -> str:
    """A currency name shared by countries ("pesos") takes the code of the one such country
    the text names (Argentina -> ARS); with none or several named it stays generic ("peso")."""
    options = _shared_currencies().get(unit)
    if not options:
        return unit
    named = [code for code, names in options if names.search(text)]
    return named[0] if len(named) == 1 else unit


@lru_cache(maxsize=1)
def _unit_regex() -> re.Pattern:
    words, abbr, _ = unit_table()
    return re.compile(
        rf"(?P<sep>[^\S\n]*-[^\S\n]*|[^\S\n]*)(?:(?P<abbr>{_alt(abbr)})|(?P<word>(?i:{_alt(words)})))(?![A-Za-z0-9])")


@lru_cache(maxsize=1)
def _per_regex() -> re.Pattern:
    words, abbr, _ = unit_table()
    return re.compile(
        rf"(?P<sep>[^\S\n]*/[^\S\n]*|[^\S\n]+(?:per|a|an|each)[^\S\n]+|-(?:a|per)-)"
        rf"(?:(?P<abbr>{_alt(abbr)})|(?P<word>(?i:{_alt(words)}))"
        r"|(?P<noun>(?i:share|head|person|capita|barrel|unit|ton|gram|ounce|pound|kilo|gallon|litre|"
        r"liter|kilowatt-hour|mmbtu|visit|game|match|night|passenger)s?))(?![A-Za-z0-9])")


@lru_cache(maxsize=1)
def _money_before_regex() -> re.Pattern:
    forms = {}
    for row in load_jsonl("figures/currencies.jsonl"):
        for f in row["before"]:
            forms.setdefault(f, row["code"])
    # symbols may touch the digits; letter codes need a word edge before them
    return re.compile(rf"(?:(?<![A-Za-z])(?P<form>{_alt(forms)}))\s?$")


@lru_cache(maxsize=1)
def money_before_forms() -> dict[str, str]:
    return {f: row["code"] for row in load_jsonl("figures/currencies.jsonl") for f in row["before"]}


def money_before(text: str, start: int) -> tuple[str, int] | None:
    """(currency code, start of the symbol) when a money symbol stands right before `start`."""
    window = text[max(0, start - 6):start]
    m = _money_before_regex().search(window)
    if not m:
        return None
    return money_before_forms()[m.group("form")], start - (len(window) - m.start())


def _matched_unit(m: re.Match) -> str:
    """The canonical unit of a `_unit_regex` / `_per_regex` match."""
    words, abbr, _ = unit_table()
    if m.group("abbr"):
        return abbr[m.group("abbr")]
    if m.group("word"):
        return words[m.group("word").lower()]
    noun = m.group("noun").lower()
    return noun.rstrip("s") if len(noun) > 3 else noun


def unit_after(text: str, end: int) -> tuple[str, int] | None:
    """(canonical unit, end of the unit words) for a unit written right after `end`."""
    m = _unit_regex().match(text, end)
    if not m:
        return None
    # a one-letter abbreviation after a hyphen ("20-F") is a code, not a unit
    if m.group("abbr") and "-" in m.group("sep") and len(m.group("abbr")) == 1:
        return None
    return _matched_unit(m), m.end()


def per_after(text: str, end: int) -> tuple[str, int] | None:
    """("barrel", end) for "... per barrel", "... a month", "/hour" written after a unit;
    not "a year ago", which dates the figure rather than dividing it."""
    m = _per_regex().match(text, end)
    if not m:
        return None
    unit = _matched_unit(m)
    dated = re.match(r"\s+(?:ago|earlier|later|before|after|back|on)\b", text[m.end():m.end() + 8])
    if unit == "percent" or dated:
        return None
    return unit, m.end()


def kind(unit: str | None) -> str | None:
    return unit_table()[2].get(unit) if unit else None


def unit_and_a_half(text: str, start: int) -> tuple[str, int] | None:
    """(unit, start of "a") when "a half" at `start` ends "a cent and a half", "an hour and a half"."""
    if not re.match(r"an?\s+half\b", text[start:start + 8], re.I):
        return None
    lead = re.search(r"\b(?:an?|one)\s+([^\W\d][\w ]{0,20}?)\s+and\s+$", text[max(0, start - 32):start], re.I)
    if not lead:
        return None
    base = max(0, start - 32)
    unit = unit_after(text, base + lead.start(1))
    if unit is None or unit[1] != base + lead.end(1):
        return None
    return unit[0], base + lead.start()
