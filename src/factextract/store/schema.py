"""The fact store's schema: tables, indexes, full-text indexes and the question views, versioned
with `PRAGMA user_version` so a database written by another schema is refused, not misread.

Offsets keep the record contract's names (`start`, `end`); `end` is an SQL keyword, so it is
quoted ("end") in SQL. Every table below `articles` hangs off `articles.pk` with ON DELETE
CASCADE: replacing an article is one DELETE and fresh INSERTs. The FTS5 tables are external
content tables kept in step by triggers, so they cost an index, not a second copy of the text.
The views use only stored columns (no functions of ours), so they work in the `sqlite3` shell,
datasette and DuckDB's SQLite reader alike.
"""
from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1
APPLICATION_ID = 0x46584442  # "FXDB": marks a file as a factextract store

TABLES = """
CREATE TABLE articles (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,        -- the record id (path or JSONL id)
    title        TEXT,
    published    TEXT,                        -- YYYY-MM-DD or NULL
    source       TEXT,
    url          TEXT,                        -- NULL unless the input carried one
    authors      TEXT,                        -- JSON array, NULL unless the input carried one
    warnings     TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    text_sha256  TEXT NOT NULL,               -- hash of the text read: a changed text is re-extracted
    tool_version TEXT NOT NULL,
    extracted_at TEXT NOT NULL                -- UTC, ISO 8601
);
CREATE TABLE entities (
    pk       INTEGER PRIMARY KEY,
    article  INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    type     TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place')),
    position INTEGER NOT NULL,                -- order in the record's list
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,                   -- spelling-free key, as `compare` matches names
    aliases  TEXT NOT NULL DEFAULT '[]'       -- JSON array of strings
);
CREATE TABLE entity_names (                   -- every key a question may name an entity by
    entity   INTEGER NOT NULL REFERENCES entities(pk) ON DELETE CASCADE,
    type     TEXT NOT NULL,
    form     TEXT NOT NULL CHECK (form IN ('name', 'alias', 'part')),
    key      TEXT NOT NULL,
    name_key TEXT NOT NULL,                   -- the key of the entity's own name
    PRIMARY KEY (type, key, form, name_key, entity)
) WITHOUT ROWID;                              -- the table is its own lookup index
CREATE TABLE mentions (
    entity  INTEGER NOT NULL REFERENCES entities(pk) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    text    TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL
);
CREATE TABLE dates (
    pk       INTEGER PRIMARY KEY,
    article  INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    value    TEXT,
    grain    TEXT,
    anchor   TEXT,
    mod      TEXT,
    low      TEXT,
    high     TEXT,
    vague    INTEGER NOT NULL DEFAULT 0  -- 1: "now", "recently"... (stored only with --vague-dates)
);
CREATE TABLE figures (
    pk        INTEGER PRIMARY KEY,
    article   INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    value     NUMERIC,
    unit      TEXT,
    qualifier TEXT,
    counted   TEXT,
    low       NUMERIC,
    high      NUMERIC
);
CREATE TABLE quotes (
    pk            INTEGER PRIMARY KEY,
    article       INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    speaker       TEXT,
    speaker_key   TEXT,                       -- name key of the speaker, as entities.name_key
    speaker_start INTEGER,
    speaker_end   INTEGER,
    cue           TEXT,
    kind          TEXT NOT NULL
);
CREATE TABLE errors (                         -- inputs that gave an error record; retried next run
    id           TEXT PRIMARY KEY,
    error        TEXT NOT NULL,
    text_sha256  TEXT,                        -- NULL when no text could be read
    tool_version TEXT NOT NULL,
    extracted_at TEXT NOT NULL
);
"""

INDEXES = """
CREATE INDEX entities_article ON entities(article, type, name_key);
CREATE INDEX entities_by_name ON entities(type, name_key, name, aliases, article);  -- covers `names`
CREATE INDEX entity_names_entity ON entity_names(entity);
CREATE INDEX entity_names_owner ON entity_names(type, name_key, form, key);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX mentions_article ON mentions(article);
CREATE INDEX dates_article ON dates(article);
CREATE INDEX dates_value ON dates(value);
CREATE INDEX figures_article ON figures(article);
CREATE INDEX quotes_article_speaker ON quotes(article, speaker_key);
CREATE INDEX quotes_speaker ON quotes(speaker_key);
CREATE INDEX articles_published ON articles(published, id);
"""

# Full text: quote words, entity names and aliases, and what figures count. The porter stemmer
# lets "defector" find "defectors".
FULL_TEXT = """
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='pk',
                                           tokenize='porter unicode61');
CREATE VIRTUAL TABLE entities_fts USING fts5(name, aliases, content='entities', content_rowid='pk',
                                             tokenize='porter unicode61');
CREATE VIRTUAL TABLE figures_fts USING fts5(counted, content='figures', content_rowid='pk',
                                            tokenize='porter unicode61');
""" + "".join(f"""
CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN
    INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.pk, {news});
END;
CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
    INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.pk, {olds});
END;
""" for table, cols in (("quotes", "text, speaker"), ("entities", "name, aliases"),
                        ("figures", "counted"))
    for news, olds in [(", ".join(f"new.{c.strip()}" for c in cols.split(",")),
                        ", ".join(f"old.{c.strip()}" for c in cols.split(",")))])

# The questions as views: readable from any SQLite client.
VIEWS = """
CREATE VIEW entity_articles AS              -- one row per entity per article
SELECT e.type, e.name, e.name_key, e.aliases, a.id AS article_id, a.title, a.published,
       (SELECT count(*) FROM mentions m WHERE m.entity = e.pk) AS mentions,
       e.pk AS entity_pk, a.pk AS article_pk
FROM entities e JOIN articles a ON a.pk = e.article;

CREATE VIEW entity_mentions AS              -- every mention, with its offsets
SELECT e.type, e.name, e.name_key, m.text, m.start, m."end", a.id AS article_id, a.published
FROM mentions m JOIN entities e ON e.pk = m.entity JOIN articles a ON a.pk = m.article;

CREATE VIEW quotes_by AS                    -- every quote with its speaker and article
SELECT q.speaker, q.speaker_key, q.text, q.start, q."end", q.speaker_start, q.speaker_end,
       q.cue, q.kind, a.id AS article_id, a.title, a.published, q.pk AS quote_pk, a.pk AS article_pk
FROM quotes q JOIN articles a ON a.pk = q.article;

CREATE VIEW figures_over_time AS            -- every figure, oldest article first
SELECT a.published, a.id AS article_id, f.text, f.value, f.unit, f.qualifier, f.counted,
       f.low, f.high, f.start, f."end", f.pk AS figure_pk, a.pk AS article_pk
FROM figures f JOIN articles a ON a.pk = f.article
ORDER BY a.published, a.id, f.start;

CREATE VIEW dates_in_articles AS
SELECT d.text, d.value, d.grain, d.anchor, d.mod, d.low, d.high, d.start, d."end",
       a.id AS article_id, a.published
FROM dates d JOIN articles a ON a.pk = d.article;
"""


class SchemaError(Exception):
    """The file is not a factextract store of this schema version (the message says why)."""


def create(conn: sqlite3.Connection) -> None:
    """Lay out an empty database (one transaction)."""
    with conn:
        conn.executescript("BEGIN;" + TABLES + INDEXES + FULL_TEXT + VIEWS
                           + f"PRAGMA application_id = {APPLICATION_ID};"
                           + f"PRAGMA user_version = {SCHEMA_VERSION};COMMIT;")


def check(conn: sqlite3.Connection, where: str, create_if_empty: bool) -> None:
    """Make sure `conn` holds our schema at SCHEMA_VERSION; lay it out in an empty file when
    `create_if_empty`. Raises SchemaError with a one-line reason otherwise."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise SchemaError(f"{where}: not a SQLite database ({exc})") from None
    if tables == 0 and version == 0:
        if not create_if_empty:
            raise SchemaError(f"{where}: an empty database, no facts stored yet")
        create(conn)
        return
    if app != APPLICATION_ID:
        raise SchemaError(f"{where}: a SQLite database, but not one factextract wrote")
    if version != SCHEMA_VERSION:
        raise SchemaError(f"{where}: fact store schema version {version}; this factextract reads "
                          f"and writes version {SCHEMA_VERSION} (write to a new file)")
