package com.quotecheck.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.List;

/** A personal API token: only the SHA-256 of the secret is stored; the secret is shown once. */
@Entity
@Audited
public class ApiToken extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public UserAccount user;
    public String name;
    @NotAudited
    public String tokenHash;
    public Instant createdAt;

    public static List<ApiToken> listOf(UserAccount user) {
        return list("user = ?1 order by createdAt desc, id desc", user);
    }
}
