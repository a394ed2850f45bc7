package org.faktograf.morph;

import static org.faktograf.model.Grammeme.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faktograf.model.Analysis;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.WordForm;
import org.junit.jupiter.api.Test;

class InflectorTest {
    private static final long NOMINATIVE = mask(NOMN, SING);
    private final Inflector inflector = Inflector.shared();
    private final MorphAnalyzer morph = MorphAnalyzer.shared();

    /** Each word of a phrase in the nominative, read in the phrase's context. */
    private String nominative(String phrase) {
        Analysis a = morph.apply(TestTexts.analysis(phrase));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.tokens().size(); i++) {
            String word = a.tokens().get(i).text();
            WordForm reading = a.morphology().get(i).best();
            sb.append(sb.length() == 0 ? "" : " ").append(inflector.inflect(word, reading, NOMINATIVE).orElse(word));
        }
        return sb.toString();
    }

    @Test
    void namesToTheNominative() {
        assertEquals("Виктор", inflector.inflect("Виктором", NOMINATIVE));
        assertEquals("Кресс", inflector.inflect("Крессом", NOMINATIVE));
        assertEquals("Кресс", inflector.inflect("Кресса", NOMINATIVE));
        assertEquals("Путин", inflector.inflect("Путину", NOMINATIVE));
        assertEquals("Виктор Кресс", nominative("Виктором Крессом"));
        assertTrue(nominative("По словам Андрея Зверева").endsWith(" Андрей Зверев"));
        assertEquals("Анна Иванова", nominative("Анной Ивановой"));
        assertEquals("Владимир Владимирович Путин", nominative("Владимиром Владимировичем Путиным"));
        assertEquals("Обама", inflector.inflect("Обамой", NOMINATIVE));
    }

    @Test
    void placesAndOrganisations() {
        assertEquals("Томск", inflector.inflect("Томске", NOMINATIVE));
        assertEquals("ТОМСК", inflector.inflect("ТОМСКЕ", NOMINATIVE));
        assertEquals("область", inflector.inflect("области", NOMINATIVE));
        assertEquals("администрация", inflector.inflect("администрацией", NOMINATIVE));
        assertEquals("Нью-Йорк", inflector.inflect("Нью-Йорка", NOMINATIVE));
        assertEquals("научно-образовательный", inflector.inflect("научно-образовательным", NOMINATIVE));
        assertEquals("блогосфера", inflector.inflect("блогосферой", NOMINATIVE));
        assertEquals("Формула-1", inflector.inflect("Формулы-1", NOMINATIVE));
        assertEquals("КРЕСС", inflector.inflect("КРЕССОМ", NOMINATIVE));
    }

    @Test
    void adjectivesAgreeWithTheirNoun() {
        Analysis a = morph.apply(TestTexts.analysis("администрацией Томской области"));
        WordForm adjective = a.morphology().get(1).best();
        assertEquals(PartOfSpeech.ADJF, adjective.pos());
        WordForm noun = a.morphology().get(2).best();
        String headNominative = inflector.inflect("области", noun, NOMINATIVE).orElseThrow();
        assertEquals("область", headNominative);
        WordForm headReading = morph.analyzeWord(headNominative).best();
        assertEquals(Optional.of("Томская"), inflector.agree("Томской", adjective, NOMN, headReading));
        // the same adjective with a masculine noun, and in the accusative with an animate or inanimate one
        WordForm masculine = morph.analyzeWord("университет").best();
        assertEquals(Optional.of("Томского"), inflector.agree("Томской", adjective, GENT, masculine));
        assertEquals(Optional.of("Томский"), inflector.agree("Томской", adjective, ACCS, masculine));
        WordForm animate = morph.analyzeWord("губернатор").best();
        assertEquals(Optional.of("Томского"), inflector.agree("Томской", adjective, ACCS, animate));
        WordForm plural = morph.analyzeWord("области").readings().stream()
                .filter(f -> f.has(NOMN) && f.has(PLUR)).findFirst().orElseThrow();
        assertEquals(Optional.of("Томские"), inflector.agree("Томской", adjective, NOMN, plural));
        assertEquals("Томская область", nominative("Томской области"));
    }

    @Test
    void otherCasesAndNumbers() {
        assertEquals("областей", inflector.inflect("области", mask(GENT, PLUR)));
        assertEquals("Крессу", inflector.inflect("Крессом", mask(DATV)));
        assertEquals("Ивановы", inflector.inflect("Ивановых", mask(NOMN)));
        assertEquals("Анной", inflector.inflect("Анна", mask(ABLT)));
        WordForm woman = morph.analyzeWord("Иванов").readings().stream()
                .filter(f -> f.has(SURN) && f.has(MASC)).findFirst().orElseThrow();
        assertEquals(Optional.of("Иванова"), inflector.inflect("Иванов", woman, mask(NOMN, FEMN)));
    }

    @Test
    void indeclinableAndForeignStayAsTheyAre() {
        assertEquals("Саркози", inflector.inflect("Саркози", NOMINATIVE));
        assertEquals("Nokia", inflector.inflect("Nokia", NOMINATIVE));
        assertEquals("метро", inflector.inflect("метро", mask(ABLT)));
        assertEquals("ОАО", inflector.inflect("ОАО", mask(GENT)));
        assertEquals("2020", inflector.inflect("2020", NOMINATIVE));
    }

    @Test
    void aReadingTheWordDoesNotHaveGivesNothing() {
        WordForm foreign = new WordForm("стол", PartOfSpeech.NOUN, mask(NOMN, SING, MASC, INAN), false);
        assertTrue(inflector.inflect("Виктором", foreign, NOMINATIVE).isEmpty());
        WordForm shortForm = morph.analyzeWord("построено").best();
        assertEquals(PartOfSpeech.PRTS, shortForm.pos());
        assertTrue(inflector.inflect("построено", shortForm, mask(GENT)).isEmpty(), "a short form has no cases");
    }

    @Test
    void letterCaseFollowsTheInput() {
        assertEquals("Томск", Inflector.matchCase("Томске", "томск"));
        assertEquals("ТОМСК", Inflector.matchCase("ТОМСКЕ", "томск"));
        assertEquals("МакКейн", Inflector.matchCase("МакКейна", "маккейн"));
        assertEquals("Павел", Inflector.matchCase("Павла", "павел"));
        assertEquals("Семёнов", Inflector.matchCase("Семёновым", "семенов"));
    }
}
