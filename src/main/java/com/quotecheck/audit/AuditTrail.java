package com.quotecheck.audit;

import com.quotecheck.review.Quote;
import com.quotecheck.review.Verdict;
import com.quotecheck.source.SourceDocument;
import com.quotecheck.support.MissingEntityException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Transient;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the audit trail: what happened, filtered and newest first, and the history of one quote, each entry with the
 * fields it changed. Nothing in the application edits or deletes the trail.
 */
@ApplicationScoped
public class AuditTrail {

    static final int PAGE_SIZE = 50;

    /** A page of entries, newest first. */
    public TrailPage list(TrailFilter filter, int page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.user() != null) {
            conditions.add("r.username = :user");
            parameters.put("user", filter.user());
        }
        if (filter.from() != null) {
            conditions.add("r.recordedAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (filter.to() != null) {
            conditions.add("r.recordedAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (filter.articleId() != null) {
            conditions.add("e.articleId = :article");
            parameters.put("article", filter.articleId());
        }
        if (filter.sourceId() != null) {
            conditions.add("e.sourceId = :source");
            parameters.put("source", filter.sourceId());
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<AuditEntry> query = em().createQuery("select e from AuditEntry e join fetch e.revision r" + where
                        + " order by r.id desc, e.id desc", AuditEntry.class)
                .setFirstResult(page * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE + 1);
        parameters.forEach(query::setParameter);
        List<AuditEntry> found = query.getResultList();
        boolean hasOlder = found.size() > PAGE_SIZE;
        return new TrailPage(describe(hasOlder ? found.subList(0, PAGE_SIZE) : found), page, hasOlder);
    }

    /** The actions the trail holds so far, for choosing one. */
    public List<String> actions() {
        return em().createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .getResultList();
    }

    /**
     * Everything that happened to a quote and its verdicts, oldest first — also for a deleted quote.
     *
     * @throws MissingEntityException when no such quote exists or ever existed
     */
    public List<TrailEntry> historyOfQuote(long quoteId) {
        List<?> verdictIds = reader().createQuery().forRevisionsOfEntity(Verdict.class, true, true)
                .add(AuditEntity.relatedId("quote").eq(quoteId))
                .addProjection(AuditEntity.id().distinct())
                .getResultList();
        TypedQuery<AuditEntry> query = em().createQuery("select e from AuditEntry e join fetch e.revision r"
                        + " where (e.entityType = 'quote' and e.entityId = :quote)"
                        + (verdictIds.isEmpty() ? "" : " or (e.entityType = 'verdict' and e.entityId in :verdicts)")
                        + " order by r.id, e.id", AuditEntry.class)
                .setParameter("quote", quoteId);
        if (!verdictIds.isEmpty()) {
            query.setParameter("verdicts", verdictIds.stream().map(id -> ((Number) id).longValue()).toList());
        }
        List<AuditEntry> entries = query.getResultList();
        if (entries.isEmpty() && Quote.findById(quoteId) == null) {
            throw new MissingEntityException("Quote", quoteId);
        }
        return describe(entries);
    }

    /** One state of an entity as Envers kept it. */
    private record Snapshot(long revision, RevisionType type, Map<String, String> fields) {
    }

    /** The entries with their changes, reading the snapshots of each entity type in one query. */
    private List<TrailEntry> describe(List<AuditEntry> entries) {
        Map<String, Map<Long, List<Snapshot>>> snapshots = new HashMap<>();
        entries.stream()
                .collect(Collectors.groupingBy(e -> e.entityType, Collectors.mapping(e -> e.entityId, Collectors.toSet())))
                .forEach((type, ids) -> snapshots.put(type, snapshotsOf(type, ids)));
        return entries.stream()
                .map(e -> new TrailEntry(e.revision.recordedAt, e.revision.username, e.action, e.entityType,
                        e.entityId, e.articleId, e.sourceId,
                        changes(e.revision.id, snapshots.get(e.entityType).getOrDefault(e.entityId, List.of()))))
                .toList();
    }

    /** Every snapshot of these entities, oldest first, by entity id. */
    private Map<Long, List<Snapshot>> snapshotsOf(String typeName, Set<Long> ids) {
        AuditedType<?> type = AuditedTypes.named(typeName).orElse(null);
        if (type == null) {
            return Map.of();
        }
        List<Object[]> rows = reader().createQuery().forRevisionsOfEntity(type.type(), false, true)
                .add(AuditEntity.id().in(ids))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList().stream().map(row -> (Object[]) row).toList();
        List<Map<String, Object>> values = rows.stream().map(row -> valuesOf(row[0])).toList();
        Map<Object, String> sourceTitles = sourceTitles(values);
        Map<Long, List<Snapshot>> byId = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            long id = ((Number) identifier(row[0])).longValue();
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Snapshot(((AuditRevision) row[1]).id,
                    (RevisionType) row[2], asText(values.get(i), sourceTitles)));
        }
        return byId;
    }

    /**
     * What the revision changed: every field of a creation, what a deletion removed (Envers stores the deleted data),
     * or the fields an update changed since the previous snapshot. An entity older than the trail has no previous
     * snapshot, so its first update shows only the values after.
     */
    private static List<FieldChange> changes(long revision, List<Snapshot> history) {
        for (int i = 0; i < history.size(); i++) {
            Snapshot now = history.get(i);
            if (now.revision() == revision) {
                return switch (now.type()) {
                    case ADD -> FieldChange.between(null, now.fields());
                    case MOD -> FieldChange.between(i == 0 ? null : history.get(i - 1).fields(), now.fields());
                    case DEL -> FieldChange.between(now.fields(), null);
                };
            }
        }
        return List.of();
    }

    /**
     * The audited fields of a snapshot in declaration order. Read from the fields themselves: Panache has made the
     * entity's public fields protected by now.
     */
    private static Map<String, Object> valuesOf(Object snapshot) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : snapshot.getClass().getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                    || field.getName().startsWith("$$") || field.isAnnotationPresent(Version.class)
                    || field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Transient.class)) {
                continue;
            }
            try {
                field.setAccessible(true);
                values.put(field.getName(), field.get(snapshot));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + field, e);
            }
        }
        return values;
    }

    /** The titles of the sources the snapshots refer to, in one query (a source's text is too large to load). */
    private static Map<Object, String> sourceTitles(List<Map<String, Object>> values) {
        Set<Object> ids = values.stream().flatMap(v -> v.values().stream())
                .filter(SourceDocument.class::isInstance)
                .map(AuditTrail::identifier)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em().createQuery("select s.id, s.title from SourceDocument s where s.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> row[0], row -> (String) row[1]));
    }

    /** Values as the trail shows them: related entities by id, sources with their title. */
    private static Map<String, String> asText(Map<String, Object> values, Map<Object, String> sourceTitles) {
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((field, value) -> text.put(field, value == null ? null
                : value instanceof SourceDocument ? sourceTitles.get(identifier(value)) + " (#" + identifier(value) + ")"
                : value instanceof PanacheEntityBase ? "#" + identifier(value)
                : value instanceof Enum<?> constant ? constant.name()
                : value.toString()));
        return text;
    }

    /** The id of an entity or of a reference to one, without loading it. */
    private static Object identifier(Object entity) {
        return em().getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }

    private static AuditReader reader() {
        return AuditReaderFactory.get(em());
    }

    private static EntityManager em() {
        return AuditEntry.getEntityManager();
    }
}
