package org.faktograf.eval.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.faktograf.formats.corpus.BratCorpus;
import org.faktograf.formats.corpus.BratDocument;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.EntityType;

/** Loads the annotated corpora as {@link NerDocument}s, analysed by the given pipeline stages. */
public final class NerCorpora {
    private NerCorpora() {
    }

    /** NEREL (brat) texts with their entities; types outside {@link EntityType} are skipped. */
    public static List<NerDocument> nerel(Path dir, Function<Document, Analysis> analyzer) {
        List<NerDocument> out = new ArrayList<>();
        for (BratDocument d : BratCorpus.load(dir)) {
            List<GoldSpan> spans = new ArrayList<>();
            for (BratDocument.Entity e : d.entities()) {
                if (isEntityType(e.type()) && e.end() > e.start()) {
                    spans.add(new GoldSpan(e.start(), e.end(), e.type()));
                }
            }
            spans.sort(Comparator.comparingInt(GoldSpan::start).thenComparingInt(GoldSpan::end)
                    .thenComparing(GoldSpan::type));
            Analysis a = analyzer.apply(Document.of("nerel-" + d.id(), d.text()));
            out.add(new NerDocument(d.id(), a, dedupe(spans), List.of(), List.of()));
        }
        return out;
    }

    /** factRuEval texts with their names in the scheme of the published comparisons, and their gold tokens. */
    public static List<NerDocument> factRu(Path dir, Function<Document, Analysis> analyzer) {
        List<NerDocument> out = new ArrayList<>();
        for (FactRuDocument d : FactRuCorpus.load(dir)) {
            List<GoldSpan> tokens = new ArrayList<>();
            for (FactRuDocument.Token t : d.tokens()) {
                tokens.add(new GoldSpan(t.start(), t.end(), "token"));
            }
            Analysis a = analyzer.apply(Document.of(d.id(), d.text()));
            out.add(new NerDocument(d.id(), a, List.of(), factRuNames(d), tokens));
        }
        return out;
    }

    private static boolean isEntityType(String type) {
        for (EntityType t : EntityType.values()) {
            if (t.name().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static List<GoldSpan> dedupe(List<GoldSpan> sorted) {
        List<GoldSpan> out = new ArrayList<>();
        for (GoldSpan s : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The gold names of a factRuEval text as the Natasha comparison reads them: each Person object
     * whole (PER), the org_name spans of Org objects (ORG), the loc_name spans of Location (LOC) and
     * LocOrg (LOCORG) objects; where spans overlap, the one that starts first (the longer one at the
     * same start) is kept.
     */
    public static List<GoldSpan> factRuNames(FactRuDocument d) {
        Map<String, FactRuDocument.Span> byId = new java.util.HashMap<>();
        for (FactRuDocument.Span s : d.spans()) {
            byId.put(s.id(), s);
        }
        List<GoldSpan> spans = new ArrayList<>();
        for (FactRuDocument.TextObject o : d.objects()) {
            List<FactRuDocument.Span> parts = new ArrayList<>();
            for (String id : o.spanIds()) {
                FactRuDocument.Span s = byId.get(id);
                if (s != null) {
                    parts.add(s);
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            switch (o.type()) {
                case "Person" -> {
                    int start = parts.stream().mapToInt(FactRuDocument.Span::start).min().getAsInt();
                    int end = parts.stream().mapToInt(FactRuDocument.Span::end).max().getAsInt();
                    spans.add(new GoldSpan(start, end, "PER"));
                }
                case "Org" -> addParts(spans, parts, "org_name", "ORG");
                case "Location" -> addParts(spans, parts, "loc_name", "LOC");
                case "LocOrg" -> addParts(spans, parts, "loc_name", "LOCORG");
                default -> {
                    // Project and Facility objects are not scored
                }
            }
        }
        spans.sort(Comparator.comparingInt(GoldSpan::start).thenComparingInt(s -> -s.end())
                .thenComparing(GoldSpan::type));
        List<GoldSpan> kept = new ArrayList<>();
        GoldSpan previous = null;
        for (GoldSpan s : spans) {
            if (previous != null && previous.end() > s.start()) {
                continue; // overlapped by an earlier span
            }
            kept.add(s);
            previous = s;
        }
        return kept;
    }

    private static void addParts(List<GoldSpan> out, List<FactRuDocument.Span> parts, String spanType, String type) {
        for (FactRuDocument.Span s : parts) {
            if (s.type().equals(spanType)) {
                out.add(new GoldSpan(s.start(), s.end(), type));
            }
        }
    }
}
