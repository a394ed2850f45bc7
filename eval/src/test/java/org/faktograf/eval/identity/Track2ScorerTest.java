package org.faktograf.eval.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The track 2 scorer on a crafted gold document and crafted responses, with the figures worked out by hand. */
class Track2ScorerTest {
    private static final String TEXT = "Юрий Лужков возглавил мэрию Москвы. Движение «Солидарность» и партия протестовали.";

    @TempDir
    Path dir;

    /** Writes book_1 with tokens, spans, objects and coref layers in the factRuEval layout. */
    private FactRuDocument gold() throws IOException {
        Files.writeString(dir.resolve("book_1.txt"), TEXT, StandardCharsets.UTF_8);
        List<int[]> tokens = new ArrayList<>();
        StringBuilder tok = new StringBuilder();
        Matcher m = Pattern.compile("\\p{L}+|\\S").matcher(TEXT);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
            tok.append(tokens.size()).append(' ').append(m.start()).append(' ').append(m.end() - m.start())
                    .append(' ').append(m.group()).append('\n');
        }
        Files.writeString(dir.resolve("book_1.tokens"), tok.toString(), StandardCharsets.UTF_8);
        // span id, type, token number (1-based)
        Object[][] spans = {{1, "name", 1}, {2, "surname", 2}, {3, "org_descr", 4}, {4, "loc_name", 5},
                {5, "org_descr", 7}, {6, "org_name", 9}, {7, "org_descr", 12}};
        StringBuilder sp = new StringBuilder();
        for (Object[] s : spans) {
            int[] t = tokens.get((Integer) s[2] - 1);
            sp.append(s[0]).append(' ').append(s[1]).append(' ').append(t[0]).append(' ').append(t[1] - t[0])
                    .append(' ').append(s[2]).append(" 1  # ").append(s[2]).append(' ').append(TEXT, t[0], t[1]).append('\n');
        }
        Files.writeString(dir.resolve("book_1.spans"), sp.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("book_1.objects"), """
                11 Person 1 2 # Юрий Лужков
                12 Org 3 4 # мэрию Москвы
                13 LocOrg 4 # Москвы
                14 Org 5 6 # Движение Солидарность
                15 Org 7 # партия
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("book_1.coref"), """
                1 11
                firstname Юрий
                lastname Лужков

                2 12
                descriptor мэрия
                name мэрия Москвы

                3 13
                name Москва

                4 14
                descriptor движение
                name Солидарность

                5 15
                descriptor партия
                """, StandardCharsets.UTF_8);
        return FactRuCorpus.loadDocument(dir.resolve("book_1.txt"));
    }

    @Test
    void goldEntitiesAsTheOfficialScorerSeesThem() throws IOException {
        List<Track2Scorer.ScoredEntity> gold = Track2Scorer.standard(gold());
        assertEquals(4, gold.size(), "the nameless партия is dropped");
        Track2Scorer.ScoredEntity moscow = gold.stream().filter(e -> e.id().equals("3")).findFirst().orElseThrow();
        assertEquals("loc", moscow.tag(), "LocOrg counts as loc");
        assertTrue(moscow.ignored(), "Москвы lies inside мэрию Москвы");
        Track2Scorer.ScoredEntity solidarity = gold.stream().filter(e -> e.id().equals("4")).findFirst().orElseThrow();
        assertFalse(solidarity.ignored());
        assertTrue(solidarity.attributes().get(0).values().containsAll(List.of(
                "солидарность", "«солидарность»", "солидарность движение", "движение солидарность")));
    }

    @Test
    void aPerfectResponseScoresOne() throws IOException {
        Track2Scorer.Scores s = Track2Scorer.score(Track2Scorer.standard(gold()), Track2Scorer.response("""
                per
                firstname:Юрий
                lastname : Лужкова

                org
                name:мэрия москвы

                org
                name:"Солидарность"

                locorg
                name:москва
                """));
        Track2Scorer.Counts all = s.get("overall");
        assertEquals(3, all.gold(), "per and two orgs; the ignored Москва counts on neither side");
        assertEquals(3, all.found());
        assertEquals(3.0, all.tp(), 1e-9);
        assertEquals(1.0, all.f1(), 1e-9);
    }

    @Test
    void partialQualityMissingAndExtraEntities() throws IOException {
        Track2Scorer.Scores s = Track2Scorer.score(Track2Scorer.standard(gold()), Track2Scorer.response("""
                per
                firstname:юрий
                patronymic:михайлович
                lastname:лужков

                org
                name:движение солидарность

                org
                name:партия
                """));
        assertEquals(2.0 / 3, s.get("per").tp(), 1e-9, "an attribute the gold lacks costs a third");
        Track2Scorer.Counts org = s.get("org");
        assertEquals(1.0, org.tp(), 1e-9, "the descriptor makes движение солидарность a name of Солидарность");
        assertEquals(2, org.gold(), "мэрия Москвы missed");
        assertEquals(2, org.found(), "партия extra");
        Track2Scorer.Counts all = s.get("overall");
        assertEquals(5.0 / 3, all.tp(), 1e-9);
        assertEquals(3, all.gold());
        assertEquals(3, all.found());
        assertEquals(5.0 / 9, all.precision(), 1e-9);
        assertEquals(5.0 / 9, all.f1(), 1e-9);
    }

    @Test
    void typesMustAgree() throws IOException {
        Track2Scorer.Scores s = Track2Scorer.score(Track2Scorer.standard(gold()), Track2Scorer.response("""
                loc
                name:мэрия москвы
                """));
        assertEquals(0.0, s.get("overall").tp(), 1e-9);
        assertEquals(3, s.get("overall").gold());
        assertEquals(1, s.get("overall").found());
    }

    @Test
    void theEditDistanceToleranceGrowsWithLength() {
        assertTrue(Track2Scorer.similar("лужков", "лужкова"));
        assertFalse(Track2Scorer.similar("лужков", "лужковым"));
        assertTrue(Track2Scorer.similar("солидарность", "солидарности"));
        assertTrue(Track2Scorer.similar("движение \"солидарность\"", "движение солидарность"));
        assertFalse(Track2Scorer.similar("а", "б"));
        assertTrue(Track2Scorer.similar("ес", "ек"));
        assertEquals("москва \"сити\"-центр", Track2Scorer.normalize("  Москва «Сити» — центр ".replace(" — ", " - ")));
        assertEquals("ежик", Track2Scorer.normalize("Ёжик"));
    }

    @Test
    void responseFilesOfADirectory(@TempDir Path responses) throws IOException {
        gold();
        Files.writeString(responses.resolve("book_1.task2"), "per\nfirstname:юрий\nlastname:лужков\n", StandardCharsets.UTF_8);
        IdentityEvaluation.Result r = new IdentityEvaluation().evaluateResponses(dir, responses);
        assertEquals(1, r.documents());
        assertEquals(1.0, r.scores().get("per").f1(), 1e-9);
        assertEquals(1.0 / 3, r.scores().get("overall").recall(), 1e-9);
        assertTrue(r.report().contains("OVERALL"));
    }
}
