package com.quotecheck.article;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A news article as pasted or imported; its text is what quote offsets index. */
@Entity
@Audited
public class Article extends PanacheEntity {

    public String title;
    public String outlet;
    public String url;
    public LocalDate publishedOn;
    @Column(name = "body")
    @NotAudited // up to 5 MB and never edited; the trail need not hold a second copy
    public String text;
    public Instant createdAt;
    @Version
    public int version;

    public static List<Article> listNewestFirst() {
        return list("order by createdAt desc, id desc");
    }
}
