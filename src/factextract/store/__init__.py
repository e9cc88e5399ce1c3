"""The fact store: records in SQLite that grow with an archive (incremental, a transaction per
chunk, WAL) and the questions asked across articles. Nothing under facts/ imports it.

Only the light modules are imported here, so `factextract ask` does not pay for the writer's
imports: take StoreWriter/Provenance from `.writer`, Incremental/text_hash from `.incremental`."""
from .connection import open_store
from .schema import SCHEMA_VERSION, SchemaError

__all__ = ["open_store", "SCHEMA_VERSION", "SchemaError"]
