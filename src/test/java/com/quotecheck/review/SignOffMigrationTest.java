package com.quotecheck.review;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Quotes judged before sign-off existed become proposals for an editor (PostgresMigrationTest runs V8 on PostgreSQL). */
class SignOffMigrationTest {

    private static final String URL = "jdbc:h2:mem:signoff-migration;DB_CLOSE_DELAY=-1";

    @Test
    void reviewedQuotesBecomeProposedAndUnreviewedStayUnreviewed() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            s.execute("insert into article (id, title, body, created_at, version)"
                    + " values (1, 'T', 'text text', current_timestamp, 0)");
            s.execute("insert into quote (id, article_id, text, start_offset, end_offset, kind, origin, corrected,"
                    + " status, version) values (1, 1, 'te', 0, 2, 'DIRECT', 'MANUAL', false, 'REVIEWED', 3),"
                    + " (2, 1, 'xt', 2, 4, 'DIRECT', 'MANUAL', false, 'UNREVIEWED', 0)");

            Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

            try (ResultSet rows = s.executeQuery("select status, signed_off_by, signed_off_at, sign_off_note"
                    + " from quote order by id")) {
                rows.next();
                assertEquals("PROPOSED", rows.getString(1));
                assertNull(rows.getString(2));
                assertNull(rows.getTimestamp(3));
                assertNull(rows.getString(4));
                rows.next();
                assertEquals("UNREVIEWED", rows.getString(1));
            }
        }
    }
}
