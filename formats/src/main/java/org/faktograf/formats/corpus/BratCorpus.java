package org.faktograf.formats.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.faktograf.model.TextOffsets;

/** Reads brat standoff pairs ({@code NAME.txt} + {@code NAME.ann}), as NEREL ships them. */
public final class BratCorpus {
    private BratCorpus() {
    }

    public static List<BratDocument> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> anns = files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
            if (anns.isEmpty()) {
                throw new CorpusFormatException(dir + ": no .ann files, not a brat directory");
            }
            List<BratDocument> out = new ArrayList<>(anns.size());
            for (Path ann : anns) {
                out.add(loadDocument(ann));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BratDocument loadDocument(Path ann) throws IOException {
        String name = ann.getFileName().toString();
        String id = name.substring(0, name.length() - 4);
        Path txt = ann.resolveSibling(id + ".txt");
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        TextOffsets offsets = TextOffsets.of(text);
        List<BratDocument.Entity> entities = new ArrayList<>();
        List<BratDocument.Relation> relations = new ArrayList<>();
        List<BratDocument.Link> links = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            char kind = line.charAt(0);
            try {
                switch (kind) {
                    case 'T' -> entities.add(parseEntity(cols, offsets, text));
                    case 'R' -> {
                        String[] f = cols[1].split(" ");
                        relations.add(new BratDocument.Relation(cols[0], f[0], argument(f[1]), argument(f[2])));
                    }
                    case 'N' -> {
                        String[] f = cols[1].split(" ");
                        int colon = f.length > 2 ? f[2].indexOf(':') : -1;
                        if (colon < 0) {
                            // a damaged link line (NEREL train 21274_text.ann:164) loses only that link
                            continue;
                        }
                        links.add(new BratDocument.Link(cols[0], f[1], f[2].substring(0, colon),
                                f[2].substring(colon + 1), cols.length > 2 ? cols[2] : ""));
                    }
                    default -> {
                        // attributes (A), events (E) and notes (#) are not used
                    }
                }
            } catch (RuntimeException e) {
                throw new CorpusFormatException(ann + ":" + n + ": cannot parse '" + line + "'");
            }
        }
        return new BratDocument(id, text, entities, relations, links);
    }

    private static String argument(String s) {
        return s.substring(s.indexOf(':') + 1);
    }

    private static BratDocument.Entity parseEntity(String[] cols, TextOffsets offsets, String text) {
        String[] typeAndRanges = cols[1].split(" ", 2);
        List<BratDocument.Fragment> fragments = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (String range : typeAndRanges[1].split(";")) {
            String[] se = range.trim().split(" ");
            int s = offsets.toChar(Integer.parseInt(se[0]));
            int e = offsets.toChar(Integer.parseInt(se[1]));
            fragments.add(new BratDocument.Fragment(s, e));
            min = Math.min(min, s);
            max = Math.max(max, e);
        }
        // the surface text as the file gives it; for one fragment it equals text[min, max)
        String surface = cols.length > 2 ? cols[2] : text.substring(min, max);
        return new BratDocument.Entity(cols[0], typeAndRanges[0], min, max, fragments, surface);
    }
}
