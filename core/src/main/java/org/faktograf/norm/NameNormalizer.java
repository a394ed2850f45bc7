package org.faktograf.norm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.EntityType;
import org.faktograf.model.Mention;
import org.faktograf.model.PersonName;
import org.faktograf.morph.Inflector;
import org.faktograf.pipeline.Stage;

/**
 * The normalisation stage: one {@link CanonicalName} per mention, in the order of the mentions.
 * Runs after NER (it needs tokens, morphology and mentions).
 *
 * <ul>
 *   <li>A person: name parts in the nominative ({@link PersonNameParser}), the canonical text
 *       "first patronymic last".</li>
 *   <li>An organisation: the legal or organisational form written before the name (in the
 *       mention, or just before it: ОАО «Роснано») kept apart; the rest with its head phrase in
 *       the nominative, quotation marks as « », the outer pair of a wholly quoted name dropped
 *       (ЗАО «НПФ «Микран» → НПФ «Микран», form ЗАО).</li>
 *   <li>Anything else (places, posts, events, ...): the head phrase in the nominative, dependents
 *       as written (администрацией Томской области → администрация Томской области).</li>
 *   <li>Dates, money, numbers: the text as written.</li>
 * </ul>
 * Thread-safe; holds only the shared inflector.
 */
public final class NameNormalizer implements Stage {
    private final PhraseNominalizer phrases;
    private final PersonNameParser persons;

    public NameNormalizer() {
        this(Inflector.shared());
    }

    public NameNormalizer(Inflector inflector) {
        this.phrases = new PhraseNominalizer(inflector);
        this.persons = new PersonNameParser(inflector);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        Map<String, Integer> votes = lemmaVotes(analysis);
        List<CanonicalName> names = new ArrayList<>(analysis.mentions().size());
        for (Mention m : analysis.mentions()) {
            names.add(normalize(analysis, m, votes));
        }
        return analysis.withNames(names);
    }

    /** The document's evidence for the lemmas of capitalised name words (see {@link PhraseNominalizer#lemmaVotes}). */
    private static Map<String, Integer> lemmaVotes(Analysis a) {
        if (a.morphology().isEmpty()) {
            return Map.of();
        }
        List<MentionTokens> spans = new ArrayList<>();
        for (Mention m : a.mentions()) {
            EntityType.Coarse c = m.type().coarse();
            if (c != EntityType.Coarse.PER && c != EntityType.Coarse.POS && c != EntityType.Coarse.DATE
                    && c != EntityType.Coarse.MONEY && c != EntityType.Coarse.NUM) {
                spans.add(MentionTokens.of(a.tokens(), m));
            }
        }
        return PhraseNominalizer.lemmaVotes(a, spans);
    }

    /** The canonical name of one mention, read alone (without the document's other names). */
    public CanonicalName normalize(Analysis a, Mention m) {
        return normalize(a, m, lemmaVotes(a));
    }

    private CanonicalName normalize(Analysis a, Mention m, Map<String, Integer> votes) {
        MentionTokens span = MentionTokens.of(a.tokens(), m);
        if (span.isEmpty()) {
            return new CanonicalName(m.id(), a.text(m.start(), m.end()).strip(), null, null);
        }
        return switch (m.type().coarse()) {
            case PER -> person(a, m, span);
            case ORG -> organisation(a, m, span, votes);
            case DATE, MONEY, NUM -> new CanonicalName(m.id(), PhraseNominalizer.surfaceText(a, span.from(), span.to()), null, null);
            case POS -> new CanonicalName(m.id(), phrases.nominative(a, span.from(), span.to(), true, Map.of()), null, null);
            default -> new CanonicalName(m.id(),
                    Quotes.nameWithoutOuterQuotes(phrases.nominative(a, span.from(), span.to(), false, votes)), null, null);
        };
    }

    private CanonicalName person(Analysis a, Mention m, MentionTokens span) {
        PersonName p = persons.parse(a, span.from(), span.to());
        if (p == null) {
            return new CanonicalName(m.id(), PhraseNominalizer.surfaceText(a, span.from(), span.to()), null, null);
        }
        return new CanonicalName(m.id(), PersonNameParser.text(p), p, null);
    }

    private CanonicalName organisation(Analysis a, Mention m, MentionTokens span, Map<String, Integer> votes) {
        int from = span.from();
        int to = span.to();
        String form = null;
        LegalForms.Found f = LegalForms.at(a, from, to);
        if (f != null && f.to() < to && LegalForms.nameFollows(a, f.to(), to)) {
            form = f.form();
            from = f.to();
        } else if (f == null) {
            form = LegalForms.before(a, from);
        }
        String name = Quotes.nameWithoutOuterQuotes(phrases.nominative(a, from, to, false, votes));
        if (m.type() == EntityType.ORGANIZATION && name.isEmpty()) {
            name = PhraseNominalizer.surfaceText(a, span.from(), span.to());
            form = null;
        }
        return new CanonicalName(m.id(), name, null, form);
    }
}
