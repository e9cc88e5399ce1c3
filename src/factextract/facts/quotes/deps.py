"""Dependency labels the quote modules read, in one place so the two subject sets differ openly.

The resolver counts a clausal subject as a subject ("What he said was ..."); the attributor
looks for a speaker and takes only nominal ones.
"""
from __future__ import annotations

# subjects as the speaker resolver reads them (roles, antecedent scoring)
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# subjects a reporting verb's speaker can be
CUE_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# deps through which a verb borrows the subject of its head: "…, adding", "said and added"
INHERIT_DEPS = {"conj", "advcl", "xcomp", "ccomp", "dep", "parataxis", "pcomp", "prep", "acl"}
