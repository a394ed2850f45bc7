package org.faktograf.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faktograf.facts.pattern.MarkedText;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;
import org.faktograf.model.Modality;
import org.junit.jupiter.api.Test;

/** The fact stage as a whole: modality, canonical values, places by adjective, the merging of facts. */
class FactExtractorTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.shared();

    private static List<Fact> facts(String marked) {
        return EXTRACTOR.apply(RuleExamplesTest.analysis(MarkedText.parse(marked))).facts();
    }

    private static Fact only(List<Fact> facts, FactType type) {
        List<Fact> of = facts.stream().filter(f -> f.type() == type).toList();
        assertEquals(1, of.size(), facts.toString());
        return of.get(0);
    }

    private static String value(Fact f, String role) {
        List<FactArgument> a = f.arguments(role);
        assertEquals(1, a.size(), f.toString());
        return a.get(0).value();
    }

    @Test
    void dealsTakeTheirModalityFromTheWordsAroundThem() {
        assertEquals(Modality.ASSERTED, only(facts("[Газпром|ORGANIZATION] купил [Сибнефть|ORGANIZATION]."), FactType.DEAL).modality());
        assertEquals(Modality.NEGATED, only(facts("[Газпром|ORGANIZATION] не купил [Сибнефть|ORGANIZATION]."), FactType.DEAL).modality());
        assertEquals(Modality.PLANNED, only(facts("[Газпром|ORGANIZATION] планирует купить [Сибнефть|ORGANIZATION]."), FactType.DEAL).modality());
        assertEquals(Modality.POSSIBLE, only(facts("[Газпром|ORGANIZATION] может купить [Сибнефть|ORGANIZATION]."), FactType.DEAL).modality());
        assertEquals(Modality.PLANNED, only(facts("[Газпром|ORGANIZATION] подпишет контракт с [Нафтогазом|ORGANIZATION]."), FactType.DEAL).modality());
    }

    @Test
    void postsAndSubjectsAreInTheNominativeAndFormerPostsSaySo() {
        Fact occupation = only(facts("Встреча с [генеральным директором|PROFESSION] [Газпрома|ORGANIZATION] [Алексеем Миллером|PERSON]."),
                FactType.OCCUPATION);
        assertEquals("генеральный директор", value(occupation, "position"));
        assertEquals("Алексеем Миллером", value(occupation, "who")); // the marked entity's name: the recognizer's canonical name in the pipeline
        assertEquals("current", value(occupation, "status"));
        Fact former = only(facts("Заявил [Андрей Санников|PERSON] — [бывший заместитель министра|PROFESSION] [Беларуси|COUNTRY]."),
                FactType.OCCUPATION);
        assertEquals("former", value(former, "status"));
        Fact deal = only(facts("[Кресс|PERSON] и [Зверев|PERSON] подписали рамочное соглашение о создании инновационных производств и сотрудничестве с вузами."),
                FactType.DEAL);
        assertEquals("создание инновационных производств и сотрудничество с вузами", value(deal, "subject"));
    }

    @Test
    void aPlaceNamedByItsAdjectiveIsTheDocumentsPlace() {
        List<Fact> facts = facts("[Российский|COUNTRY] [президент|PROFESSION] [Дмитрий Медведев|PERSON] прибыл в [Россию|COUNTRY=ru] "
                + "и встретился с жителями [России|COUNTRY=ru].");
        Fact f = only(facts, FactType.OCCUPATION);
        assertEquals("Россию", value(f, "where")); // the entity of «Россию» (marked names are surface texts)
    }

    @Test
    void aHeadOfGovernmentWithoutHisCountryGetsTheCountryTheDocumentIsAbout() {
        List<Fact> facts = facts("[Премьер-министр|PROFESSION] [Владимир Путин|PERSON] поздравил сборную [России|COUNTRY=ru]. "
                + "Болельщики [России|COUNTRY=ru] ликовали.");
        assertEquals("России", value(only(facts, FactType.OCCUPATION), "where"));
        List<Fact> two = facts("[Премьер-министр|PROFESSION] [Владимир Путин|PERSON] встретился с президентом [Франции|COUNTRY=fr]. "
                + "Болельщики [России|COUNTRY=ru] ликовали.");
        assertTrue(only(two, FactType.OCCUPATION).arguments("where").isEmpty(), two.toString());
    }

    @Test
    void aPostBelongsToOnePersonAndTheLongerPostWins() {
        List<Fact> facts = facts("Задержан известный правозащитник [Лев Пономарев|PERSON], [координатор|PROFESSION] "
                + "[движения «Левый фронт|ORGANIZATION]» [Сергей Удальцов|PERSON].");
        List<Fact> coordinator = facts.stream().filter(f -> f.type() == FactType.OCCUPATION
                && value(f, "position").equals("координатор")).toList();
        assertEquals(1, coordinator.size(), facts.toString());
        assertEquals("Сергей Удальцов", value(coordinator.get(0), "who"));
        // the post the recognizer left out, from the list of post words
        assertTrue(facts.stream().anyMatch(f -> f.type() == FactType.OCCUPATION
                && value(f, "position").equals("известный правозащитник") && value(f, "who").equals("Лев Пономарев")), facts.toString());
        List<Fact> nested = facts("[первый [замминистра|PROFESSION] энергетики|PROFESSION] [Белоруссии|COUNTRY] [Эдуард Товпинец|PERSON]");
        Fact g = only(nested, FactType.OCCUPATION);
        assertEquals("первый замминистра энергетики", value(g, "position"));
    }

    @Test
    void evidenceIsTheSentenceAndHoldsTheArguments() {
        String text = "Первое предложение. [Президент|PROFESSION] [Франции|COUNTRY] [Эмманюэль Макрон|PERSON] приехал.";
        Analysis a = RuleExamplesTest.analysis(MarkedText.parse(text));
        Fact f = only(EXTRACTOR.apply(a).facts(), FactType.OCCUPATION);
        assertEquals("Президент Франции Эмманюэль Макрон приехал.", a.text(f.evidenceStart(), f.evidenceEnd()));
        for (FactArgument arg : f.arguments()) {
            assertTrue(arg.start() < 0 || f.evidenceStart() <= arg.start() && arg.end() <= f.evidenceEnd());
        }
        assertEquals("occupation/post-where-person", f.rule());
    }

    @Test
    void anAnalysisWithoutTokensOrMorphologyHasNoFacts() {
        assertTrue(EXTRACTOR.apply(Analysis.of(Document.of("x", "Текст без разбора."))).facts().isEmpty());
    }
}
