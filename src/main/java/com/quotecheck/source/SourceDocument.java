package com.quotecheck.source;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An immutable, hashed snapshot of a source document. A changed document is a new row that supersedes the old one.
 */
@Entity
@Immutable
@Audited
public class SourceDocument extends PanacheEntity {

    public String title;
    public String publisher;
    @Enumerated(EnumType.STRING)
    public SourceKind kind;
    public String url;
    public String finalUrl;
    public String contentType;
    public LocalDate publishedOn;
    public String language;
    /** The people or bodies whose words the document records, separated by "; ". */
    public String speakers;
    @Column(name = "body")
    @NotAudited // immutable and identified by sha256; the trail need not hold a second copy
    public String text;
    public String sha256;
    public String rawSha256;
    public Instant retrievedAt;
    public Long supersedesId;

    public static List<SourceDocument> listNewestFirst() {
        return list("order by retrievedAt desc, id desc");
    }

    /** The newest snapshot taken of a URL, or null. */
    public static SourceDocument latestFor(String url) {
        return find("url = ?1 order by retrievedAt desc, id desc", url).firstResult();
    }

    public List<String> speakerList() {
        return speakers == null ? List.of() : List.of(speakers.split("; "));
    }

    public static List<SourceDocument> listByTitle() {
        return list("order by title, id");
    }
}
