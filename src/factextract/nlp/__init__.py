"""spaCy helpers every fact type shares: pattern resources, the entity ruler, the triggered
matcher, sentence lookup and the custom Doc attributes."""
