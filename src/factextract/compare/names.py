"""Name matching across articles: one person, organisation or place under several spellings.

Outlets romanise and hyphenate differently ("Lee Jae Myung" / "Lee Jae-myung", "Yoon Suk Yeol" /
"Yoon Suk-yeol"), so names are compared by a key that ignores case, accents, hyphens, spacing
and a possessive 's. A name that is only part of another (a surname alone, or a name the
recogniser cut short: "Yoon Suk") joins the fuller name when exactly one fuller name fits;
when two fit ("Kim" with both "Kim Jong Un" and "Kim Yo Jong") it stays apart rather than guess.
"""
from __future__ import annotations

import re
from bisect import bisect_left
import unicodedata
from dataclasses import dataclass, field

from ..records import Entity, Record

_PARTICLES = frozenset({"of", "for", "and", "the", "de", "van", "von", "der", "bin", "al"})
ENTITY_KINDS = (("person", "people"), ("organisation", "organisations"), ("place", "places"))

_SPLIT = re.compile(r"[\s\-‐‑‒–—_.·]+")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


def name_tokens(name: str) -> tuple[str, ...]:
    """Lower-case, accent-free tokens of a name, split at spaces, hyphens and dots."""
    text = unicodedata.normalize("NFKD", _POSSESSIVE.sub("", name.strip()))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("'", "").replace("’", "")
    return tuple(t for t in _SPLIT.split(text) if t)


def _content_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in tokens if t not in _PARTICLES)


def name_key(name: str) -> str:
    """The spelling-free identity of a name: "Lee Jae-myung" and "Lee Jae Myung" -> "leejaemyung"."""
    return "".join(name_tokens(name))


class UnionFind:
    """Groups of items 0..n-1 joined pairwise; the root of a group is its smallest item,
    so groups come out in a stable order. Shared by name clustering and fact pairing."""

    def __init__(self, n: int = 0) -> None:
        self.parent = list(range(n))

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


@dataclass
class EntityNode:
    """One entity of one article."""
    article: int
    kind: str
    entity: Entity
    tokens: tuple[str, ...] = field(default=())


class NameIndex:
    """Every entity of every article, grouped into cross-article clusters by name.

    Built once in linear time: names are looked up by key in dictionaries, never compared
    pairwise, so fifty articles cost no more than fifty times one.
    """

    def __init__(self, records: list[Record]) -> None:
        self.nodes: list[EntityNode] = []
        self._uf = UnionFind()
        self._by_key: dict[str, int] = {}
        for i, record in enumerate(records):
            for kind, attr in ENTITY_KINDS:
                for ent in getattr(record, attr):
                    self._add(EntityNode(i, kind, ent, name_tokens(ent.name)))
        self._join_partial_names()
        self._mentions: dict[int, list[tuple[int, int, int]]] = {}
        self._surnames: dict[tuple[int, str], set[int]] = {}
        for n, node in enumerate(self.nodes):
            for m in node.entity.mentions:
                self._mentions.setdefault(node.article, []).append((m.start, m.end, n))
            if node.kind == "person" and node.tokens:
                for tok in {node.tokens[0], node.tokens[-1]}:
                    self._surnames.setdefault((node.article, tok), set()).add(self.cluster(n))
        for spans in self._mentions.values():
            spans.sort()

    def _add(self, node: EntityNode) -> None:
        n = self._uf.add()
        self.nodes.append(node)
        keys = {"".join(node.tokens)}
        # an alias of two or more words, or an acronym, names the entity as surely as its name;
        # a one-word alias (a surname) is left to the partial-name pass
        keys.update(name_key(a) for a in node.entity.aliases
                    if len(name_tokens(a)) > 1 or (a.isupper() and len(a) > 1))
        content = _content_tokens(node.tokens)
        if node.kind == "organisation" and len(content) > 1:
            # word order: "Ministry of Unification" and "Unification Ministry"
            keys.add("org:" + " ".join(sorted(content)))
        for key in keys - {""}:
            if key in self._by_key:
                self._uf.union(n, self._by_key[key])
            else:
                self._by_key[key] = n

    def _join_partial_names(self) -> None:
        """A surname alone or a cut-short name joins the one fuller name it can belong to.

        Across articles only names the recogniser took for people join; inside one article a
        lone word it mislabelled ("Choi" as an organisation) joins that article's one person
        of that surname too."""
        extensions: dict[tuple[str, ...], set[int]] = {}
        local: dict[tuple[int, str], set[int]] = {}
        for n, node in enumerate(self.nodes):
            toks = node.tokens
            if len(toks) < 2:
                continue
            for k in range(1, len(toks)):
                extensions.setdefault(toks[:k], set()).add(n)
            if node.kind == "person":
                extensions.setdefault(toks[-1:], set()).add(n)   # Western surname last
                for tok in {toks[0], toks[-1]}:
                    local.setdefault((node.article, tok), set()).add(n)
        for n, node in enumerate(self.nodes):
            if not node.tokens:
                continue
            if node.kind == "person":
                fuller = extensions.get(node.tokens, set())
            elif len(node.tokens) == 1:
                fuller = local.get((node.article, node.tokens[0]), set())
            else:
                continue
            roots = {self._uf.find(m) for m in fuller}
            if len(roots) == 1:
                self._uf.union(n, roots.pop())
        self._join_acronyms()

    def _join_acronyms(self) -> None:
        """"JCS" alone joins the one organisation whose initials it is ("Joint Chiefs of Staff")."""
        initials: dict[str, set[int]] = {}
        for n, node in enumerate(self.nodes):
            content = _content_tokens(node.tokens)
            if node.kind == "organisation" and len(content) > 1:
                initials.setdefault("".join(t[0] for t in content), set()).add(n)
        for n, node in enumerate(self.nodes):
            name = node.entity.name.strip()
            if len(node.tokens) == 1 and name.isupper() and len(name) > 1:
                roots = {self._uf.find(m) for m in initials.get(node.tokens[0], ())}
                if len(roots) == 1:
                    self._uf.union(n, roots.pop())

    def cluster(self, n: int) -> int:
        """The cluster id of node `n`."""
        return self._uf.find(n)

    def clusters(self) -> dict[int, list[int]]:
        return self._uf.members()

    def _mention_in(self, article: int, start: int, end: int) -> int | None:
        """The entity named by the text at [start, end): the mention that is the whole span,
        else a person inside it, else the one that ends it ("South Korea's Joint Chiefs of
        Staff" is the Joint Chiefs, not South Korea)."""
        spans = self._mentions.get(article, [])
        inside = [(s, e, n) for s, e, n in spans[bisect_left(spans, (start, -1, -1)):]
                  if s < end and e <= end][:8]
        for test in (lambda s, e, n: (s, e) == (start, end),
                     lambda s, e, n: self.nodes[n].kind == "person",
                     lambda s, e, n: e == end):
            for s, e, n in inside:
                if test(s, e, n):
                    return n
        return inside[0][2] if inside else None

    def resolve(self, article: int, name: str | None, start: int | None = None,
                end: int | None = None) -> int | None:
        """The cluster a name in `article` refers to (a quote's speaker), or None when it is
        not a name at all ("the analyst") or no entity carries it."""
        if start is not None:
            n = self._mention_in(article, start, end if end is not None else start + len(name or " "))
            if n is not None:
                return self.cluster(n)
        if not name:
            return None
        toks = name_tokens(name)
        key = "".join(toks)
        if key in self._by_key:
            return self.cluster(self._by_key[key])
        # a surname alone: a person of this very article whose name ends or starts with it
        if len(toks) == 1:
            hits = self._surnames.get((article, toks[0]), set())
            if len(hits) == 1:
                return next(iter(hits))
        return None


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


def looks_like_name(text: str | None) -> bool:
    """A speaker that names someone ("Hong Min", "the JCS") rather than describes them
    ("the analyst", "South Korea's military"): every word but particles is capitalised."""
    if not text:
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", text) if w.lower() not in _PARTICLES]
    if not words or (len(words) == 1 and words[0].lower() in _PRONOUNS):
        return False
    return all(w[:1].isupper() and not w.lower().endswith(("'s", "’s")) for w in words)
