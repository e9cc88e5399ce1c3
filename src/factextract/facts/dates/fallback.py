"""The rare fallback for numeric date forms the grammar does not know: dateparser, imported
lazily so start-up and the common path do not pay for it.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from .model import Context, Timex

_ABSOLUTE = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d\d)|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./]\d{4})$")


def fallback_dateparser(text: str, ctx: Context) -> Timex | None:
    """Numeric forms the grammar does not know ("19.10.2025", "2025/10/19"): dateparser,
    English only, the DCT as explicit base, never on relative words. Imported here, rarely,
    so start-up and the common path do not pay for it."""
    if not _ABSOLUTE.match(text):
        return None
    import dateparser  # lazy: slow to import

    base = ctx.dct or date(2000, 1, 1)
    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past",
                "REQUIRE_PARTS": ["year", "month"], "PREFER_DAY_OF_MONTH": "first"}
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if parsed is None:
        return None
    if len(re.findall(r"\d+|[a-z]{3,}", text)) >= 3:
        return Timex(parsed.date().isoformat(), "day")
    return Timex(f"{parsed.year:04d}-{parsed.month:02d}", "month")
