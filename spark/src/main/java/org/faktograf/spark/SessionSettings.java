package org.faktograf.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Spark settings the job needs before its session starts (static settings), each applied only
 * where the user has not set it ({@code --conf} of spark-submit arrives as a system property).
 */
public final class SessionSettings {
    /**
     * Spark's cache of compiled generated classes. The job generates about 95 classes (the row
     * encoder of the analyses, the tables, cross-document entities); the default cache of 100,
     * split by Guava into four segments of 25, evicts them while the job runs, so each job, and
     * tasks within one, compile the same classes again with Janino and the JIT compiles each new
     * copy: measured, 26 to 55 classes compiled again in every job of a session, none with 1000.
     */
    public static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";
    static final int CODEGEN_CACHE_ENTRIES = 1000;

    private SessionSettings() {
    }

    public static SparkSession.Builder apply(SparkSession.Builder builder) {
        if (System.getProperty(CODEGEN_CACHE) == null) {
            builder.config(CODEGEN_CACHE, CODEGEN_CACHE_ENTRIES);
        }
        return builder;
    }
}
