package org.faktograf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.formats.read.DocumentReader;
import org.faktograf.formats.read.InputFormat;
import org.faktograf.formats.read.ReadOptions;
import org.faktograf.kb.bench.KbBenchmark;
import org.faktograf.kb.bench.SyntheticCorpus;
import org.faktograf.kb.store.DatabaseLocation;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import org.faktograf.kb.wikidata.WikidataTableBuilder;
import org.faktograf.model.Document;
import org.faktograf.pipeline.StandardPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code faktograf kb ...}: knowledge-base maintenance: benchmark, the offline Wikidata table. */
@Command(name = "kb",
        mixinStandardHelpOptions = true,
        description = "Knowledge-base tools: its benchmark, and the build of its offline Wikidata table.",
        commandListHeading = "%nCommands:%n",
        subcommands = {KbCommand.Bench.class, KbCommand.WikidataTable.class})
final class KbCommand implements Runnable {
    @ParentCommand
    Main main;

    @Override
    public void run() {
        new CommandLine(this).usage(main.out());
    }

    @Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
            description = {
                "Measures the knowledge base: (1) ingest rate into a new SQLite file, extraction included, over the "
                    + "vendored texts (factru-dev, NEREL dev, the seed) with fresh ids; (2) builds a large knowledge base "
                    + "of generated documents (copies of the factru-dev gold analyses with people renamed and dates "
                    + "spread) unless --db already holds enough; (3) entity look-up and fact query latencies, p50/p95/p99.",
                "",
                "The generated knowledge base is kept in --db for the next run."
            },
            footerHeading = "%nExample:%n",
            footer = {"  faktograf kb bench --db /tmp/kb-100k.sqlite --documents 100000"})
    static final class Bench implements Callable<Integer> {
        @ParentCommand
        KbCommand kb;

        @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = "faktograf-bench.sqlite",
                description = "Knowledge base for the query benchmark (default: ${DEFAULT-VALUE}).")
        String db;

        @Option(names = "--documents", paramLabel = "N", defaultValue = "100000",
                description = "Documents in the query benchmark's knowledge base (default: ${DEFAULT-VALUE}).")
        int documents;

        @Option(names = "--queries", paramLabel = "N", defaultValue = "1000", description = "Queries of each kind (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--ingest-documents", paramLabel = "N", defaultValue = "10000",
                description = "At least N documents (and 20 s) for the ingest rate; 0 skips it (default: ${DEFAULT-VALUE}).")
        int ingestDocuments;

        @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Extraction threads (default: the number of processors).")
        Integer threads;

        // a long ingest runs at the rate of compiled code: the JIT compiler recompiles the hot methods for
        // about a minute and takes up to a third of the two cores meanwhile, so a short run measures it
        @Option(names = "--warmup", paramLabel = "S", defaultValue = "60",
                description = "Seconds of ingest into a scratch file before the ingest rate is measured, so the "
                        + "compiler is done (default: ${DEFAULT-VALUE}; 0: measure from a cold start).")
        double warmup;

        @Override
        public Integer call() throws IOException {
            PrintStream out = kb.main.out();
            KbBenchmark bench = new KbBenchmark(out);
            int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
            try {
                if (ingestDocuments > 0) {
                    List<Document> texts = vendoredTexts();
                    Path dir = Files.createTempDirectory("faktograf-bench");
                    Path file = dir.resolve("ingest.sqlite");
                    kb.main.err().println("faktograf kb bench: ingest rate over " + texts.size() + " vendored texts...");
                    try {
                        if (warmup > 0) {
                            KnowledgeBase scratch = KnowledgeBase.open(DatabaseLocation.parse(dir.resolve("warmup.sqlite").toString()), true);
                            bench.warmUp(scratch, StandardPipeline.get(), texts, workers, warmup);
                        }
                        KnowledgeBase fresh = KnowledgeBase.open(DatabaseLocation.parse(file.toString()), true);
                        bench.ingestRate(fresh, StandardPipeline.get(), texts, workers, ingestDocuments, 20);
                    } finally {
                        for (String name : new String[] {"ingest.sqlite", "warmup.sqlite"}) {
                            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                                Files.deleteIfExists(dir.resolve(name + suffix));
                            }
                        }
                        Files.deleteIfExists(dir);
                    }
                }
                kb.main.err().println("faktograf kb bench: knowledge base of " + documents + " documents in " + db + "...");
                KnowledgeBase big = KnowledgeBase.open(DatabaseLocation.parse(db), true);
                bench.fill(big, new SyntheticCorpus(KbBenchmark.factRuGold(CorpusPaths.factruDev(), StandardPipeline.get()), 4), documents);
                bench.queries(big, Math.max(1, queries), 42);
                return 0;
            } catch (KnowledgeBaseException e) {
                kb.main.err().println("faktograf kb bench: " + e.getMessage());
                return Diagnostics.INPUT_ERROR;
            }
        }

        private List<Document> vendoredTexts() {
            List<String> inputs = List.of(CorpusPaths.factruDev().toString(), CorpusPaths.nerelDev().toString(),
                    CorpusPaths.seed().toString());
            List<Document> out = new ArrayList<>();
            Diagnostics quiet = new Diagnostics(kb.main.err(), false);
            try (DocumentReader r = new DocumentReader(inputs, new ReadOptions(InputFormat.AUTO,
                    ReadOptions.DEFAULT_MAX_CHARS, null, "*.txt"), quiet, kb.main.in())) {
                r.forEachRemaining(out::add);
            }
            return out;
        }
    }

    @Command(name = "wikidata-table", mixinStandardHelpOptions = true,
            description = "Builds the offline Wikidata table from the NEREL links (N lines) of the given brat "
                    + "directories; the knowledge base ships the result as a resource. Deterministic.",
            footerHeading = "%nExample (what the shipped table was built with):%n",
            footer = {"  faktograf kb wikidata-table --out kb/src/main/resources/org/faktograf/kb/wikidata/nerel-wikidata.tsv"})
    static final class WikidataTable implements Callable<Integer> {
        @ParentCommand
        KbCommand kb;

        @Option(names = "--nerel", paramLabel = "DIR", arity = "1..*",
                description = "brat directories (default: corpora/nerel/train and corpora/nerel/dev).")
        List<Path> nerel;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the table (TSV).")
        Path out;

        @Override
        public Integer call() throws IOException {
            List<Path> dirs = nerel != null ? nerel : List.of(CorpusPaths.nerelTrain(), CorpusPaths.nerelDev());
            WikidataTableBuilder b = new WikidataTableBuilder();
            for (Path d : dirs) {
                if (!Files.isDirectory(d)) {
                    kb.main.err().println("faktograf kb wikidata-table: " + d + ": no such directory");
                    return Diagnostics.INPUT_ERROR;
                }
                b.addCorpus(d);
            }
            for (String s : b.skipped()) {
                kb.main.err().println("faktograf kb wikidata-table: warning: skipped " + s);
            }
            int rows = b.write(out);
            kb.main.out().println(rows + " names written to " + out);
            return 0;
        }
    }
}
