"""factextract: the checkable facts of news articles as structured records."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "extract_many", "__version__"]


def __getattr__(name: str):
    # Lazy, so `factextract --help` does not pay for loading spaCy.
    if name in ("extract", "extract_many"):
        from . import extraction as module
        return getattr(module, name)
    raise AttributeError(name)
