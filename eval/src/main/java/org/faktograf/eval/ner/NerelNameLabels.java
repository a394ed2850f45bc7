package org.faktograf.eval.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.faktograf.model.EntityType;
import org.faktograf.model.Token;
import org.faktograf.ner.NameClass;
import org.faktograf.ner.SpanTagger;
import org.faktograf.ner.TokenSpan;

/**
 * factRuEval name labels for a NEREL text, as sets of allowed BIO labels per token. Persons map
 * one to one. A place may be a place or a political body (NEREL does not say), so both are
 * allowed. An organisation whose mention starts with a name (a capital, a digit, a quote before
 * it) is one organisation name, places and persons inside it included; one whose name is quoted
 * after descriptor words (ОАО «Газпром», движение «Солидарность») has the quoted words as its
 * name; one that starts with a descriptor word («правительства Киргизии») has no name of its own
 * unless a capitalised word inside it leaves the choice open (places and persons inside it may
 * then stand apart). Facilities may hold a place or organisation name or none. Everything else
 * is O.
 */
final class NerelNameLabels {
    private static final int O = 0;

    private NerelNameLabels() {
    }

    private static long bit(int label) {
        return 1L << label;
    }

    private static long begin(NameClass c) {
        return bit(SpanTagger.begin(c.ordinal()));
    }

    private static long inside(NameClass c) {
        return bit(SpanTagger.inside(c.ordinal()));
    }

    static long[] allowed(List<Token> tokens, List<TokenSpan> spans) {
        int n = tokens.size();
        long[] mask = new long[n];
        java.util.Arrays.fill(mask, bit(O));
        List<TokenSpan> sorted = new ArrayList<>(spans);
        // longest first, so inner mentions are applied after (and within) outer ones
        sorted.sort(Comparator.comparingInt((TokenSpan s) -> -s.length()).thenComparingInt(TokenSpan::start));
        for (TokenSpan s : sorted) {
            EntityType t = EntityType.values()[s.type()];
            if (t == EntityType.FACILITY && capitalised(tokens.get(s.start()))) {
                for (int i = s.start(); i < s.end(); i++) {
                    mask[i] |= (i == s.start() ? begin(NameClass.LOC) | begin(NameClass.ORG)
                            : inside(NameClass.LOC) | inside(NameClass.ORG) | begin(NameClass.LOC))
                            | bit(O);
                }
            }
        }
        for (TokenSpan s : sorted) {
            EntityType t = EntityType.values()[s.type()];
            if (t.coarse() == EntityType.Coarse.LOC && !insidePerson(s, spans)) {
                boolean adjective = !capitalised(tokens.get(s.start()));
                for (int i = s.start(); i < s.end(); i++) {
                    long m = i == s.start() ? begin(NameClass.LOC) | begin(NameClass.LOCORG)
                            : inside(NameClass.LOC) | inside(NameClass.LOCORG);
                    mask[i] = adjective ? m | bit(O) : m;
                }
            }
        }
        for (TokenSpan s : sorted) {
            if (EntityType.values()[s.type()] == EntityType.PERSON) {
                for (int i = s.start(); i < s.end(); i++) {
                    mask[i] = i == s.start() ? begin(NameClass.PER) : inside(NameClass.PER);
                }
            }
        }
        boolean[] claimed = new boolean[n];
        for (TokenSpan s : sorted) {
            if (EntityType.values()[s.type()] != EntityType.ORGANIZATION) {
                continue;
            }
            boolean outerClaimed = false;
            for (int i = s.start(); i < s.end(); i++) {
                outerClaimed |= claimed[i];
            }
            if (outerClaimed) {
                continue; // inside an organisation name already: factRuEval keeps the outer name
            }
            boolean quoted = s.start() > 0 && isOpenQuote(tokens.get(s.start() - 1).text());
            boolean named = quoted || capitalised(tokens.get(s.start()));
            boolean innerCapital = false;
            for (int i = s.start() + 1; i < s.end(); i++) {
                innerCapital |= capitalised(tokens.get(i)) && !coveredByOther(s, i, spans);
            }
            int open = quotedName(tokens, s);
            if (open > 0) {
                // ОАО «Газпром», РИА «Новости», движение «Солидарность»: factRuEval's name is the quoted part
                int close = open + 1;
                while (close < s.end() && !isCloseQuote(tokens.get(close).text())) {
                    close++;
                }
                for (int i = s.start(); i < s.end(); i++) {
                    if (i <= open || i >= close) {
                        mask[i] = coveredByOther(s, i, spans) ? mask[i] | bit(O) : bit(O);
                    } else {
                        mask[i] = i == open + 1 ? begin(NameClass.ORG) : inside(NameClass.ORG);
                    }
                    claimed[i] = true;
                }
                continue;
            }
            if (!named && !innerCapital) {
                continue;
            }
            for (int i = s.start(); i < s.end(); i++) {
                long orgLabel = i == s.start() ? begin(NameClass.ORG) : inside(NameClass.ORG);
                // a named organisation is one name in factRuEval (Бюро США по патентам): the scorer keeps the outer span
                boolean nested = !named && coveredByOther(s, i, spans);
                long m = orgLabel | (nested ? mask[i] : 0);
                if (!named) {
                    m |= bit(O) | begin(NameClass.ORG) | (nested ? mask[i] : 0);
                }
                mask[i] = m;
                claimed[i] = true;
            }
        }
        return mask;
    }

    private static boolean insidePerson(TokenSpan s, List<TokenSpan> spans) {
        for (TokenSpan o : spans) {
            if (o != s && EntityType.values()[o.type()] == EntityType.PERSON && o.covers(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token i of {@code outer} lies in a person or place mention nested in it. */
    private static boolean coveredByOther(TokenSpan outer, int i, List<TokenSpan> spans) {
        for (TokenSpan o : spans) {
            if (o != outer && outer.covers(o) && o.length() < outer.length() && o.start() <= i && i < o.end()) {
                EntityType t = EntityType.values()[o.type()];
                if (t == EntityType.PERSON || t.coarse() == EntityType.Coarse.LOC) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean capitalised(Token t) {
        char c = t.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || (c < 0x250 && Character.isLetter(c));
    }

    /**
     * The opening quote inside an organisation mention whose quoted part runs to the mention's
     * end (the closing quote last or just after it), after at least one word; -1 if none.
     */
    private static int quotedName(List<Token> tokens, TokenSpan s) {
        for (int i = s.start() + 1; i + 1 < s.end(); i++) {
            if (isOpenQuote(tokens.get(i).text())) {
                int close = i + 1;
                while (close < tokens.size() && close <= s.end() && !isCloseQuote(tokens.get(close).text())
                        && !isOpenQuote(tokens.get(close).text())) {
                    close++;
                }
                boolean closesAtEnd = close == s.end() - 1 || close == s.end();
                return closesAtEnd && close < tokens.size() && isCloseQuote(tokens.get(close).text()) && close > i + 1
                        ? i : -1;
            }
        }
        return -1;
    }

    private static boolean isCloseQuote(String t) {
        return t.equals("»") || t.equals("\"") || t.equals("“") || t.equals("”");
    }

    private static boolean isOpenQuote(String t) {
        return t.equals("«") || t.equals("\"") || t.equals("„") || t.equals("“");
    }
}
