package com.consortiumexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.consortiumexplorer.ExplorerIntegrationTest;
import com.consortiumexplorer.TestCypher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The UI in a real headless Chromium: every view opens, the canvas draws the expected nodes, a double-click
 * expands, the gap finder shows the planted top suggestion, the language switch works; screenshots and render
 * times go to {@code target/screenshots/}.
 */
@ExplorerIntegrationTest
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium is not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,900");
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build(),
                options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private <T> T waitFor(Duration timeout, String script) {
        @SuppressWarnings("unchecked")
        T value = (T) new WebDriverWait(browser, timeout, Duration.ofMillis(50)).until(b -> js().executeScript(script));
        return value;
    }

    /** Opens a page and returns milliseconds from navigation start until the canvas painted its nodes. */
    private double openCanvas(String path, String canvasId) {
        browser.get(url(path));
        return ((Number) waitFor(Duration.ofSeconds(90), """
                        const c = document.getElementById('%s');
                        return c && c.getAttribute('data-render-ms') ? performance.now() : null;
                        """.formatted(canvasId))).doubleValue();
    }

    /**
     * The explorer's canvas drew its picture at the size it still has once the server answered its rendered event
     * (with the status line), not at 0 × 0 before the page around it was laid out, nor at a size the page only
     * passed through; each new size would draw every element again.
     */
    private void assertExplorerDrawnAtItsSize() {
        waitFor(Duration.ofSeconds(30), "return document.getElementById('explorer-status').textContent.length > 0");
        String canvasId = "explorer-canvas";
        String drawn = (String) js().executeScript(
                        "return document.getElementById(arguments[0]).getAttribute('data-render-size')", canvasId);
        String now = (String) js().executeScript("""
                        const c = document.getElementById(arguments[0]).shadowRoot.getElementById('cy');
                        return c.clientWidth + 'x' + c.clientHeight;
                        """, canvasId);
        assertThat(drawn).isEqualTo(now).doesNotStartWith("0x").doesNotEndWith("x0");
        // Cytoscape starts once that size held, so the picture is drawn once, not again at each size it passed.
        assertThat(((Number) js().executeScript(
                                        "return document.getElementById(arguments[0]).cy.renderer().redrawCount",
                                        canvasId))
                        .intValue())
                .isEqualTo(1);
    }

    private int visibleNodes(String canvasId) {
        return Integer.parseInt((String) js().executeScript(
                        "return document.getElementById(arguments[0]).getAttribute('data-visible-nodes')", canvasId));
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void record(String line) throws IOException {
        Files.writeString(
                SCREENSHOTS.resolve("timings.txt"), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private long count(String cypher, Map<String, Object> params) {
        return TestCypher.count(driver, cypher, params);
    }

    @Test
    void startPageRendersAndTheLanguageSwitchRemembersTheChoice() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(url(""));
        double millis = ((Number) waitFor(Duration.ofSeconds(90), """
                        const g = document.getElementById('organizations-grid');
                        return g && g.querySelectorAll('vaadin-grid-cell-content').length > 10 ? performance.now() : null;
                        """)).doubleValue();
        record("start page first render (ms from navigation start, cold): " + Math.round(millis));
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("机构");
        // The explorer's canvas comes with the first script (MainLayout), so a link to a neighbourhood needs no
        // second download before it can draw.
        assertThat(js().executeScript("return customElements.get('graph-canvas') !== undefined"))
                .isEqualTo(true);
        screenshot("start-zh");

        browser.get(url(""));
        double warm = ((Number) waitFor(Duration.ofSeconds(90), """
                        const g = document.getElementById('organizations-grid');
                        return g && g.querySelectorAll('vaadin-grid-cell-content').length > 10 ? performance.now() : null;
                        """)).doubleValue();
        record("start page first render (ms from navigation start, warm): " + Math.round(warm));

        browser.findElement(By.id("language-switch")).click();
        // The overlay re-renders its items while it opens; look them up again until the click lands.
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> {
                    b.findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item")).stream()
                            .filter(i -> i.getText().contains("English"))
                            .findFirst()
                            .orElseThrow(() -> new StaleElementReferenceException("no English item yet"))
                            .click();
                    return true;
                });
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.tagName("h2")).getText().equals("Organizations"));
        screenshot("start-en");
        // The choice is remembered: a fresh page load stays in English.
        browser.get(url("explorer?focus=col-ybvtc"));
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> b.findElement(By.id("explorer-reveal")).getText().equals("Reveal relationships"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void explorerDrawsTheNeighbourhoodAndADoubleClickExpandsIt() throws IOException {
        browser.manage().deleteAllCookies();
        openCanvas("explorer?focus=col-ybvtc", "explorer-canvas");
        long expected = 1 + count("MATCH (:College {id: 'col-ybvtc'})--(m) RETURN count(DISTINCT m)", Map.of());
        assertThat(visibleNodes("explorer-canvas")).isEqualTo((int) expected);
        assertExplorerDrawnAtItsSize();
        assertThat(detail()).isEqualTo("full");
        screenshot("explorer-zh");

        js().executeScript(
                        "document.getElementById('explorer-canvas').cy.getElementById('ent-liyuan-battery').emit('dbltap')");
        long union = count("""
                        MATCH (c:College {id: 'col-ybvtc'}), (e:Enterprise {id: 'ent-liyuan-battery'})
                        CALL (c, e) {
                          MATCH (c)--(m) RETURN m
                          UNION MATCH (e)--(m) RETURN m
                          UNION RETURN c AS m
                          UNION RETURN e AS m
                        }
                        RETURN count(DISTINCT m)
                        """, Map.of());
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> visibleNodes("explorer-canvas") == union);
        assertThat(visibleNodes("explorer-canvas")).isEqualTo((int) union).isGreaterThan((int) expected);
        screenshot("explorer-expanded");
    }

    @Test
    void aThousandNodeNeighbourhoodRendersFast() throws IOException {
        String hub = "t-" + UUID.randomUUID();
        driver.executableQuery("""
                        CREATE (h:Organization:Enterprise {id: $hub, name: '测试枢纽企业', nameEn: 'Test hub'})
                        WITH h
                        UNWIND range(1, 1000) AS i
                        CREATE (o:Organization:College {id: $hub + '-' + i, name: '测试院校' + i})
                        CREATE (o)-[:COLLABORATES_WITH {kind: 'JOINT_TRAINING', since: 2020 + i % 5}]->(h)
                        """).withParameters(Map.of("hub", hub)).execute();
        try {
            browser.manage().deleteAllCookies();
            double total = openCanvas("explorer?focus=" + hub + "&limit=2000", "explorer-canvas");
            int drawn = visibleNodes("explorer-canvas");
            String canvasMillis = (String) js().executeScript(
                            "return document.getElementById('explorer-canvas').getAttribute('data-render-ms')");
            record("explorer 1,001-node neighbourhood: " + Math.round(total)
                    + " ms from navigation start to painted canvas; canvas layout+paint " + canvasMillis + " ms");
            assertThat(drawn).isEqualTo(1001);
            assertExplorerDrawnAtItsSize();
            screenshot("explorer-1000-nodes");
            // The first picture of a large graph is lean; zoomed in far enough to read, it gets its labels.
            assertThat(detail()).isEqualTo("lean");
            js().executeScript("document.getElementById('explorer-canvas').cy.zoom(1.5)");
            assertThat(detail()).isEqualTo("full");
        } finally {
            driver.executableQuery("MATCH (n:Organization) WHERE n.id STARTS WITH $hub DETACH DELETE n")
                    .withParameters(Map.of("hub", hub))
                    .execute();
        }
    }

    private String detail() {
        return (String)
                js().executeScript("return document.getElementById('explorer-canvas').getAttribute('data-detail')");
    }

    @Test
    void gapFinderShowsThePlantedTopPartnerOfTheDemoCollege() throws IOException {
        browser.manage().deleteAllCookies();
        openCanvas("gaps?org=col-ybvtc", "gaps-evidence");
        String name = driver.executableQuery("MATCH (e:Enterprise {id: 'ent-minjiang-electric'}) RETURN e.name")
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asString();
        assertThat(browser.findElement(By.id("gaps-selected")).getText()).isEqualTo(name);
        assertThat(visibleNodes("gaps-evidence")).isGreaterThanOrEqualTo(2);
        screenshot("gaps-zh");
        browser.get(url("gaps?consortium=cons-battery"));
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> "true".equals(b.findElement(By.id("gaps-matrix")).getAttribute("data-drawn")));
        screenshot("gaps-consortium-zh");
    }

    private void signIn(String user, String password) {
        browser.get(url("login"));
        WebElement name = new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> b.findElement(By.cssSelector("#vaadinLoginUsername input")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password + Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> !b.getCurrentUrl().contains("login"));
    }

    private WebElement shown(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> {
            List<WebElement> found = b.findElements(By.id(id));
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    @Test
    void dataManagementImportAndExportPagesWorkForAnAdministrator() throws IOException {
        browser.manage().deleteAllCookies();
        signIn(ExplorerIntegrationTest.ADMIN, ExplorerIntegrationTest.ADMIN_PASSWORD);

        browser.get(url("data?organization=col-ybvtc"));
        String name = driver.executableQuery("MATCH (c:College {id: 'col-ybvtc'}) RETURN c.name")
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asString();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> name.equals(shown("organization-name").getDomProperty("value")));
        screenshot("data-zh");

        browser.get(url("import"));
        Path upload = Files.createTempDirectory("browser-import").resolve("city.json");
        String marker = "t-" + UUID.randomUUID();
        Files.writeString(upload, """
                {"format": "consortium-explorer", "version": 1,
                 "nodes": [{"label": "College", "properties": {"id": "%1$s-a", "name": "%1$s 甲"}},
                           {"label": "College", "properties": {"id": "%1$s-b"}}],
                 "relationships": []}
                """.formatted(marker));
        WebElement uploader = shown("import-upload");
        List<WebElement> inputs = uploader.findElements(By.cssSelector("input[type=file]"));
        WebElement file = inputs.isEmpty()
                ? uploader.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inputs.getFirst();
        file.sendKeys(upload.toAbsolutePath().toString());
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(b -> b.findElement(By.id("import-state")).getText().startsWith("已拒绝"));
        assertThat(shown("import-problems").isDisplayed()).isTrue();
        assertThat(count("MATCH (c:College) WHERE c.id STARTS WITH $marker RETURN count(c)", Map.of("marker", marker)))
                .isZero();
        screenshot("import-zh");

        browser.get(url("export?consortium=cons-battery"));
        assertThat(shown("export-download").getDomAttribute("href")).isNotBlank();
        screenshot("export-zh");
        browser.manage().deleteAllCookies();
    }

    @Test
    void flowTalentAndConsortiumViewsDrawTheirCharts() throws IOException {
        browser.manage().deleteAllCookies();
        for (String[] view : List.of(
                new String[] {"flows", "flows-sankey", "flows-zh"},
                new String[] {"talent", "talent-alignment", "talent-zh"},
                new String[] {"consortium?id=cons-battery", "consortium-changes", "consortium-zh"})) {
            browser.get(url(view[0]));
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(b -> "true".equals(b.findElement(By.id(view[1])).getAttribute("data-drawn")));
            screenshot(view[2]);
        }
        js().executeScript("""
                        const grid = document.getElementById('consortium-programs');
                        (grid && grid.offsetParent ? grid : document.getElementById('consortium-programs-empty'))
                            .scrollIntoView();
                        """);
        screenshot("consortium-programs-zh");
    }
}
