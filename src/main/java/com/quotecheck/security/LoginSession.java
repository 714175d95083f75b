package com.quotecheck.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/**
 * One browser signed in through the login form. The form's encrypted cookie counts only while its session row
 * exists, so deleting the row signs out every copy of the cookie. Only the SHA-256 of the session id is stored.
 */
@Entity
public class LoginSession extends PanacheEntityBase {

    @Id
    public String sessionHash;
    public String username;
    public Instant createdAt;
    public Instant lastSeenAt;

    static long deleteIdleSince(Instant cutoff) {
        return delete("lastSeenAt < ?1", cutoff);
    }

    static long deleteAllOf(String username) {
        return delete("username", username);
    }

    static long deleteAllOfBut(String username, String keptHash) {
        return delete("username = ?1 and sessionHash <> ?2", username, keptHash);
    }
}
