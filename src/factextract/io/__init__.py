"""Inputs and outputs: readers turn files, folders and streams into articles; writers turn
records into tables, JSON, JSONL and CSV. Nothing here knows how facts are found."""
