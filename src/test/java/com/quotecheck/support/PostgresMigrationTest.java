package com.quotecheck.support;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The Flyway migrations must run on PostgreSQL too, the database of multi-instance deployments. */
class PostgresMigrationTest {

    private static final String URL = System.getProperty("quotecheck.test.postgres-url",
            "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3");
    private static final String USER = System.getProperty("quotecheck.test.postgres-user", "postgres");

    @Test
    void migrationsRunOnPostgresAndAcceptTheDomain() throws SQLException {
        assumeTrue(reachable(), "PostgreSQL is not reachable at " + URL + ": skipping the PostgreSQL migration check");
        String schema = "qc_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Flyway flyway = Flyway.configure()
                .dataSource(URL, USER, "")
                .schemas(schema)
                .createSchemas(true)
                .cleanDisabled(false)
                .locations("classpath:db/migration")
                .load();
        try {
            assertEquals(true, flyway.migrate().success);
            try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
                s.execute("insert into article (id, title, body, created_at, version)"
                        + " values (nextval('article_seq'), 'T', 'text', current_timestamp, 0)");
                s.execute("insert into quote (id, article_id, text, start_offset, end_offset, kind, origin, corrected,"
                        + " status, version) select nextval('quote_seq'), id, 'te', 0, 2, 'DIRECT', 'MANUAL', false,"
                        + " 'UNREVIEWED', 0 from article");
                try (var rs = s.executeQuery("select count(*) from quote")) {
                    rs.next();
                    assertEquals(1, rs.getInt(1));
                }
            }
        } finally {
            flyway.clean();
            try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
