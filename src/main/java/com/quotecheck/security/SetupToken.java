package com.quotecheck.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** The hash of the one-time link that creates the first admin when no account exists. */
@Entity
public class SetupToken extends PanacheEntityBase {

    @Id
    public String tokenHash;
    public Instant createdAt;
}
