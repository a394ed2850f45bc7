package org.faktograf.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.faktograf.server.SeedGold;
import org.faktograf.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The knowledge-base pages in a real browser: search, an entity's page (card, graph, timeline,
 * facts, documents), a document's page. Once over what the models find in the seed, once over the
 * seed's annotated layers ({@link SeedGold}), which test the pages whatever the models find.
 */
class KnowledgeBasePagesBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebDriver web;
    private static SeedGold seed;

    @BeforeAll
    static void start() {
        web = Browser.start();
        seed = new SeedGold();
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.quit();
        }
    }

    private static void ingestSeed(TestServer server) throws Exception {
        HttpResponse<String> r = server.ingest(JSON.writeValueAsString(Map.of("id", "tomsk-2010", "text", seed.text())));
        assertEquals(200, r.statusCode(), r.body());
    }

    /** From the search page to Виктор Кресс's page, checked as a reader would see it. */
    private static void openKressFromSearch(TestServer server) {
        web.get(server.url("/search"));
        WebElement q = new WebDriverWait(web, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        q.sendKeys("Кресса\n");
        WebElement chip = new WebDriverWait(web, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//section[@id='entity-results']//a[contains(@class,'chip')][starts-with(normalize-space(.),'Виктор Кресс')]")));
        chip.click();
        WebElement name = new WebDriverWait(web, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("entity-name")));
        assertEquals("Виктор Кресс", name.getText());
        assertTrue(web.findElement(By.cssSelector("#entity-head .badge")).getText().equalsIgnoreCase("Персона"));
    }

    @Test
    void kressPageFromWhatTheModelsFind() throws Exception {
        Models.assumeNerAndFacts();
        try (TestServer server = new TestServer()) {
            ingestSeed(server);
            openKressFromSearch(server);
            List<String> nodes = web.findElements(By.cssSelector("#graph .node title")).stream()
                    .map(t -> t.getAttribute("textContent")).toList();
            assertTrue(nodes.stream().anyMatch(n -> n.startsWith("Владимир Путин")), nodes.toString());
            assertFalse(web.findElements(By.cssSelector("#facts tr.fact[data-type='MEETING']")).isEmpty());
            Browser.screenshot(web, "entity-kress.png");
        }
    }

    @Test
    void entityDocumentAndSearchPages() throws Exception {
        try (TestServer server = TestServer.withSeedGold()) {
            ingestSeed(server);
            // a second document whose title and text hold markup, which must show as text
            HttpResponse<String> r = server.ingest(JSON.writeValueAsString(Map.of("id", "markup", "title",
                    "<script>window.__pwned = 1</script> Кресс", "text", "<img src=x onerror=\"window.__pwned = 2\"> Кресс и Томск.")));
            assertEquals(200, r.statusCode(), r.body());

            openKressFromSearch(server);
            // the card: posts and the documents; the graph with his connections and the facts that tie them
            assertTrue(web.findElement(By.id("posts")).getText().contains("губернатор"), web.findElement(By.id("posts")).getText());
            List<WebElement> nodes = web.findElements(By.cssSelector("#graph a.node"));
            assertTrue(nodes.size() >= 8, "graph nodes: " + nodes.size());
            assertFalse(web.findElements(By.cssSelector("#graph path[data-type='MEETING']")).isEmpty());
            assertFalse(web.findElements(By.cssSelector("#timeline rect.bar")).isEmpty());
            assertEquals(goldFactsNaming("kress"), web.findElements(By.cssSelector("#facts tr.fact")).size());
            Browser.screenshot(web, "entity-kress-gold.png");

            // a node of the graph leads to that entity's page
            WebElement putin = web.findElement(By.xpath("//*[@id='graph']//*[local-name()='a'][.//*[local-name()='title'][starts-with(.,'Владимир Путин')]]"));
            ((JavascriptExecutor) web).executeScript("window.location = arguments[0].getAttribute('href')", putin);
            new WebDriverWait(web, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("entity-name"), "Владимир Путин"));

            // the document page: highlights that link to entity pages
            web.get(server.url("/documents/tomsk-2010"));
            WebElement article = new WebDriverWait(web, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("article")));
            List<WebElement> links = article.findElements(By.cssSelector("a.ent[data-coarse='PER']"));
            assertTrue(links.stream().anyMatch(a -> "Виктор Кресс".equals(a.getAttribute("data-name"))));
            assertTrue(links.get(0).getAttribute("href").contains("/entities/"));
            Browser.screenshot(web, "document-gold.png");

            // the search page finds the document by a word in another form
            web.get(server.url("/search?q=" + java.net.URLEncoder.encode("Томской", java.nio.charset.StandardCharsets.UTF_8)));
            WebElement hit = new WebDriverWait(web, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#document-results .doc-title")));
            assertEquals("Кресс показал Путину свою инновационность", hit.getText());
            assertFalse(web.findElements(By.cssSelector("#document-results .snippet mark")).isEmpty());

            // markup in a stored document shows as text on its page and in search results
            web.get(server.url("/documents/markup"));
            WebElement title = new WebDriverWait(web, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertTrue(title.getText().startsWith("<script>"), title.getText());
            assertTrue(web.findElement(By.id("article")).getText().contains("<img src=x onerror="));
            web.get(server.url("/search?q=" + java.net.URLEncoder.encode("Кресс", java.nio.charset.StandardCharsets.UTF_8)));
            new WebDriverWait(web, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document-results .doc-title")));
            assertTrue(web.findElements(By.cssSelector("main img, main script")).isEmpty());
            assertNull(((JavascriptExecutor) web).executeScript("return window.__pwned === undefined ? null : window.__pwned"));
        }
    }

    /** How many facts of the gold name an entity among their arguments. */
    private static int goldFactsNaming(String goldId) {
        int n = 0;
        for (com.fasterxml.jackson.databind.JsonNode f : seed.gold().get("facts")) {
            boolean names = false;
            for (var it = f.fields(); it.hasNext(); ) {
                var field = it.next();
                if (field.getValue().isArray()) {
                    for (var v : field.getValue()) {
                        names |= v.asText().equals(goldId);
                    }
                } else {
                    names |= field.getValue().asText().equals(goldId);
                }
            }
            n += names ? 1 : 0;
        }
        return n;
    }
}
