"""Figures: numbers with value, unit, qualifier and what they count."""
