package org.faktograf.server;

/**
 * How the server listens.
 *
 * @param host         the address to bind (127.0.0.1 unless told otherwise)
 * @param port         the port; 0 picks a free one
 * @param token        the write token
 * @param maxBodyBytes the largest request body accepted; larger ones get a 413
 * @param threads      request threads
 */
public record ServerSettings(String host, int port, WriteToken token, long maxBodyBytes, int threads) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
        }
        if (maxBodyBytes < 1 || threads < 1) {
            throw new IllegalArgumentException("the body limit and the thread count must be positive");
        }
    }

    /** Loopback, a free port, a generated token, the default limits: for tests and benchmarks. */
    public static ServerSettings loopback() {
        return new ServerSettings(DEFAULT_HOST, 0, WriteToken.generate(), DEFAULT_MAX_BODY_BYTES, defaultThreads());
    }

    /**
     * Enough threads that slow readers of the knowledge base do not hold up analysis, few enough
     * that analyses on a small machine do not thrash (they are CPU-bound).
     */
    public static int defaultThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }
}
