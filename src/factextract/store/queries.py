"""The questions asked of a store, as SQL over its views and indexes (bound parameters only).

Every answer is a few named sections of rows (`Answer`), so one renderer serves every format.
Names are resolved as `compare` resolves them (see names.py): the question's key finds names and
aliases outright; a stored surname, leading words or acronym joins when it fits that one name
only; a question that is itself such a part is taken for the one fuller name it fits.
"""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field

from .names import query_keys

ENTITY_TYPES = ("person", "organisation", "place")
ARTICLE_COLUMNS = ["article_id", "published", "title", "name", "mentions"]
FREQUENT_NAME = 15_000  # entity rows above which walking articles by date beats sorting the hits (bench)


@dataclass
class Section:
    name: str
    columns: list[str]
    rows: list[dict] = field(default_factory=list)
    more: bool = False        # cut at the limit


@dataclass
class Answer:
    question: str
    query: str
    sections: list[Section] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # said on stderr: ambiguity, no match


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _rows(conn: sqlite3.Connection, sql: str, params: list, columns: list[str], limit: int) -> tuple[list[dict], bool]:
    if limit > 0:
        sql += " LIMIT ?"
        params = params + [limit + 1]
    rows = [dict(zip(columns, r)) for r in conn.execute(sql, params)]
    more = limit > 0 and len(rows) > limit
    return rows[:limit] if more else rows, more


class Questions:
    """Answers to `ask` over one open store."""

    def __init__(self, conn: sqlite3.Connection, limit: int = 100) -> None:
        self.conn, self.limit = conn, limit

    # -- names
    def _distinct_names(self, kind: str, keys: set[str], forms: tuple[str, ...], cap: int = 0) -> list[str]:
        sql = (f"SELECT DISTINCT name_key FROM entity_names WHERE type = ? AND key IN ({_marks(len(keys))}) "
               f"AND form IN ({_marks(len(forms))})")
        params: list = [kind, *sorted(keys), *forms]
        if cap:
            sql += " LIMIT ?"
            params.append(cap)
        return [r[0] for r in self.conn.execute(sql, params)]

    def resolve(self, kind: str, text: str, answer: Answer) -> list[str]:
        """The name keys that mean what `text` names, as compare would pair them."""
        keys = query_keys(text, kind)
        if not keys:
            return []
        names = self._distinct_names(kind, keys, ("name", "alias"))
        # a surname alone, leading words, initials: the one fuller name they fit, if just one
        fuller = self._distinct_names(kind, keys, ("part",), cap=11)
        if len(fuller) == 1:
            names = sorted(set(names) | set(fuller))
        elif fuller:
            shown = self._labels(kind, fuller[:10])
            answer.notes.append(f"{text!r} fits several {kind} names ({', '.join(shown)}"
                                f"{', ...' if len(fuller) > 10 else ''}); name one of them")
        out = list(names)
        for full in names:
            for (part,) in self.conn.execute(
                    "SELECT DISTINCT key FROM entity_names WHERE type = ? AND form = 'part' AND name_key = ?",
                    (kind, full)):
                if part in out:
                    continue
                if self._distinct_names(kind, {part}, ("part",), cap=2) == [full]:
                    out.append(part)  # "Hong" alone, "JCS" alone: this name is the only one it fits
        return out

    def _labels(self, kind: str, keys: list[str]) -> list[str]:
        labels = []
        for key in keys:
            row = self.conn.execute("SELECT name FROM entities WHERE type = ? AND name_key = ? LIMIT 1",
                                    (kind, key)).fetchone()
            labels.append(" ".join(row[0].split()) if row else key)
        return labels

    # -- questions
    def entity(self, kind: str, text: str) -> Answer:
        """People, organisations, places: the names and aliases found, the articles naming it,
        and for a person the quotes attributed to them."""
        answer = Answer(kind, text)
        keys = self.resolve(kind, text, answer)
        if not keys:
            if not answer.notes:
                answer.notes.append(f"no {kind} named {text!r} in the store")
            keys = []
        where = f"e.type = ? AND e.name_key IN ({_marks(len(keys))})"
        params = [kind, *keys]
        names = Section("names", ["name", "aliases", "articles"])
        by_name: dict[str, dict] = {}
        for name, aliases, articles in self.conn.execute(
                f"SELECT e.name, e.aliases, count(DISTINCT e.article) FROM entities e WHERE {where} "
                "GROUP BY e.name, e.aliases", params):
            row = by_name.setdefault(name, {"name": name, "aliases": [], "articles": 0})
            row["aliases"] = sorted(set(row["aliases"]) | set(json.loads(aliases)))
            row["articles"] += articles
        names.rows = sorted(by_name.values(), key=lambda r: (-r["articles"], r["name"]))
        answer.sections.append(names)
        rows, more = self._articles(where, params)
        answer.sections.append(Section("articles", ARTICLE_COLUMNS, rows, more))
        if kind == "person":
            answer.sections.append(self._quotes(
                f"q.speaker_key IN ({_marks(len(keys))})", list(keys), "a.published, a.id, q.start"))
        return answer

    def _articles(self, where: str, params: list) -> tuple[list[dict], bool]:
        """Articles naming the entity, newest first, one row each: the matching names in it
        and their mentions. A frequent name walks the articles in date order and stops at the
        limit; a rarer one sorts just its own articles (chosen by an index-only count)."""
        hits = self.conn.execute(f"SELECT count(*) FROM entities e WHERE {where}", params).fetchone()[0]
        limit = self.limit if self.limit > 0 else -1
        if hits > FREQUENT_NAME:
            top = (f"SELECT a.pk FROM articles a WHERE EXISTS (SELECT 1 FROM entities e WHERE "
                   f"e.article = a.pk AND {where}) ORDER BY a.published DESC, a.id DESC LIMIT ?")
        else:
            top = (f"SELECT a.pk FROM (SELECT DISTINCT e.article AS pk FROM entities e WHERE {where}) h "
                   f"CROSS JOIN articles a ON a.pk = h.pk ORDER BY a.published DESC, a.id DESC LIMIT ?")
        pks = [r[0] for r in self.conn.execute(top, params + [limit + 1 if limit > 0 else -1])]
        more = 0 < limit < len(pks)
        pks = pks[:limit] if more else pks
        rows: dict[int, dict] = {pk: {} for pk in pks}
        for pk, ident, published, title, name, mentions in self.conn.execute(
                f"SELECT a.pk, a.id, a.published, a.title, e.name, "
                f"(SELECT count(*) FROM mentions m WHERE m.entity = e.pk) FROM articles a "
                f"JOIN entities e ON e.article = a.pk AND {where} WHERE a.pk IN ({_marks(len(pks))})",
                params + pks):
            row = rows[pk]
            if not row:
                row.update(article_id=ident, published=published, title=title, name=[], mentions=0)
            if name not in row["name"]:
                row["name"].append(name)
            row["mentions"] += mentions
        for row in rows.values():
            row["name"] = "; ".join(row["name"])
        return list(rows.values()), more

    def quote_search(self, words: str) -> Answer:
        """Quotes holding every word (stemmed: "defector" finds "defectors"), best match first."""
        answer = Answer("quote-search", words)
        match = fts_query(words)
        if not match:
            answer.notes.append("--quote-search needs at least one word")
            answer.sections.append(Section("quotes", QUOTE_COLUMNS))
            return answer
        answer.sections.append(self._quotes(
            "q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", [match],
            "a.published DESC, a.id, q.start"))
        return answer

    def figures_counting(self, words: str) -> Answer:
        """Figures whose counted thing holds the words, oldest article first: how a count moved."""
        answer = Answer("figures-counting", words)
        cols = ["published", "article_id", "text", "value", "unit", "qualifier", "counted",
                "low", "high", "start", "end"]
        match = fts_query(words)
        if not match:
            answer.notes.append("--figures-counting needs at least one word")
            answer.sections.append(Section("figures", cols))
            return answer
        rows, more = _rows(self.conn,
                           'SELECT a.published, a.id, f.text, f.value, f.unit, f.qualifier, f.counted, '
                           'f.low, f.high, f.start, f."end" FROM figures f JOIN articles a ON a.pk = f.article '
                           "WHERE f.pk IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH ?) "
                           "ORDER BY a.published IS NULL, a.published, a.id, f.start", [match], cols, self.limit)
        answer.sections.append(Section("figures", cols, rows, more))
        return answer

    def _quotes(self, where: str, params: list, order: str) -> Section:
        rows, more = _rows(self.conn,
                           'SELECT a.published, a.id, q.speaker, q.text, q.start, q."end", q.cue, q.kind '
                           f"FROM quotes q JOIN articles a ON a.pk = q.article WHERE {where} ORDER BY {order}",
                           params, QUOTE_COLUMNS, self.limit)
        return Section("quotes", QUOTE_COLUMNS, rows, more)


QUOTE_COLUMNS = ["published", "article_id", "speaker", "text", "start", "end", "cue", "kind"]
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(words: str) -> str:
    """An FTS5 query that holds every word of `words` as a plain term: the user's text is data,
    so FTS5 operators and quotes in it never reach the query syntax."""
    return " ".join(f'"{w}"' for w in _WORD.findall(words))
