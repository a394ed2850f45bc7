package org.faktograf.formats.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.Entity;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.Mention;
import org.faktograf.model.Modality;
import org.faktograf.model.TextOffsets;

/**
 * Writes an analysis as a brat standoff annotation file ({@code .ann}, to go beside the text as
 * {@code .txt}), in the entity types of NEREL (PERSON, ORGANIZATION, CITY, ...):
 * <ul>
 * <li>{@code T} lines for mentions, code point offsets, one fragment per line of text (brat
 *     cannot show a fragment across a line break);</li>
 * <li>{@code #} AnnotatorNotes with the entity id and canonical name of each mention;</li>
 * <li>an {@code E} event per fact: its trigger a {@code T} over the evidence typed by the fact
 *     type, its arguments the mention of each entity nearest the evidence (or a {@code T} over a
 *     value's own text), roles numbered when they repeat (Participant, Participant2); and an
 *     {@code A} Modality attribute when the fact is not plainly asserted.</li>
 * </ul>
 * Thread-safe.
 */
public final class BratWriter {

    /** Writes the annotations; flushes, does not close the stream. */
    public void write(Analysis analysis, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new Emitter(analysis, w).run();
        w.flush();
    }

    private static final class Emitter {
        private final Analysis a;
        private final Writer w;
        private final String text;
        private final TextOffsets offsets;
        private final Map<String, String> mentionT = new HashMap<>();
        private final Map<String, Entity> entityOfMention = new HashMap<>();
        private final Map<String, Entity> entities = new HashMap<>();
        private final Map<String, Mention> mentions = new HashMap<>();
        private int t = 0;
        private int notes = 0;

        Emitter(Analysis a, Writer w) {
            this.a = a;
            this.w = w;
            this.text = a.text();
            this.offsets = TextOffsets.of(text);
        }

        void run() throws IOException {
            for (Mention m : a.mentions()) {
                mentions.put(m.id(), m);
            }
            for (Entity e : a.entities()) {
                entities.put(e.id(), e);
                for (String m : e.mentionIds()) {
                    entityOfMention.put(m, e);
                }
            }
            Map<String, CanonicalName> names = new HashMap<>();
            for (CanonicalName n : a.names()) {
                names.put(n.mentionId(), n);
            }
            for (Mention m : a.mentions()) {
                String id = span(m.type().name(), m.start(), m.end());
                mentionT.put(m.id(), id);
                Entity e = entityOfMention.get(m.id());
                CanonicalName n = names.get(m.id());
                String note = e != null ? e.id() + " " + e.name() : n != null ? n.text() : null;
                if (note != null) {
                    w.write("#" + (++notes) + "\tAnnotatorNotes " + id + "\t" + oneLine(note) + "\n");
                }
            }
            int events = 0;
            int attributes = 0;
            for (Fact f : a.facts()) {
                String trigger = span(f.type().name(), f.evidenceStart(), f.evidenceEnd());
                Map<String, Integer> roleCount = new HashMap<>();
                Map<String, String> args = new LinkedHashMap<>();
                for (FactArgument arg : f.arguments()) {
                    String target = argument(arg, f);
                    if (target == null) {
                        continue;
                    }
                    String role = role(arg.role());
                    int n = roleCount.merge(role, 1, Integer::sum);
                    args.put(n == 1 ? role : role + n, target);
                }
                StringBuilder line = new StringBuilder("E" + (++events) + "\t" + f.type().name() + ":" + trigger);
                args.forEach((role, target) -> line.append(' ').append(role).append(':').append(target));
                w.write(line + "\n");
                if (f.modality() != Modality.ASSERTED) {
                    w.write("A" + (++attributes) + "\tModality E" + events + " " + f.modality().name() + "\n");
                }
            }
        }

        /** The T of an argument: its entity's mention nearest the evidence, else its own text. */
        private String argument(FactArgument arg, Fact f) throws IOException {
            if (arg.entityId() != null) {
                Entity e = entities.get(arg.entityId());
                if (e != null && !e.mentionIds().isEmpty()) {
                    String best = null;
                    long bestDistance = Long.MAX_VALUE;
                    for (String mid : e.mentionIds()) {
                        Mention m = mentions.get(mid);
                        if (m == null) {
                            continue;
                        }
                        long d = m.start() >= f.evidenceStart() && m.end() <= f.evidenceEnd() ? 0
                                : Math.min(Math.abs(m.start() - f.evidenceStart()), Math.abs(m.start() - f.evidenceEnd())) + 1;
                        if (d < bestDistance) {
                            bestDistance = d;
                            best = mentionT.get(mid);
                        }
                    }
                    if (best != null) {
                        return best;
                    }
                }
            }
            if (arg.start() >= 0 && arg.end() > arg.start()) {
                return span("Value", arg.start(), arg.end());
            }
            return null;
        }

        /** Writes a T line over [start, end) (UTF-16), split at line breaks; returns its id. */
        private String span(String type, int start, int end) throws IOException {
            StringBuilder ranges = new StringBuilder();
            StringBuilder surface = new StringBuilder();
            int s = start;
            while (s < end) {
                while (s < end && isLineBreak(text.charAt(s))) {
                    s++;
                }
                if (s >= end) {
                    break;
                }
                int e = s;
                while (e < end && !isLineBreak(text.charAt(e))) {
                    e++;
                }
                int trimmed = e;
                while (trimmed > s && Character.isWhitespace(text.charAt(trimmed - 1))) {
                    trimmed--;
                }
                if (trimmed > s) {
                    ranges.append(ranges.length() == 0 ? "" : ";")
                            .append(offsets.toCodePoint(s)).append(' ').append(offsets.toCodePoint(trimmed));
                    surface.append(surface.length() == 0 ? "" : " ").append(text, s, trimmed);
                }
                s = e;
            }
            if (ranges.length() == 0) {
                // an empty or blank span still needs a place: a zero-width one at its start
                ranges.append(offsets.toCodePoint(start)).append(' ').append(offsets.toCodePoint(start));
            }
            String id = "T" + (++t);
            w.write(id + "\t" + type + " " + ranges + "\t" + surface.toString().replace('\t', ' ') + "\n");
            return id;
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
        }

        private static String role(String role) {
            StringBuilder b = new StringBuilder();
            for (String part : role.split("[^\\p{L}\\p{N}]+")) {
                if (!part.isEmpty()) {
                    b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
                }
            }
            return b.length() == 0 ? "Argument" : b.toString();
        }

        private static String oneLine(String s) {
            return s.replaceAll("\\s+", " ").strip();
        }
    }
}
