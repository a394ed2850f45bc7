package org.faktograf.kb.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.faktograf.kb.resolve.NameKeys;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Token;
import org.faktograf.model.TokenMorphology;
import org.faktograf.model.WordForm;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.Stage;

/**
 * Lemmatises with the project's own pipeline, so the knowledge base reads words exactly as
 * extraction does: the stages run in order until the text has its morphology layer (the later
 * stages are skipped). Without a morphology stage a word is its own lemma. Short texts are cached.
 */
public final class PipelineLemmatizer implements WordLemmatizer {
    private static final int CACHE_LIMIT = 200_000;
    private final Pipeline pipeline;
    private final Map<String, List<LemmatizedWord>> cache = new ConcurrentHashMap<>();

    public PipelineLemmatizer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public List<LemmatizedWord> words(String text) {
        if (text.length() > 64) {
            return analyse(text);
        }
        List<LemmatizedWord> hit = cache.get(text);
        if (hit == null) {
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            hit = analyse(text);
            cache.put(text, hit);
        }
        return hit;
    }

    private List<LemmatizedWord> analyse(String text) {
        Analysis a = Analysis.of(Document.of("query", text));
        for (Stage s : pipeline.stages()) {
            a = s.apply(a);
            if (!a.morphology().isEmpty()) {
                break;
            }
        }
        return words(a);
    }

    /** The word and number tokens of an analysis with their lemmas. */
    public static List<LemmatizedWord> words(Analysis a) {
        List<LemmatizedWord> out = new ArrayList<>();
        List<Token> tokens = a.tokens();
        boolean morph = a.morphology().size() == tokens.size() && !tokens.isEmpty();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!isIndexed(t)) {
                continue;
            }
            Set<String> lemmas = new LinkedHashSet<>();
            if (morph) {
                TokenMorphology m = a.morphology().get(i);
                for (WordForm f : m.readings()) {
                    if (f.lemma() != null && !f.lemma().isBlank()) {
                        lemmas.add(NameKeys.word(f.lemma()));
                    }
                }
            }
            String surface = NameKeys.word(t.text());
            if (lemmas.isEmpty()) {
                lemmas.add(surface);
            }
            out.add(new LemmatizedWord(t.text(), t.start(), t.end(), List.copyOf(lemmas)));
        }
        return out;
    }

    private static boolean isIndexed(Token t) {
        return switch (t.kind()) {
            case WORD, NUMBER -> true;
            default -> false;
        };
    }
}
