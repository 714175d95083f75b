package com.quotecheck.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One transaction that changed audited entities: when, by whom, and an entry per changed entity. */
@Entity
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "audit_revision_seq")
    // One number at a time, so numbers follow the order transactions began in on every instance.
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 1)
    @RevisionNumber
    public Long id;
    @RevisionTimestamp
    public Instant recordedAt;
    /** The acting user, or null when no one was signed in. */
    public String username;
    // Entries are added while Envers writes the revision; persisting the revision's changes persists them.
    @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
    List<AuditEntry> entries = new ArrayList<>();

    void add(AuditEntry entry) {
        entry.revision = this;
        entries.add(entry);
    }
}
