package org.faktograf.spark;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.faktograf.formats.read.ReadOptions;
import org.faktograf.spark.read.InputKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class org.faktograf.spark.ExtractionJob faktograf-spark.jar [OPTIONS] --out OUT INPUT...}:
 * the extraction pipeline over a corpus on a Spark cluster. Exit codes: 0 done (warnings may have
 * been printed), 1 internal error, 2 a usage error or inputs that could not be processed.
 */
@Command(name = "faktograf-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the Faktograf extraction over files, directories or Parquet tables on Apache Spark and writes",
                "the per-document JSON of 'faktograf extract', documents, mentions, entities, facts and",
                "cross-document entities as Parquet and JSON Lines; optionally loads a knowledge base."})
public final class ExtractionJob implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, directories (read recursively) or Hadoop globs on any file system Spark reads (file:, hdfs:, s3a:, ...).")
    private List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (must not exist, or be empty, unless --overwrite).")
    private String out;

    @Option(names = {"-i", "--input-format"}, paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (Parquet by the .parquet extension, other files as 'faktograf extract' reads them), text, html, jsonl, parquet (columns id, title, text, date, url).")
    private String inputFormat;

    @Option(names = "--include", paramLabel = "GLOB", description = "In directories, read only files whose name matches ('*.txt').")
    private String include;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of text and HTML inputs, instead of detecting it.")
    private String encoding;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS,
            description = "Longest document accepted, in characters (default: ${DEFAULT-VALUE}).")
    private long maxChars;

    @Option(names = {"-p", "--partitions"}, paramLabel = "N", defaultValue = "0",
            description = "Partitions the documents are spread over (default: four per core of the application).")
    private int partitions;

    @Option(names = "--tables", paramLabel = "FORMATS", defaultValue = "parquet,jsonl",
            description = "Formats of the tables: parquet, jsonl, both (parquet,jsonl, the default) or none.")
    private String tables;

    @Option(names = "--no-analyses", description = "Do not write the per-document JSON (analyses/).")
    private boolean noAnalyses;

    @Option(names = "--no-resolve", description = "Skip cross-document entities (no kb_entities table, no kb_entity column).")
    private boolean noResolve;

    @Option(names = "--kb", paramLabel = "URL",
            description = "Also load the documents into this knowledge base: jdbc:postgresql://HOST:PORT/DB?user=U&password=P (or an SQLite file on the driver).")
    private String kb;

    @Option(names = "--kb-batch", paramLabel = "N", defaultValue = "200", description = "Documents per knowledge-base transaction (default: ${DEFAULT-VALUE}).")
    private int kbBatch;

    @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
    private boolean overwrite;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when run without spark-submit (local[2], spark://HOST:7077); spark-submit's --master comes first.")
    private String master;

    private final PrintStream err;

    ExtractionJob(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new ExtractionJob(err));
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, line, parse) -> {
            err.println("faktograf-spark: internal error: " + e);
            e.printStackTrace(err);
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        JobOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.println("faktograf-spark: " + e.getMessage());
            return 2;
        }
        SparkSession.Builder builder = SessionSettings.apply(SparkSession.builder().appName("faktograf"));
        boolean fromSubmit = System.getProperty("spark.master") != null;
        if (master != null && !fromSubmit) {
            builder.master(master);
        } else if (!fromSubmit) {
            err.println("faktograf-spark: no Spark master: run through spark-submit, or give --master local[N]");
            return 2;
        }
        SparkSession spark = builder.getOrCreate();
        if (master != null && master.startsWith("local")) {
            spark.sparkContext().setLogLevel("WARN");
        }
        try {
            JobSummary s = SparkExtraction.run(spark, options, err);
            err.println(String.format(Locale.ROOT,
                    "faktograf-spark: %d documents, %d mentions, %d entities, %s, %d facts in %.1f s (%.1f documents/s); output in %s",
                    s.documents(), s.mentions(), s.entities(),
                    s.kbEntities() < 0 ? "no cross-document entities" : s.kbEntities() + " cross-document entities",
                    s.facts(), s.seconds(), s.documentsPerSecond(), out));
            return s.errors() > 0 ? 2 : 0;
        } catch (JobException e) {
            err.println("faktograf-spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    private JobOptions options() {
        InputKind kind;
        try {
            kind = InputKind.valueOf(inputFormat.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --input-format " + inputFormat + " (auto, text, html, jsonl, parquet)");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("--max-chars must be at least 1");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be at least 1");
        }
        if (kbBatch < 1) {
            throw new IllegalArgumentException("--kb-batch must be at least 1");
        }
        if (encoding != null) {
            try {
                Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown encoding: " + encoding);
            }
        }
        if (include != null) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + include);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a valid --include glob: " + include);
            }
        }
        Set<String> formats = new LinkedHashSet<>();
        for (String f : tables.toLowerCase(Locale.ROOT).split(",")) {
            switch (f.trim()) {
                case "parquet", "jsonl" -> formats.add(f.trim());
                case "both" -> formats.addAll(List.of("parquet", "jsonl"));
                case "none", "" -> { }
                default -> throw new IllegalArgumentException("unknown table format " + f + " (parquet, jsonl, both, none)");
            }
        }
        return new JobOptions(inputs, out, kind, include, encoding, maxChars, partitions, formats, !noAnalyses,
                !noResolve, kb, kbBatch, overwrite);
    }
}
