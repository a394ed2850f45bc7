package org.faktograf.morph;

import static org.faktograf.model.Grammeme.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.faktograf.model.Grammeme;
import org.faktograf.model.PartOfSpeech;

/**
 * One tag of the AOT dictionary as LanguageTool writes it ({@code NN:Fam:Masc:Sin:D},
 * {@code ADJ:Posit:Fem:Nom}, {@code VB:Past:INTR:PFV:PL}; the grammar is in LanguageTool's
 * {@code tagset.txt}), read into an OpenCorpora part of speech and grammeme mask, and rewritten into
 * the tag of another form of the same lexeme for the synthesis dictionary, which is keyed by
 * {@code lemma|tag}.
 *
 * <p>Mapping decisions that are not one-to-one:
 * <ul>
 *   <li>{@code Name}, {@code Fam}, {@code Patr} give NAME, SURN, PATR and ANIM (the dictionary
 *       leaves animacy out on them).</li>
 *   <li>A noun, abbreviation or adjective tag without a case is an indeclinable word: FIXD, no case.
 *       A bare {@code NN:Fam} (Саркози-like surnames) is both genders: MSF.</li>
 *   <li>{@code NN:Name:Fem:Sin} without a case is, in this dictionary, the indeclinable feminine
 *       form of a consonant-final surname (курдоглян, цимбаревич), so it reads as SURN FEMN FIXD.</li>
 *   <li>{@code NN:x::PL} (empty gender) is a plurale tantum: PLTM.</li>
 *   <li>{@code ADJ:MPR} (весь, этот, мой) is ADJF APRO; {@code Ord} is ADJF ANUM; {@code ADJ:Sup} is
 *       ADJF SUPR; {@code Num} and {@code NumC} are NUMR; {@code PNN} is NPRO.</li>
 *   <li>{@code PARENTHESIS} is ADVB PRNT; {@code Misc} (несмотря, судя, глядя: parts of fixed
 *       phrases) is ADVB; {@code Talk} is INFR; {@code bezl} is IMPE; {@code 2PFV} is PERF and IMPF;
 *       {@code Inanimanim} is ANIM and INAN.</li>
 * </ul>
 * Instances are interned: one per distinct tag string.
 */
final class AotTag {
    private static final ConcurrentHashMap<String, AotTag> INTERNED = new ConcurrentHashMap<>();
    private static final String[] CASE_CODES = {"Nom", "R", "D", "V", "T", "P", "Z", "2R", "2P"};
    private static final Grammeme[] CASE_GRAMMEMES = {NOMN, GENT, DATV, ACCS, ABLT, LOCT, VOCT, GEN2, LOC2};
    private static final long GENDERS = mask(MASC, FEMN, NEUT);

    final String text;
    final PartOfSpeech pos;
    final long grammemes;
    private final String[] parts;

    private AotTag(String text, PartOfSpeech pos, long grammemes, String[] parts) {
        this.text = text;
        this.pos = pos;
        this.grammemes = grammemes;
        this.parts = parts;
    }

    static AotTag of(String text) {
        AotTag t = INTERNED.get(text);
        return t != null ? t : INTERNED.computeIfAbsent(text, AotTag::parse);
    }

    boolean isProperName() {
        return (grammemes & (NAME.bit() | SURN.bit() | PATR.bit())) != 0;
    }

    boolean isFamilyName() {
        return "NN".equals(parts[0]) && parts.length > 1 && "Fam".equals(parts[1]);
    }

    boolean isPatronymic() {
        return (grammemes & PATR.bit()) != 0;
    }

    /** Informal or dialect forms (Talk): kept for analysis, never chosen for generation. */
    boolean isInformal() {
        return (grammemes & INFR.bit()) != 0;
    }

    private static AotTag parse(String text) {
        String[] parts = text.split(":", -1);
        String head = parts[0];
        long g = 0;
        boolean hasCase = false;
        PartOfSpeech pos;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            int c = caseIndex(p);
            if (c >= 0) {
                g |= CASE_GRAMMEMES[c].bit();
                hasCase = true;
                continue;
            }
            g |= switch (p) {
                case "Anim" -> ANIM.bit();
                case "Inanim" -> INAN.bit();
                case "Inanimanim" -> ANIM.bit() | INAN.bit();
                case "Name" -> NAME.bit() | ANIM.bit();
                case "Fam" -> SURN.bit() | ANIM.bit();
                case "Patr" -> PATR.bit() | ANIM.bit();
                case "Masc" -> MASC.bit();
                case "Fem" -> FEMN.bit();
                case "Neut" -> NEUT.bit();
                case "Sin" -> SING.bit();
                case "PL" -> PLUR.bit();
                case "P1" -> PER1.bit();
                case "P2" -> PER2.bit();
                case "P3" -> PER3.bit();
                case "Talk" -> INFR.bit();
                case "Past" -> PAST.bit();
                case "Real" -> PRES.bit();
                case "Fut" -> FUTR.bit();
                case "IMP" -> IMPR.bit();
                case "bezl" -> IMPE.bit();
                case "TRANS" -> TRAN.bit();
                case "INTR" -> INTR.bit();
                case "PFV" -> PERF.bit();
                case "IMPFV" -> IMPF.bit();
                case "2PFV" -> PERF.bit() | IMPF.bit();
                case "DST" -> ACTV.bit();
                case "STR" -> PSSV.bit();
                case "Sup" -> SUPR.bit();
                case "MPR" -> APRO.bit();
                default -> 0L;
            };
        }
        if ((g & GENDERS) != 0 && (g & (SING.bit() | PLUR.bit())) == 0 && !"NN".equals(head)) {
            // adjectives, participles and past verbs name a gender only in the singular (ADJ:Posit:Fem:R)
            g |= SING.bit();
        }
        switch (head) {
            case "NN" -> {
                pos = PartOfSpeech.NOUN;
                if (!hasCase) {
                    g |= FIXD.bit();
                    if ((g & NAME.bit()) != 0 && (g & FEMN.bit()) != 0) {
                        // the dictionary's indeclinable feminine surnames carry Name:Fem:Sin
                        g = (g & ~NAME.bit()) | SURN.bit();
                    }
                    if ((g & SURN.bit()) != 0 && (g & GENDERS) == 0) {
                        g |= MSF.bit();
                    }
                }
                if (parts.length > 2 && parts[2].isEmpty()) {
                    g |= PLTM.bit();
                }
            }
            case "ABR" -> {
                pos = PartOfSpeech.NOUN;
                g |= ABBR.bit() | FIXD.bit();
            }
            case "ADJ" -> {
                String kind = parts.length > 1 ? parts[1] : "Posit";
                pos = switch (kind) {
                    case "Short" -> PartOfSpeech.ADJS;
                    case "Comp" -> PartOfSpeech.COMP;
                    default -> PartOfSpeech.ADJF;
                };
                if (pos == PartOfSpeech.ADJF && !hasCase) {
                    g |= FIXD.bit();
                }
            }
            case "VB" -> {
                if (parts.length > 1 && "INF".equals(parts[1])) {
                    pos = PartOfSpeech.INFN;
                } else {
                    pos = PartOfSpeech.VERB;
                    if ((g & IMPR.bit()) == 0) {
                        g |= INDC.bit();
                    }
                }
            }
            case "DPT" -> pos = PartOfSpeech.GRND;
            case "PT" -> pos = PartOfSpeech.PRTF;
            case "PT_Short" -> pos = PartOfSpeech.PRTS;
            case "Num", "NumC" -> pos = PartOfSpeech.NUMR;
            case "Ord" -> {
                pos = PartOfSpeech.ADJF;
                g |= ANUM.bit();
            }
            case "PNN" -> pos = PartOfSpeech.NPRO;
            case "ADV" -> pos = PartOfSpeech.ADVB;
            case "PRDC" -> pos = PartOfSpeech.PRED;
            case "PREP" -> pos = PartOfSpeech.PREP;
            case "CONJ" -> pos = PartOfSpeech.CONJ;
            case "PARTICLE" -> pos = PartOfSpeech.PRCL;
            case "INTERJECTION" -> pos = PartOfSpeech.INTJ;
            case "PARENTHESIS" -> {
                pos = PartOfSpeech.ADVB;
                g |= PRNT.bit();
            }
            case "Misc" -> pos = PartOfSpeech.ADVB;
            default -> pos = PartOfSpeech.UNKN;
        }
        return new AotTag(text, pos, g, parts);
    }

    private static int caseIndex(String part) {
        for (int i = 0; i < CASE_CODES.length; i++) {
            if (CASE_CODES[i].equals(part)) {
                return i;
            }
        }
        return -1;
    }

    private static String caseCode(Grammeme g) {
        for (int i = 0; i < CASE_GRAMMEMES.length; i++) {
            if (CASE_GRAMMEMES[i] == g) {
                return CASE_CODES[i];
            }
        }
        return null;
    }

    private static String genderCode(Grammeme g) {
        return switch (g) {
            case MASC -> "Masc";
            case FEMN -> "Fem";
            case NEUT -> "Neut";
            default -> null;
        };
    }

    static Grammeme caseOf(long mask) {
        for (Grammeme g : CASE_GRAMMEMES) {
            if ((mask & g.bit()) != 0) {
                return g;
            }
        }
        return null;
    }

    static Grammeme genderOf(long mask) {
        if ((mask & MASC.bit()) != 0) {
            return MASC;
        }
        if ((mask & FEMN.bit()) != 0) {
            return FEMN;
        }
        if ((mask & NEUT.bit()) != 0) {
            return NEUT;
        }
        return null;
    }

    static Grammeme numberOf(long mask) {
        if ((mask & SING.bit()) != 0) {
            return SING;
        }
        if ((mask & PLUR.bit()) != 0) {
            return PLUR;
        }
        return null;
    }

    /**
     * The tag of the form of the same lexeme with the case, number and gender of {@code target}
     * (each only when given there; the rest is kept), without the informal mark; {@code null} when
     * this tag has no slot for a requested case (short forms, adverbs). A noun's gender is part of
     * the lexeme and is kept, except a surname's, which has forms of both genders.
     */
    String retarget(long target) {
        Grammeme tCase = caseOf(target);
        Grammeme tNumber = numberOf(target);
        Grammeme tGender = genderOf(target);
        List<String> p = new ArrayList<>(parts.length + 1);
        for (String s : parts) {
            if (!"Talk".equals(s)) {
                p.add(s);
            }
        }
        int caseAt = -1;
        for (int i = 1; i < p.size(); i++) {
            if (caseIndex(p.get(i)) >= 0) {
                caseAt = i;
            }
        }
        if (tCase != null) {
            if (caseAt < 0) {
                return null;
            }
            p.set(caseAt, caseCode(tCase));
        }
        String head = p.get(0);
        if ("NN".equals(head) || "PNN".equals(head)) {
            retargetNoun(p, tNumber, tGender);
        } else if (!"NumC".equals(head)) {
            retargetAgreeing(p, tNumber, tGender);
        }
        return String.join(":", p);
    }

    /** Nouns: number has its own slot; a surname's gender goes away in the plural. */
    private void retargetNoun(List<String> p, Grammeme tNumber, Grammeme tGender) {
        boolean family = isFamilyName();
        int numberAt = indexOfAny(p, "Sin", "PL");
        if (numberAt < 0) {
            return;
        }
        if (tNumber == PLUR && "Sin".equals(p.get(numberAt))) {
            p.set(numberAt, "PL");
            if (family && numberAt > 2) {
                p.remove(numberAt - 1);
            }
        } else if (tNumber == SING && "PL".equals(p.get(numberAt))) {
            p.set(numberAt, "Sin");
            if (family && indexOfAny(p, "Masc", "Fem") < 0) {
                p.add(numberAt, genderCode(tGender == FEMN ? FEMN : MASC));
            }
        }
        if (family && tGender != null && tGender != NEUT) {
            int genderAt = indexOfAny(p, "Masc", "Fem");
            if (genderAt > 0) {
                p.set(genderAt, genderCode(tGender));
            }
        }
    }

    /** Adjectives, participles, ordinals, past verbs: one slot holds the gender or PL. */
    private static void retargetAgreeing(List<String> p, Grammeme tNumber, Grammeme tGender) {
        int slot = indexOfAny(p, "Masc", "Fem", "Neut", "PL");
        if (slot < 0) {
            return;
        }
        boolean plural = tNumber == PLUR || (tNumber == null && "PL".equals(p.get(slot)));
        if (plural) {
            p.set(slot, "PL");
        } else if (tGender != null) {
            p.set(slot, genderCode(tGender));
        } else if ("PL".equals(p.get(slot))) {
            p.set(slot, "Masc");
        }
    }

    private static int indexOfAny(List<String> p, String... values) {
        for (int i = 1; i < p.size(); i++) {
            for (String v : values) {
                if (v.equals(p.get(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return text;
    }
}
