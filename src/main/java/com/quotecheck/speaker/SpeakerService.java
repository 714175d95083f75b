package com.quotecheck.speaker;

import com.quotecheck.review.ReviewStatus;
import com.quotecheck.support.LocalChanges;
import com.quotecheck.support.MissingEntityException;
import com.quotecheck.support.RejectedInputException;
import com.quotecheck.support.StaleEditException;
import com.quotecheck.support.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The speaker registry that editors keep: extraction resolves speakers through it, and saving an entry announces
 * {@link SpeakerSaved} so the quotes that carry one of its aliases are renamed (unless a reviewer set their speaker by
 * hand).
 */
@ApplicationScoped
public class SpeakerService {

    private static final int UNREGISTERED_SHOWN = 50;

    private final LocalChanges changes;
    private final Event<SpeakerSaved> saved;

    SpeakerService(LocalChanges changes, Event<SpeakerSaved> saved) {
        this.changes = changes;
        this.saved = saved;
    }

    public List<Speaker> list() {
        return Speaker.listByName();
    }

    public SpeakerRegistry registry() {
        return new SpeakerRegistry(Speaker.listAll());
    }

    public Speaker get(long id) {
        return Speaker.<Speaker>findByIdOptional(id).orElseThrow(() -> new MissingEntityException("Speaker", id));
    }

    @Transactional
    public Speaker create(@Valid SpeakerDraft draft) {
        Speaker speaker = new Speaker();
        apply(speaker, draft);
        speaker.persist();
        saved.fire(new SpeakerSaved(speaker));
        changes.recordOnCommit();
        return speaker;
    }

    @Transactional
    public Speaker update(long id, @Valid SpeakerDraft draft) {
        Speaker speaker = get(id);
        if (draft.version() != null && draft.version() != speaker.version) {
            throw new StaleEditException("Someone changed this speaker after you opened it (your version "
                    + draft.version() + ", now " + speaker.version + "). Review the current entry and try again.");
        }
        apply(speaker, draft);
        saved.fire(new SpeakerSaved(speaker));
        changes.recordOnCommit();
        return speaker;
    }

    /** Speaker names on quotes that no registry entry covers, most quoted first. */
    public List<UnregisteredSpeaker> unregistered() {
        Set<String> known = Speaker.<Speaker>listAll().stream()
                .flatMap(s -> s.namesLowerCase().stream())
                .collect(Collectors.toSet());
        return Speaker.getEntityManager()
                .createQuery("select q.speakerName, count(q) from Quote q where q.speakerName is not null"
                        + " group by q.speakerName order by count(q) desc, q.speakerName", Object[].class)
                .getResultStream()
                .filter(row -> !known.contains(((String) row[0]).toLowerCase(Locale.ROOT)))
                .limit(UNREGISTERED_SHOWN)
                .map(row -> new UnregisteredSpeaker((String) row[0], (Long) row[1]))
                .toList();
    }

    private static void apply(Speaker speaker, SpeakerDraft draft) {
        String name = draft.name().strip();
        Speaker sameName = Speaker.find("lower(name) = ?1", name.toLowerCase(Locale.ROOT)).firstResult();
        if (sameName != null && !sameName.equals(speaker)) {
            throw new RejectedInputException("The registry already has " + sameName.name + "; edit that entry instead.");
        }
        speaker.name = name;
        speaker.role = TextInput.blankToNull(draft.role());
        Set<String> seen = new HashSet<>(Set.of(name.toLowerCase(Locale.ROOT)));
        String aliases = draft.aliases() == null ? "" : Arrays.stream(draft.aliases().split("[;\\n]"))
                .map(String::strip)
                .filter(alias -> !alias.isEmpty() && seen.add(alias.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(Speaker.SEPARATOR));
        speaker.aliases = aliases.isEmpty() ? null : aliases;
    }
}
