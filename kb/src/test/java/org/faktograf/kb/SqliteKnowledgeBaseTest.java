package org.faktograf.kb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge-base suite on an SQLite file. */
class SqliteKnowledgeBaseTest extends KnowledgeBaseContract {
    @TempDir
    Path dir;

    @Override
    protected String newDatabase() {
        return TestDatabases.sqlite(dir);
    }
}
