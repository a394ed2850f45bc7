package org.faktograf.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.formats.read.DocumentReader;
import org.faktograf.formats.read.ReadOptions;
import org.faktograf.formats.read.ReadProblems;
import org.faktograf.formats.write.JsonAnalysisWriter;
import org.faktograf.model.Document;
import org.faktograf.pipeline.StandardPipeline;

/**
 * {@code faktograf extract --format jsonl} in process: the classes its command uses (the document
 * reader, the standard pipeline, the JSON writer in its one-line form), one line per document in
 * input order.
 */
final class CliExtraction {
    private CliExtraction() {
    }

    static List<String> jsonLines(List<String> inputs, ReadOptions options, List<String> problems) throws IOException {
        ReadProblems collect = new ReadProblems() {
            @Override
            public void warning(String message) {
                problems.add("warning: " + message);
            }

            @Override
            public void error(String message) {
                problems.add("error: " + message);
            }
        };
        JsonAnalysisWriter writer = new JsonAnalysisWriter(false, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentReader reader = new DocumentReader(inputs, options, collect, new ByteArrayInputStream(new byte[0]))) {
            while (reader.hasNext()) {
                Document d = reader.next();
                writer.write(StandardPipeline.get().analyze(d), out);
            }
        }
        List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        lines.removeIf(String::isEmpty);
        return lines;
    }
}
