package com.quotecheck.web;

import com.quotecheck.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    @TestSecurity(user = "desk", roles = Roles.REVIEWER)
    void openApiDescribesTheContract() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/articles/{id}/quotes"))
                .body(containsString("/api/quotes/{id}/matches"))
                .body(containsString("/api/quotes/{id}/verdict"))
                .body(containsString("/api/sources"));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : new String[] {"/", "/api/articles", "/no/such/page", "/css/app.css"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("object-src 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("same-origin"));
        }
    }

    @Test
    void healthIsUpWithTheDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
