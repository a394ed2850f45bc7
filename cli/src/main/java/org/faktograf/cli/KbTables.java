package org.faktograf.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.kb.query.Cooccurrence;
import org.faktograf.kb.query.EntityCard;
import org.faktograf.kb.query.EntityMatch;
import org.faktograf.kb.query.FactRow;
import org.faktograf.kb.query.SearchResult;

/** Knowledge-base answers as text for a terminal. */
final class KbTables {
    private KbTables() {
    }

    static String entity(EntityMatch e) {
        return e.name() + "  #" + e.id() + "  " + e.entityClass() + " (" + e.type().toLowerCase(java.util.Locale.ROOT) + ")"
                + (e.wikidata() == null ? "" : "  wikidata:" + e.wikidata())
                + "  " + e.documentCount() + " document" + (e.documentCount() == 1 ? "" : "s")
                + ", " + e.mentionCount() + " mention" + (e.mentionCount() == 1 ? "" : "s");
    }

    static void card(PrintStream out, EntityCard c, List<EntityMatch> others) {
        out.println(entity(c.entity()));
        List<String> aliases = new ArrayList<>();
        for (EntityCard.Alias a : c.aliases()) {
            aliases.add(a.name() + " (" + a.occurrences() + ")");
        }
        out.println("  names:    " + String.join(", ", aliases));
        if (!c.posts().isEmpty()) {
            out.println("  posts:    " + String.join("; ", c.posts()));
        }
        if (!c.facts().isEmpty()) {
            out.println();
            out.println("Facts:");
            facts(out, c.facts());
        }
        out.println();
        out.println("Mentions, by document (" + c.members().size() + " of " + c.memberCount() + "), and why they were joined:");
        for (EntityCard.Member m : c.members()) {
            out.println("  " + m.document() + (m.title() == null ? "" : "  «" + shorten(m.title(), 60) + "»"));
            out.println("      as " + m.name() + "  [" + m.rule() + "] " + m.reason());
            List<String> ms = new ArrayList<>();
            for (EntityCard.MentionRef r : m.mentions()) {
                ms.add(r.text() + " " + r.start() + "-" + r.end());
            }
            if (!ms.isEmpty()) {
                out.println("      mentions: " + String.join(", ", ms));
            }
        }
        if (!others.isEmpty()) {
            out.println();
            out.println("Other matches:");
            for (EntityMatch o : others) {
                out.println("  " + entity(o));
            }
        }
    }

    static void facts(PrintStream out, List<FactRow> facts) {
        for (FactRow f : facts) {
            List<String> args = new ArrayList<>();
            for (FactRow.Argument a : f.arguments()) {
                args.add(a.role() + ": " + (a.entityName() != null ? a.entityName() + " #" + a.entityId() : a.value()));
            }
            out.printf("  %-10s  %-10s  %s%s  [%s]%n", f.date() == null ? "no date" : f.date(),
                    f.type().toLowerCase(java.util.Locale.ROOT), String.join("; ", args),
                    f.modality().equals("ASSERTED") ? "" : "  (" + f.modality().toLowerCase(java.util.Locale.ROOT) + ")",
                    f.document());
            if (!f.evidence().isBlank()) {
                out.println("              «" + shorten(f.evidence().replace('\n', ' '), 160) + "»");
            }
        }
    }

    static void cooccurrences(PrintStream out, EntityMatch e, List<Cooccurrence> co) {
        out.println(entity(e));
        out.println("Seen together with (shared documents):");
        for (Cooccurrence c : co) {
            out.printf("  %5d  %s%n", c.documents(), entity(c.entity()));
        }
    }

    static void search(PrintStream out, SearchResult r) {
        List<String> terms = new ArrayList<>();
        for (List<String> g : r.terms()) {
            terms.add(String.join("|", g));
        }
        out.println("Searched lemmas: " + String.join(" & ", terms));
        for (SearchResult.Hit h : r.hits()) {
            out.printf("  %-24s %7.2f  %s%s%n", h.document(), h.score(), h.title() == null ? "" : "«" + shorten(h.title(), 70) + "»",
                    h.date() == null ? "" : "  " + h.date());
            out.println("      " + h.snippet());
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
