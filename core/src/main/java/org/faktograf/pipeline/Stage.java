package org.faktograf.pipeline;

import org.faktograf.model.Analysis;

/**
 * One step of the pipeline: adds its layer to the analysis. Implementations are thread-safe and
 * hold their models, loaded once; {@link #apply} does no I/O.
 */
@FunctionalInterface
public interface Stage {
    Analysis apply(Analysis analysis);
}
