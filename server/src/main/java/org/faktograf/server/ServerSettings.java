package org.faktograf.server;

/**
 * How the server listens.
 *
 * @param host         the address to bind (127.0.0.1 unless told otherwise)
 * @param port         the port; 0 picks a free one
 * @param token        the write token
 * @param maxBodyBytes the largest request body accepted; larger ones get a 413
 * @param threads      request threads
 * @param analyses     analyses run at once; requests beyond wait their turn
 */
public record ServerSettings(String host, int port, WriteToken token, long maxBodyBytes, int threads, int analyses) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
        }
        if (maxBodyBytes < 1 || threads < 1 || analyses < 1) {
            throw new IllegalArgumentException("the body limit, the thread count and the analyses at once must be positive");
        }
    }

    /** Loopback, a free port, a generated token, the default limits: for tests and benchmarks. */
    public static ServerSettings loopback() {
        return new ServerSettings(DEFAULT_HOST, 0, WriteToken.generate(), DEFAULT_MAX_BODY_BYTES, defaultThreads(), defaultAnalyses());
    }

    /**
     * Enough threads that slow readers of the knowledge base do not hold up analysis; the analyses
     * themselves are bounded apart ({@link #defaultAnalyses()}), so threads waiting for one cost nothing.
     */
    public static int defaultThreads() {
        return Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }

    /** One analysis per processor: analysis is CPU-bound, so more at once only lengthens each. */
    public static int defaultAnalyses() {
        return Runtime.getRuntime().availableProcessors();
    }
}
