package org.faktograf.morph;

import static org.faktograf.model.Grammeme.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.faktograf.model.Analysis;
import org.faktograf.model.Grammeme;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;
import org.junit.jupiter.api.Test;

class MorphAnalyzerTest {
    private final MorphAnalyzer morph = MorphAnalyzer.shared();

    private static void assertBest(TokenMorphology m, String lemma, PartOfSpeech pos, Grammeme... grammemes) {
        WordForm best = m.best();
        assertEquals(lemma, best.lemma(), () -> "best reading " + describe(best) + " of " + m.readings().size());
        assertEquals(pos, best.pos(), () -> "best reading " + describe(best));
        for (Grammeme g : grammemes) {
            assertTrue(best.has(g), () -> "best reading " + describe(best) + " lacks " + g);
        }
    }

    private static boolean anyReading(TokenMorphology m, Predicate<WordForm> test) {
        return m.readings().stream().anyMatch(test);
    }

    private static String describe(WordForm f) {
        return f.lemma() + " " + f.pos() + " " + Grammeme.list(f.grammemes()) + (f.guessed() ? " guessed" : "");
    }

    @Test
    void crossIsASurnameInTheInstrumental() {
        TokenMorphology m = morph.analyzeWord("Крессом");
        assertBest(m, "кресс", PartOfSpeech.NOUN, SURN, MASC, SING, ABLT);
        // the dictionary only knows кресс as a rare common noun, so the surname is a guess
        assertTrue(m.best().guessed());
        assertTrue(anyReading(m, f -> !f.guessed() && f.has(INAN)), "the dictionary reading stays");
        assertBest(morph.analyzeWord("Кресс"), "кресс", PartOfSpeech.NOUN, SURN, MASC, NOMN);
        TokenMorphology genitive = morph.analyzeWord("Кресса");
        assertBest(genitive, "кресс", PartOfSpeech.NOUN, SURN, MASC, GENT);
        assertTrue(anyReading(genitive, f -> f.has(SURN) && f.has(ACCS) && f.lemma().equals("кресс")));
    }

    @Test
    void putinInTheDative() {
        TokenMorphology m = morph.analyzeWord("Путину");
        assertBest(m, "путин", PartOfSpeech.NOUN, SURN, MASC, SING, DATV, ANIM);
        assertFalse(m.best().guessed());
        // lower case, the common noun путина (fishing season) comes first
        assertBest(morph.analyzeWord("путину"), "путина", PartOfSpeech.NOUN, INAN, ACCS);
    }

    @Test
    void tomskayaIsTheAdjectiveTomskiy() {
        TokenMorphology m = morph.analyzeWord("Томской");
        assertTrue(m.readings().stream().allMatch(f -> f.lemma().equals("томский")), m.readings()::toString);
        assertTrue(anyReading(m, f -> f.pos() == PartOfSpeech.ADJF && f.has(FEMN) && f.has(GENT)));
        assertBest(morph.analyzeWord("томской"), "томский", PartOfSpeech.ADJF, FEMN);
    }

    @Test
    void firstNamesSurnamesAndPatronymics() {
        assertBest(morph.analyzeWord("Виктором"), "виктор", PartOfSpeech.NOUN, NAME, MASC, SING, ABLT);
        TokenMorphology andrey = morph.analyzeWord("Андрея");
        assertBest(andrey, "андрей", PartOfSpeech.NOUN, NAME, MASC, GENT);
        assertTrue(anyReading(andrey, f -> f.has(ACCS)));
        TokenMorphology zverev = morph.analyzeWord("Зверева");
        assertFalse(zverev.best().guessed(), "Зверев is in the dictionary");
        assertTrue(anyReading(zverev, f -> f.lemma().equals("зверев") && f.has(SURN) && f.has(MASC) && f.has(GENT)));
        assertTrue(anyReading(zverev, f -> f.lemma().equals("зверев") && f.has(SURN) && f.has(FEMN) && f.has(NOMN)));
        assertBest(morph.analyzeWord("Владимировичем"), "владимирович", PartOfSpeech.NOUN, PATR, MASC, ABLT);
        assertBest(morph.analyzeWord("Владимировной"), "владимировна", PartOfSpeech.NOUN, PATR, FEMN, ABLT);
        assertBest(morph.analyzeWord("Ивановой"), "иванов", PartOfSpeech.NOUN, SURN, FEMN);
    }

    @Test
    void commonNounsAndAmbiguity() {
        TokenMorphology oblasti = morph.analyzeWord("области");
        assertBest(oblasti, "область", PartOfSpeech.NOUN, FEMN, INAN);
        assertTrue(anyReading(oblasti, f -> f.has(GENT) && f.has(SING)));
        assertTrue(anyReading(oblasti, f -> f.has(NOMN) && f.has(PLUR)));
        TokenMorphology stali = morph.analyzeWord("стали");
        assertTrue(anyReading(stali, f -> f.pos() == PartOfSpeech.VERB && f.lemma().equals("стать") && f.has(PAST) && f.has(PLUR)));
        assertTrue(anyReading(stali, f -> f.pos() == PartOfSpeech.NOUN && f.lemma().equals("сталь")));
        assertEquals("стать", stali.best().lemma(), "the verb is far more frequent");
        assertBest(morph.analyzeWord("о"), "о", PartOfSpeech.PREP);
    }

    @Test
    void hyphenatedCompounds() {
        TokenMorphology pm = morph.analyzeWord("премьер-министра");
        assertBest(pm, "премьер-министр", PartOfSpeech.NOUN, ANIM, MASC, GENT);
        assertFalse(pm.best().guessed());
        assertBest(morph.analyzeWord("северо-западный"), "северо-западный", PartOfSpeech.ADJF, MASC, NOMN);
        TokenMorphology sci = morph.analyzeWord("научно-образовательным");
        assertBest(sci, "научно-образовательный", PartOfSpeech.ADJF, ABLT);
        assertTrue(sci.best().guessed(), "the whole compound is not in the dictionary");
        assertBest(morph.analyzeWord("Нью-Йорка"), "нью-йорк", PartOfSpeech.NOUN, GENT);
    }

    @Test
    void unknownWordsAreGuessed() {
        TokenMorphology sarkozy = morph.analyzeWord("Саркози");
        assertBest(sarkozy, "саркози", PartOfSpeech.NOUN, SURN, FIXD);
        assertTrue(sarkozy.best().guessed());
        assertBest(morph.analyzeWord("Обамой"), "обама", PartOfSpeech.NOUN, ABLT, SING);
        assertTrue(morph.analyzeWord("Обамой").best().guessed());
        TokenMorphology blog = morph.analyzeWord("блогосферой");
        assertBest(blog, "блогосфера", PartOfSpeech.NOUN, FEMN, SING, ABLT, INAN);
        assertTrue(blog.best().guessed());
        assertBest(morph.analyzeWord("инновационность"), "инновационность", PartOfSpeech.NOUN, FEMN, SING);
        assertBest(morph.analyzeWord("четырехстороннее"), "четырехсторонний", PartOfSpeech.ADJF, NEUT);
        assertTrue(anyReading(morph.analyzeWord("Роснано"), f -> f.lemma().equals("роснано") && f.guessed()));
        assertBest(morph.analyzeWord("НПФ"), "нпф", PartOfSpeech.NOUN, ABBR, FIXD);
        // a surname the dictionary lacks, in the feminine
        assertBest(morph.analyzeWord("Крессовой"), "крессов", PartOfSpeech.NOUN, SURN, FEMN);
    }

    @Test
    void eAndYoAndLookAlikes() {
        assertBest(morph.analyzeWord("елки"), "ёлка", PartOfSpeech.NOUN, GENT);
        assertBest(morph.analyzeWord("ёлки"), "ёлка", PartOfSpeech.NOUN, GENT);
        // a Latin C typed for the Cyrillic С
        assertBest(morph.analyzeWord("Cтепанов"), "степанов", PartOfSpeech.NOUN, SURN, NOMN);
    }

    @Test
    void everyWordGetsAReading() {
        for (String w : List.of("ъъъ", "Ту-154", "х", "Ж", "ДЖЖЖЖЖЖЖЖ", "ёёё", "а-а-а", "кто-то", "-", "4G", "iPhone", "5-й")) {
            TokenMorphology m = morph.analyzeWord(w);
            assertFalse(m.readings().isEmpty(), w);
            assertEquals(m.best().lemma().toLowerCase(), m.best().lemma(), w);
        }
        assertBest(morph.analyzeWord("Nokia"), "nokia", PartOfSpeech.LATN);
        assertBest(morph.analyzeWord("5-й"), "5-й", PartOfSpeech.NUMBER);
        assertBest(morph.analyzeWord("В", false), "в", PartOfSpeech.NOUN, INIT);
    }

    @Test
    void stageFillsOneReadingListPerToken() {
        Analysis a = morph.apply(TestTexts.analysis(TestTexts.seed()));
        assertEquals(a.tokens().size(), a.morphology().size());
        for (int i = 0; i < a.tokens().size(); i++) {
            var t = a.tokens().get(i);
            WordForm best = a.morphology().get(i).best();
            switch (t.kind()) {
                case NUMBER -> assertEquals(PartOfSpeech.NUMBER, best.pos(), t.text());
                case PUNCT, SYMBOL -> assertEquals(PartOfSpeech.PUNCT, best.pos(), t.text());
                case WORD -> assertEquals(best.lemma().toLowerCase(), best.lemma(), t.text());
                default -> {
                }
            }
        }
        assertBest(at(a, "Nokia", 0), "nokia", PartOfSpeech.LATN);
        assertBest(at(a, "2020", 0), "2020", PartOfSpeech.NUMBER);
        assertBest(at(a, "«", 0), "«", PartOfSpeech.PUNCT);
    }

    @Test
    void contextRanksTheSeedReadings() {
        Analysis a = morph.apply(TestTexts.analysis(TestTexts.seed()));
        // the title opens with Кресс; the article names him inside sentences, so a surname it is
        assertBest(at(a, "Кресс", 0), "кресс", PartOfSpeech.NOUN, SURN, NOMN);
        assertBest(at(a, "Путину", 0), "путин", PartOfSpeech.NOUN, SURN, DATV);
        assertBest(at(a, "Крессом", 0), "кресс", PartOfSpeech.NOUN, SURN, MASC, ABLT);
        assertBest(at(a, "Виктором", 0), "виктор", PartOfSpeech.NOUN, NAME, ABLT);
        // Томской before области is the adjective, not the surname Томская
        int t = indexBefore(a, "Томской", "области");
        assertBest(a.morphology().get(t), "томский", PartOfSpeech.ADJF, FEMN, GENT);
        assertBest(a.morphology().get(t + 1), "область", PartOfSpeech.NOUN, FEMN, SING, GENT);
        // в Томской особой экономической зоне: all locative
        int z = TestTexts.indexOf(a, "зоне", 0);
        for (int k = z - 3; k <= z; k++) {
            assertTrue(a.morphology().get(k).best().has(LOCT), a.tokens().get(k).text());
        }
        // Андрея Зверева: a man in the genitive, not the woman Зверева
        int zv = TestTexts.indexOf(a, "Зверева", 0);
        assertBest(a.morphology().get(zv), "зверев", PartOfSpeech.NOUN, SURN, MASC, GENT);
        assertBest(at(a, "Томске", 0), "томск", PartOfSpeech.NOUN, LOCT);
        assertBest(at(a, "администрацией", 0), "администрация", PartOfSpeech.NOUN, ABLT);
    }

    @Test
    void nameChainsAgree() {
        Analysis a = morph.apply(TestTexts.analysis("Вчера он встретился с Анной Ивановой и Иваном Ивановым."));
        assertBest(at(a, "Анной", 0), "анна", PartOfSpeech.NOUN, NAME, FEMN, ABLT);
        assertBest(at(a, "Ивановой", 0), "иванов", PartOfSpeech.NOUN, SURN, FEMN, ABLT);
        assertBest(at(a, "Ивановым", 0), "иванов", PartOfSpeech.NOUN, SURN, MASC, SING, ABLT);
    }

    @Test
    void numberLabelsStayOnTheWord() {
        assertBest(morph.analyzeWord("Формулы-1"), "формула-1", PartOfSpeech.NOUN, FEMN, GENT);
        assertBest(morph.analyzeWord("гелия-3"), "гелий-3", PartOfSpeech.NOUN, MASC, GENT);
        assertBest(morph.analyzeWord("Ту-154"), "ту-154", PartOfSpeech.UNKN);
    }

    @Test
    void theDocumentDecidesBetweenGuessedLemmas() {
        // alone, Обама could be обам's genitive; with Обамы and Обамой beside it, обама it is
        Analysis a = morph.apply(TestTexts.analysis(
                "Визит Обамы прошёл спокойно. Его принимал Обама. Встреча с Обамой длилась час."));
        for (String form : List.of("Обамы", "Обама", "Обамой")) {
            assertEquals("обама", at(a, form, 0).best().lemma(), form);
        }
        // after в, an unknown capitalised word is a place, not a surname
        Analysis b = morph.apply(TestTexts.analysis("Переговоры прошли в Бангкоке вчера."));
        TokenMorphology bangkok = at(b, "Бангкоке", 0);
        assertEquals("бангкок", bangkok.best().lemma());
        assertTrue(bangkok.best().has(LOCT) && !bangkok.best().has(SURN), () -> describe(bangkok.best()));
        assertTrue(anyReading(bangkok, f -> f.has(SURN)), "the surname reading stays, further down");
    }

    @Test
    void longRunsOfAgreeingWordsAreAnalysed() {
        String text = "новый ".repeat(3000) + "стол стоит в " + "Томской ".repeat(3000) + "области.";
        Analysis a = morph.apply(TestTexts.analysis(text));
        assertEquals(a.tokens().size(), a.morphology().size());
        assertBest(at(a, "стол", 0), "стол", PartOfSpeech.NOUN, NOMN);
        // the group is cut before the preposition is reached, but the last words still agree
        int o = TestTexts.indexOf(a, "области", 0);
        WordForm noun = a.morphology().get(o).best();
        WordForm adjective = a.morphology().get(o - 1).best();
        assertEquals(PartOfSpeech.ADJF, adjective.pos());
        assertTrue(adjective.has(FEMN) && noun.has(SING));
        assertEquals(noun.grammemes() & mask(NOMN, GENT, DATV, ACCS, ABLT, LOCT),
                adjective.grammemes() & mask(NOMN, GENT, DATV, ACCS, ABLT, LOCT));
    }

    private static TokenMorphology at(Analysis a, String token, int from) {
        return a.morphology().get(TestTexts.indexOf(a, token, from));
    }

    private static int indexBefore(Analysis a, String token, String next) {
        for (int i = 0; i + 1 < a.tokens().size(); i++) {
            if (a.tokens().get(i).text().equals(token) && a.tokens().get(i + 1).text().equals(next)) {
                return i;
            }
        }
        throw new AssertionError("no " + token + " " + next);
    }
}
