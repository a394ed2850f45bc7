package org.faktograf.segment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What the sentence splitter needs to know about words written before a full stop. The lists are
 * small and fixed; they are the conventions of Russian news, not learned from a corpus.
 */
final class Abbreviations {
    private Abbreviations() {
    }

    /** How a full stop after a word bears on the end of a sentence. */
    enum Kind {
        /** An ordinary word: the full stop ends the sentence. */
        NONE,
        /**
         * Abbreviations written before what they qualify (им. Ленина, ул. Ленина, г. Томск, ст. 105):
         * the sentence goes on after them.
         */
        PREFIX,
        /**
         * Abbreviations that may close a sentence (2010 г., 5 млн., и др.): the sentence ends only
         * when a capitalised word follows.
         */
        POSTFIX
    }

    /** Written before a name or a number; after a number the same word is a unit (5 м., 2010 г.). */
    private static final Set<String> PREFIX = words(
            "им ул пл пр просп пер наб бул ш туп пос пгт дер с г о оз р м д кв корп стр ст ч п пп гл"
            + " рис табл разд абз подп см ср напр ок проф акад доц зав зам пом ген полк подполк лейт"
            + " капт кап мл св тов гр господ дж вл нач пред секр гос инж канд докт т"
            + " англ рус нем франц лат греч букв"
            // dotted compounds that never close a sentence: т.е., т.к., т.н., в т.ч., и.о.
            + " т.е т.к т.н т.ч и.о"
            + " mr mrs ms dr prof st mt vs gen sen rep gov");

    /** Units, counted nouns and list closers; may end a sentence. */
    private static final Set<String> POSTFIX = words(
            "г гг в вв тыс млн млрд трлн руб коп долл дол евро км кг см мм га л м т ц сек мин час ч"
            + " с др пр проч д п обл окр респ чел шт экз изд ред стр"
            + " янв фев февр мар апр авг сент сен окт нояб дек"
            + " etc inc ltd co corp jr sr bros al");

    private static Set<String> words(String spaceSeparated) {
        return Set.copyOf(Arrays.asList(spaceSeparated.split(" ")));
    }

    /**
     * The kind of a word (its text without the full stop; dotted compounds as "т.д") as it stands
     * before a full stop.
     * {@code afterNumber} is true when the word directly follows a number, which makes unit
     * readings win (2010 г. is a year, г. Томск is a city).
     */
    static Kind classify(String word, boolean afterNumber) {
        if (word.length() == 1 && !Character.isLowerCase(word.charAt(0))) {
            return Kind.NONE; // a capital letter that the tokenizer did not take for an initial
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (afterNumber) {
            return POSTFIX.contains(w) || PREFIX.contains(w) || isSingleLowercaseLetter(word)
                    ? Kind.POSTFIX : Kind.NONE;
        }
        if (PREFIX.contains(w)) {
            return Kind.PREFIX;
        }
        if (POSTFIX.contains(w) || isSingleLowercaseLetter(word) || w.indexOf('.') > 0) {
            // т.д., т.п., с.г., ж.д.: single letters with dots are abbreviations that may close
            return Kind.POSTFIX;
        }
        return Kind.NONE;
    }

    private static boolean isSingleLowercaseLetter(String word) {
        return word.length() == 1 && Character.isLowerCase(word.charAt(0));
    }

    /**
     * Capitalised words that usually open a sentence. A single capital letter with a full stop is
     * read as an initial (В. Путин) unless one of these follows it (витамин С. Он ...).
     */
    private static final Set<String> SENTENCE_OPENERS = words(
            "а и но да или в во на по с со к ко у о об от до из за для при про без над под перед"
            + " после через между это этот эта эти этого этой тот та те то так такой как когда"
            + " где если хотя пока чтобы что кто он она оно они мы вы я его ее её их все всё"
            + " однако также кроме поэтому затем потом теперь сейчас ранее позже тогда здесь там"
            + " уже еще ещё не ни нет согласно вместе кстати впрочем итак наконец причем причём"
            + " правда зато ведь the a an in on at it he she we they this but and");

    static boolean isSentenceOpener(String word) {
        return SENTENCE_OPENERS.contains(word.toLowerCase(Locale.ROOT));
    }
}
