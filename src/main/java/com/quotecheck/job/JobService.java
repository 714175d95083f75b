package com.quotecheck.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.quotecheck.audit.ActingUser;
import com.quotecheck.support.MissingEntityException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs long operations in the background and records their progress in the database, each step in its own
 * transaction, so a progress page on any instance can follow them. A job acts for the user who started it.
 */
@ApplicationScoped
public class JobService {

    private static final Logger LOG = Logger.getLogger(JobService.class);

    private final ManagedExecutor executor;
    private final ObjectMapper json;
    private final Clock clock;
    private final ActingUser actingUser;

    JobService(ManagedExecutor executor, ObjectMapper json, Clock clock, ActingUser actingUser) {
        this.executor = executor;
        this.json = json;
        this.clock = clock;
        this.actingUser = actingUser;
    }

    /**
     * Starts {@code work} in the background; it reports each finished step to the progress consumer it is given and
     * returns the result, stored as JSON.
     *
     * @return the job's id, for its progress page
     */
    public long start(String kind, int total, Function<IntConsumer, Object> work) {
        return start(kind, null, total, work);
    }

    /** Starts a job as {@link #start(String, int, Function)} does, keeping {@code input}, what it works on, as JSON. */
    public long start(String kind, Object input, int total, Function<IntConsumer, Object> work) {
        String storedInput = write(input);
        String startedBy = actingUser.name();
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Job job = new Job();
            job.startedBy = startedBy;
            job.kind = kind;
            job.total = total;
            job.input = storedInput;
            job.state = Job.State.RUNNING;
            job.startedAt = Instant.now(clock);
            job.persist();
            return job.id;
        });
        executor.runAsync(() -> actingUser.runAs(startedBy, () -> {
            run(id, work);
            return null;
        }));
        return id;
    }

    public Job get(long id) {
        return Job.<Job>findByIdOptional(id).orElseThrow(() -> new MissingEntityException("Job", id));
    }

    public <T> T result(Job job, Class<T> type) {
        return read(job, job.result, type);
    }

    public <T> T input(Job job, Class<T> type) {
        return read(job, job.input, type);
    }

    private <T> T read(Job job, String stored, Class<T> type) {
        try {
            return stored == null ? null : json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Job " + job.id + " holds JSON that cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A job's input must be writable as JSON", e);
        }
    }

    private void run(long id, Function<IntConsumer, Object> work) {
        try {
            Object result = work.apply(done -> update(id, job -> job.done = done));
            String stored = json.writeValueAsString(result);
            update(id, job -> {
                job.result = stored;
                job.done = job.total;
                job.state = Job.State.DONE;
                job.finishedAt = Instant.now(clock);
            });
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.errorf(e, "Background job %d failed", id);
            update(id, job -> {
                job.state = Job.State.FAILED;
                job.finishedAt = Instant.now(clock);
            });
        }
    }

    private static void update(long id, java.util.function.Consumer<Job> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(Job.findById(id)));
    }
}
