package org.faktograf.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.faktograf.coref.EntityResolver;
import org.faktograf.facts.FactExtractor;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.morph.MorphAnalyzer;
import org.faktograf.ner.EntityRecognizer;
import org.faktograf.norm.NameNormalizer;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.Stage;
import org.faktograf.pipeline.StandardPipeline;
import org.faktograf.segment.Segmenter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot stages one at a time on one factRuEval-size article (by default the factru-dev text
 * closest to 1,800 characters), each stage given the layers of the stages before it, and the whole
 * pipeline (with the fact stage) on the same text. Microseconds per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class StageBenchmarks {
    /** A factru-dev text name without .txt (e.g. book_100); empty: the one closest to {@link #TARGET_CHARS}. */
    @Param("")
    public String document;

    private static final int TARGET_CHARS = 1800;

    private Segmenter segmenter;
    private Stage morph;
    private Stage ner;
    private Stage normalizer;
    private Stage resolver;
    private Stage facts;
    private Pipeline pipeline;

    private Document text;
    private Analysis segmented;
    private Analysis morphed;
    private Analysis recognized;
    private Analysis resolved;

    @Setup
    public void setUp() throws IOException {
        List<Stage> stages = new ArrayList<>(StandardPipeline.get().stages());
        segmenter = find(stages, Segmenter.class);
        morph = find(stages, MorphAnalyzer.class);
        ner = find(stages, EntityRecognizer.class);
        normalizer = find(stages, NameNormalizer.class);
        resolver = find(stages, EntityResolver.class);
        if (stages.stream().noneMatch(s -> s instanceof FactExtractor)) {
            stages.add(FactExtractor.shared());
        }
        facts = find(stages, FactExtractor.class);
        pipeline = new Pipeline(stages);

        text = load(document);
        segmented = segmenter.apply(Analysis.of(text));
        morphed = morph.apply(segmented);
        recognized = ner.apply(morphed);
        resolved = resolver.apply(normalizer.apply(recognized));
    }

    @Benchmark
    public Analysis segment() {
        return segmenter.apply(Analysis.of(text));
    }

    @Benchmark
    public Analysis morphology() {
        return morph.apply(segmented);
    }

    @Benchmark
    public Analysis ner() {
        return ner.apply(morphed);
    }

    @Benchmark
    public Analysis normalisationAndCoref() {
        return resolver.apply(normalizer.apply(recognized));
    }

    @Benchmark
    public Analysis facts() {
        return facts.apply(resolved);
    }

    @Benchmark
    public Analysis wholePipeline() {
        return pipeline.analyze(text);
    }

    private static <T extends Stage> T find(List<Stage> stages, Class<T> type) {
        for (Stage s : stages) {
            if (type.isInstance(s)) {
                return type.cast(s);
            }
        }
        throw new IllegalStateException("the standard pipeline has no " + type.getSimpleName());
    }

    private static Document load(String name) throws IOException {
        Path dir = CorpusPaths.factruDev();
        Path file;
        if (name != null && !name.isEmpty()) {
            file = dir.resolve(name + ".txt");
        } else {
            try (Stream<Path> files = Files.list(dir)) {
                file = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                        .sorted()
                        .min(Comparator.comparingLong(p -> Math.abs(length(p) - TARGET_CHARS)))
                        .orElseThrow(() -> new IllegalStateException("no texts in " + dir));
            }
        }
        String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
        return Document.of(id, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static long length(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8).length();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
