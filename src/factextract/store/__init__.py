"""The fact store: records in SQLite that grow with an archive (incremental, a transaction per
chunk, WAL) and the questions asked across articles. Nothing under facts/ imports it."""
from .connection import open_store
from .incremental import Incremental, text_hash
from .schema import SCHEMA_VERSION, SchemaError
from .writer import Provenance, StoreWriter

__all__ = ["open_store", "Incremental", "text_hash", "SCHEMA_VERSION", "SchemaError",
           "Provenance", "StoreWriter"]
