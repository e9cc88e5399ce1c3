"""People, organisations and places: candidate mentions proposed, typed and grouped per entity."""
