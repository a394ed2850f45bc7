package org.faktograf.formats.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.faktograf.model.TextOffsets;

/**
 * Reads the factRuEval-2016 corpus layout: for each {@code book_N.txt} the files {@code .tokens},
 * {@code .spans}, {@code .objects}, {@code .coref} and {@code .facts} beside it (each optional).
 */
public final class FactRuCorpus {
    private FactRuCorpus() {
    }

    /** All documents of a directory, sorted by name. */
    public static List<FactRuDocument> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted().toList();
            if (texts.isEmpty()) {
                throw new CorpusFormatException(dir + ": no .txt files, not a factRuEval directory");
            }
            List<FactRuDocument> docs = new ArrayList<>(texts.size());
            for (Path t : texts) {
                docs.add(loadDocument(t));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One document and its layers.
     *
     * @throws CorpusFormatException naming the file and line when a layer is malformed
     */
    public static FactRuDocument loadDocument(Path txt) throws IOException {
        String name = txt.getFileName().toString();
        String id = name.substring(0, name.length() - 4);
        Path dir = txt.toAbsolutePath().getParent();
        String text = stripBom(Files.readString(txt, StandardCharsets.UTF_8));
        TextOffsets offsets = TextOffsets.of(text);
        return new FactRuDocument(id, text,
                readTokens(dir.resolve(id + ".tokens"), offsets, text),
                readSpans(dir.resolve(id + ".spans"), offsets),
                readObjects(dir.resolve(id + ".objects")),
                readCoref(dir.resolve(id + ".coref")),
                readFacts(dir.resolve(id + ".facts")));
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static List<String> lines(Path p) throws IOException {
        if (!Files.exists(p)) {
            return List.of();
        }
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    private static int toChar(TextOffsets offsets, int codePoint, Path file, int line) {
        int c;
        try {
            c = codePoint < 0 ? -1 : offsets.toChar(codePoint);
        } catch (ArrayIndexOutOfBoundsException e) {
            c = -1;
        }
        if (c < 0 || c > offsets.length()) {
            throw new CorpusFormatException(file + ":" + line + ": offset " + codePoint + " outside the text");
        }
        return c;
    }

    private static int number(String field, Path file, int line) {
        try {
            return Integer.parseInt(field);
        } catch (NumberFormatException e) {
            throw new CorpusFormatException(file + ":" + line + ": '" + field + "' is not a number");
        }
    }

    static List<FactRuDocument.Token> readTokens(Path p, TextOffsets offsets, String text) throws IOException {
        List<FactRuDocument.Token> out = new ArrayList<>();
        boolean start = true;
        int n = 0;
        for (String line : lines(p)) {
            n++;
            if (line.isBlank()) {
                start = true;
                continue;
            }
            String[] f = line.split(" ", 4);
            if (f.length < 3) {
                throw new CorpusFormatException(p + ":" + n + ": expected 'id start length text'");
            }
            int cp = number(f[1], p, n);
            int s = toChar(offsets, cp, p, n);
            int e = toChar(offsets, cp + number(f[2], p, n), p, n);
            if (e < s) {
                throw new CorpusFormatException(p + ":" + n + ": negative token length");
            }
            out.add(new FactRuDocument.Token(f[0], s, e, text.substring(s, e), start));
            start = false;
        }
        return out;
    }

    static List<FactRuDocument.Span> readSpans(Path p, TextOffsets offsets) throws IOException {
        List<FactRuDocument.Span> out = new ArrayList<>();
        int n = 0;
        for (String line : lines(p)) {
            n++;
            String body = stripComment(line);
            if (body.isBlank()) {
                continue;
            }
            String[] f = body.trim().split("\\s+");
            if (f.length < 6) {
                throw new CorpusFormatException(p + ":" + n + ": expected 'id type start length token count'");
            }
            int cp = number(f[2], p, n);
            int s = toChar(offsets, cp, p, n);
            int e = toChar(offsets, cp + number(f[3], p, n), p, n);
            out.add(new FactRuDocument.Span(f[0], f[1], s, e, f[4], number(f[5], p, n)));
        }
        return out;
    }

    static List<FactRuDocument.TextObject> readObjects(Path p) throws IOException {
        List<FactRuDocument.TextObject> out = new ArrayList<>();
        int n = 0;
        for (String line : lines(p)) {
            n++;
            String body = stripComment(line);
            if (body.isBlank()) {
                continue;
            }
            String[] f = body.trim().split("\\s+");
            if (f.length < 3) {
                throw new CorpusFormatException(p + ":" + n + ": expected 'id type span...'");
            }
            out.add(new FactRuDocument.TextObject(f[0], f[1], List.of(Arrays.copyOfRange(f, 2, f.length))));
        }
        return out;
    }

    static List<FactRuDocument.CorefEntity> readCoref(Path p) throws IOException {
        List<FactRuDocument.CorefEntity> out = new ArrayList<>();
        String id = null;
        List<String> objects = null;
        Map<String, List<String>> attrs = null;
        for (String line : lines(p)) {
            if (line.isBlank()) {
                if (id != null) {
                    out.add(new FactRuDocument.CorefEntity(id, objects, attrs));
                    id = null;
                }
                continue;
            }
            if (id == null) {
                String[] f = line.trim().split("\\s+");
                id = f[0];
                objects = List.of(Arrays.copyOfRange(f, 1, f.length));
                attrs = new LinkedHashMap<>();
            } else {
                String t = line.trim();
                int sp = t.indexOf(' ');
                String key = sp < 0 ? t : t.substring(0, sp);
                String value = sp < 0 ? "" : t.substring(sp + 1).trim();
                if (!value.isEmpty()) {
                    attrs.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                }
            }
        }
        if (id != null) {
            out.add(new FactRuDocument.CorefEntity(id, objects, attrs));
        }
        return out;
    }

    static List<FactRuDocument.Fact> readFacts(Path p) throws IOException {
        List<FactRuDocument.Fact> out = new ArrayList<>();
        String id = null;
        String type = null;
        List<FactRuDocument.FactArgument> args = null;
        for (String line : lines(p)) {
            if (line.isBlank()) {
                if (id != null) {
                    out.add(new FactRuDocument.Fact(id, type, args));
                    id = null;
                }
                continue;
            }
            String t = line.trim();
            int sp = t.indexOf(' ');
            String head = sp < 0 ? t : t.substring(0, sp);
            String rest = sp < 0 ? "" : t.substring(sp + 1).trim();
            if (id == null) {
                id = head;
                type = rest;
                args = new ArrayList<>();
            } else {
                args.add(parseArgument(head, rest));
            }
        }
        if (id != null) {
            out.add(new FactRuDocument.Fact(id, type, args));
        }
        return out;
    }

    /** "obj143 Украина | obj144 Турецкая республика | Турция" → refs [obj143, obj144]. */
    private static FactRuDocument.FactArgument parseArgument(String role, String rest) {
        List<String> refs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String alt : rest.split("\\|")) {
            String a = alt.trim();
            int sp = a.indexOf(' ');
            String first = sp < 0 ? a : a.substring(0, sp);
            if (first.matches("(obj|span)\\d+")) {
                refs.add(first);
                a = sp < 0 ? "" : a.substring(sp + 1).trim();
            }
            if (!a.isEmpty()) {
                if (text.length() > 0) {
                    text.append(" | ");
                }
                text.append(a);
            }
        }
        return new FactRuDocument.FactArgument(role, refs, text.toString());
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
