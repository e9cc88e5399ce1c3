"""The layout's rules, checked by walking every module's imports (issue 11).

Imports go one way: fact components never reach up into the command line, the readers and
writers, the run engines or the comparison; readers and writers never reach into the facts.
A module that breaks this is named with the import that breaks it.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "factextract"

# package -> packages it must never import
FORBIDDEN = {
    "facts": ("cli", "io", "run", "compare", "store"),
    "nlp": ("cli", "io", "run", "compare", "store", "facts"),
    "io": ("facts", "cli", "run", "compare", "scoring", "store"),
    "compare": ("cli", "run"),
    "run": ("cli", "compare", "store"),
    "scoring": ("cli", "run", "compare"),
}
MAX_LINES = 500


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def dotted(path: Path) -> list[str]:
    return list(path.relative_to(PACKAGE).with_suffix("").parts)


def imported(path: Path) -> set[str]:
    """Every factextract module a file imports, as dotted names below the package."""
    here = dotted(path)[:-1] if path.name != "__init__.py" else dotted(path)[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)]
                target = base + (node.module.split(".") if node.module else [])
                if node.module:
                    found.add(".".join(target))
                else:
                    found.update(".".join(target + [alias.name]) for alias in node.names)
            elif node.module and node.module.startswith("factextract"):
                found.add(node.module.removeprefix("factextract").lstrip("."))
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("factextract.") for a in node.names
                         if a.name.startswith("factextract."))
    return found


def test_the_walk_sees_relative_imports():
    # guards the guard: a module known to import the nlp helpers must show them
    seen = imported(PACKAGE / "facts" / "dates" / "component.py")
    assert any(name.startswith("nlp.") for name in seen), seen


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_one_way(path):
    top = dotted(path)[0]
    banned = FORBIDDEN.get(top, ())
    bad = sorted(name for name in imported(path) if name.split(".")[0] in banned)
    assert not bad, f"{path.relative_to(PACKAGE)} ({top}/) must not import {bad}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_over_500_lines(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines"


def test_every_fact_type_has_its_package_and_patterns():
    for fact in ("entities", "dates", "figures", "quotes"):
        assert (PACKAGE / "facts" / fact / "component.py").is_file()
        assert (PACKAGE.parent.parent / "patterns" / fact).is_dir()
