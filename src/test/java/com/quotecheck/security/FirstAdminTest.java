package com.quotecheck.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** First start with QUOTECHECK_ADMIN_USERNAME / _PASSWORD set, on a database of its own with no account. */
@QuarkusTest
@TestProfile(FirstAdminTest.ConfiguredAdmin.class)
class FirstAdminTest {

    public static class ConfiguredAdmin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1",
                    "quotecheck.admin.username", "chief",
                    "quotecheck.admin.password", "a long first password");
        }
    }

    @Test
    void theConfiguredAdminExistsWithEveryRoleAndSignsIn() {
        given().auth().preemptive().basic("chief", "a long first password").get("/api/users").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].username", equalTo("chief"))
                .body("[0].roles", containsInAnyOrder(Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER));
    }
}
