package org.faktograf.server.browser;

import org.faktograf.pipeline.Stage;
import org.faktograf.pipeline.StandardPipeline;
import org.junit.jupiter.api.Assumptions;

/**
 * Which extraction stages the standard pipeline has. The tests of what a reader sees on the seed
 * article (Виктор Кресс highlighted, the four-party deal) need the recognizer and the fact rules;
 * until those are in the pipeline they are skipped with this message, and they run for real the
 * moment the stages are added.
 */
final class Models {
    private Models() {
    }

    static boolean has(String capability) {
        for (Stage s : StandardPipeline.get().stages()) {
            if (s.getClass().getPackageName().equals("org.faktograf." + capability)) {
                return true;
            }
        }
        return false;
    }

    static void assumeNerAndFacts() {
        Assumptions.assumeTrue(has("ner") && has("facts"),
                "the standard pipeline has no " + (has("ner") ? "" : "NER stage (org.faktograf.ner) ")
                        + (has("facts") ? "" : "fact stage (org.faktograf.facts)") + " yet: this test runs once they are merged");
    }
}
