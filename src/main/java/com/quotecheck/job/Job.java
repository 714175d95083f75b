package com.quotecheck.job;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** A long operation running in the background, with how far it has come and, once finished, its result as JSON. */
@Entity
public class Job extends PanacheEntity {

    /** Where a job stands. */
    public enum State {
        RUNNING, DONE, FAILED
    }

    public String kind;
    /** What the job works on, as JSON; null where its page needs nothing but the result. */
    public String input;
    public int total;
    public int done;
    @Enumerated(EnumType.STRING)
    public State state;
    public String result;
    public Instant startedAt;
    public Instant finishedAt;
    /** Who started the job; what it writes is recorded in the audit trail as theirs. */
    public String startedBy;

    public int percent() {
        return total == 0 ? 100 : 100 * done / total;
    }

    public boolean running() {
        return state == State.RUNNING;
    }
}
