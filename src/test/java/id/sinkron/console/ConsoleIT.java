package id.sinkron.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.Api;
import id.sinkron.support.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's shell in headless Chromium: signing in with an API key, refusal of a bad key, both languages. */
class ConsoleIT extends ConsoleTest {

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @Test
    void refusesAWrongKeyWithTheServicesReason() {
        browser.open(base() + "/");
        browser.byTestId("login-key").sendKeys("sk_not_a_key");
        browser.byTestId("login-submit").click();

        assertThat(browser.byTestId("problem").getText()).contains("401");
        assertThat(browser.driver().findElements(Browser.testId("nav-overview"))).isEmpty();
    }

    @Test
    void signsInWithAKeyAndSwitchesBetweenIndonesianAndEnglish() {
        browser.signIn(base(), Api.TEST_KEY);

        assertThat(browser.byTestId("who").getText()).contains("ADMIN");
        assertThat(browser.byTestId("nav-persons").getText()).isEqualTo("Penduduk");
        browser.byTestId("lang").click();
        browser.awaitText("nav-persons", "Persons");
        browser.byTestId("lang").click();
        browser.awaitText("nav-persons", "Penduduk");
    }

    @Test
    void servesTheConsoleWithoutCredentialsButOnlyWithItsOwnScripts() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + "/console/index.html")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
    }
}
