package org.faktograf.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads what the job wrote. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** The lines of the part files of a Spark text or JSON output directory. */
    static List<String> lines(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("part-")) {
                    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                        if (!line.isEmpty()) {
                            out.add(line);
                        }
                    }
                }
            }
        }
        return out;
    }
}
