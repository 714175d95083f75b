package com.quotecheck.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.quotecheck.security.AccountService;
import com.quotecheck.security.Roles;
import com.quotecheck.security.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two people at two browsers, signed in through the login form: a reviewer proposes, an editor confirms. */
@QuarkusTest
class ReviewFlowBrowserTest {

    @TestHTTPResource("/")
    URL home;
    @Inject
    AccountService accounts;

    @Test
    void aReviewerRecordsAVerdictAndAnotherEditorConfirmsIt() {
        String reviewer = TestAccounts.create(accounts, "browser-reviewer", Roles.EDITOR, Roles.REVIEWER);
        String editor = TestAccounts.create(accounts, "browser-editor", Roles.EDITOR);
        try (Browser browser = Browser.launch();
             BrowserContext reviewerContext = browser.newContext();
             BrowserContext editorContext = browser.newContext()) {
            Page page = signIn(reviewerContext.newPage(), reviewer);
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
            assertThat(page.locator("table.list")).containsText(reviewer);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("review")).setFullPage(true));
            assertTrue(Browser.screenshot("review").toFile().length() > 0);

            String proposed = page.url().replace("?saved=verdict", "");
            Page editorPage = signIn(editorContext.newPage(), editor);
            editorPage.navigate(proposed);
            editorPage.locator("#signoff-note").fill("Matches the readout");
            editorPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm verdict")).click();
            editorPage.waitForURL(Pattern.compile(".*/quotes/\\d+\\?saved=approve$"));
            assertThat(editorPage.getByText("Verdict confirmed: the quote is verified.")).isVisible();
            assertThat(editorPage.locator("#signoff")).containsText("Confirmed by " + editor);
            editorPage.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("signed-off")).setFullPage(true));

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

    private Page signIn(Page page, String username) {
        page.navigate(home.toString());
        page.waitForURL("**/login");
        page.locator("#j_username").fill(username);
        page.locator("#j_password").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(home.toString());
        assertThat(page.locator(".account")).containsText(username);
        return page;
    }
}
