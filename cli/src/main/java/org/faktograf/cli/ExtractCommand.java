package org.faktograf.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.faktograf.formats.read.DocumentReader;
import org.faktograf.formats.read.InputFormat;
import org.faktograf.formats.read.ReadOptions;
import org.faktograf.formats.write.BratWriter;
import org.faktograf.formats.write.ConllWriter;
import org.faktograf.formats.write.FactRuWriter;
import org.faktograf.formats.write.JsonAnalysisWriter;
import org.faktograf.formats.write.TextSummaryWriter;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code faktograf extract}: reads documents, runs the pipeline, writes the analyses. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Reads Russian news texts and writes, for each document, its sentences and tokens (with lemma, "
                + "part of speech and grammemes), entity mentions, canonical names, entities and facts.",
            "",
            "Inputs are plain text files (UTF-8, Windows-1251 or KOI8-R, found automatically; a first line "
                + "followed by a body is the title), HTML pages (the main text, without menus and scripts), "
                + "JSON Lines files (one article a line: id, title, text, date, url), directories (read "
                + "recursively in name order, hidden files skipped, formats told by extension or content) "
                + "and - for standard input.",
            "",
            "Offsets in every output are Unicode code points into the document text, end exclusive."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all inputs processed (warnings, such as a skipped binary file or JSON line, may have been printed)",
            "1:internal error (one line; the stack trace with --debug)",
            "2:some input missing, unreadable or over --max-chars (the others were processed), or a usage error"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  faktograf extract examples/tomsk-2010.txt",
            "      the analysis of one article as indented JSON",
            "  faktograf extract --format text examples/tomsk-2010.txt",
            "      a summary to read: counts, entities by type, facts",
            "  faktograf extract news/ > news.jsonl",
            "      every file under news/, one JSON object a line, in file name order",
            "  cat article.html | faktograf extract --input-format html -",
            "      a page from standard input",
            "  faktograf extract -f factru -o out corpora/factru-dev",
            "      factRuEval-2016 responses out/NAME.task1, .task2, .task3 per NAME.txt"
        })
final class ExtractCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*",
            description = "Files, directories (read recursively) or - for standard input.")
    private List<String> inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = {"json, jsonl, text, factru, conll or brat. Default: json (indented) for one document or "
                + "with --out, jsonl (one object a line) for several on standard output. conll: one token a line, "
                + "TOKEN LEMMA POS BIO-TAG (outermost mentions). factru and brat need --out; brat writes NAME.txt "
                + "and NAME.ann."})
    private OutputFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write one file per document into DIR (created if missing), named after the document "
                + "id: ID.json, ID.jsonl, ID.txt, ID.conll, ID.txt + ID.ann for brat, or ID.task1/.task2/.task3 for "
                + "factru. Default: standard output.")
    private Path out;

    @Option(names = {"-i", "--input-format"}, paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, text, html or jsonl. auto (the default) goes by file extension (.txt, .html/.htm, "
                + ".jsonl/.ndjson) and, for other files and standard input, by content.")
    private InputFormat inputFormat;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of text and HTML inputs (windows-1251, KOI8-R, UTF-8, ...). Default: detected; "
                + "a byte-order mark always wins.")
    private String encoding;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Read only files whose name matches GLOB (e.g. '*.txt') when walking directories. "
                + "Default: every file, or '*.txt' with --format factru.")
    private String include;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS,
            description = "Refuse a document longer than N characters (default: ${DEFAULT-VALUE}, about 10 MB of "
                + "Russian in UTF-8); files bigger than 4*N bytes are refused unread.")
    private long maxChars;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Analyse N documents at a time (default: the number of processors). Output keeps input order.")
    private Integer threads;

    @Option(names = "--readings",
            description = "With json/jsonl, add every morphological reading of each token under \"readings\"; "
                + "with --tokens, list them.")
    private boolean readings;

    @Option(names = "--tokens", description = "With text, list the tokens with lemma, part of speech and grammemes.")
    private boolean tokens;

    @Option(names = {"-q", "--quiet"}, description = "No progress line (warnings and errors are still printed).")
    private boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    private boolean debug;

    @Override
    public Integer call() throws IOException {
        ReadOptions readOptions = readOptions();
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if ((format == OutputFormat.FACTRU || format == OutputFormat.BRAT) && out == null) {
            throw new ParameterException(spec.commandLine(), "--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " writes files: give --out DIR");
        }
        if (out != null && (format == OutputFormat.BRAT || format == OutputFormat.TEXT) && writesIntoAnInputFolder()) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " holds inputs, and --format "
                    + format.name().toLowerCase(java.util.Locale.ROOT) + " writes NAME.txt files there: choose another --out");
        }
        PrintStream err = main.err();
        Diagnostics diagnostics = new Diagnostics(err, debug);
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                diagnostics.error(out + ": cannot create the output directory (" + Diagnostics.describe(e) + ")");
                return diagnostics.exitCode();
            }
        }
        ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal(), !quiet);
        diagnostics.showingProgress(progress);
        progress.start();
        try (DocumentReader reader = new DocumentReader(inputs, readOptions, diagnostics, main.in())) {
            if (reader.hasNext()) {
                Document first = reader.next();
                boolean several = reader.hasNext();
                // Files written with --out hold one document each: indented JSON suits them too.
                OutputFormat chosen = format != null ? format
                        : several && out == null ? OutputFormat.JSONL : OutputFormat.JSON;
                run(first, reader, workers, output(chosen, diagnostics), diagnostics, progress);
            }
        } finally {
            progress.stop();
        }
        if (out != null && !quiet) {
            long n = progress.documentsDone();
            err.println("faktograf: " + n + " document" + (n == 1 ? "" : "s") + " written to " + out);
        }
        return diagnostics.exitCode();
    }

    /**
     * Whether --out is the folder of an input file, or an input directory or a folder inside one,
     * where NAME.txt would overwrite inputs (or be read back as one).
     */
    private boolean writesIntoAnInputFolder() {
        try {
            Path target = out.toRealPath();
            for (String input : inputs) {
                Path p = Path.of(input);
                if (input.equals("-") || !Files.exists(p)) {
                    continue; // standard input, or a missing file the reader reports itself
                }
                boolean directory = Files.isDirectory(p);
                Path folder = (directory ? p : p.toAbsolutePath().getParent()).toRealPath();
                if (target.equals(folder) || directory && target.startsWith(folder)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false; // --out does not exist yet (it is created empty) or cannot be read
        }
        return false;
    }

    private ReadOptions readOptions() {
        if (maxChars < 1) {
            throw new ParameterException(spec.commandLine(), "--max-chars must be at least 1");
        }
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ParameterException(spec.commandLine(), "unknown encoding: " + encoding);
            }
        }
        if (include != null) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + include);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "not a valid --include glob: " + include);
            }
        }
        // a factRuEval directory holds each NAME.txt beside its annotation layers (NAME.coref, ...),
        // which are not documents; its responses are made for the .txt files only
        String glob = include != null ? include : format == OutputFormat.FACTRU ? "*.txt" : null;
        return new ReadOptions(inputFormat, maxChars, charset, glob);
    }

    /**
     * Analyses on a pool of worker threads while this thread reads and writes, in input order. At
     * most two documents per worker, and about two maximal texts, are in flight at a time.
     */
    private void run(Document first, DocumentReader reader, int workers, AnalysisOutput output,
                     Diagnostics diagnostics, ProgressLine progress) {
        Pipeline pipeline = StandardPipeline.get();
        if (workers == 1) {
            for (Document d = first; d != null; d = reader.hasNext() ? reader.next() : null) {
                Analysis a = analyze(pipeline, d, diagnostics);
                if (a != null && !write(output, a, diagnostics, progress)) {
                    return;
                }
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "faktograf-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<InFlight> window = new ArrayDeque<>();
            long charBudget = 2 * maxChars;
            long chars = 0;
            for (Document d = first; d != null; d = reader.hasNext() ? reader.next() : null) {
                while (!window.isEmpty() && (window.size() >= 2 * workers || chars + d.text().length() > charBudget)) {
                    InFlight done = window.poll();
                    chars -= done.document().text().length();
                    if (!finish(done, output, diagnostics, progress)) {
                        return;
                    }
                }
                Document doc = d;
                window.add(new InFlight(doc, pool.submit(() -> analyze(pipeline, doc, diagnostics))));
                chars += doc.text().length();
            }
            while (!window.isEmpty()) {
                if (!finish(window.poll(), output, diagnostics, progress)) {
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private record InFlight(Document document, Future<Analysis> analysis) {
    }

    private boolean finish(InFlight f, AnalysisOutput output, Diagnostics diagnostics, ProgressLine progress) {
        Analysis a;
        try {
            a = f.analysis().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            diagnostics.internalError(where(f.document()), e.getCause());
            return true;
        }
        return a == null || write(output, a, diagnostics, progress);
    }

    /** The analysis, or {@code null} after reporting why there is none. */
    private static Analysis analyze(Pipeline pipeline, Document d, Diagnostics diagnostics) {
        try {
            return pipeline.analyze(d);
        } catch (OutOfMemoryError e) {
            diagnostics.error(where(d) + ": out of memory analysing " + d.text().length()
                    + " characters; give Java more (FAKTOGRAF_JAVA_OPTS=-Xmx8g), use fewer --threads or a lower --max-chars");
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.internalError(where(d), e);
            return null;
        }
    }

    /** Writes one analysis; false when standard output is gone and the run should stop. */
    private static boolean write(AnalysisOutput output, Analysis a, Diagnostics diagnostics, ProgressLine progress) {
        try {
            output.write(a);
            progress.documentDone();
        } catch (IOException e) {
            diagnostics.error(where(a.document()) + ": cannot write the result (" + Diagnostics.describe(e) + ")");
        }
        return !output.closed();
    }

    private static String where(Document d) {
        return d.source() != null ? d.source() : d.id();
    }

    /** Where and how analyses are written. */
    private interface AnalysisOutput {
        void write(Analysis a) throws IOException;

        /** True when the reader of standard output has gone away (a closed pipe). */
        default boolean closed() {
            return false;
        }
    }

    private AnalysisOutput output(OutputFormat chosen, Diagnostics diagnostics) {
        JsonAnalysisWriter json = new JsonAnalysisWriter(chosen == OutputFormat.JSON, readings);
        TextSummaryWriter text = new TextSummaryWriter(tokens, readings);
        ConllWriter conll = new ConllWriter();
        BratWriter brat = new BratWriter();
        if (out == null) {
            PrintStream stdout = main.out();
            OutputStream buffered = new BufferedOutputStream(stdout, 1 << 16);
            Writer textOut = new OutputStreamWriter(buffered, StandardCharsets.UTF_8);
            return new AnalysisOutput() {
                @Override
                public void write(Analysis a) throws IOException {
                    if (chosen == OutputFormat.TEXT) {
                        text.write(a, textOut);
                    } else if (chosen == OutputFormat.CONLL) {
                        conll.write(a, buffered);
                        buffered.write('\n');
                    } else {
                        json.write(a, buffered);
                    }
                }

                @Override
                public boolean closed() {
                    return stdout.checkError();
                }
            };
        }
        FactRuWriter factru = new FactRuWriter();
        OutputNames names = new OutputNames();
        return a -> {
            OutputNames.Claimed name = names.claim(a.document().id());
            if (name.numbered()) {
                diagnostics.warning(where(a.document()) + ": another document has the id \"" + a.document().id()
                        + "\"; written as " + name.name());
            }
            if (chosen == OutputFormat.FACTRU) {
                factru.writeFiles(a, out, name.name());
                return;
            }
            if (chosen == OutputFormat.BRAT) {
                // brat reads the offsets of NAME.ann against NAME.txt: the text exactly as analysed
                Files.writeString(out.resolve(name.name() + ".txt"), a.text(), StandardCharsets.UTF_8);
            }
            Path file = out.resolve(name.name() + chosen.extension());
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file))) {
                if (chosen == OutputFormat.TEXT) {
                    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
                    text.write(a, w);
                    w.flush();
                } else if (chosen == OutputFormat.CONLL) {
                    conll.write(a, o);
                } else if (chosen == OutputFormat.BRAT) {
                    brat.write(a, o);
                } else {
                    json.write(a, o);
                }
            }
        };
    }
}
