package id.sinkron.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the audit log keeps of a person search's query string: which criteria, not the name or date. */
class AccessLogSearchTermsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name alone                | name=sri+wahyuni                        | name=***
            birth date and limit      | birth_date=1987-09-05&limit=20          | birth_date=***&limit=20
            both, other terms kept    | limit=5&name=SRI&birth_date=05-09-1987&offset=20 | limit=5&name=***&birth_date=***&offset=20
            a name ending a longer parameter is not a name | surname=x&agency_name=y | surname=x&agency_name=y
            empty value               | name=&nik=1                             | name=***&nik=1
            """)
    void hidesTheValuesOfNameAndBirthDate(String description, String query, String logged) {
        assertThat(AccessLog.withoutSearchTerms(query)).isEqualTo(logged);
    }
}
