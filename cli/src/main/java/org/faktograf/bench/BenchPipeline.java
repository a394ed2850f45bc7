package org.faktograf.bench;

import java.util.ArrayList;
import java.util.List;
import org.faktograf.facts.FactExtractor;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.Stage;
import org.faktograf.pipeline.StandardPipeline;

/**
 * The pipeline the benchmarks time: the standard pipeline, with the fact stage appended when the
 * standard pipeline does not hold one yet, so that every stage (segment, morph, ner, norm, coref,
 * facts) is in the figures.
 */
public final class BenchPipeline {
    private BenchPipeline() {
    }

    private static final class Holder {
        static final Pipeline INSTANCE = build();
    }

    public static Pipeline get() {
        return Holder.INSTANCE;
    }

    /** Whether the fact stage had to be added to the standard pipeline. */
    public static boolean factsAdded() {
        return StandardPipeline.get().stages().stream().noneMatch(s -> s instanceof FactExtractor);
    }

    /** The stage class names, in order. */
    public static List<String> stageNames() {
        List<String> names = new ArrayList<>();
        for (Stage s : get().stages()) {
            names.add(s.getClass().getSimpleName());
        }
        return names;
    }

    private static Pipeline build() {
        List<Stage> stages = new ArrayList<>(StandardPipeline.get().stages());
        if (factsAdded()) {
            stages.add(FactExtractor.shared());
        }
        return new Pipeline(stages);
    }
}
