package com.quotecheck.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Failed sign-ins counted for one account or one client address since the start of the current window. */
@Entity
@Table(name = "login_throttle")
public class LoginFailures extends PanacheEntityBase {

    @Id
    public String throttleKey;
    public int failures;
    public Instant windowStart;
}
