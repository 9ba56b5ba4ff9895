package id.sinkron.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The persons pages in headless Chromium: search by NIK and by an old-spelled name, and one person's page. */
class ConsolePersonsIT extends ConsoleTest {

    @BeforeEach
    void pushAndStartBrowser() {
        api().push("dinkes-puskesmas", "application/x-ndjson", """
                {"source_record_id": "D1", "nik": "3316094509870002", "full_name": "Hj. Sri Wahyuni, S.Pd.", "birth_date": "05-09-1987", "sex": "PEREMPUAN", "phone": "0812-2233-4455", "village_code": "3316091006", "rt": "3"}
                {"source_record_id": "D2", "nik": "3316090101610001", "full_name": "Drs. Soedjono Tjokro", "birth_date": "1961-01-01", "sex": "L", "village_code": "3316091006"}
                """);
        api().push("dinsos-dtks", "application/x-ndjson", """
                {"source_record_id": "S9", "nik": "3316 0945 0987 0002", "full_name": "SRI WAHYUNI", "address": "Dk. Krajan RT 3 RW 1"}
                """);
        openSignedIn();
    }

    @Test
    void findsAPersonByNikAndShowsWhereEachValueCameFromAndItsLinkedRecords() {
        browser.byTestId("nav-persons").click();
        browser.byTestId("search-nik").sendKeys("3316094509870002");
        browser.byTestId("search-submit").click();
        browser.awaitText("search-table", "SRI WAHYUNI");
        browser.screenshot("person-search");

        browser.byTestId("person-link").click();
        browser.awaitText("person-name", "SRI WAHYUNI");
        assertThat(browser.byTestId("value-phone").getText()).isEqualTo("+6281222334455");
        assertThat(rowOf("golden", "Alamat").getText()).contains("DK. KRAJAN RT 3 RW 1", "dinsos-dtks / S9");
        assertThat(rowOf("golden", "Telepon").getText()).contains("dinkes-puskesmas / D1");
        WebElement links = browser.byTestId("links");
        // the Dinsos record links by its NIK and name, each comparison shown with its level and weight
        assertThat(links.getText()).contains("dinkes-puskesmas", "D1", "dinsos-dtks", "S9", "probabilistic", "exact after normalization");
        assertThat(browser.byTestId("versions").getText()).contains("Sri Wahyuni".toUpperCase());

        browser.byTestId("lineage-address").click();
        browser.awaitText("lineage-current", "dinsos-dtks / S9");
        browser.screenshot("person");

        String id = browser.byTestId("person-id").getText().split(" ")[0];
        assertThat(api().get("/api/v1/persons/" + id).json().at("/record/address").asText()).isEqualTo("DK. KRAJAN RT 3 RW 1");
    }

    @Test
    void findsAPersonByTheNewSpellingOfAnOldSpelledNameAndTellsAboutAnEmptySearch() {
        browser.open("http://127.0.0.1:" + port + "/console/index.html#/persons");
        browser.byTestId("search-name").sendKeys("sudjono cokro");
        browser.byTestId("search-submit").click();

        browser.awaitText("search-table", "SOEDJONO TJOKRO");
        assertThat(browser.driver().findElements(Browser.testId("person-link"))).hasSize(1);
        assertThat(browser.driver().getCurrentUrl()).contains("name=sudjono+cokro");

        browser.byTestId("search-name").clear();
        browser.byTestId("search-name").sendKeys("Bambang");
        browser.byTestId("search-submit").click();
        browser.awaitText("search-results", "Tidak ada penduduk yang cocok");
    }

    @Test
    void thePersonsPagesSpeakEnglishAfterTheLanguageSwitch() {
        browser.byTestId("nav-persons").click();
        browser.awaitText("search-submit", "Cari");
        browser.byTestId("lang").click();
        browser.awaitText("search-submit", "Search");
        browser.byTestId("search-village").sendKeys("33.16.09.1006");
        browser.byTestId("search-submit").click();
        browser.awaitText("search-table", "SOEDJONO TJOKRO");
        assertThat(browser.byTestId("search-table").getText()).contains("DATE OF BIRTH", "SRI WAHYUNI");

        browser.driver().findElements(Browser.testId("person-link")).get(0).click();
        browser.awaitText("golden", "Full name");
        assertThat(browser.byTestId("links").getText()).contains("RECORD ID");
        browser.byTestId("lang").click();
        browser.awaitText("golden", "Nama lengkap");
    }

    private WebElement rowOf(String tableTestId, String firstCell) {
        return browser.await().until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.xpath(
                "//*[@data-testid='" + tableTestId + "']//tr[td[1][normalize-space()='" + firstCell + "']]")));
    }
}
