package org.faktograf.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by chromedriver, both from the system (Debian: chromium and
 * chromium-driver). When they are missing the browser tests are skipped with a message, unless the
 * environment variable CI is set or -Dfaktograf.requireBrowser=true, when they fail.
 */
final class Browser {
    static final int WIDTH = 1360;

    private Browser() {
    }

    /** Held so the level sticks: Selenium warns that it has no DevTools bindings for this Chromium, which it does not need. */
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static WebDriver start() {
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path chromium = find(List.of("chromium", "chromium-browser", "google-chrome"));
        Path driver = find(List.of("chromedriver"));
        if (chromium == null || driver == null) {
            String message = "browser tests need Chromium and chromedriver on the PATH (Debian: apt-get install chromium "
                    + "chromium-driver); missing: " + (chromium == null ? "chromium " : "") + (driver == null ? "chromedriver" : "");
            if (System.getenv("CI") != null || Boolean.getBoolean("faktograf.requireBrowser")) {
                Assertions.fail(message);
            }
            Assumptions.abort(message + " — skipped");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("faktograf-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // the network is closed here: nothing that phones home, a fresh profile each run
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",900",
                "--lang=ru-RU", "--force-device-scale-factor=1", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver web = new ChromeDriver(service, options);
        web.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return web;
    }

    /** A screenshot of the whole page (the window made as tall as the page) under target/screenshots. */
    static Path screenshot(WebDriver web, String name) {
        Number height = (Number) ((JavascriptExecutor) web).executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        Dimension before = web.manage().window().getSize();
        web.manage().window().setSize(new Dimension(WIDTH, Math.min(6000, Math.max(700, height.intValue() + 140))));
        try {
            // no pointer over the page: a tooltip left from a hover would cover the text
            ((JavascriptExecutor) web).executeScript("window.scrollTo(0, 0); var t = document.getElementById('tooltip'); if (t) t.hidden = true;");
            byte[] png = ((TakesScreenshot) web).getScreenshotAs(OutputType.BYTES);
            Path dir = Path.of(System.getProperty("faktograf.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            web.manage().window().setSize(before);
        }
    }

    private static Path find(List<String> names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : names) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
