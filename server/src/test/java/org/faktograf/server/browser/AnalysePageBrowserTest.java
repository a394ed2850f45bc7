package org.faktograf.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.faktograf.server.SeedGold;
import org.faktograf.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The analyse page in a real browser: paste, analyse, read the highlights and the facts. */
class AnalysePageBrowserTest {
    private static WebDriver web;
    private static TestServer server;
    private static SeedGold seed;

    @BeforeAll
    static void start() throws Exception {
        web = Browser.start();
        server = new TestServer();
        seed = new SeedGold();
    }

    @AfterAll
    static void stop() throws Exception {
        if (web != null) {
            web.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Types a text into the page as a reader would and waits for the analysis. */
    static void analyse(WebDriver web, String url, String text) {
        web.get(url);
        WebElement area = new WebDriverWait(web, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
        area.sendKeys(text);
        web.findElement(By.id("analyse")).click();
        new WebDriverWait(web, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("article")));
    }

    @Test
    void seedArticleShowsKressAsAPersonAndTheFourPartyDeal() {
        Models.assumeNerAndFacts();
        analyse(web, server.url("/"), seed.text());

        // Виктор Кресс highlighted as a person, his canonical name on hover
        List<WebElement> kress = web.findElements(By.cssSelector("#article .ent[data-coarse='PER'][data-name='Виктор Кресс']"));
        Set<String> goldSurfaces = new HashSet<>();
        Map<String, String> goldNames = new HashMap<>();
        for (JsonNode e : seed.gold().get("entities")) {
            goldNames.put(e.get("id").asText(), e.get("name").asText());
            if (e.get("id").asText().equals("kress")) {
                e.get("mentions").forEach(m -> goldSurfaces.add(m.get("text").asText()));
            }
        }
        assertFalse(kress.isEmpty(), "no mention highlighted as the person Виктор Кресс");
        assertTrue(goldSurfaces.contains(kress.get(0).getText()), kress.get(0).getText());
        WebElement full = kress.stream().filter(k -> k.getText().startsWith("Виктор")).findFirst().orElse(kress.get(0));
        new Actions(web).moveToElement(full).perform();
        WebElement tip = new WebDriverWait(web, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("tooltip")));
        assertTrue(tip.getText().contains("Виктор Кресс"), tip.getText());
        assertTrue(tip.getText().contains("персона"), tip.getText());

        // the four-party agreement of the gold, with its four participants, in the facts table
        List<String> parties = new ArrayList<>();
        for (JsonNode f : seed.gold().get("facts")) {
            if (f.get("type").asText().equals("Deal") && f.get("participants").size() == 4) {
                f.get("participants").forEach(p -> parties.add(goldNames.get(p.asText())));
            }
        }
        assertEquals(4, parties.size());
        boolean found = false;
        List<String> seen = new ArrayList<>();
        for (WebElement row : web.findElements(By.cssSelector("#facts tr.fact[data-type='DEAL']"))) {
            List<String> participants = new ArrayList<>();
            for (WebElement chip : row.findElements(By.cssSelector(".arg[data-role='participant']"))) {
                participants.add(chip.getText().strip());
            }
            seen.add(participants.toString());
            found |= participants.containsAll(parties);
        }
        assertTrue(found, "no deal with " + parties + " in the facts table; deals seen: " + seen);
        Browser.screenshot(web, "analyse-seed.png");
    }

    @Test
    void markupInTheTextShowsAsText() {
        String text = "Заголовок <script>window.__pwned = 1</script>\n"
                + "Губернатор Виктор Кресс <img src=x onerror=\"window.__pwned = 2\"> встретился в Томске с "
                + "<b>Владимиром Путиным</b> и <a href=\"javascript:window.__pwned=3\">Андреем Зверевым</a>.";
        analyse(web, server.url("/"), text);
        WebElement article = web.findElement(By.id("article"));
        String shown = article.getText();
        assertTrue(shown.contains("<script>window.__pwned = 1</script>"), shown);
        assertTrue(shown.contains("<img src=x onerror=\"window.__pwned = 2\">"), shown);
        assertTrue(shown.contains("<b>Владимиром Путиным</b>"), shown);
        assertTrue(article.findElements(By.cssSelector("script, img, b, a[href^='javascript']")).isEmpty());
        WebElement title = web.findElement(By.cssSelector(".result-head h1"));
        assertTrue(title.getText().contains("<script>"), title.getText());
        assertNull(((JavascriptExecutor) web).executeScript("return window.__pwned === undefined ? null : window.__pwned"));
    }

    @Test
    void analysingNothingSaysSoAndTheComposerComesBack() {
        web.get(server.url("/"));
        new WebDriverWait(web, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("analyse"))).click();
        WebElement error = new WebDriverWait(web, Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status .error-box")));
        assertTrue(error.getText().contains("текст"), error.getText());
        analyse(web, server.url("/"), "Андрей Зверев приехал в Томск.");
        web.findElement(By.id("edit")).click();
        assertTrue(web.findElement(By.id("text")).isDisplayed());
    }
}
