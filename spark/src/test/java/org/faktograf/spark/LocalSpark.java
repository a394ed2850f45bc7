package org.faktograf.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for all the tests of this module (starting one takes seconds). */
public final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = builder("local[2]").getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    /** A local session on the loopback interface only, without the web UI. */
    public static SparkSession.Builder builder(String master) {
        return SparkSession.builder()
                .master(master)
                .appName("faktograf-test")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 4);
    }
}
