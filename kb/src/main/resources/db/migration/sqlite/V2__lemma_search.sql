-- Full-text search over the lemmatised text of each document (one lemma per word, space-separated),
-- so that Томской finds томский. rowid = documents.id. Contentless: the lemmas are not kept twice.
CREATE VIRTUAL TABLE document_search USING fts5(
    lemmas,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
