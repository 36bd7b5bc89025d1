package org.activitylead.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activitylead.velocity.DriFieldHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The DRI edit control's autocomplete script running in the browser against a stand-in for Jira's user picker:
 * typing asks Jira once the typing pauses, suggestions arrive as the datalist's options (username as value, display
 * name as label, both as text), and whatever Jira answers, nothing in it is parsed as markup or changes the field.
 */
class DriAutocompleteIT {

    private static final String HOSTILE_NAME = "<img src=x onerror=window.__xss=1>";
    private static final String INPUT = "input.activity-lead-dri-input";

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    private final TestSite site = BROWSER.site();
    private final Chromium chromium = BROWSER.chromium();

    @BeforeEach
    void openEditScreen() {
        String field = Renders.driField("templates/dri/edit.vm", Locale.ENGLISH, null, null, null, null, true);
        chromium.open(site.publish("edit.html", Pages.document(Surface.JIRA_EDIT, Locale.ENGLISH, "edit", field)));
    }

    @Test
    void suggestsUsersFromJirasUserPickerAsTextOnly() {
        site.answerUserPicker(query -> """
                {"users":[{"name":"alice","key":"JIRAUSER10001","displayName":"Alice Martin"},
                          {"name":"mallory","key":"JIRAUSER10666","displayName":"%s"}]}""".formatted(HOSTILE_NAME));

        type("al");

        assertThat(options()).containsExactly(
                Map.of("value", "alice", "label", "Alice Martin"),
                Map.of("value", "mallory", "label", HOSTILE_NAME));
        assertThat(chromium.script("return document.querySelectorAll('datalist *:not(option)').length")).isEqualTo(0L);
        assertThat(chromium.xssMarkerSet()).isFalse();
        assertThat(site.requests()).contains(TestSite.USER_PICKER + "?query=al&maxResults=10");
        assertThat(chromium.element(INPUT).getAttribute("value")).isEqualTo("al");
    }

    @Test
    void asksNothingForFewerThanTwoCharacters() throws InterruptedException {
        site.answerUserPicker(query -> "{\"users\":[{\"name\":\"alice\",\"displayName\":\"Alice Martin\"}]}");

        type("a");
        Thread.sleep(600); // past the script's 250 ms pause, so a request would have been sent

        assertThat(site.requests()).noneMatch(request -> request.startsWith(TestSite.USER_PICKER));
        assertThat(options()).isEmpty();
    }

    @Test
    void keepsTheFieldWorkingWhenJiraAnswersNonsense() throws InterruptedException {
        site.answerUserPicker(query -> "<html>Session expired</html>");

        type("bo");
        Thread.sleep(600);

        assertThat(site.requests()).anyMatch(request -> request.startsWith(TestSite.USER_PICKER + "?query=bo"));
        assertThat(options()).isEmpty();
        assertThat(chromium.dialogCalls()).isEmpty();
        assertThat(chromium.element(INPUT).getAttribute("value")).isEqualTo("bo");
        assertThat(chromium.element(INPUT).getAttribute("name")).isEqualTo(DriFieldHarness.FIELD_ID);
    }

    private void type(String text) {
        WebElement input = chromium.element(INPUT);
        input.click();
        input.sendKeys(text);
    }

    /** The datalist's options once the answer arrived (waiting up to two seconds), as value and label. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> options() {
        return (List<Map<String, Object>>) chromium.script("""
                const list = document.querySelector('datalist');
                const read = () => Array.from(list.options).map(o => ({ value: o.value, label: o.label }));
                return new Promise(done => {
                  const started = Date.now();
                  const poll = () => list.options.length > 0 || Date.now() - started > 2000 ? done(read()) : setTimeout(poll, 25);
                  poll();
                });
                """);
    }
}
