package org.faktograf.formats.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import org.faktograf.model.Document;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="ru"><head>
            <meta charset="utf-8">
            <title>Кресс показал Путину свою инновационность — Новости Томска</title>
            <meta property="og:title" content="Кресс показал Путину свою инновационность">
            <meta property="article:published_time" content="2010-05-27T14:30:00+07:00">
            <link rel="canonical" href="https://news.example.ru/2010/05/27/kress">
            <style>body { font: 12px sans-serif } .lead { color: red }</style>
            <script>var counter = "Счётчик посещений"; trackPage();</script>
            </head><body>
            <header class="site-header"><a href="/">Новости Томска</a> <nav><a href="/politics">Политика</a> <a href="/economy">Экономика</a></nav></header>
            <div class="layout">
              <aside class="sidebar"><h3>Популярное</h3><ul><li><a href="/1">Другая новость дня</a></li></ul></aside>
              <article>
                <h1>Кресс показал Путину свою инновационность</h1>
                <p class="lead">Премьер-министр России Владимир Путин в рамках визита в Томск встретился
                   с главой региона Виктором Крессом.</p>
                <p>Губернатор доложил премьеру о ходе реализации проекта &laquo;ИНО-ТОМСК&nbsp;2020&raquo;.</p>
                <div class="share-buttons">Поделиться: ВКонтакте Одноклассники</div>
                <script>renderAds();</script>
              </article>
            </div>
            <footer>© 2010 Новости Томска. Все права защищены.</footer>
            </body></html>
            """;

    @Test
    void theArticleIsReadWithoutNavigationScriptsAndFurniture() {
        Document d = HtmlReader.read("kress", "kress.html", NEWS_PAGE);
        assertEquals("Кресс показал Путину свою инновационность", d.title());
        assertEquals("2010-05-27T14:30:00+07:00", d.date());
        assertEquals("https://news.example.ru/2010/05/27/kress", d.url());
        assertEquals("""
                Кресс показал Путину свою инновационность
                Премьер-министр России Владимир Путин в рамках визита в Томск встретился с главой региона Виктором Крессом.
                Губернатор доложил премьеру о ходе реализации проекта «ИНО-ТОМСК\u00A02020».""", d.text());
        for (String noise : new String[] {"Политика", "Популярное", "Счётчик", "trackPage", "font", "Поделиться", "права"}) {
            assertFalse(d.text().contains(noise), noise);
        }
    }

    @Test
    void withoutArticleMarkupTheDensestBlockIsTheText() {
        String page = """
                <html><head><title>Соглашение подписано</title></head><body>
                <div id="menu"><p><a href="/a">Главная</a></p><p><a href="/b">Архив новостей за 2010 год</a></p></div>
                <div class="content">
                  <p>В Томске подписаны соглашения о производстве базовых станций для сетей связи 4G.</p>
                  <p>Инвесторы вложат в проект более трёх миллиардов рублей.</p>
                </div>
                <div class="teaser"><p>Короткая подпись.</p></div>
                </body></html>""";
        Document d = HtmlReader.read("deal", "deal.html", page);
        assertEquals("Соглашение подписано", d.title());
        assertEquals("""
                Соглашение подписано
                В Томске подписаны соглашения о производстве базовых станций для сетей связи 4G.
                Инвесторы вложат в проект более трёх миллиардов рублей.""", d.text());
        assertNull(d.date());
        assertNull(d.url());
    }

    @Test
    void aDeclaredOrDetectedSingleByteEncodingIsRead() throws Exception {
        Charset cp1251 = Charset.forName("windows-1251");
        String declared = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "<title>Томск</title></head><body><p>Губернатор Томской области Виктор Кресс.</p></body></html>";
        byte[] b = declared.getBytes(cp1251);
        Document d = HtmlReader.read("t", "t.html", b, b.length, null);
        assertTrue(d.text().endsWith("Губернатор Томской области Виктор Кресс."), d.text());

        String undeclared = "<html><body><p>Губернатор Томской области Виктор Кресс.</p></body></html>";
        byte[] koi = undeclared.getBytes(Charset.forName("KOI8-R"));
        assertEquals("Губернатор Томской области Виктор Кресс.", HtmlReader.read("t", "t.html", koi, koi.length, null).text());
    }

    @Test
    void anEmptyPageIsAnEmptyDocument() {
        Document d = HtmlReader.read("empty", "empty.html", "<html><body></body></html>");
        assertEquals("", d.text());
        assertNull(d.title());
    }
}
