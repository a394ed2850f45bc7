package org.faktograf.eval.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.faktograf.formats.corpus.FactRuDocument;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;

/**
 * Mentions made from a factRuEval-2016 document's gold layers, for developing and measuring the
 * normalisation and identity stages apart from NER: each Person, Org, Location and LocOrg object
 * becomes a mention from its first span's start to its last span's end (a LocOrg a place acting as
 * a political body), each {@code job} span a {@link EntityType#PROFESSION} mention. Objects made
 * only of {@code geo_adj} spans (российский for Россия) are left out: they are no names and the
 * scorer ignores them. Mentions are numbered m0, m1, ... in text order.
 */
public final class GoldMentions {
    private GoldMentions() {
    }

    public static List<Mention> of(FactRuDocument d) {
        record Draft(int start, int end, EntityType type, boolean political) {}
        List<Draft> drafts = new ArrayList<>();
        for (FactRuDocument.TextObject o : d.objects()) {
            EntityType type = switch (o.type()) {
                case "Person" -> EntityType.PERSON;
                case "Org", "Organization" -> EntityType.ORGANIZATION;
                case "Location", "LocOrg" -> EntityType.LOCATION;
                case "Project" -> EntityType.PROJECT;
                default -> null;
            };
            if (type == null) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            boolean onlyGeoAdjective = true;
            for (String id : o.spanIds()) {
                FactRuDocument.Span s = d.span(id);
                if (s == null) {
                    continue;
                }
                start = Math.min(start, s.start());
                end = Math.max(end, s.end());
                onlyGeoAdjective &= s.type().equals("geo_adj");
            }
            if (end < 0 || onlyGeoAdjective) {
                continue;
            }
            drafts.add(new Draft(start, end, type, o.type().equals("LocOrg")));
        }
        for (FactRuDocument.Span s : d.spans()) {
            if (s.type().equals("job")) {
                drafts.add(new Draft(s.start(), s.end(), EntityType.PROFESSION, false));
            }
        }
        drafts.sort(Comparator.comparingInt(Draft::start).thenComparingInt(x -> -x.end()).thenComparing(x -> x.type().ordinal()));
        List<Mention> out = new ArrayList<>(drafts.size());
        Draft previous = null;
        for (Draft x : drafts) {
            if (previous != null && previous.equals(x)) {
                continue; // a span annotated twice with the same type
            }
            out.add(new Mention("m" + out.size(), x.start(), x.end(), x.type(), x.political(), 1.0));
            previous = x;
        }
        return out;
    }
}
