package com.quotecheck.audit;

import org.hibernate.envers.RevisionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditedTypesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "article, ADD, -, article.created",
            "article, MOD, -, article.updated",
            "quote, ADD, -, quote.created",
            "quote, MOD, -, quote.updated",
            "quote, MOD, REVIEWED, quote.updated",
            "quote, MOD, VERIFIED, quote.signed-off",
            "quote, MOD, RETURNED, quote.returned",
            "quote, DEL, -, quote.deleted",
            "verdict, ADD, -, verdict.recorded",
            "verdict, DEL, -, verdict.deleted",
            "source, ADD, -, source.added",
            "speaker, MOD, -, speaker.updated",
            "speaker, DEL, -, speaker.deleted",
            "export, ADD, -, export",
            "user, ADD, -, user.created",
            "user, MOD, -, user.updated",
            "token, ADD, -, token.created",
            "token, DEL, -, token.revoked"})
    void namesEachActionAsTheTrailListsIt(String type, RevisionType change, String newStatus, String action) {
        assertEquals(action, AuditedTypes.named(type).orElseThrow().action(change, newStatus));
    }

    @ParameterizedTest
    @CsvSource({"com.quotecheck.article.Article, article", "com.quotecheck.review.Quote, quote",
            "com.quotecheck.review.Verdict, verdict", "com.quotecheck.source.SourceDocument, source",
            "com.quotecheck.speaker.Speaker, speaker", "com.quotecheck.export.ExportRecord, export",
            "com.quotecheck.security.UserAccount, user", "com.quotecheck.security.ApiToken, token"})
    void knowsEveryAuditedEntity(Class<?> entity, String name) {
        assertEquals(name, AuditedTypes.of(entity).orElseThrow().name());
    }
}
