"""Dates: expressions found in the text and normalised to TIMEX3 values (timex.py is the entry point)."""
