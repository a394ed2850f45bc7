package org.faktograf.eval.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.model.Token;
import org.faktograf.ner.EntityRecognizer;
import org.faktograf.ner.NerModel;
import org.faktograf.ner.TokenSpan;
import org.faktograf.ner.WordClusters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
    private static List<NerDocument> nerel;
    private static List<NerDocument> factRu;

    @BeforeAll
    static void load() {
        Function<Document, Analysis> analyzer = NerTraining.analyzer();
        nerel = NerCorpora.nerel(CorpusPaths.nerelDev(), analyzer).subList(0, 24);
        factRu = NerCorpora.factRu(CorpusPaths.factruDev(), analyzer).subList(0, 12);
    }

    private static NerTrainer.Options small() {
        return new NerTrainer.Options(2, 2, 1, 2, 3, 2, 2, 2, 2, 0.5f, 42L);
    }

    private static byte[] train() throws IOException {
        NerModel model = new NerTrainer(small(), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .train(nerel, factRu, WordClusters.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void trainingTwiceGivesTheSameModelByteForByte() throws IOException {
        byte[] first = train();
        byte[] second = train();
        assertTrue(first.length > 10_000, "model size " + first.length);
        assertArrayEquals(first, second);
    }

    @Test
    void aSmallModelReadsBackAndTagsText() throws IOException {
        NerModel model = NerModel.read(new ByteArrayInputStream(train()));
        assertTrue(model.layers().size() >= 2);
        EntityRecognizer r = new EntityRecognizer(model);
        List<Mention> mentions = r.recognize(factRu.get(0).analysis());
        assertTrue(!mentions.isEmpty());
    }

    @Test
    void goldMentionsAreLayeredByNestingHeight() {
        // «администрации Томской области»: the region (height 1) inside the organisation (height 2)
        String text = "встреча в администрации Томской области";
        List<Token> tokens = new org.faktograf.segment.Segmenter().tokenize(text);
        int admin = text.indexOf("администрации");
        int region = text.indexOf("Томской");
        List<GoldSpan> gold = List.of(new GoldSpan(admin, text.length(), "ORGANIZATION"),
                new GoldSpan(region, text.length(), "STATE_OR_PROVINCE"), new GoldSpan(0, 7, "EVENT"));
        List<List<TokenSpan>> layers = NerTrainer.goldLayers(tokens, gold, 4);
        assertEquals(2, layers.size());
        assertEquals(2, layers.get(0).size());
        assertEquals(EntityType.STATE_OR_PROVINCE.ordinal(), layers.get(0).get(1).type());
        assertEquals(EntityType.ORGANIZATION.ordinal(), layers.get(1).get(0).type());
        assertEquals(2, layers.get(1).get(0).start());
    }
}
