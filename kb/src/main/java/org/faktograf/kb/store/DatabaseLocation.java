package org.faktograf.kb.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a knowledge base lives, from the {@code --db} argument: a file path (SQLite), a
 * {@code jdbc:sqlite:PATH} URL, or a {@code jdbc:postgresql://HOST[:PORT]/DB} URL whose user and
 * password come from the URL ({@code ?user=..&password=..}) or else from the environment
 * ({@code FAKTOGRAF_DB_USER}/{@code FAKTOGRAF_DB_PASSWORD}, then {@code PGUSER}/{@code PGPASSWORD}).
 *
 * @param jdbcUrl  the URL handed to the driver (for PostgreSQL without user and password)
 * @param dialect  SQLite or PostgreSQL
 * @param file     the SQLite file, {@code null} for PostgreSQL
 * @param user     PostgreSQL user or {@code null}
 * @param password PostgreSQL password or {@code null}
 */
public record DatabaseLocation(String jdbcUrl, Dialect dialect, Path file, String user, String password) {

    /** Used when {@code --db} is not given: a SQLite file in the working directory. */
    public static final String DEFAULT_PATH = "faktograf.sqlite";

    public static DatabaseLocation parse(String spec) {
        return parse(spec, System.getenv());
    }

    public static DatabaseLocation parse(String spec, Map<String, String> env) {
        if (spec == null || spec.isBlank()) {
            spec = DEFAULT_PATH;
        }
        if (spec.startsWith("jdbc:sqlite:")) {
            String path = spec.substring("jdbc:sqlite:".length());
            int q = path.indexOf('?');
            return sqlite(Path.of(q < 0 ? path : path.substring(0, q)));
        }
        if (spec.startsWith("jdbc:postgresql:")) {
            return postgres(spec, env);
        }
        if (spec.startsWith("postgresql://") || spec.startsWith("postgres://")) {
            return postgres("jdbc:postgresql://" + spec.substring(spec.indexOf("://") + 3), env);
        }
        if (spec.startsWith("jdbc:")) {
            throw new KnowledgeBaseException("unsupported database URL " + spec
                    + ": give a file path (SQLite) or jdbc:postgresql://HOST:PORT/DB");
        }
        return sqlite(Path.of(spec));
    }

    private static DatabaseLocation sqlite(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return new DatabaseLocation("jdbc:sqlite:" + abs, Dialect.SQLITE, abs, null, null);
    }

    private static DatabaseLocation postgres(String url, Map<String, String> env) {
        String user = null;
        String password = null;
        StringBuilder kept = new StringBuilder();
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        if (q >= 0) {
            for (String param : url.substring(q + 1).split("&")) {
                int eq = param.indexOf('=');
                String key = eq < 0 ? param : param.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
                if (key.equals("user")) {
                    user = value;
                } else if (key.equals("password")) {
                    password = value;
                } else if (!param.isEmpty()) {
                    kept.append(kept.length() == 0 ? '?' : '&').append(param);
                }
            }
        }
        if (user == null) {
            user = firstNonNull(env.get("FAKTOGRAF_DB_USER"), env.get("PGUSER"));
        }
        if (password == null) {
            password = firstNonNull(env.get("FAKTOGRAF_DB_PASSWORD"), env.get("PGPASSWORD"));
        }
        return new DatabaseLocation(base + kept, Dialect.POSTGRESQL, null, user, password);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** For messages: the file, or the URL without credentials. */
    public String display() {
        return file != null ? file.toString() : jdbcUrl;
    }
}
