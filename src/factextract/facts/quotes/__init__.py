"""Quotes: quoted stretches paired from the marks, attributed to a cue, and given a speaker."""
