package org.faktograf.pipeline;

import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;

/** Stages run in order over a document. Thread-safe: one pipeline serves every thread. */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public Analysis analyze(Document document) {
        Analysis a = Analysis.of(document);
        for (Stage s : stages) {
            a = s.apply(a);
        }
        return a;
    }

    public List<Stage> stages() {
        return stages;
    }
}
