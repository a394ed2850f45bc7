package org.faktograf.cli;

import org.faktograf.kb.store.DatabaseLocation;
import org.faktograf.kb.store.KnowledgeBase;
import picocli.CommandLine.Option;

/** The {@code --db} option of the knowledge-base commands. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH|URL",
            description = {"The knowledge base: an SQLite file (created by ingest when missing; default: "
                    + DatabaseLocation.DEFAULT_PATH + " in the working directory) or jdbc:postgresql://HOST:PORT/DB "
                    + "(user and password as ?user=..&password=.. or in FAKTOGRAF_DB_USER and FAKTOGRAF_DB_PASSWORD)."})
    String db;

    KnowledgeBase open(boolean create) {
        return KnowledgeBase.open(DatabaseLocation.parse(db), create);
    }
}
