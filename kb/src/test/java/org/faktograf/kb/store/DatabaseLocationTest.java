package org.faktograf.kb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    @Test
    void aPathOrNothingIsAnSqliteFile() {
        DatabaseLocation d = DatabaseLocation.parse(null, Map.of());
        assertEquals(Dialect.SQLITE, d.dialect());
        assertEquals(Path.of("faktograf.sqlite").toAbsolutePath().normalize(), d.file());
        assertEquals(Path.of("/tmp/x.db"), DatabaseLocation.parse("jdbc:sqlite:/tmp/x.db", Map.of()).file());
        assertEquals(Path.of("/tmp/kb.sqlite"), DatabaseLocation.parse("/tmp/kb.sqlite", Map.of()).file());
    }

    @Test
    void postgresCredentialsComeFromTheUrlOrTheEnvironment() {
        DatabaseLocation d = DatabaseLocation.parse("jdbc:postgresql://h:5433/kb?user=u&password=p%40ss&sslmode=disable", Map.of());
        assertEquals(Dialect.POSTGRESQL, d.dialect());
        assertEquals("jdbc:postgresql://h:5433/kb?sslmode=disable", d.jdbcUrl());
        assertEquals("u", d.user());
        assertEquals("p@ss", d.password());
        assertTrue(!d.display().contains("p@ss"), "no password in messages");
        DatabaseLocation e = DatabaseLocation.parse("jdbc:postgresql://h/kb",
                Map.of("FAKTOGRAF_DB_USER", "kb", "PGPASSWORD", "secret"));
        assertEquals("kb", e.user());
        assertEquals("secret", e.password());
        assertNull(DatabaseLocation.parse("jdbc:postgresql://h/kb", Map.of()).user());
    }

    @Test
    void otherUrlsAreRefusedWithAMessage() {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> DatabaseLocation.parse("jdbc:mysql://h/kb", Map.of()));
        assertTrue(e.getMessage().contains("unsupported"), e.getMessage());
    }

    @Test
    void openingReportsMissingFilesAndUnreachableServersInOneLine(@org.junit.jupiter.api.io.TempDir Path dir) {
        KnowledgeBaseException missing = assertThrows(KnowledgeBaseException.class,
                () -> KnowledgeBase.open(dir.resolve("none.sqlite").toString(), false));
        assertTrue(missing.getMessage().startsWith("no knowledge base at "), missing.getMessage());
        KnowledgeBaseException noDir = assertThrows(KnowledgeBaseException.class,
                () -> KnowledgeBase.open(dir.resolve("nodir/kb.sqlite").toString(), true));
        assertTrue(noDir.getMessage().contains("no such directory"), noDir.getMessage());
        KnowledgeBaseException unreachable = assertThrows(KnowledgeBaseException.class,
                () -> KnowledgeBase.open("jdbc:postgresql://127.0.0.1:1/kb?user=x&password=y", false));
        assertTrue(unreachable.getMessage().contains("cannot reach the PostgreSQL server"), unreachable.getMessage());
        assertTrue(!unreachable.getMessage().contains("\n"));
    }
}
