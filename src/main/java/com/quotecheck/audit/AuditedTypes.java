package com.quotecheck.audit;

import com.quotecheck.article.Article;
import com.quotecheck.export.ExportRecord;
import com.quotecheck.review.Quote;
import com.quotecheck.review.Verdict;
import com.quotecheck.security.ApiToken;
import com.quotecheck.security.UserAccount;
import com.quotecheck.source.SourceDocument;
import com.quotecheck.speaker.Speaker;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entity types in the audit trail. Adding one is a line here and {@code @Audited} on the entity (with its
 * {@code _aud} table in a migration).
 */
final class AuditedTypes {

    static final List<AuditedType<?>> ALL = List.of(
            new AuditedType<>(Article.class, "article", a -> a.id, a -> null, Map.of()),
            new AuditedType<>(Quote.class, "quote", q -> q.article.id, q -> idOf(q.source),
                    Map.of("status:VERIFIED", "quote.signed-off", "status:RETURNED", "quote.returned")),
            new AuditedType<>(Verdict.class, "verdict", v -> v.quote.article.id, v -> idOf(v.source),
                    Map.of("created", "verdict.recorded")),
            new AuditedType<>(SourceDocument.class, "source", s -> null, s -> s.id, Map.of("created", "source.added")),
            new AuditedType<>(Speaker.class, "speaker", s -> null, s -> null, Map.of()),
            new AuditedType<>(ExportRecord.class, "export", e -> e.articleId, e -> e.sourceId,
                    Map.of("created", "export")),
            new AuditedType<>(UserAccount.class, "user", u -> null, u -> null, Map.of()),
            new AuditedType<>(ApiToken.class, "token", t -> null, t -> null,
                    Map.of("created", "token.created", "deleted", "token.revoked")));

    private AuditedTypes() {
    }

    static Optional<AuditedType<?>> of(Class<?> entityClass) {
        return ALL.stream().filter(t -> t.type().isAssignableFrom(entityClass)).findFirst();
    }

    static Optional<AuditedType<?>> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static Long idOf(PanacheEntity entity) {
        return entity == null ? null : entity.id;
    }
}
