"""Numbers as written in news text: digits ("34,000", "4.5bn"), words ("two hundred and
five", "a dozen", "two-thirds") and vague plurals ("tens of thousands" = 10000 to 100000).

The word lists live in `patterns/figures/number_words.jsonl` and `scale_suffixes.jsonl`; this
module only compiles them into one regex (once) and turns a match into a value."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...nlp.resources import load_jsonl
from . import ordinal_fractions, unit_or
from .metres import reads_as_metres


# "$458 m", "£76 m": the spaced million letter, read only after a currency (else metres)
SPACED_MONEY_M = re.compile(r"[^\S\n]m(?![\w²³-]|\.\w)")
VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅛": 1 / 8,
          "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}


@dataclass(frozen=True)
class Number:
    """A parsed number: `value`, or `low`/`high` for a vague plural ("thousands of")."""
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    words: bool = False        # written in words ("two"), not digits
    scaled: bool = False       # a scale word or suffix applied ("1.2 million", "$4.5bn")
    raw: float | None = None   # the digits before scaling (to share a scale across a range)
    scale: float = 1.0


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[float, str]]:
    return {r["word"]: (float(r["value"]), r["kind"]) for r in load_jsonl("figures/number_words.jsonl")}


@lru_cache(maxsize=1)
def scale_suffixes() -> dict[str, dict]:
    return {r["form"]: r for r in load_jsonl("figures/scale_suffixes.jsonl")}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def number_regex() -> re.Pattern:
    """One pattern for every number form; named groups tell the parser which form matched."""
    kinds = number_words()
    plain = [w for w, (_, k) in kinds.items() if k in ("unit", "tens", "scale")]
    scales = [w for w, (_, k) in kinds.items() if k == "scale" and w != "dozen"]
    fractions = [w for w, (_, k) in kinds.items() if k == "fraction"]
    vague = [w for w, (_, k) in kinds.items() if k == "vague"]
    word = rf"(?:{_alt(plain)})"
    # "and" joins number words only after a scale word ("three hundred and twelve", "one
    # thousand and one"): "five and ten gigabytes" is two figures, never 15
    after_scale = "|".join(f"(?<={re.escape(w)})" for w in scales)
    sep = rf"(?:(?:{after_scale})\s+and\s+|[\s-]+)"
    suffixes = _alt(scale_suffixes())
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
    # Branches are grouped by the character they can start with, so that at most positions the
    # engine tries one group, not every alternative (2.3x faster on news text; same matches).
    pattern = rf"""
      (?P<ratio>(?i:\b(?:one|1)\s+(?:in|out\s+of)\s+(?P<denom>{_alt(plain)}|\d+)\b))
    | (?=[A-Za-z])(?:
      (?P<vague>(?i:\b(?:{_alt(vague)})(?:\s+of\s+(?:{_alt(vague)}|{_alt(scales)})\b)*\b))
    | (?P<frac>(?i:\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+
                      (?:{_alt(fractions)})|half)\b
                      (?P<fscale>\s+(?:of\s+)?an?\s+(?:{_alt(scales)})\b)?))
    | (?P<words>(?i:\b(?:(?:a|an)\s+(?=(?:{_alt(scales)}|dozen)\b))?{word}(?:{sep}{word})*
          (?:\s+and\s+a\s+half)?\b)))
    | (?=[\d.{"".join(VULGAR)}])(?:
      (?P<slash>(?<![\d/.])(?:(?P<whole>\d+)[\s-]+)?(?P<fnum>\d{{1,2}})/(?P<fden>\d{{1,3}})(?![\d/]))
    | (?P<vulgar>(?P<vwhole>\d+)?(?P<vfrac>[{"".join(VULGAR)}]))
    | (?P<num>(?P<digits>{digits})(?P<exp>[eE][-+−]?\d+|\s?[×x]\s?10(?:\^[-+−]?|[-+−])\d+)?
          (?:(?P<suffix>{suffixes})(?![A-Za-z])
           |(?:[^\S\n]*|-)(?P<scaleword>{_alt(scales)}|dozen)\b
           |[^\S\n]+(?P<spacedsuffix>bn|mn|mln|mil|MM|trn|tn|B|M)\b)?))
    """
    return re.compile(pattern, re.X)


def words_value(text: str) -> float | None:
    """The value of a number written in words: "two hundred and five" = 205, "a dozen" = 12,
    "two-thirds" = 0.667, "two and a half" = 2.5."""
    table = number_words()
    parts = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not parts:
        return None
    half = 0.0
    if parts[-2:] == ["a", "half"] and len(parts) > 2:
        parts, half = parts[:-2], 0.5
    if parts[-1] in table and table[parts[-1]][1] == "fraction":
        denominator = table[parts[-1]][0]
        numerator = _sum_words(parts[:-1]) if parts[:-1] not in ([], ["a"], ["an"]) else 1.0
        return None if numerator is None else numerator / denominator
    value = _sum_words(parts)
    return None if value is None else value + half


def _sum_words(parts: list[str]) -> float | None:
    table = number_words()
    total = current = 0.0
    seen = False
    last = None
    for w in parts:
        if w in ("a", "an"):
            current = 1.0 if not current else current
            continue
        if w not in table:
            return None
        v, kind = table[w]
        seen = True
        if kind in ("unit", "tens") and (last == "unit" or (last == "tens" and kind == "tens")):
            return None           # "two six", "twenty thirty": not one number
        last = kind
        if kind in ("unit", "tens"):
            current += v
        elif kind == "scale":
            current = current or 1.0
            if v < 1000:
                current *= v
            else:
                total += current * v
                current = 0.0
        else:
            return None
    return total + current if seen else None


def vague_range(text: str) -> tuple[float, float]:
    """"tens of thousands" -> (10000, 100000): the product of the words, up to ten times it."""
    table = number_words()
    low = 1.0
    for w in re.split(r"\s+of\s+", text.lower()):
        low *= table[w][0]
    return low, low * 10


def parse(m: re.Match, money: bool) -> Number | None:
    """A `number_regex` match as a Number; None when it cannot be read."""
    s, e = m.span()
    if m.group("vague"):
        low, high = vague_range(m.group("vague"))
        return Number(s, e, None, low, high, words=True, scaled=True)
    if m.group("ratio"):
        d = m.group("denom")
        if re.fullmatch(r"(?:19|20)\d\d", d) and not re.match(r"\s+[a-z]+s\b", m.string[e:e + 20]):
            return None           # "number one in 1984", "the next one in 1992": a year, no ratio
        denom = float(d) if d.isdigit() else words_value(d)
        return Number(s, e, 1 / denom, words=True) if denom else None
    if m.group("frac") and m.group("fscale"):   # "half a million", "a quarter of a billion"
        v = words_value(m.string[s:m.start("fscale")])
        scale = number_words()[m.group("fscale").split()[-1].lower()][0]
        return None if v is None else Number(s, e, v * scale, words=True, scaled=True)
    if m.group("frac") and ordinal_fractions.is_ordinal(m.string, s, e):
        return None               # "for a third week": a rank, not a third of a week
    if m.group("frac") and (count_end := unit_or.periods_count(m.string, s, e)):
        v = words_value(m.string[s:count_end])   # "the next two quarters": periods, not 2/4
        return None if v is None else Number(s, count_end, v, words=True)
    if m.group("frac") or m.group("words"):
        v = words_value(m.group(0))
        if v is None and m.group("words"):     # "two Six Nations": two numbers side by side
            first = re.match(r"[A-Za-z]+", m.group(0)).group(0)
            v, e = words_value(first), s + len(first)
        return None if v is None else Number(s, e, v, words=True, scaled=v >= 1000)
    if m.group("slash"):
        num, den = int(m.group("fnum")), int(m.group("fden"))
        if not 0 < num < den:
            return None           # "24/7", "9/11"-style labels are no fractions
        return Number(s, e, int(m.group("whole") or 0) + num / den)
    if m.group("vulgar"):
        return Number(s, e, int(m.group("vwhole") or 0) + VULGAR[m.group("vfrac")])
    raw = float(m.group("digits").replace(",", ""))
    if m.group("exp"):
        power = re.search(r"[-+−]?\d+$", m.group("exp")).group(0).replace("−", "-")
        raw *= 10.0 ** int(power)
    scale = 1.0
    if m.group("suffix"):
        row = scale_suffixes()[m.group("suffix")]
        if row.get("money_only") and not money:
            return Number(s, m.end("digits"), raw, raw=raw)
        if row.get("money_or_decimal") and not money and reads_as_metres(m.string, e):
            return Number(s, m.end("digits"), raw, raw=raw)
        scale = float(row["value"])
    elif m.group("scaleword"):
        scale = number_words()[m.group("scaleword").lower()][0]
    elif m.group("spacedsuffix"):
        scale = float(scale_suffixes()[m.group("spacedsuffix")]["value"])
    elif money and (spaced := SPACED_MONEY_M.match(m.string, e)):
        scale, e = 1e6, spaced.end()     # "$458 m": a lone "m" after a sum is millions
    return Number(s, e, raw * scale, scaled=scale != 1.0, raw=raw, scale=scale)
