package org.faktograf.model;

/**
 * Grammatical features, named after OpenCorpora. A {@link WordForm} holds a set of them as a bit
 * mask of {@link #bit()} values, so the hot path allocates no sets. An indeclinable word's reading
 * carries {@link #FIXD} and no case: it fits every case.
 */
public enum Grammeme {
    // case
    NOMN, GENT, DATV, ACCS, ABLT, LOCT, VOCT, GEN2, LOC2,
    // number
    SING, PLUR,
    // gender
    MASC, FEMN, NEUT, MSF,
    // animacy
    ANIM, INAN,
    // proper-name marks
    NAME, SURN, PATR, GEOX, ORGN, ABBR,
    // verb features
    PERF, IMPF, PRES, PAST, FUTR, INDC, IMPR, PER1, PER2, PER3, ACTV, PSSV, TRAN, INTR,
    // adjective degree and other marks
    SUPR, QUAL, POSS, INFR, FIXD,
    // added for the AOT dictionary: pronominal adjective (весь, этот), ordinal numeral (первый),
    // parenthetical word (конечно), impersonal verb (смеркаться), plurale tantum (сутки),
    // initial letter of a name (В. in В. В. Путин)
    APRO, ANUM, PRNT, IMPE, PLTM, INIT;

    private static final Grammeme[] VALUES = values();
    private static final Grammeme[] CASES = {NOMN, GENT, DATV, ACCS, ABLT, LOCT, VOCT, GEN2, LOC2};

    public long bit() {
        return 1L << ordinal();
    }

    public static long mask(Grammeme... grammemes) {
        long m = 0;
        for (Grammeme g : grammemes) {
            m |= g.bit();
        }
        return m;
    }

    public static boolean has(long mask, Grammeme g) {
        return (mask & g.bit()) != 0;
    }

    /** The case grammemes in a fixed order. */
    public static Grammeme[] cases() {
        return CASES.clone();
    }

    /** The grammemes of a mask, in declaration order; for output, not for the hot path. */
    public static java.util.List<Grammeme> list(long mask) {
        java.util.List<Grammeme> out = new java.util.ArrayList<>();
        for (Grammeme g : VALUES) {
            if ((mask & g.bit()) != 0) {
                out.add(g);
            }
        }
        return out;
    }
}
