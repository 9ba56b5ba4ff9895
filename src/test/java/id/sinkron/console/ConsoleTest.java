package id.sinkron.console;

import id.sinkron.support.Api;
import id.sinkron.support.Browser;
import id.sinkron.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;

/** Base of the console's end-to-end tests: the service as in {@link IntegrationTest}, and a headless browser on it. */
abstract class ConsoleTest extends IntegrationTest {

    protected Browser browser;

    protected String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the browser and signs in to the console with the tests' key. */
    protected void openSignedIn() {
        browser = Browser.start();
        browser.signIn(base(), Api.TEST_KEY);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
