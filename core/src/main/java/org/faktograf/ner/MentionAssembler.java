package org.faktograf.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.model.Token;

/**
 * Turns tagged spans into mentions: gives each name span to the innermost mention of a fitting
 * type that covers it (or makes it a mention of its own), sets the political-body mark from the
 * name tagger, names an organisation's words and its bracketed abbreviation alike, names an
 * organisation again where its name recurs in the document, closes a quote a name leaves open
 * («НПФ «Микран»), marks quoted programmes and projects after «проект», «программа» as PROJECT,
 * and numbers the mentions in text order.
 */
final class MentionAssembler {
    private static final String[] PROJECT_HEADS = {"проект", "программ", "нацпроект", "госпрограмм", "подпрограмм"};
    private static final int MAX_QUOTED_TOKENS = 8;

    private MentionAssembler() {
    }

    private static final class Draft {
        int start;
        int end;
        EntityType type;
        boolean political;
        double score;
        int layer;
        int nameStart = -1;
        int nameEnd = -1;

        Draft(int start, int end, EntityType type, double score, int layer) {
            this.start = start;
            this.end = end;
            this.type = type;
            this.score = score;
            this.layer = layer;
        }
    }

    static List<Mention> assemble(Analysis analysis, TaggedSpans spans, Gazetteer gazetteer) {
        List<Token> tokens = analysis.tokens();
        List<Draft> drafts = new ArrayList<>();
        for (TokenSpan s : spans.mentions()) {
            Draft same = find(drafts, s.start(), s.end());
            if (same != null) {
                continue; // two layers agree on a span: the inner layer's type stands
            }
            drafts.add(new Draft(s.start(), s.end(), EntityRecognizer.entityType(s.type()), s.score(), s.layer()));
        }
        NameClass[] classes = NameClass.values();
        for (TokenSpan name : spans.names()) {
            NameClass c = classes[name.type()];
            Draft host = null;
            for (Draft d : drafts) {
                if (d.nameStart < 0 && c.fits(d.type) && d.start <= name.start() && name.end() <= d.end
                        && (host == null || d.end - d.start < host.end - host.start)) {
                    host = d;
                }
            }
            if (host == null) {
                host = new Draft(name.start(), name.end(), typeOf(c, tokens, name, gazetteer), name.score(), -1);
                drafts.add(host);
            }
            host.nameStart = name.start();
            host.nameEnd = name.end();
            host.political |= c == NameClass.LOCORG;
        }
        pairAbbreviations(tokens, drafts);
        propagateOrganisationNames(tokens, drafts);
        for (Draft d : drafts) {
            if (d.type == EntityType.ORGANIZATION) {
                takeQuotedAbbreviation(tokens, d);
            }
            closeOpenQuote(tokens, d);
        }
        markProjects(tokens, drafts);

        drafts.sort(Comparator.<Draft>comparingInt(d -> d.start).thenComparingInt(d -> -d.end)
                .thenComparingInt(d -> d.type.ordinal()));
        List<Mention> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            int start = tokens.get(d.start).start();
            int end = tokens.get(d.end - 1).end();
            int nameStart = d.nameStart < 0 ? -1 : tokens.get(d.nameStart).start();
            int nameEnd = d.nameStart < 0 ? -1 : tokens.get(d.nameEnd - 1).end();
            out.add(new Mention("m" + out.size(), start, end, d.type, d.political && d.type.isGeoPolitical(),
                    d.score, nameStart, nameEnd));
        }
        return out;
    }

    /**
     * One name, one sense per document: where the words of an organisation's name (by stem, same
     * capitalisation) recur with no name over them, or only a shorter name inside them (Голос
     * Америки where only Америки was taken as a place), they name the organisation again. A
     * recurrence the name tagger took whole as another kind of name keeps its reading: the tagger
     * saw its context.
     */
    private static void propagateOrganisationNames(List<Token> tokens, List<Draft> drafts) {
        int n = tokens.size();
        long[] stems = new long[n];
        for (int i = 0; i < n; i++) {
            stems[i] = WordStem.key(tokens.get(i).text());
        }
        List<int[]> names = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.type == EntityType.ORGANIZATION && d.nameStart >= 0 && capitalised(tokens.get(d.nameStart).text())) {
                names.add(new int[] {d.nameStart, d.nameEnd});
            }
        }
        names.sort(Comparator.comparingInt((int[] r) -> r[0] - r[1])); // longest first
        for (int[] name : names) {
            int len = name[1] - name[0];
            for (int i = 0; i + len <= n; i++) {
                if (i == name[0] || !sameWords(tokens, stems, name[0], i, len)) {
                    continue;
                }
                int end = i + len;
                boolean free = true;
                for (Draft d : drafts) {
                    boolean shorterInside = d.nameStart >= i && d.nameEnd <= end && d.nameEnd - d.nameStart < len;
                    if (d.nameStart >= 0 && d.nameStart < end && i < d.nameEnd
                            && (d.type == EntityType.ORGANIZATION || !shorterInside)) {
                        free = false;
                    }
                }
                if (!free) {
                    continue;
                }
                nameOrganisation(drafts, i, end);
            }
        }
    }

    /** Makes tokens {@code [i, end)} an organisation's name, taking the place of the names inside them. */
    private static void nameOrganisation(List<Draft> drafts, int i, int end) {
        List<Draft> inside = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.nameStart >= 0 && d.nameStart < end && i < d.nameEnd) {
                inside.add(d);
            }
        }
        for (Draft d : inside) {
            if (d.layer < 0) {
                drafts.remove(d); // a mention made of the name alone goes with it
            } else {
                d.nameStart = -1;
                d.nameEnd = -1;
                d.political = false;
            }
        }
        Draft host = null;
        for (Draft d : drafts) {
            if (d.nameStart < 0 && d.type == EntityType.ORGANIZATION && d.start <= i && end <= d.end
                    && (host == null || d.end - d.start < host.end - host.start)) {
                host = d;
            }
        }
        if (host == null) {
            host = new Draft(i, end, EntityType.ORGANIZATION, 0.5, -1);
            drafts.add(host);
        }
        host.nameStart = i;
        host.nameEnd = end;
    }

    /**
     * An abbreviation in brackets after the words it abbreviates (Союз координационных советов
     * (СКС)): when either side is taken as an organisation's name, both are. The words are found
     * as in Schwartz and Hearst (2003): the letters of the abbreviation are the initials of the
     * capitalised or content words before the bracket, in order, the first word capitalised.
     */
    private static void pairAbbreviations(List<Token> tokens, List<Draft> drafts) {
        for (int k = 1; k + 2 < tokens.size(); k++) {
            String abbr = tokens.get(k + 1).text();
            if (!tokens.get(k).text().equals("(") || !tokens.get(k + 2).text().equals(")") || !isAcronym(abbr)) {
                continue;
            }
            int start = longFormStart(tokens, k, abbr);
            if (start < 0) {
                continue;
            }
            Draft shortName = nameAt(drafts, k + 1, k + 2);
            boolean longOrg = false;
            boolean blocked = false;
            for (Draft d : drafts) {
                if (d.nameStart >= 0 && d.nameStart < k && start < d.nameEnd) {
                    longOrg |= d.type == EntityType.ORGANIZATION;
                    blocked |= d.nameStart < start || d.nameEnd > k;
                }
            }
            boolean shortOrg = shortName != null && shortName.type == EntityType.ORGANIZATION;
            if (blocked || !(longOrg || shortOrg)) {
                continue;
            }
            nameOrganisation(drafts, start, k);
            if (shortName == null) {
                nameOrganisation(drafts, k + 1, k + 2);
            }
        }
    }

    private static Draft nameAt(List<Draft> drafts, int start, int end) {
        for (Draft d : drafts) {
            if (d.nameStart == start && d.nameEnd == end) {
                return d;
            }
        }
        return null;
    }

    private static boolean isAcronym(String t) {
        if (t.length() < 2 || t.length() > 8) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first token of the words {@code abbr} abbreviates, ending before token {@code bracket}; -1 if none. */
    private static int longFormStart(List<Token> tokens, int bracket, String abbr) {
        int p = abbr.length() - 1;
        int words = 0;
        for (int i = bracket - 1; i >= 0 && words < abbr.length() * 2 + 2; i--, words++) {
            String w = tokens.get(i).text();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                return -1;
            }
            char initial = Character.toLowerCase(w.charAt(0));
            if (initial == Character.toLowerCase(abbr.charAt(p))) {
                if (--p < 0) {
                    return Character.isUpperCase(w.charAt(0)) ? i : -1;
                }
            } else if (i == bracket - 1 || Character.isUpperCase(w.charAt(0))) {
                return -1; // the long form ends with, and capitalises, only words the abbreviation counts
            }
        }
        return -1;
    }

    private static boolean sameWords(List<Token> tokens, long[] stems, int a, int b, int len) {
        for (int k = 0; k < len; k++) {
            if (stems[a + k] != stems[b + k]
                    || capitalised(tokens.get(a + k).text()) != capitalised(tokens.get(b + k).text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    private static Draft find(List<Draft> drafts, int start, int end) {
        for (Draft d : drafts) {
            if (d.start == start && d.end == end) {
                return d;
            }
        }
        return null;
    }

    /** The type of a mention made from a name alone; places take their listed kind when the gazetteer knows them. */
    private static EntityType typeOf(NameClass c, List<Token> tokens, TokenSpan name, Gazetteer gazetteer) {
        switch (c) {
            case PER:
                return EntityType.PERSON;
            case ORG:
                return EntityType.ORGANIZATION;
            default:
                break;
        }
        List<String> words = new ArrayList<>(name.length());
        for (int i = name.start(); i < name.end(); i++) {
            words.add(tokens.get(i).text());
        }
        int mask = gazetteer.lookup(words, 0, words.size());
        String[] types = gazetteer.types();
        EntityType best = null;
        for (EntityType candidate : new EntityType[] {EntityType.COUNTRY, EntityType.CITY, EntityType.STATE_OR_PROVINCE,
                EntityType.DISTRICT, EntityType.LOCATION}) {
            for (int t = 0; t < types.length; t++) {
                if ((mask & (1 << t)) != 0 && types[t].equals(candidate.name()) && best == null) {
                    best = candidate;
                }
            }
        }
        if (best != null) {
            return best;
        }
        return c == NameClass.LOCORG ? EntityType.CITY : EntityType.LOCATION;
    }

    private static boolean isOpenQuote(String t) {
        return t.equals("«") || t.equals("„");
    }

    private static boolean isCloseQuote(String t) {
        return t.equals("»") || t.equals("“") || t.equals("”");
    }

    /**
     * In «НПФ «Микран»», the name quoted inside another quote keeps the abbreviation that opens the
     * outer quote: the organisation is НПФ «Микран», not Микран.
     */
    private static void takeQuotedAbbreviation(List<Token> tokens, Draft d) {
        int s = d.start;
        if (s >= 3 && isOpenQuote(tokens.get(s - 1).text()) && isAbbreviation(tokens.get(s - 2).text())
                && isOpenQuote(tokens.get(s - 3).text())) {
            if (d.nameStart == s) {
                d.nameStart = s - 2;
            }
            d.start = s - 2;
        }
    }

    private static boolean isAbbreviation(String t) {
        if (t.length() < 2 || t.length() > 6) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A name like НПФ «Микран» ends before the closing quote when an outer quote closes at the same token. */
    private static void closeOpenQuote(List<Token> tokens, Draft d) {
        int open = 0;
        for (int i = d.start; i < d.end; i++) {
            String t = tokens.get(i).text();
            if (isOpenQuote(t)) {
                open++;
            } else if (isCloseQuote(t) && open > 0) {
                open--;
            }
        }
        if (open > 0 && d.end < tokens.size() && isCloseQuote(tokens.get(d.end).text())) {
            if (d.nameEnd == d.end) {
                d.nameEnd++;
            }
            d.end++;
        }
    }

    /** «проект «ИНО-ТОМСК 2020»», «программа «Электронная Россия»»: the quoted name is a PROJECT. */
    private static void markProjects(List<Token> tokens, List<Draft> drafts) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            if (!isProjectHead(tokens.get(i).text()) || !isOpenQuote(tokens.get(i + 1).text())) {
                continue;
            }
            int depth = 1;
            int j = i + 2;
            while (j < n && j - i - 2 <= MAX_QUOTED_TOKENS) {
                String t = tokens.get(j).text();
                if (isOpenQuote(t)) {
                    depth++;
                } else if (isCloseQuote(t) && --depth == 0) {
                    break;
                }
                j++;
            }
            if (j >= n || depth != 0 || j == i + 2 || j - i - 2 > MAX_QUOTED_TOKENS) {
                continue;
            }
            int start = i + 2;
            int end = j;
            Draft same = find(drafts, start, end);
            if (same == null) {
                Draft d = new Draft(start, end, EntityType.PROJECT, 1.0, -1);
                d.nameStart = start;
                d.nameEnd = end;
                drafts.add(d);
            } else if (same.type.coarse() == EntityType.Coarse.EVENT || same.type.coarse() == EntityType.Coarse.MISC) {
                same.type = EntityType.PROJECT;
                same.nameStart = start;
                same.nameEnd = end;
            }
        }
    }

    private static boolean isProjectHead(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String head : PROJECT_HEADS) {
            if (w.startsWith(head)) {
                return true;
            }
        }
        return false;
    }
}
