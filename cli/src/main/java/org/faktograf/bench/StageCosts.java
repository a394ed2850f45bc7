package org.faktograf.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.Stage;

/**
 * The CPU time of each stage of a pipeline on this thread, over passes of a document list: which
 * stage the time goes to. Thread CPU time, so other work on the machine inflates it less than the
 * wall clock.
 */
public final class StageCosts {
    private StageCosts() {
    }

    /** Per stage, CPU nanoseconds summed over {@code passes} passes of {@code documents}. */
    public static long[] measure(Pipeline pipeline, List<Document> documents, int passes) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        List<Stage> stages = pipeline.stages();
        long[] nanos = new long[stages.size()];
        for (int pass = 0; pass < passes; pass++) {
            for (Document d : documents) {
                Analysis a = Analysis.of(d);
                for (int s = 0; s < stages.size(); s++) {
                    long t0 = bean.getCurrentThreadCpuTime();
                    a = stages.get(s).apply(a);
                    nanos[s] += bean.getCurrentThreadCpuTime() - t0;
                }
            }
        }
        return nanos;
    }
}
