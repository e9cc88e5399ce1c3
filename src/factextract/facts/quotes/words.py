"""The word lists the speaker resolver reads, from patterns/quotes, loaded once.

Why its own module: the lists are data (titles, gendered nouns, pronouns, given names) and
outlive any one doc; the component builds one Vocab and hands it to every resolver.
"""
from __future__ import annotations

from ...nlp.resources import load_jsonl, load_wordlist


def _groups(lines: frozenset[str]) -> dict[str, frozenset[str]]:
    """word -> every word sharing a line with it (the posts it can also be called)."""
    out: dict[str, set[str]] = {}
    for line in lines:
        words = line.split()
        for w in words:
            out.setdefault(w, set()).update(words)
    return {w: frozenset(s) for w, s in out.items()}


class Vocab:
    """The word lists under patterns/quotes, loaded once."""

    def __init__(self) -> None:
        self.titles = {row["title"]: row for row in load_jsonl("quotes/titles.jsonl")}
        self.gendered = {}
        for line in load_wordlist("quotes/gendered_nouns.txt"):
            word, gender = line.split()
            self.gendered[word] = gender
        self.documents = load_wordlist("quotes/document_nouns.txt")
        self.verbs = load_wordlist("quotes/reporting_verbs.txt")
        self.first_names = dict(line.split() for line in load_wordlist("quotes/first_names.txt"))
        pronouns = load_jsonl("quotes/pronouns.jsonl")
        self.person_pronouns = {r["pronoun"]: r["gender"] for r in pronouns if r["kind"] == "person"}
        self.group_pronouns = {r["pronoun"] for r in pronouns if r["kind"] == "group"}
        self.relative_pronouns = {r["pronoun"] for r in pronouns if r["kind"] == "relative"}
        self.roles = {w.lower() for w in load_wordlist("entities/person_roles.txt")} | {
            r["role"] for r in self.titles.values() if r["role"]} | set(self.gendered)
        # posts a description can refer back by ("the Arsenal boss"): a post written in lower
        # case right before a name ("Arsenal boss Arsene Wenger") is one of that person's roles;
        # each post maps to every word sharing its line (the posts it can also be called)
        self.post_groups = _groups(load_wordlist("quotes/description_posts.txt"))
        self.posts = set(self.post_groups)
        # every post word the resolver knows, for "already known in another post"
        self.known_posts = self.posts | self.roles
        self.organisation_nouns = load_wordlist("quotes/organisation_nouns.txt")
        self.offices = load_wordlist("quotes/office_posts.txt")
        self.demonyms = {w.lower() for w in load_wordlist("entities/demonyms.txt")}
        # every noun that can be a source of words (thing_subjects.py): the lists above and more
        self.person_nouns = {w for line in load_wordlist("quotes/speaking_nouns.txt") for w in line.lower().split()} \
            | self.known_posts | {w.lower() for w in load_wordlist("quotes/reporter_nouns.txt")
                                  | load_wordlist("quotes/referring_roles.txt")}
        self.speaking = self.person_nouns | set(self.organisation_nouns) | set(self.documents) | {
            w for line in load_wordlist("quotes/speaking_things.txt") for w in line.lower().split()}
