package org.faktograf.eval.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The track 3 scorer on a crafted factRuEval document and hand-computed figures, following the
 * official scorer's definitions (scripts/dialent/task3/eval.py): cluster quality
 * {@code (a + a·i) / 2}, positions weighing half, values equal within two edits, difficult facts
 * ignored.
 */
class TrackThreeScorerTest {
    private static final double EPS = 1e-9;
    private static final String TEXT = "Губернатор Томской области Виктор Кресс встретился с Владимиром Путиным. "
            + "Мэр Томска Николай Николайчук тоже был там.";

    @TempDir
    Path dir;
    private FactRuDocument doc;

    @BeforeEach
    void craftCorpus() throws IOException {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < TEXT.length()) {
            if (Character.isWhitespace(TEXT.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(TEXT.charAt(i))) {
                while (i < TEXT.length() && Character.isLetterOrDigit(TEXT.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            tokens.add(new int[] {start, i - start});
        }
        StringBuilder tok = new StringBuilder();
        for (int k = 0; k < tokens.size(); k++) {
            int[] t = tokens.get(k);
            tok.append(100 + k).append(' ').append(t[0]).append(' ').append(t[1]).append(' ')
                    .append(TEXT, t[0], t[0] + t[1]).append('\n');
            if (TEXT.charAt(t[0]) == '.') {
                tok.append('\n');
            }
        }
        write("book_1.txt", TEXT);
        write("book_1.tokens", tok.toString());
        StringBuilder spans = new StringBuilder();
        span(spans, tokens, 1, "job", "Губернатор", 1);
        span(spans, tokens, 2, "loc_name", "Томской", 2);
        span(spans, tokens, 3, "name", "Виктор", 1);
        span(spans, tokens, 4, "surname", "Кресс", 1);
        span(spans, tokens, 5, "name", "Владимиром", 1);
        span(spans, tokens, 6, "surname", "Путиным", 1);
        span(spans, tokens, 7, "job", "Мэр", 1);
        span(spans, tokens, 8, "loc_name", "Томска", 1);
        span(spans, tokens, 9, "name", "Николай", 1);
        span(spans, tokens, 10, "surname", "Николайчук", 1);
        write("book_1.spans", spans.toString());
        write("book_1.objects", """
                11 LocOrg 2 # Томской области
                12 Person 3 4 # Виктор Кресс
                13 Person 5 6 # Владимиром Путиным
                14 LocOrg 8 # Томска
                15 Person 9 10 # Николай Николайчук
                """);
        write("book_1.coref", """
                21 11
                name Томская область

                22 12
                firstname Виктор
                lastname Кресс

                23 13
                firstname Владимир
                lastname Путин

                24 14
                name Томск

                25 15
                firstname Николай
                lastname Николайчук
                """);
        write("book_1.facts", """
                1-0 Occupation
                Who obj22 Кресс Виктор
                Where obj21 Томская область
                Position span1 Губернатор

                1-1 Meeting
                Participant obj22 Кресс Виктор
                Participant obj23 Путин Владимир

                1-2 Occupation
                Who obj25 Николайчук Николай
                Where obj24 Томск
                Position span7 Мэр
                Сложность повышенная
                """);
        doc = FactRuCorpus.loadDocument(dir.resolve("book_1.txt"));
    }

    private void span(StringBuilder out, List<int[]> tokens, int id, String type, String firstWord, int count) {
        int k = 0;
        while (!TEXT.startsWith(firstWord, tokens.get(k)[0])) {
            k++;
        }
        int start = tokens.get(k)[0];
        int end = tokens.get(k + count - 1)[0] + tokens.get(k + count - 1)[1];
        out.append(id).append(' ').append(type).append(' ').append(start).append(' ').append(end - start)
                .append(' ').append(100 + k).append(' ').append(count).append("  # ").append(100 + k).append(' ')
                .append(TEXT, start, end).append('\n');
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private TrackThreeScorer.DocumentScore score(String response) {
        List<String> problems = new ArrayList<>();
        return new TrackThreeScorer().score(TrackThreeGold.facts(doc), TrackThreeResponse.parse(response, problems));
    }

    @Test
    void aPerfectResponseScoresOne() {
        TrackThreeScorer.DocumentScore s = score("""
                occupation
                who:виктор кресс
                where:томская область
                position:губернатор

                meeting
                participant:кресс
                participant:владимир путин
                """);
        assertEquals(1.0, s.overall().precision(), EPS);
        assertEquals(1.0, s.overall().recall(), EPS);
        assertEquals(2, s.overall().gold()); // the difficult occupation is ignored
    }

    @Test
    void aMissingPositionCostsHalfAnArgument() {
        TrackThreeScorer.Counts c = score("occupation\nwho:виктор кресс\nwhere:томская область\n").byTag().get("occupation");
        assertEquals(2.0 / 2.5, c.tpGold(), EPS); // matched 2, missing a position weighing 0.5
        assertEquals(2.0 / 2.5, c.f1(), EPS);
    }

    @Test
    void valuesAreEqualWithinTwoEdits() {
        // «виктора кресса» is two edits from «виктор кресс»
        TrackThreeScorer.Counts c = score("occupation\nwho:Виктора Кресса\nwhere:Томской области\nposition:губернатора\n")
                .byTag().get("occupation");
        assertEquals(1.0, c.f1(), EPS); // Томской области is a mention text of the entity, губернатора two edits off
        TrackThreeScorer.Counts far = score("occupation\nwho:виктория крессова\nwhere:томская область\nposition:губернатор\n")
                .byTag().get("occupation");
        // the person no longer agrees (more than two edits): where and position agree, who is extra and missing
        assertEquals(1.5 / (1.5 + 1 + 1), far.tpGold(), EPS);
    }

    @Test
    void anExtraFactHalvesPrecision() {
        TrackThreeScorer.Counts c = score("""
                meeting
                participant:виктор кресс
                participant:владимир путин

                meeting
                participant:иван иванов
                participant:петр петров
                """).byTag().get("meeting");
        assertEquals(0.5, c.precision(), EPS);
        assertEquals(1.0, c.recall(), EPS);
    }

    @Test
    void aResponsePairedWithADifficultFactIsNotCounted() {
        TrackThreeScorer.Counts c = score("occupation\nwho:николай николайчук\nwhere:томск\nposition:мэр\n")
                .byTag().get("occupation");
        assertEquals(0, c.response());
        assertEquals(1, c.gold());
        assertEquals(0.0, c.tpGold(), EPS);
    }

    @Test
    void twoHalvesOfOneFactFormOneClusterWithLowerIdentification() {
        TrackThreeScorer.Counts c = score("""
                occupation
                who:виктор кресс
                position:губернатор

                occupation
                where:томская область
                """).byTag().get("occupation");
        // all gold arguments found (a = 1), but one response holds only who and position together: i = 1/3
        double q = (1 + 1.0 / 3) / 2;
        assertEquals(q, c.tpGold(), EPS);
        assertEquals(2 * q, c.tpResponse(), EPS);
        assertEquals(2, c.response());
    }

    @Test
    void aMalformedLineEndsTheReadingWithAProblem() {
        List<String> problems = new ArrayList<>();
        List<TrackThreeFact> facts = TrackThreeResponse.parse("""
                meeting
                participant:кресс
                participant:путин

                occupation
                who:кресс: губернатор
                """, problems);
        assertEquals(1, facts.size());
        assertEquals(1, problems.size());
    }

    @Test
    void theEvaluationReadsResponseFilesAndReportsAMissingOne() throws IOException {
        Path responses = Files.createDirectories(dir.resolve("responses"));
        Files.writeString(responses.resolve("book_1.task3"), "meeting\nparticipant:кресс\nparticipant:путин\n");
        FactEvaluation.Result r = new FactEvaluation().evaluateResponses(dir, responses, new ArrayList<>());
        assertEquals(1, r.documents());
        assertEquals(1.0, r.of("meeting").f1(), EPS);
        assertEquals(0.0, r.of("occupation").recall(), EPS);
        List<String> missing = new ArrayList<>();
        new FactEvaluation().evaluateResponses(dir, Files.createDirectories(dir.resolve("empty")), missing);
        assertEquals(1, missing.size());
        assertTrue(r.report().contains("overall"));
    }
}
