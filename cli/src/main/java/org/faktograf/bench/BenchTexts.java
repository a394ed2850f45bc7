package org.faktograf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.faktograf.model.Document;

/** The texts a benchmark runs over: every {@code *.txt} file directly in one folder, by name. */
public final class BenchTexts {
    private BenchTexts() {
    }

    /** The {@code *.txt} files of {@code dir}, sorted by name. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
    }

    /** The documents of {@code dir}, read as UTF-8, each with its file name (without .txt) as id. */
    public static List<Document> read(Path dir) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (Path p : files(dir)) {
            docs.add(read(p, p.getFileName().toString()));
        }
        return docs;
    }

    static Document read(Path file, String name) throws IOException {
        String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return Document.of(id, Files.readString(file, StandardCharsets.UTF_8));
    }
}
