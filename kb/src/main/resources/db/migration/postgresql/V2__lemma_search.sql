-- Full-text search over the lemmatised text of each document (one lemma per word, space-separated),
-- so that Томской finds томский. The 'simple' configuration only lower-cases: the lemmas are ours.
CREATE TABLE document_search (
    document_id     BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    lemmas          TSVECTOR NOT NULL
);
CREATE INDEX document_search_lemmas ON document_search USING GIN (lemmas);
