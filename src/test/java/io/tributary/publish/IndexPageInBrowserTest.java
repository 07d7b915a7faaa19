package io.tributary.publish;

import static io.tributary.publish.Configs.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tributary.config.Config;
import io.tributary.config.PublishSettings;
import io.tributary.store.PublishedStory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HTML pages in a real browser: Debian's headless Chromium driven through its chromedriver,
 * with JavaScript switched off and a phone-sized window. Skipped only where Chromium is not
 * installed; {@code .ci/run} installs it, so CI always runs it.
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexPageInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Instant NOW = Instant.parse("2025-03-15T08:30:00Z");
    private static final int PHONE_WIDTH = 390;

    private final AtomicReference<PublishedSite> site = new AtomicReference<>(PublishedSite.empty());
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private FeedServer server;
    private ChromeDriverService service;
    private ChromeDriver browser;
    private String base;

    @BeforeAll
    void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        server = new FeedServer(0, site::get, () -> new HealthReport("ok", Optional.empty(), List.of()));
        server.start();
        base = "http://127.0.0.1:" + server.port();
        site.set(new SiteRenderer().render(config(), new FakeStorySource(stories()), NOW));
        browser = startBrowser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    private ChromeDriver startBrowser() throws IOException {
        // The system chromedriver, named outright: Selenium Manager must never download one.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        Path profile = Files.createTempDirectory("tributary-chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + PHONE_WIDTH + ",844");
        // The pages must work for readers who switch JavaScript off; so does this browser.
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        // The console, to catch every load or style the page's Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        return driver;
    }

    private Config config() {
        Config plain = Configs.config(new PublishSettings(10, Optional.empty(), List.of(),
                Optional.of("Everything about rivers"), Optional.empty(), Optional.empty(), false),
                topic("climate", "Climate & weather"), topic("rivers", "Rivers"));
        return new Config(plain.file(), plain.title(), URI.create(base), plain.server(), plain.store(),
                plain.poll(), plain.publish(), plain.topics(), plain.sources());
    }

    private static List<PublishedStory> stories() {
        return List.of(
                Stories.story("flood", "Flood warning on the lower river <script>alert(1)</script>",
                        List.of("climate", "rivers")),
                Stories.story("weir", "Weir repaired after the winter "
                        + "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen", List.of("rivers")),
                Stories.story("heat", "Early heat in the hills", List.of("climate")));
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }

    private HttpResponse<String> fetch(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void assertFitsThePhone() {
        int width = browser.findElement(By.tagName("body")).getRect().getWidth();
        assertThat(width).as("body width on a phone").isLessThanOrEqualTo(PHONE_WIDTH);
    }

    @Test
    void frontPageShowsTopicsWithCountsAndTheLatestStoriesWithoutScript() throws Exception {
        browser.get(base + "/");

        assertThat(browser.getTitle()).isEqualTo("Tributary river");
        assertThat(browser.findElements(By.cssSelector("ul.topics li")))
                .extracting(WebElement::getText)
                .anyMatch(text -> text.startsWith("Climate & weather") && text.contains("2 stories"))
                .anyMatch(text -> text.startsWith("Rivers") && text.contains("2 stories"));
        assertThat(browser.findElements(By.tagName("article"))).hasSize(3);
        assertThat(browser.findElement(By.tagName("article")).getText())
                .contains("<script>alert(1)</script>").contains("River Desk");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertFitsThePhone();
        screenshot("index-page.png");
    }

    @Test
    void pagesRenderStyledUnderTheirPolicyWithNothingRefused() {
        List<String> refused = new ArrayList<>();
        for (String page : List.of("/", "/topics/climate")) {
            browser.get(base + page);

            // The stylesheet applied: a.button has its border, which only the inline style gives it.
            assertThat(browser.findElement(By.cssSelector("a.button")).getCssValue("border-top-style"))
                    .as(page).isEqualTo("solid");
            browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy")
                            || message.contains("Content-Security-Policy"))
                    .forEach(message -> refused.add(page + ": " + message));
        }

        assertThat(refused).isEmpty();
    }

    @Test
    void followsATopicLinkToThatTopicsPage() throws Exception {
        browser.get(base + "/");

        browser.findElement(By.linkText("Rivers")).click();

        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/topics/rivers");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rivers");
        assertThat(browser.findElements(By.cssSelector("article h3"))).extracting(WebElement::getText)
                .hasSize(2).allMatch(title -> title.contains("river") || title.contains("Weir"));
        assertFitsThePhone();
        screenshot("topic-page.png");
    }

    @Test
    void everySubscribeButtonAnswersWithAFeed() throws Exception {
        List<String> buttons = new ArrayList<>();
        for (String page : List.of("/", "/topics/climate")) {
            browser.get(base + page);
            browser.findElements(By.cssSelector("a.button")).forEach(a -> buttons.add(a.getAttribute("href")));
        }

        assertThat(buttons).contains(base + "/feeds/all.atom", base + "/feeds/all.json",
                base + "/feeds/topics.opml", base + "/feeds/topics/climate.json");
        for (String url : buttons) {
            HttpResponse<String> response = fetch(url);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (url.endsWith(".atom")) {
                assertThat(type).as(url).startsWith("application/atom+xml");
                assertThat(response.body()).as(url).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
            } else if (url.endsWith(".json")) {
                assertThat(type).as(url).startsWith("application/feed+json");
                assertThat(response.body()).as(url).contains("https://jsonfeed.org/version/1.1");
            } else {
                assertThat(type).as(url).startsWith("text/x-opml");
                assertThat(response.body()).as(url).contains("<opml version=\"2.0\">");
            }
        }
    }

    @Test
    void announcesTheFeedsForAutodiscovery() {
        browser.get(base + "/topics/climate");

        assertThat(browser.findElements(By.cssSelector("link[rel=alternate]")))
                .extracting(link -> link.getAttribute("type") + " " + link.getAttribute("href"))
                .containsExactly("application/atom+xml " + base + "/feeds/topics/climate.atom",
                        "application/feed+json " + base + "/feeds/topics/climate.json");
    }
}
