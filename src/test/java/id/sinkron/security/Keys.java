package id.sinkron.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.support.Api;

/** Issues API keys through the keys API, as an administrator would. */
final class Keys {

    private Keys() {}

    static String issue(Api admin, Role role, String agency) {
        String body = agency == null
                ? "{\"name\": \"%s key\", \"roles\": [\"%s\"]}".formatted(role, role)
                : "{\"name\": \"%s key\", \"roles\": [\"%s\"], \"agency\": \"%s\"}".formatted(role, role, agency);
        Api.Response response = admin.post("/api/v1/keys", "application/json", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("secret").asText();
    }
}
