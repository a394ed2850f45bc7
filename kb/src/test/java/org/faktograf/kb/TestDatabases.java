package org.faktograf.kb;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.faktograf.kb.store.DatabaseLocation;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the integration suite runs against. PostgreSQL comes from
 * {@code FAKTOGRAF_TEST_PG_URL} (a jdbc:postgresql URL with user and password); each test gets a
 * schema of its own, dropped afterwards. Without the URL the PostgreSQL tests are skipped, unless
 * {@code -Dfaktograf.requirePostgres=true} or the environment variable {@code CI} is set: then its
 * absence fails them, so CI cannot pass by skipping.
 */
public final class TestDatabases {
    public static final String PG_URL_VARIABLE = "FAKTOGRAF_TEST_PG_URL";

    private TestDatabases() {
    }

    public static String sqlite(Path dir) {
        return dir.resolve("kb.sqlite").toString();
    }

    /** The PostgreSQL server's URL, or the test is skipped (or failed, when PostgreSQL is required). */
    public static String postgresServer() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            boolean required = Boolean.getBoolean("faktograf.requirePostgres") || System.getenv("CI") != null;
            String message = PG_URL_VARIABLE + " is not set: the PostgreSQL half of the knowledge-base suite "
                    + "needs a server (.ci/postgres start DIR prints a URL for one)";
            if (required) {
                fail(message + "; it is required here (CI or -Dfaktograf.requirePostgres=true)");
            }
            Assumptions.abort(message + "; skipped");
        }
        return url;
    }

    /** A fresh schema on the test server; returns the URL that selects it. */
    public static String newPostgresSchema() {
        String url = postgresServer();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        DatabaseLocation loc = DatabaseLocation.parse(url);
        try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("cannot create a test schema on " + loc.jdbcUrl() + ": " + e.getMessage());
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropPostgresSchema(String url) {
        int at = url.indexOf("currentSchema=");
        if (at < 0) {
            return;
        }
        String schema = url.substring(at + "currentSchema=".length());
        DatabaseLocation loc = DatabaseLocation.parse(url);
        try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            // a schema left behind costs nothing but space on a throwaway server
        }
    }
}
