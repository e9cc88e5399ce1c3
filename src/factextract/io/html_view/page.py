"""The page around the facts: head (inline CSS and script, a content security policy that
allows nothing from outside), legend, type filter and contents list. Shared by the article
view and the comparison view, so both look and behave alike."""
from __future__ import annotations

import base64
import hashlib
from functools import cache
from html import escape
from importlib.resources import files

from .spans import FACT_TYPES, LABELS

TYPE_NAMES = {"person": "people", "organisation": "organisations", "place": "places",
              "date": "dates", "figure": "figures", "quote": "quotes"}


@cache
def asset(name: str) -> str:
    """A CSS or JS file shipped beside this module (package data, read once)."""
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


def head(title: str) -> str:
    """`<!doctype html>` up to `<body>`: the style inline, the script allowed by its hash only,
    so even markup that slipped through escaping could neither run code nor load anything."""
    script = asset("view.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
              "img-src data:; base-uri 'none'; form-action 'none'")
    return ("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{escape(title)}</title>\n<style>\n{asset('view.css')}</style>\n</head>\n<body>\n")


def foot() -> str:
    return f"<script>{asset('view.js')}</script>\n</body>\n</html>\n"


def legend() -> str:
    """What each highlight means, as words: the same label the highlights carry."""
    chips = "".join(f'<span><mark class="f f-{t}" data-label="{LABELS[t]}">{TYPE_NAMES[t]}</mark></span>'
                    for t in FACT_TYPES)
    return f'<p class="legend">Highlights: {chips} · hover or focus one (Tab) for its value.</p>\n'


def type_filter() -> str:
    """Checkboxes per fact type; hidden until the script shows them (useless without it)."""
    boxes = "".join(f'<label><input type="checkbox" checked data-type="{t}"> {TYPE_NAMES[t]}</label>'
                    for t in FACT_TYPES)
    return f'<fieldset class="filter" id="filter" hidden><legend>Show</legend>{boxes}</fieldset>\n'


def contents(entries: list[tuple[str, str]]) -> str:
    """A contents list of (anchor, already escaped label) pairs."""
    items = "".join(f'<li><a href="#{escape(anchor)}">{label}</a></li>' for anchor, label in entries)
    return f'<nav class="toc"><h2>Contents</h2><ol>{items}</ol></nav>\n'
