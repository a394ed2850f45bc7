-- The knowledge base: one schema for SQLite and PostgreSQL. ${pk} is the dialect's auto-numbered
-- primary key; everything else is portable SQL. Offsets are Unicode code points (they leave the
-- program), dates ISO-8601 text so that string order is date order.

CREATE TABLE documents (
    id              ${pk},
    doc_key         TEXT NOT NULL UNIQUE,          -- the document's own id (file name, JSON Lines id)
    content_hash    TEXT NOT NULL,                 -- SHA-256 of title and text: same key + hash = already stored
    title           TEXT,
    body            TEXT NOT NULL,
    source          TEXT,
    published       TEXT,                          -- publication date, ISO-8601, or NULL
    url             TEXT,
    extractor       TEXT NOT NULL,                 -- which pipeline produced the stored layers
    ingested_at     TEXT NOT NULL,
    mention_count   INTEGER NOT NULL,
    entity_count    INTEGER NOT NULL,
    fact_count      INTEGER NOT NULL
);

-- Knowledge-base entities: one real person, organisation or place across documents.
CREATE TABLE kb_entities (
    id              ${pk},
    entity_class    TEXT NOT NULL,                 -- PER, ORG, LOC, ... (coarse type; blocking is within a class)
    type            TEXT NOT NULL,                 -- the most frequent fine type (PERSON, CITY, ...)
    name            TEXT NOT NULL,                 -- canonical name: the fullest name seen
    first_name      TEXT,
    patronymic      TEXT,
    last_name       TEXT,
    legal_form      TEXT,
    wikidata        TEXT,
    document_count  INTEGER NOT NULL,
    mention_count   INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- Entities of one document (the identity stage's output), each tied to a kb entity with the reason.
CREATE TABLE doc_entities (
    id              ${pk},
    document_id     BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id        TEXT NOT NULL,
    entity_class    TEXT NOT NULL,
    type            TEXT NOT NULL,
    name            TEXT NOT NULL,
    first_name      TEXT,
    patronymic      TEXT,
    last_name       TEXT,
    legal_form      TEXT,
    block_key       TEXT NOT NULL,                 -- where cross-document resolution looked for candidates
    kb_entity_id    BIGINT REFERENCES kb_entities(id),
    match_rule      TEXT,                          -- which merge rule joined it (new, full-name, surname-unique, ...)
    match_reason    TEXT,                          -- the rule's explanation, for `query entity`
    match_score     DOUBLE PRECISION,
    mention_count   INTEGER NOT NULL,
    profile         TEXT                           -- JSON: what it added to its kb entity (names, keys, context),
                                                   -- so that removing the document takes exactly that back
);
CREATE INDEX doc_entities_document ON doc_entities(document_id);
CREATE INDEX doc_entities_kb ON doc_entities(kb_entity_id, document_id);
CREATE INDEX doc_entities_block ON doc_entities(block_key);

CREATE TABLE mentions (
    id              ${pk},
    document_id     BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id        TEXT NOT NULL,
    doc_entity_id   BIGINT REFERENCES doc_entities(id) ON DELETE CASCADE,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    type            TEXT NOT NULL,
    political       SMALLINT NOT NULL,
    score           DOUBLE PRECISION NOT NULL,
    surface         TEXT NOT NULL,
    canonical       TEXT
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_doc_entity ON mentions(doc_entity_id);

-- Names of kb entities: every variant seen (aliases), with how often.
CREATE TABLE kb_aliases (
    kb_entity_id    BIGINT NOT NULL REFERENCES kb_entities(id) ON DELETE CASCADE,
    alias           TEXT NOT NULL,
    name_key        TEXT NOT NULL,                 -- normalised: lower case, е for ё, no quotes
    occurrences     INTEGER NOT NULL,
    PRIMARY KEY (kb_entity_id, alias)
);
CREATE INDEX kb_aliases_key ON kb_aliases(name_key);

-- Blocking keys (class-prefixed: per:кресс, org:роснано) and the kb entities holding them.
CREATE TABLE kb_block_keys (
    block_key       TEXT NOT NULL,
    kb_entity_id    BIGINT NOT NULL REFERENCES kb_entities(id) ON DELETE CASCADE,
    occurrences     INTEGER NOT NULL,
    PRIMARY KEY (block_key, kb_entity_id)
);
CREATE INDEX kb_block_keys_entity ON kb_block_keys(kb_entity_id);

-- Lemmas of the words of every name, for forgiving look-up (Кресса, кресс → кресс).
CREATE TABLE kb_name_words (
    word            TEXT NOT NULL,
    kb_entity_id    BIGINT NOT NULL REFERENCES kb_entities(id) ON DELETE CASCADE,
    occurrences     INTEGER NOT NULL,
    PRIMARY KEY (word, kb_entity_id)
);
CREATE INDEX kb_name_words_entity ON kb_name_words(kb_entity_id);

-- Context of a kb entity: keys of co-occurring entities and posts, with counts; splits namesakes.
CREATE TABLE kb_context (
    kb_entity_id    BIGINT NOT NULL REFERENCES kb_entities(id) ON DELETE CASCADE,
    context_key     TEXT NOT NULL,
    occurrences     INTEGER NOT NULL,
    PRIMARY KEY (kb_entity_id, context_key)
);

CREATE TABLE facts (
    id              ${pk},
    document_id     BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id        TEXT NOT NULL,
    type            TEXT NOT NULL,                 -- OCCUPATION, MEETING, DEAL, OWNERSHIP, PROJECT
    modality        TEXT NOT NULL,
    fact_date       TEXT,                          -- its date argument if one parses, else the document's date
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    evidence        TEXT NOT NULL,
    rule            TEXT
);
CREATE INDEX facts_document ON facts(document_id);
CREATE INDEX facts_type_date ON facts(type, fact_date);

CREATE TABLE fact_arguments (
    id              ${pk},
    fact_id         BIGINT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    doc_entity_id   BIGINT REFERENCES doc_entities(id) ON DELETE CASCADE,
    kb_entity_id    BIGINT REFERENCES kb_entities(id),
    value           TEXT NOT NULL,
    start_offset    INTEGER,
    end_offset      INTEGER
);
CREATE INDEX fact_arguments_fact ON fact_arguments(fact_id);
CREATE INDEX fact_arguments_kb ON fact_arguments(kb_entity_id, fact_id);
CREATE INDEX fact_arguments_doc_entity ON fact_arguments(doc_entity_id);

-- User corrections. They name documents by doc_key and entities by block key, never by row id,
-- so they survive re-extraction (reindex) that renumbers every row.
CREATE TABLE corrections (
    id              ${pk},
    kind            TEXT NOT NULL,                 -- split | merge
    entity_class    TEXT NOT NULL,
    note            TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE correction_members (
    correction_id   BIGINT NOT NULL REFERENCES corrections(id) ON DELETE CASCADE,
    doc_key         TEXT NOT NULL,
    block_key       TEXT NOT NULL,
    side            TEXT NOT NULL,                 -- A or B: split keeps A and B apart; merge joins them
    PRIMARY KEY (correction_id, doc_key, block_key)
);
CREATE INDEX correction_members_doc ON correction_members(doc_key, block_key);
