package com.quotecheck.search;

import com.quotecheck.article.Article;
import com.quotecheck.review.Quote;
import com.quotecheck.review.Verdict;
import com.quotecheck.source.SourceDocument;
import com.quotecheck.support.LocalChanges;
import com.quotecheck.support.QuoteCheckConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Searches quotes, articles and sources. The index lives in memory and follows the database: after a change made
 * by this instance, and at most once per {@code quotecheck.search.sync-interval} otherwise, it compares ids and
 * versions with the database and re-indexes what changed, so every instance sharing a database finds the same things.
 */
@ApplicationScoped
public class SearchService {

    private static final int BATCH = 500;
    private static final int QUOTE_HITS = 25;
    private static final int OTHER_HITS = 10;
    private static final Duration CATCH_UP_WAIT = Duration.ofSeconds(2);

    private final TextSearch index = new TextSearch();
    private final Map<Long, Integer> articleVersions = new HashMap<>();
    private final Map<Long, Integer> quoteVersions = new HashMap<>();
    private final Map<Long, Integer> sourceVersions = new HashMap<>();
    private final Duration interval;
    private final Clock clock;
    private final LocalChanges changes;
    private final ReentrantLock syncing = new ReentrantLock();
    private final AtomicBoolean catchUpScheduled = new AtomicBoolean();
    private volatile Instant nextSync = Instant.MIN;
    private volatile long changesSeen = -1;
    private volatile boolean built;

    SearchService(QuoteCheckConfig config, Clock clock, LocalChanges changes) {
        this.interval = config.search().syncInterval();
        this.clock = clock;
        this.changes = changes;
        changes.onCommit(this::catchUpInBackground);
    }

    /**
     * Answers from the index, caught up with the database. Once the index is built, a search waits at most
     * {@link #CATCH_UP_WAIT} for a catch-up that another thread is running (a small change takes milliseconds, so
     * people find what they just wrote); behind a large backlog, such as a bulk import, it answers from what is
     * indexed so far.
     */
    public SearchResults search(String query) {
        if (built) {
            syncIfDueAndFree();
        } else {
            syncIfDue();
        }
        return index.search(query, QUOTE_HITS, OTHER_HITS, OTHER_HITS);
    }

    /** Builds the index in the background at start-up, so the first search does not wait for it. */
    void warmUp(@Observes StartupEvent started) {
        CompletableFuture.runAsync(this::syncIfDue);
    }

    /** After this instance changes something, one background catch-up at a time picks it up. */
    private void catchUpInBackground() {
        if (catchUpScheduled.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                catchUpScheduled.set(false);
                syncIfDue();
            });
        }
    }

    private void syncIfDueAndFree() {
        if (!due()) {
            return;
        }
        try {
            if (syncing.tryLock(CATCH_UP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                try {
                    syncLocked();
                } finally {
                    syncing.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }

    private boolean due() {
        return changes.committed() != changesSeen || !Instant.now(clock).isBefore(nextSync);
    }

    private void syncIfDue() {
        if (!due()) {
            return;
        }
        syncing.lock();
        try {
            syncLocked();
        } finally {
            syncing.unlock();
        }
    }

    private void syncLocked() {
        if (!due()) {
            return;
        }
        long seen = changes.committed();
        QuarkusTransaction.joiningExisting().run(() -> {
            follow(SearchHit.Kind.ARTICLE, "select a.id, a.version from Article a", articleVersions,
                    SearchService::articles);
            follow(SearchHit.Kind.QUOTE, "select q.id, q.version from Quote q", quoteVersions,
                    SearchService::quotes);
            follow(SearchHit.Kind.SOURCE, "select s.id, 0 from SourceDocument s", sourceVersions,
                    SearchService::sources);
        });
        index.refresh();
        changesSeen = seen;
        nextSync = Instant.now(clock).plus(interval);
        built = true;
    }

    /** Re-indexes rows that are new or have a new version, and drops rows that are gone. */
    private void follow(SearchHit.Kind kind, String idsAndVersions, Map<Long, Integer> indexed,
                        Function<List<Long>, List<SearchDocument>> load) {
        Map<Long, Integer> current = new HashMap<>();
        Article.getEntityManager().createQuery(idsAndVersions, Object[].class).getResultStream()
                .forEach(row -> current.put((Long) row[0], ((Number) row[1]).intValue()));
        for (Long gone : indexed.keySet().stream().filter(id -> !current.containsKey(id)).toList()) {
            index.remove(kind, gone);
            indexed.remove(gone);
        }
        List<Long> changed = current.entrySet().stream()
                .filter(e -> !e.getValue().equals(indexed.get(e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
        for (int from = 0; from < changed.size(); from += BATCH) {
            for (SearchDocument doc : load.apply(changed.subList(from, Math.min(changed.size(), from + BATCH)))) {
                index.put(doc);
                indexed.put(doc.id(), doc.version());
            }
            Article.getEntityManager().clear();
        }
    }

    private static List<SearchDocument> articles(List<Long> ids) {
        return Article.<Article>list("id in ?1", ids).stream()
                .map(a -> new SearchDocument(SearchHit.Kind.ARTICLE, a.id, a.version, a.text, a.title, null, null,
                        a.outlet, null, null))
                .toList();
    }

    private static List<SearchDocument> quotes(List<Long> ids) {
        List<Quote> quotes = Quote.getEntityManager()
                .createQuery("select q from Quote q join fetch q.article left join fetch q.source where q.id in :ids",
                        Quote.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, Verdict> latest = new HashMap<>();
        Verdict.historyOf(quotes).forEach(v -> latest.putIfAbsent(v.quote.id, v));
        return quotes.stream()
                .map(q -> new SearchDocument(SearchHit.Kind.QUOTE, q.id, q.version, q.text, q.article.title,
                        speakers(q), latest.containsKey(q.id) ? latest.get(q.id).verdict.name() : null,
                        q.article.outlet, q.source == null ? null : q.source.publisher, q.article.id))
                .toList();
    }

    private static List<SearchDocument> sources(List<Long> ids) {
        return SourceDocument.<SourceDocument>list("id in ?1", ids).stream()
                .map(s -> new SearchDocument(SearchHit.Kind.SOURCE, s.id, 0, s.text, s.title, s.speakers, null, null,
                        s.publisher, null))
                .toList();
    }

    private static String speakers(Quote quote) {
        if (quote.speaker == null || quote.speaker.equals(quote.speakerName)) {
            return quote.speakerName;
        }
        return quote.speakerName == null ? quote.speaker : quote.speakerName + " (" + quote.speaker + ")";
    }
}
