package com.quotecheck.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.quotecheck.security.Roles;
import com.quotecheck.web.api.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "Browser Reviewer", roles = {Roles.REVIEWER, Roles.EDITOR})
class ReviewFlowBrowserTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void editorLoadsTheSampleOpensAQuoteAndRecordsAVerdict() {
        try (Browser browser = Browser.launch(); BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(home.toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load the sample")).click();
            page.waitForURL("**/articles/*");
            Locator firstQuote = page.locator(".quote-list a.quote-text").first();
            assertThat(firstQuote).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article")).setFullPage(true));

            firstQuote.click();
            page.waitForURL("**/quotes/*");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("In the source"))).isVisible();
            page.keyboard().press("1");
            assertThat(page.locator("input[name=verdict][value=ACCURATE]")).isChecked();
            page.locator("#note").fill("Checked against the readout in the browser test");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record verdict")).click();

            page.waitForURL(Pattern.compile(".*/quotes/\\d+\\?saved=verdict$"));
            assertThat(page.getByText("Verdict recorded.")).isVisible();
            assertThat(page.locator("table.list")).containsText("Checked against the readout in the browser test");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("review")).setFullPage(true));
            assertTrue(Browser.screenshot("review").toFile().length() > 0);

            String proposed = page.url().replace("?saved=verdict", "");
            TestUsers.as("Browser Editor", Roles.EDITOR, () -> {
                page.navigate(proposed);
                page.locator("#signoff-note").fill("Matches the readout");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm verdict")).click();
                page.waitForURL(Pattern.compile(".*/quotes/\\d+\\?saved=approve$"));
                assertThat(page.getByText("Verdict confirmed: the quote is verified.")).isVisible();
                assertThat(page.locator("#signoff")).containsText("Confirmed by Browser Editor");
                page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("signed-off")).setFullPage(true));
            });
            page.navigate(proposed);

            page.keyboard().press("?");
            assertThat(page.locator("#shortcuts")).isVisible();
            page.keyboard().press("Escape");
            assertThat(page.locator("#shortcuts")).isHidden();
            String reviewed = page.url();
            page.keyboard().press("n");
            page.waitForURL(url -> !url.equals(reviewed) && url.matches(".*/quotes/\\d+$"));
            assertThat(page.getByText("quote 2 of")).isVisible();
        }
    }
}
