package org.faktograf.formats.write;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.Grammeme;
import org.faktograf.model.Modality;
import org.faktograf.model.Token;
import org.faktograf.model.WordForm;

/**
 * A summary of an analysis for reading in a terminal: title and metadata, counts, entities
 * grouped by type under their canonical names, and facts one a line. Tokens are listed only when
 * asked. Thread-safe.
 */
public final class TextSummaryWriter {
    private final boolean listTokens;
    private final boolean allReadings;

    /**
     * @param listTokens  add a line per token with its lemma, part of speech and grammemes
     * @param allReadings with the tokens, list every reading, not only the best
     */
    public TextSummaryWriter(boolean listTokens, boolean allReadings) {
        this.listTokens = listTokens;
        this.allReadings = allReadings;
    }

    /** Writes the summary and a blank line; flushes, does not close the writer. */
    public void write(Analysis a, Writer out) throws IOException {
        Document d = a.document();
        out.write(d.title() != null ? d.title() : d.id());
        out.write('\n');
        StringJoiner meta = new StringJoiner(" · ");
        meta.add("id " + d.id());
        if (d.source() != null) {
            meta.add(d.source());
        }
        if (d.date() != null) {
            meta.add(d.date());
        }
        if (d.url() != null) {
            meta.add(d.url());
        }
        out.write(meta + "\n");
        out.write(String.join(" · ", count(d.text().codePointCount(0, d.text().length()), "character", "characters"),
                count(a.sentences().size(), "sentence", "sentences"), count(a.tokens().size(), "token", "tokens"),
                count(a.mentions().size(), "mention", "mentions"), count(a.entities().size(), "entity", "entities"),
                count(a.facts().size(), "fact", "facts")) + "\n");
        entities(a, out);
        facts(a, out);
        if (listTokens) {
            tokens(a, out);
        }
        out.write('\n');
        out.flush();
    }

    private static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    private static void entities(Analysis a, Writer out) throws IOException {
        if (a.entities().isEmpty()) {
            return;
        }
        Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);
        for (Entity e : a.entities()) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        }
        out.write("\nEntities\n");
        for (Map.Entry<EntityType, List<Entity>> group : byType.entrySet()) {
            out.write("  " + group.getKey() + " (" + group.getValue().size() + ")\n");
            for (Entity e : group.getValue()) {
                StringBuilder line = new StringBuilder("    ").append(e.name());
                if (!e.aliases().isEmpty()) {
                    line.append(" (also ").append(String.join(", ", e.aliases())).append(')');
                }
                line.append(" — ").append(count(e.mentionIds().size(), "mention", "mentions"));
                out.write(line.append('\n').toString());
            }
        }
    }

    private static void facts(Analysis a, Writer out) throws IOException {
        if (a.facts().isEmpty()) {
            return;
        }
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : a.entities()) {
            entities.put(e.id(), e);
        }
        out.write("\nFacts\n");
        for (Fact f : a.facts()) {
            StringJoiner args = new StringJoiner("; ");
            for (FactArgument arg : f.arguments()) {
                Entity e = arg.entityId() == null ? null : entities.get(arg.entityId());
                args.add(arg.role() + ": " + (e != null ? e.name() : arg.value()));
            }
            String modality = f.modality() == Modality.ASSERTED ? "" : " [" + f.modality().name().toLowerCase(Locale.ROOT) + "]";
            out.write("  " + f.type() + "  " + args + modality + "\n");
        }
    }

    private void tokens(Analysis a, Writer out) throws IOException {
        out.write("\nTokens\n");
        boolean morphology = !a.morphology().isEmpty();
        for (int i = 0; i < a.tokens().size(); i++) {
            Token t = a.tokens().get(i);
            StringBuilder line = new StringBuilder("  ").append(t.text()).append('\t').append(t.kind());
            if (morphology) {
                List<WordForm> readings = a.morphology().get(i).readings();
                int shown = allReadings ? readings.size() : 1;
                for (int r = 0; r < shown; r++) {
                    line.append(r == 0 ? "\t" : " | ").append(describe(readings.get(r)));
                }
            }
            out.write(line.append('\n').toString());
        }
    }

    private static String describe(WordForm f) {
        StringJoiner s = new StringJoiner(" ");
        s.add(f.lemma()).add(f.pos().name());
        for (Grammeme g : Grammeme.list(f.grammemes())) {
            s.add(g.name().toLowerCase(Locale.ROOT));
        }
        if (f.guessed()) {
            s.add("(guessed)");
        }
        return s.toString();
    }
}
