package com.quotecheck.review;

import com.quotecheck.article.Article;
import com.quotecheck.article.ArticleService;
import com.quotecheck.audit.ActingUser;
import com.quotecheck.extraction.QuoteKind;
import com.quotecheck.matching.MatchResult;
import com.quotecheck.source.SourceLibrary;
import com.quotecheck.source.SourceService;
import com.quotecheck.speaker.SpeakerSaved;
import com.quotecheck.support.ForbiddenActionException;
import com.quotecheck.support.LocalChanges;
import com.quotecheck.support.MissingEntityException;
import com.quotecheck.support.QuoteCheckConfig;
import com.quotecheck.support.RejectedInputException;
import com.quotecheck.support.StaleEditException;
import com.quotecheck.support.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Quotes on an article, their attribution, and the verdicts reviewers record on them. */
@ApplicationScoped
public class ReviewService {

    static final String ANONYMOUS_REVIEWER = "anonymous";

    private final ArticleService articles;
    private final SourceService sources;
    private final SourceLibrary library;
    private final QuoteMemory memory;
    private final LocalChanges changes;
    private final QuoteCheckConfig config;
    private final ActingUser actingUser;
    private final Clock clock;

    ReviewService(ArticleService articles, SourceService sources, SourceLibrary library, QuoteMemory memory,
                  LocalChanges changes, QuoteCheckConfig config, ActingUser actingUser, Clock clock) {
        this.articles = articles;
        this.sources = sources;
        this.library = library;
        this.memory = memory;
        this.changes = changes;
        this.config = config;
        this.actingUser = actingUser;
        this.clock = clock;
    }

    /** Whether verdicts wait for an editor's sign-off ({@code quotecheck.review.sign-off}). */
    public boolean signOffRequired() {
        return config.review().signOff();
    }

    public Quote get(long id) {
        return Quote.<Quote>findByIdOptional(id).orElseThrow(() -> new MissingEntityException("Quote", id));
    }

    public List<Quote> quotesOf(long articleId) {
        return Quote.listFor(articles.get(articleId));
    }

    @Transactional
    public Quote addQuote(long articleId, @Valid QuoteDraft draft) {
        Article article = articles.get(articleId);
        String text = TextInput.normalizeNewlines(draft.text());
        int from = Objects.requireNonNullElse(draft.start(), 0);
        int at = from > article.text.length() ? -1 : article.text.indexOf(text, from);
        if (at < 0) {
            throw new RejectedInputException("The text “" + abbreviate(text) + "” does not occur in the article"
                    + (from > 0 ? " at or after position " + from : "") + ". Copy it exactly as it stands there.");
        }
        Quote quote = Quote.manual(article, at, at + text.length(),
                Objects.requireNonNullElse(draft.kind(), QuoteKind.DIRECT), TextInput.blankToNull(draft.speaker()));
        if (draft.sourceId() != null) {
            quote.source = sources.get(draft.sourceId());
        }
        quote.persist();
        changes.recordOnCommit();
        return quote;
    }

    @Transactional
    public Quote changeQuote(long id, @Valid QuoteChange change) {
        Quote quote = get(id);
        requireCurrent(quote, change.version());
        changes.recordOnCommit();
        if (change.speaker() != null) {
            quote.correctSpeaker(TextInput.blankToNull(change.speaker()));
        }
        if (change.sourceId() != null) {
            quote.attributeTo(change.sourceId() == QuoteChange.NO_SOURCE ? null : sources.get(change.sourceId()));
        }
        return quote;
    }

    @Transactional
    public long deleteQuote(long id) {
        Quote quote = get(id);
        long articleId = quote.article.id;
        // One by one, not in a bulk delete, so the audit trail keeps each deleted verdict.
        Verdict.historyOf(quote).forEach(Verdict::delete);
        quote.delete();
        changes.recordOnCommit();
        return articleId;
    }

    /**
     * Gives the quotes that carry one of a saved registry entry's names its full name, unless a reviewer set their
     * speaker by hand. Quote by quote, not in a bulk update, so the audit trail records each rename.
     */
    void renameQuotes(@Observes SpeakerSaved saved) {
        String name = saved.speaker().name;
        // Verified quotes keep the name an editor signed off.
        Quote.<Quote>list("corrected = false and lower(speakerName) in ?1 and speakerName <> ?2 and status <> ?3",
                        saved.speaker().namesLowerCase(), name, ReviewStatus.VERIFIED)
                .forEach(quote -> quote.speakerName = name);
    }

    public QuoteReview review(long id) {
        Quote quote = get(id);
        return new QuoteReview(quote, matchesFor(quote), historyOf(quote), Quote.listFor(quote.article),
                earlierChecksOf(quote));
    }

    /**
     * Verdicts on the same words (or nearly) quoted in other articles, so a reviewer can reuse earlier work. A long
     * quote that merely contains these words is not the same quote.
     */
    public List<EarlierCheck> earlierChecksOf(Quote quote) {
        List<Long> ids = memory.containingWordsOf(quote);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Quote> candidates = Quote.<Quote>list("id in ?1", ids).stream()
                .filter(other -> !other.article.id.equals(quote.article.id))
                .filter(other -> other.text.length() <= 2 * quote.text.length() + 20)
                .toList();
        Map<Long, Verdict> latest = latestVerdicts(candidates);
        return candidates.stream()
                .filter(other -> latest.containsKey(other.id))
                .sorted(Comparator.comparingInt(other -> ids.indexOf(other.id)))
                .map(other -> new EarlierCheck(other, latest.get(other.id)))
                .toList();
    }

    public MatchResult matchesFor(Quote quote) {
        return library.match(quote.text, quote.source == null ? null : quote.source.id);
    }

    @Transactional
    public Verdict recordVerdict(long quoteId, @Valid VerdictDraft draft) {
        Quote quote = get(quoteId);
        requireCurrent(quote, draft.version());
        // Two reviewers judging the same quote at once must not both succeed unnoticed.
        Quote.getEntityManager().lock(quote, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Verdict verdict = new Verdict();
        verdict.quote = quote;
        verdict.verdict = draft.verdict();
        verdict.note = TextInput.blankToNull(draft.note());
        verdict.reviewer = Objects.requireNonNullElse(actingUser.name(), ANONYMOUS_REVIEWER);
        verdict.recordedAt = Instant.now(clock);
        if (draft.sourceId() != null) {
            verdict.source = sources.get(draft.sourceId());
            pinPassage(verdict, draft.start(), draft.end());
        }
        verdict.matchClass = matchesFor(quote).matchClass();
        verdict.persist();
        quote.judged(signOffRequired());
        flushOrRefuseAsStale();
        memory.rememberAfterCommit(quote);
        changes.recordOnCommit();
        return verdict;
    }

    /**
     * An editor confirms the latest verdict (the quote becomes VERIFIED) or returns it with a note (RETURNED). Only a
     * proposed verdict can be decided on, only on the version the editor saw, and never by its own author.
     */
    @Transactional
    public Quote signOff(long quoteId, @Valid SignOffDecision decision) {
        if (!signOffRequired()) {
            throw new RejectedInputException("Sign-off is switched off on this desk (quotecheck.review.sign-off):"
                    + " a verdict verifies a quote at once.");
        }
        Quote quote = get(quoteId);
        requireCurrent(quote, decision.version());
        if (quote.status != ReviewStatus.PROPOSED) {
            throw new RejectedInputException("Only a proposed verdict can be signed off; this quote is "
                    + quote.status.name().toLowerCase(Locale.ROOT) + ".");
        }
        String editor = actingUser.name();
        if (editor == null) {
            throw new ForbiddenActionException("Sign in as an editor to sign off a verdict.");
        }
        if (editor.equals(Verdict.latestOf(quote).reviewer)) {
            throw new ForbiddenActionException("You proposed this verdict yourself: another editor must sign it off.");
        }
        String note = TextInput.blankToNull(decision.note());
        if (decision.approve()) {
            quote.confirm(editor, Instant.now(clock), note);
        } else if (note == null) {
            throw new RejectedInputException("Say in a note why you return the verdict, so the reviewer knows what to"
                    + " look at again.");
        } else {
            quote.returnToReviewer(editor, Instant.now(clock), note);
        }
        flushOrRefuseAsStale();
        changes.recordOnCommit();
        return quote;
    }

    public List<Verdict> historyOf(Quote quote) {
        return Verdict.historyOf(quote);
    }

    public ReviewOverview overview() {
        var em = Quote.getEntityManager();
        Map<VerdictType, Long> byVerdict = new EnumMap<>(VerdictType.class);
        em.createQuery("select v.verdict, count(v) from Verdict v where v.recordedAt ="
                        + " (select max(w.recordedAt) from Verdict w where w.quote = v.quote) group by v.verdict",
                        Object[].class)
                .getResultStream()
                .forEach(row -> byVerdict.put((VerdictType) row[0], (Long) row[1]));
        List<ReviewOverview.VerdictCount> verdicts = Arrays.stream(VerdictType.values())
                .map(type -> new ReviewOverview.VerdictCount(type, byVerdict.getOrDefault(type, 0L)))
                .toList();
        List<ReviewOverview.ReviewerActivity> reviewers = em.createQuery("select v.reviewer, count(v),"
                        + " max(v.recordedAt) from Verdict v group by v.reviewer order by count(v) desc, v.reviewer",
                        Object[].class)
                .getResultStream()
                .map(row -> new ReviewOverview.ReviewerActivity((String) row[0], (Long) row[1], (Instant) row[2]))
                .toList();
        return new ReviewOverview(Quote.countByStatus(), verdicts, reviewers);
    }

    /** The latest verdict of each quote that has one, by quote id. */
    public Map<Long, Verdict> latestVerdicts(Collection<Quote> quotes) {
        Map<Long, Verdict> latest = new HashMap<>();
        for (Verdict verdict : Verdict.historyOf(quotes)) {
            latest.putIfAbsent(verdict.quote.id, verdict);
        }
        return latest;
    }

    private static void pinPassage(Verdict verdict, Integer start, Integer end) {
        if (start == null && end == null) {
            return;
        }
        int length = verdict.source.text.length();
        if (start == null || end == null || start >= end || end > length) {
            throw new RejectedInputException("The passage [" + start + ", " + end + ") is not a range inside the source"
                    + " (it has " + length + " characters).");
        }
        verdict.passageStart = start;
        verdict.passageEnd = end;
    }

    /**
     * Writes the change now, so that a concurrent transaction that passed the version check at the same moment is
     * refused here with the same answer as a stale form, not at commit with a generic failure.
     */
    private static void flushOrRefuseAsStale() {
        try {
            Quote.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException("Someone changed this quote at the same moment. Review its current state"
                    + " and try again.");
        }
    }

    private static void requireCurrent(Quote quote, Integer version) {
        if (version != null && version != quote.version) {
            throw new StaleEditException("Someone changed this quote after you opened it (your version " + version
                    + ", now " + quote.version + "). Review the current state and try again.");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
