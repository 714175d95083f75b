package com.quotecheck.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LoginThrottleTest {

    @Inject
    LoginThrottle throttle;

    @AfterEach
    void forgetFailures() {
        TestAccounts.forgetFailures();
    }

    @Test
    void simultaneousFirstAttemptsOnANewAccountAreAllCountedWithoutError() throws Exception {
        String account = "burst-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                attempts.add(() -> throttle.admit(account, "198.51.100.7").isEmpty());
            }
            for (Future<Boolean> admitted : pool.invokeAll(attempts)) {
                assertTrue(admitted.get());
            }
        } finally {
            pool.shutdown();
        }
        // Four counted; the fifth is still admitted (limit 5), the sixth is refused.
        assertTrue(throttle.admit(account, "198.51.100.8").isEmpty());
        assertTrue(throttle.admit(account, "198.51.100.9").isPresent());
    }

    @Test
    void aSuccessForgivesTheAccountButTheAddressKeepsItsOtherFailures() {
        String account = "forgiven-" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            throttle.admit(account, "203.0.113.5");
        }
        throttle.succeeded(account, "203.0.113.5");
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.admit(account, "203.0.113.6").isEmpty(), "attempt " + i);
        }
        assertEquals(true, throttle.admit(account, "203.0.113.6").isPresent());
    }
}
