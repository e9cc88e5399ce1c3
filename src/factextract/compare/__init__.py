"""Comparing articles about one event: name matching, agreement of values, pairing of facts
and rendering of the comparison."""
