package com.quotecheck.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Someone who signs in. Quarkus Security JPA checks the bcrypt hash and reads the roles from here. */
@Entity
@UserDefinition
@Audited
public class UserAccount extends PanacheEntity {

    @Username
    public String username;
    @Password(PasswordType.MCF)
    @NotAudited
    public String passwordHash;
    @Roles
    public String roles;
    /** A disabled account keeps its history but can no longer sign in or use its tokens. */
    public boolean enabled;
    public Instant createdAt;
    /** When the password was last set: the audit trail shows this instead of the hash. */
    public Instant passwordChangedAt;
    @Version
    public int version;

    public Set<String> roleSet() {
        return new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    public boolean hasRole(String role) {
        return roleSet().contains(role);
    }

    public static Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<UserAccount> listByName() {
        return list("order by username");
    }
}
