package com.quotecheck.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A person or body that articles quote, with the other ways they are named ("Zhu" for "Zhu Feng") and a role. */
@Entity
@Audited
public class Speaker extends PanacheEntity {

    static final String SEPARATOR = "; ";

    public String name;
    public String role;
    /** Other names, separated by "; ". */
    public String aliases;
    @Version
    public int version;

    public List<String> aliasList() {
        return aliases == null ? List.of() : List.of(aliases.split(SEPARATOR));
    }

    /** The name and every alias, lower-cased, as extraction meets them. */
    public List<String> namesLowerCase() {
        return Stream.concat(Stream.of(name), aliasList().stream()).map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    public static List<Speaker> listByName() {
        return list("order by name");
    }
}
