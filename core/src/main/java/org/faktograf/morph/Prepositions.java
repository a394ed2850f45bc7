package org.faktograf.morph;

import static org.faktograf.model.Grammeme.*;

import java.util.HashMap;
import java.util.Map;

/**
 * The cases Russian prepositions govern (a closed list from the grammar, not from data): the
 * dictionary knows a word is a preposition but not what it governs.
 */
public final class Prepositions {
    private static final Map<String, Long> GOVERNED = new HashMap<>();

    static {
        long genitive = mask(GENT, GEN2);
        put(mask(LOCT, LOC2, ACCS), "в", "во", "на");
        put(mask(LOCT, ACCS), "о", "об", "обо");
        put(mask(LOCT), "при");
        put(mask(DATV, LOCT, ACCS), "по");
        put(mask(DATV), "к", "ко", "согласно", "благодаря", "вопреки", "навстречу", "подобно");
        put(mask(ABLT, GENT, GEN2, ACCS), "с", "со");
        put(genitive, "из", "изо", "от", "ото", "до", "для", "у", "без", "безо", "после", "около", "возле",
                "вокруг", "против", "среди", "посреди", "кроме", "вместо", "мимо", "ради", "вне", "внутри",
                "напротив", "вдоль", "близ", "из-за", "из-под", "позади", "впереди", "насчет", "насчёт",
                "ввиду", "вследствие", "путем", "путём", "относительно", "накануне", "помимо", "сверх",
                "свыше", "поверх", "вроде", "внутрь");
        put(mask(ABLT), "над", "надо", "перед", "передо", "пред", "между", "меж");
        put(mask(ABLT, ACCS), "за", "под", "подо");
        put(mask(ACCS), "через", "сквозь", "про");
    }

    private Prepositions() {
    }

    private static void put(long cases, String... words) {
        for (String w : words) {
            GOVERNED.put(w, cases);
        }
    }

    /** The cases a lower-case preposition governs; 0 when it is not in the list. */
    public static long governedCases(String preposition) {
        Long m = GOVERNED.get(preposition);
        return m == null ? 0 : m;
    }
}
