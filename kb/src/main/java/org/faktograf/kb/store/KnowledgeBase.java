package org.faktograf.kb.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.faktograf.kb.query.KbReader;
import org.faktograf.kb.search.PipelineLemmatizer;
import org.faktograf.kb.search.WordLemmatizer;
import org.faktograf.pipeline.StandardPipeline;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * One knowledge base: where it lives and its schema, brought up to date on open (Flyway
 * migrations under {@code db/migration}). Hands out {@link KbReader}s and {@link KbWriter}s, each
 * on its own connection; a writer and any number of readers may be open at once (SQLite runs in
 * WAL mode). Thread-safe; readers and writers are not.
 */
public final class KnowledgeBase {
    /** Held so the level sticks (loggers are weakly referenced); Flyway's INFO lines are noise for a CLI. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final DatabaseLocation location;

    private KnowledgeBase(DatabaseLocation location) {
        this.location = location;
    }

    /**
     * Opens a knowledge base, creating it when {@code create} is set (an SQLite file that does
     * not exist yet; the schema in an empty PostgreSQL database), and migrates its schema.
     *
     * @throws KnowledgeBaseException when it cannot be opened, with a message for the user
     */
    public static KnowledgeBase open(DatabaseLocation location, boolean create) {
        if (location.dialect() == Dialect.SQLITE) {
            Path file = location.file();
            if (!Files.exists(file)) {
                if (!create) {
                    throw new KnowledgeBaseException("no knowledge base at " + file
                            + " (create one with: faktograf ingest --db " + file + " FILE...)");
                }
                Path parent = file.getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    throw new KnowledgeBaseException("cannot create " + file + ": no such directory " + parent);
                }
            } else if (Files.isDirectory(file)) {
                throw new KnowledgeBaseException(file + " is a directory, not a knowledge base file");
            }
        }
        KnowledgeBase kb = new KnowledgeBase(location);
        try (Connection c = kb.connect()) {
            // connecting first gives the clear error for an unreachable server or a bad login
        } catch (SQLException e) {
            throw kb.problem("cannot open", e);
        }
        kb.migrate();
        return kb;
    }

    public static KnowledgeBase open(String spec, boolean create) {
        return open(DatabaseLocation.parse(spec), create);
    }

    public DatabaseLocation location() {
        return location;
    }

    public Dialect dialect() {
        return location.dialect();
    }

    /** A reader on its own connection, lemmatising with the standard pipeline; close it when done. */
    public KbReader reader() {
        return reader(StandardLemmatizer.INSTANCE);
    }

    public KbReader reader(WordLemmatizer lemmatizer) {
        try {
            return new KbReader(connect(), dialect(), lemmatizer);
        } catch (SQLException e) {
            throw problem("cannot open", e);
        }
    }

    /** A writer on its own connection, lemmatising with the standard pipeline; close it when done. */
    public KbWriter writer() {
        return writer(StandardLemmatizer.INSTANCE);
    }

    public KbWriter writer(WordLemmatizer lemmatizer) {
        try {
            return new KbWriter(connect(), dialect(), lemmatizer);
        } catch (SQLException e) {
            throw problem("cannot open", e);
        }
    }

    /** One lemmatiser over the shared pipeline for every knowledge base of the process. */
    private static final class StandardLemmatizer {
        static final WordLemmatizer INSTANCE = new PipelineLemmatizer(StandardPipeline.get());
    }

    /** A new connection with the session settings the knowledge base relies on. */
    public Connection connect() throws SQLException {
        Properties p = new Properties();
        if (dialect() == Dialect.SQLITE) {
            // WAL: readers never block the writer; a killed process loses only the open transaction.
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "NORMAL");
            p.setProperty("foreign_keys", "true");
            p.setProperty("busy_timeout", "30000");
            // ids come back through RETURNING; otherwise the driver runs SELECT last_insert_rowid()
            // (a new statement, prepared and finalised) after every INSERT: a third of the writer's time
            p.setProperty("jdbc.get_generated_keys", "false");
            Connection c = DriverManager.getConnection(location.jdbcUrl(), p);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -65536");
                s.execute("PRAGMA temp_store = MEMORY");
            }
            return c;
        }
        if (location.user() != null) {
            p.setProperty("user", location.user());
        }
        if (location.password() != null) {
            p.setProperty("password", location.password());
        }
        p.setProperty("connectTimeout", "10");
        p.setProperty("ApplicationName", "faktograf");
        return DriverManager.getConnection(location.jdbcUrl(), p);
    }

    private void migrate() {
        Flyway flyway = Flyway.configure()
                .dataSource(location.jdbcUrl(), location.user(), location.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + dialect().migrationFolder())
                .placeholders(Map.of("pk", dialect().primaryKey()))
                .load();
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw problem("cannot prepare the schema of", sql);
            }
            throw new KnowledgeBaseException("cannot prepare the schema of " + location.display() + ": " + e.getMessage(), e);
        }
    }

    /** Turns a driver error into one line for the user. */
    KnowledgeBaseException problem(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason;
        if (state.startsWith("08")) {
            reason = "cannot reach the PostgreSQL server (" + firstLine(e.getMessage()) + ")";
        } else if (state.equals("28P01") || state.equals("28000")) {
            reason = "the server refused the login" + (location.user() == null ? " (no user given: add ?user=NAME&password=... "
                    + "to the URL or set FAKTOGRAF_DB_USER and FAKTOGRAF_DB_PASSWORD)" : " of user " + location.user());
        } else if (state.equals("3D000")) {
            reason = "no such database (" + firstLine(e.getMessage()) + ")";
        } else {
            reason = firstLine(e.getMessage());
        }
        return new KnowledgeBaseException(what + " " + location.display() + ": " + reason, e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
