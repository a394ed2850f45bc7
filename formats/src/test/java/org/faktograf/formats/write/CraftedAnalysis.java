package org.faktograf.formats.write;

import java.util.ArrayList;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.FactType;
import org.faktograf.model.Grammeme;
import org.faktograf.model.Mention;
import org.faktograf.model.Modality;
import org.faktograf.model.PartOfSpeech;
import org.faktograf.model.PersonName;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.model.TokenKind;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;

/**
 * A hand-built analysis of a short text that starts with an emoji (two UTF-16 units, one code
 * point), so that every offset after it differs between the two counts. The writers are tested on
 * it; the pipeline that would produce such layers is not theirs to test.
 */
final class CraftedAnalysis {
    /** 😀 is U+1F600: UTF-16 indices after it are one more than code point offsets. */
    static final String TEXT = "😀 Кресс встретил Путина в Томской области.";

    private CraftedAnalysis() {
    }

    static int at(String word) {
        return TEXT.indexOf(word);
    }

    static Analysis build() {
        Document doc = new Document("emoji", "Заголовок", TEXT, "emoji.txt", "2010-05-27", null);
        List<Token> tokens = new ArrayList<>();
        List<TokenMorphology> morph = new ArrayList<>();
        token(tokens, morph, "😀", TokenKind.SYMBOL, new WordForm("😀", PartOfSpeech.PUNCT, 0, false));
        token(tokens, morph, "Кресс", TokenKind.WORD,
                new WordForm("кресс", PartOfSpeech.NOUN, Grammeme.mask(Grammeme.SURN, Grammeme.NOMN, Grammeme.SING, Grammeme.MASC), true),
                new WordForm("кресс", PartOfSpeech.NOUN, Grammeme.mask(Grammeme.ACCS, Grammeme.SING), true));
        token(tokens, morph, "встретил", TokenKind.WORD, new WordForm("встретить", PartOfSpeech.VERB, Grammeme.mask(Grammeme.PAST), false));
        token(tokens, morph, "Путина", TokenKind.WORD, new WordForm("путин", PartOfSpeech.NOUN, Grammeme.mask(Grammeme.SURN, Grammeme.ACCS), false));
        token(tokens, morph, "в", TokenKind.WORD, new WordForm("в", PartOfSpeech.PREP, 0, false));
        token(tokens, morph, "Томской", TokenKind.WORD, new WordForm("томский", PartOfSpeech.ADJF, Grammeme.mask(Grammeme.LOCT), false));
        token(tokens, morph, "области", TokenKind.WORD, new WordForm("область", PartOfSpeech.NOUN, Grammeme.mask(Grammeme.LOCT), false));
        token(tokens, morph, ".", TokenKind.PUNCT, new WordForm(".", PartOfSpeech.PUNCT, 0, false));
        List<Sentence> sentences = List.of(new Sentence(0, TEXT.length(), 0, tokens.size()));

        Mention kress = new Mention("m0", at("Кресс"), at("Кресс") + 5, EntityType.PERSON, false, 1);
        Mention putin = new Mention("m1", at("Путина"), at("Путина") + 6, EntityType.PERSON, false, 0.9);
        Mention region = new Mention("m2", at("Томской"), at("области") + 7, EntityType.STATE_OR_PROVINCE, true, 1);
        Mention date = new Mention("m3", at("в Томской"), at("в Томской") + 1, EntityType.DATE, false, 1); // not a factRuEval type
        List<Mention> mentions = List.of(kress, putin, region, date);
        PersonName kressName = new PersonName("Виктор", null, "Кресс", null);
        PersonName putinName = new PersonName("Владимир", "Владимирович", "Путин", null);
        List<CanonicalName> names = List.of(
                new CanonicalName("m0", "Кресс", kressName, null),
                new CanonicalName("m1", "Путин", putinName, null),
                new CanonicalName("m2", "Томская область", null, null));
        Entity eKress = new Entity("e0", EntityType.PERSON, "Виктор Кресс", kressName, null, List.of(), List.of("m0"));
        Entity ePutin = new Entity("e1", EntityType.PERSON, "Владимир Путин", putinName, null, List.of(), List.of("m1"));
        Entity eRegion = new Entity("e2", EntityType.STATE_OR_PROVINCE, "Томская область", null, null, List.of("Томская обл."), List.of("m2"));
        List<Entity> entities = List.of(eKress, ePutin, eRegion);
        List<Fact> facts = List.of(
                new Fact("f0", FactType.MEETING, List.of(FactArgument.ofEntity("participant", eKress),
                        FactArgument.ofEntity("participant", ePutin), FactArgument.ofEntity("place", eRegion)),
                        Modality.ASSERTED, 0, TEXT.length(), "meeting-verb"),
                new Fact("f1", FactType.OCCUPATION, List.of(FactArgument.ofEntity("who", eKress),
                        FactArgument.ofValue("position", "губернатор", -1, -1),
                        new FactArgument("where", "e2", "Томская область", at("Томской"), at("области") + 7)),
                        Modality.PLANNED, 0, TEXT.length(), "position-of"),
                new Fact("f2", FactType.PROJECT, List.of(FactArgument.ofValue("name", "ИНО-ТОМСК", -1, -1)),
                        Modality.ASSERTED, 0, TEXT.length(), "project"));
        return Analysis.of(doc).withSegments(sentences, tokens).withMorphology(morph).withMentions(mentions)
                .withNames(names).withEntities(entities).withFacts(facts);
    }

    private static void token(List<Token> tokens, List<TokenMorphology> morph, String text, TokenKind kind, WordForm... readings) {
        int from = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        int start = TEXT.indexOf(text, from);
        tokens.add(new Token(start, start + text.length(), text, kind));
        morph.add(new TokenMorphology(List.of(readings)));
    }
}
