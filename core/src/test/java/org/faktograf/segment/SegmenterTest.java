package org.faktograf.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.model.Sentence;
import org.faktograf.model.TextOffsets;
import org.faktograf.model.Token;
import org.faktograf.model.TokenKind;
import org.faktograf.pipeline.StandardPipeline;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : segmenter.tokenize(text)) {
            out.add(t.text());
        }
        return out;
    }

    private List<String> sentences(String text) {
        List<Token> tokens = segmenter.tokenize(text);
        List<String> out = new ArrayList<>();
        for (Sentence s : segmenter.sentences(text, tokens)) {
            out.add(text.substring(s.start(), s.end()));
        }
        return out;
    }

    private Token only(String text, String tokenText) {
        Token found = null;
        for (Token t : segmenter.tokenize(text)) {
            if (t.text().equals(tokenText)) {
                assertEquals(null, found, "token occurs twice: " + tokenText);
                found = t;
            }
        }
        assertTrue(found != null, "no token " + tokenText + " in " + tokens(text));
        return found;
    }

    // ---- initials ----

    @Test
    void initialsKeepTheirFullStopAndEndNoSentence() {
        assertEquals(List.of("В.", "В.", "Путин", "прилетел", "в", "Томск", "."), tokens("В. В. Путин прилетел в Томск."));
        assertEquals(List.of("В.", "В.", "Путин", "прилетел", "."), tokens("В.В.Путин прилетел."));
        assertEquals(1, sentences("Встречу провёл В. В. Путин. ").size());
        assertEquals(List.of("Встречались с премьером Японии Н. Кан и А. Кудрин."),
                sentences("Встречались с премьером Японии Н. Кан и А. Кудрин."));
        assertEquals(List.of("Иванов", "А.", "А.", "заявил", "."), tokens("Иванов А.А. заявил."));
        assertEquals(TokenKind.WORD, only("В. Путин", "В.").kind());
    }

    @Test
    void aCapitalLetterAfterANumberOrBeforeASentenceOpenerIsNoInitial() {
        assertEquals(List.of("Перегрузка достигала 8 G.", "Но это продолжалось недолго."),
                sentences("Перегрузка достигала 8 G. Но это продолжалось недолго."));
        assertEquals(List.of("Речь о витамине С.", "Он нужен всем."), sentences("Речь о витамине С. Он нужен всем."));
        assertEquals(List.of("Встреча с Ивановым А.А.", "Затем он уехал."),
                sentences("Встреча с Ивановым А.А. Затем он уехал."));
    }

    // ---- abbreviations ----

    @Test
    void abbreviationsThatGoOnEndNoSentence() {
        String text = "Он живёт в г. Томске на ул. Ленина, д. 5, т. е. в центре, у театра им. Чехова. "
                + "Доклад сделал проф. Иванов, см. ст. 105 УК.";
        assertEquals(List.of("Он живёт в г. Томске на ул. Ленина, д. 5, т. е. в центре, у театра им. Чехова.",
                "Доклад сделал проф. Иванов, см. ст. 105 УК."), sentences(text));
        // the full stop is a token of its own, as in factRuEval
        List<String> t = tokens("в г. Томске, т.е. в центре");
        assertEquals(List.of("в", "г", ".", "Томске", ",", "т", ".", "е", ".", "в", "центре"), t);
    }

    @Test
    void unitsAndCountsGoOnBeforeALowercaseWord() {
        assertEquals(1, sentences("Он собрал 30 тыс. подписей и 500 млн. евро, а также 2 млрд руб. за год.").size());
        assertEquals(1, sentences("В 2010 г. цены выросли.").size());
        assertEquals(1, sentences("Отставка губернатора и др. требования.").size());
    }

    @Test
    void abbreviationsThatCloseASentenceEndItBeforeACapital() {
        assertEquals(List.of("Стройка пройдёт в 2011-2012гг.", "Кроме того, построят завод."),
                sentences("Стройка пройдёт в 2011-2012гг. Кроме того, построят завод."));
        assertEquals(List.of("2011", "-", "2012", "гг", "."), tokens("2011-2012гг."));
        assertEquals(List.of("Аудитория достигла 714 млн.", "Однако рост замедлился."),
                sentences("Аудитория достигла 714 млн. Однако рост замедлился."));
        assertEquals(List.of("Требования: отставка мэра и др.", "Участникам раздали листовки."),
                sentences("Требования: отставка мэра и др. Участникам раздали листовки."));
        assertEquals(List.of("Привезли овощи, фрукты и т.д.", "Затем открыли рынок."),
                sentences("Привезли овощи, фрукты и т.д. Затем открыли рынок."));
        assertEquals(List.of("Это случилось в XIX в. и в XX в.", "Теперь всё иначе."),
                sentences("Это случилось в XIX в. и в XX в. Теперь всё иначе."));
    }

    // ---- quotes, dashes, brackets ----

    @Test
    void quotesAndNestedQuotesAreTokensOfTheirOwn() {
        assertEquals(List.of("ЗАО", "«", "НПФ", "«", "Микран", "»", "»", "и", "„", "Газпром", "“", "и", "\"", "Роснано", "\""),
                tokens("ЗАО «НПФ «Микран»» и „Газпром“ и \"Роснано\""));
        for (Token t : segmenter.tokenize("«НПФ «Микран»» „Газпром“ “Nokia” \"А\"")) {
            if (t.text().length() == 1 && "«»„“”\"".contains(t.text())) {
                assertEquals(TokenKind.PUNCT, t.kind(), t.text());
            }
        }
    }

    @Test
    void dashesAndBracketsAreTokens() {
        assertEquals(List.of("Москва", "—", "столица", "(", "РФ", ")", "[", "1", "]", "–", "да", "-", "нет"),
                tokens("Москва — столица (РФ) [1] – да - нет"));
        assertEquals(TokenKind.PUNCT, only("Москва — столица", "—").kind());
    }

    @Test
    void directSpeechAndTheAuthorsWordsAreOneSentence() {
        assertEquals(List.of("«Куда вы?» — спросил он.", "«Домой!» — ответил я."),
                sentences("«Куда вы?» — спросил он. «Домой!» — ответил я."));
        assertEquals(List.of("«Мы справимся», — сказал министр."), sentences("«Мы справимся», — сказал министр."));
        // the question mark inside the quotes and the full stop after them end one sentence
        assertEquals(List.of("Вопрос: справятся ли власти?».", "Дело в том, что нет."),
                sentences("Вопрос: справятся ли власти?». Дело в том, что нет."));
    }

    @Test
    void aQuotationAfterAColonIsASentenceAsInFactRuEval() {
        assertEquals(List.of("Министр сообщил:", "«Мы подытожим информацию»."),
                sentences("Министр сообщил: «Мы подытожим информацию»."));
        // a quoted phrase that is no sentence stays
        assertEquals(1, sentences("Среди требований: «немедленная отставка мэра».").size());
    }

    // ---- words and numbers ----

    @Test
    void hyphenatedWordsAreOneToken() {
        assertEquals(List.of("премьер-министр", "ИНО-ТОМСК", "2020", "научно-образовательным", "22-летний",
                "ТМА-12", "из-за", "80-х", "кто-нибудь"),
                tokens("премьер-министр ИНО-ТОМСК 2020 научно-образовательным 22-летний ТМА-12 из-за 80-х кто-нибудь"));
        assertEquals(TokenKind.WORD, only("премьер-министр России", "премьер-министр").kind());
        assertEquals(List.of("теле-", "и", "радиоканалы"), tokens("теле- и радиоканалы"));
    }

    @Test
    void rangesOfNumbersAreThreeTokens() {
        List<Token> t = segmenter.tokenize("2007-2008 годы, 2-3 %");
        assertEquals(List.of("2007", "-", "2008", "годы", ",", "2", "-", "3", "%"), tokens("2007-2008 годы, 2-3 %"));
        assertEquals(TokenKind.NUMBER, t.get(0).kind());
        assertEquals(TokenKind.PUNCT, t.get(1).kind());
        assertEquals(TokenKind.NUMBER, t.get(2).kind());
    }

    @Test
    void numbersWithSeparatorsAreOneToken() {
        assertEquals(List.of("1.120.000,99", "руб", ".", ",", "3,5", "млн", ",", "06.00", ",", "19:28", ",",
                "27.05.2010"), tokens("1.120.000,99 руб., 3,5 млн, 06.00, 19:28, 27.05.2010"));
        assertEquals(TokenKind.NUMBER, only("стоит 1.120.000,99 руб", "1.120.000,99").kind());
        assertEquals(TokenKind.NUMBER, only("в 19:28 по Москве", "19:28").kind());
        // a score is not a time
        assertEquals(List.of("счёт", "2", ":", "1", "и", "0,5", ":", "0,5"), tokens("счёт 2:1 и 0,5:0,5"));
    }

    @Test
    void percentAndCurrencyAreSymbols() {
        List<Token> t = segmenter.tokenize("10% и $70 и №1");
        assertEquals(List.of("10", "%", "и", "$", "70", "и", "№", "1"), tokens("10% и $70 и №1"));
        assertEquals(TokenKind.NUMBER, t.get(0).kind());
        assertEquals(TokenKind.SYMBOL, t.get(1).kind());
        assertEquals(TokenKind.SYMBOL, t.get(3).kind());
        assertEquals(TokenKind.SYMBOL, t.get(6).kind());
    }

    @Test
    void lettersAfterDigitsStayWhenTheyAreANameAndSplitWhenTheyAreAUnit() {
        assertEquals(TokenKind.WORD, only("сети 4G и 3Com", "4G").kind());
        assertEquals(TokenKind.WORD, only("сети 4G и 3Com", "3Com").kind());
        assertEquals(List.of("в", "2010", "г", ".", "и", "10", "км"), tokens("в 2010г. и 10км"));
    }

    @Test
    void apostrophesInsideNamesStay() {
        assertEquals(List.of("О’Рейли", "и", "Christie's"), tokens("О’Рейли и Christie's"));
    }

    // ---- URLs and e-mail ----

    @Test
    void urlsAndEmailAddressesAreOneToken() {
        String text = "Читайте http://www.example.com/news?id=5&p=2, пишите на ivan.petrov@mail.example.ru. "
                + "Источник: NEWSru.com и Lenta.ru, домены в зоне .РФ и сайт кремль.рф (www.kremlin.ru).";
        assertEquals(TokenKind.URL, only(text, "http://www.example.com/news?id=5&p=2").kind());
        assertEquals(TokenKind.EMAIL, only(text, "ivan.petrov@mail.example.ru").kind());
        assertEquals(TokenKind.URL, only(text, "NEWSru.com").kind());
        assertEquals(TokenKind.URL, only(text, "Lenta.ru").kind());
        assertEquals(TokenKind.URL, only(text, ".РФ").kind());
        assertEquals(TokenKind.URL, only(text, "кремль.рф").kind());
        assertEquals(TokenKind.URL, only(text, "www.kremlin.ru").kind());
        assertEquals(2, sentences(text).size());
        assertEquals(List.of("сайт", "https://ru.wikipedia.org/wiki/Томск_(город)", "."),
                tokens("сайт https://ru.wikipedia.org/wiki/Томск_(город)."));
    }

    // ---- sentence ends ----

    @Test
    void ellipsesEndASentenceOnlyBeforeACapital() {
        assertEquals(List.of("Он", "молчал", "...", "и", "ушёл", "…"), tokens("Он молчал... и ушёл…"));
        assertEquals(1, sentences("Он молчал... и ушёл.").size());
        assertEquals(List.of("Он молчал...", "Потом ушёл…", "Всё."), sentences("Он молчал... Потом ушёл… Всё."));
    }

    @Test
    void questionAndExclamationRunsAreOneTokenAndEndASentence() {
        assertEquals(List.of("Это", "правда", "?!", "Да", "?!..", "Нет", "!!!"), tokens("Это правда?! Да?!.. Нет!!!"));
        assertEquals(List.of("Это правда?!", "Да?!..", "Нет!!!"), sentences("Это правда?! Да?!.. Нет!!!"));
        assertEquals(List.of("Кто победит?", "Неизвестно!"), sentences("Кто победит? Неизвестно!"));
    }

    @Test
    void aNewLineAlwaysEndsASentenceAndATitleIsASentence() {
        String text = "Кресс показал Путину свою инновационность\nГубернатор доложил премьеру о проекте\n\n"
                + "и это было важно.";
        assertEquals(List.of("Кресс показал Путину свою инновационность", "Губернатор доложил премьеру о проекте",
                "и это было важно."), sentences(text));
    }

    @Test
    void numberedAndBulletedListItemsAreSentences() {
        assertEquals(List.of("Причины:", "1. Дюссельдорф — побратим Москвы.", "2. Это красивый город."),
                sentences("Причины:\n\n1. Дюссельдорф — побратим Москвы.\n\n2. Это красивый город."));
        assertEquals(List.of("1. Саакашвили — 52,1 % (922774 голоса)", "2. Гацелицадзе — 24,98 %"),
                sentences("1. Саакашвили — 52,1 % (922774 голоса) 2. Гацелицадзе — 24,98 %"));
        assertEquals(List.of("• Афганистан", "• Андорра", "• Австралия"), sentences("• Афганистан • Андорра • Австралия"));
    }

    // ---- edge cases ----

    @Test
    void anEmptyTextHasNoTokensAndNoSentences() {
        assertTrue(segmenter.tokenize("").isEmpty());
        assertTrue(segmenter.sentences("", List.of()).isEmpty());
        assertTrue(segmenter.tokenize(" \n\t\u00A0\r\n").isEmpty());
        Analysis a = segmenter.apply(Analysis.of(Document.of("empty", "")));
        assertTrue(a.tokens().isEmpty());
        assertTrue(a.sentences().isEmpty());
    }

    @Test
    void charactersOutsideTheBasicPlaneAreWholeTokens() {
        String text = "Текст 😀 с эмодзи 👍🏽 и флагом 🇷🇺. Математика 𝔸𝔹 тоже.";
        List<Token> tokens = segmenter.tokenize(text);
        assertCovers(text, tokens);
        assertEquals(List.of("Текст", "😀", "с", "эмодзи", "👍🏽", "и", "флагом", "🇷🇺", ".", "Математика", "𝔸𝔹", "тоже", "."),
                tokens(text));
        Token smile = only(text, "😀");
        assertEquals(TokenKind.SYMBOL, smile.kind());
        assertEquals(2, smile.end() - smile.start());
        assertEquals(TokenKind.WORD, only(text, "𝔸𝔹").kind());
        // code point offsets of the token after the emoji: one less than the UTF-16 index
        Token after = only(text, "с");
        assertEquals(after.start() - 1, TextOffsets.of(text).toCodePoint(after.start()));
        assertEquals(2, sentences(text).size());
    }

    @Test
    void windowsLineEndsSeparateSentencesAndBelongToNoToken() {
        String text = "Первая строка без точки\r\nВторая строка.\r\n\r\nТретья.";
        assertEquals(List.of("Первая строка без точки", "Вторая строка.", "Третья."), sentences(text));
        for (Token t : segmenter.tokenize(text)) {
            assertFalse(t.text().contains("\r") || t.text().contains("\n"), t.text());
        }
    }

    @Test
    void oddCharactersStillBelongToTokens() {
        String text = "a\u0301b \u00AD x\u200By ¾ × ▶ \u0000 \uD800 конец";
        assertCovers(text, segmenter.tokenize(text));
    }

    @Test
    void theStageFillsTheSegmentLayersAndRunsFirstInThePipeline() {
        String text = "Кресс показал Путину свою инновационность\nПремьер-министр России Владимир Путин приехал.";
        Analysis a = segmenter.apply(Analysis.of(Document.of("d", text)));
        assertEquals(segmenter.tokenize(text), a.tokens());
        assertEquals(2, a.sentences().size());
        assertTrue(StandardPipeline.get().stages().get(0) instanceof Segmenter);
        assertEquals(a.tokens(), StandardPipeline.get().analyze(Document.of("d", text)).tokens());
    }

    /** Tokens are in order, do not overlap, hold their text, and cover every non-space character. */
    static void assertCovers(String text, List<Token> tokens) {
        int[] owner = new int[text.length()];
        int prevEnd = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            assertTrue(t.start() >= prevEnd && t.end() > t.start(), "token order at " + t);
            assertEquals(text.substring(t.start(), t.end()), t.text());
            for (int c = t.start(); c < t.end(); c++) {
                owner[c]++;
            }
            prevEnd = t.end();
        }
        for (int c = 0; c < text.length(); c++) {
            if (Segmenter.isSpace(text.charAt(c))) {
                assertEquals(0, owner[c], "space in a token at " + c);
            } else {
                assertEquals(1, owner[c], "character " + c + " (" + text.charAt(c) + ") in no token");
            }
        }
    }

    /** Sentences are in order and partition the tokens. */
    static void assertPartitions(List<Token> tokens, List<Sentence> sentences) {
        int next = 0;
        for (Sentence s : sentences) {
            assertEquals(next, s.firstToken());
            assertTrue(s.endToken() > s.firstToken());
            assertEquals(tokens.get(s.firstToken()).start(), s.start());
            assertEquals(tokens.get(s.endToken() - 1).end(), s.end());
            next = s.endToken();
        }
        assertEquals(tokens.size(), next);
    }
}
