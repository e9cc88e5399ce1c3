"""The command line interface: one module per command, shared options in options.py."""
from .app import app, main

__all__ = ["app", "main"]
