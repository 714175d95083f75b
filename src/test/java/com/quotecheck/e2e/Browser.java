package com.quotecheck.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by Playwright; Playwright never downloads a browser of its own here.
 * Tests skip with a message where no Chromium is installed (set CHROMIUM_PATH to use another one).
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    static Browser launch() {
        assumeTrue(Files.isExecutable(CHROMIUM), "No Chromium at " + CHROMIUM
                + ": skipping browser tests (install Debian's chromium package or set CHROMIUM_PATH)");
        return new Browser();
    }

    BrowserContext newContext() {
        return browser.newContext(new NewContextOptions().setViewportSize(1366, 900));
    }

    static Path screenshot(String name) {
        return Path.of("target", "screenshots", name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
