package com.quotecheck.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** QuoteCheck's own settings, under the {@code quotecheck.} prefix. */
@ConfigMapping(prefix = "quotecheck")
public interface QuoteCheckConfig {

    /** Directory for the embedded database and other local data (env QUOTECHECK_DATA_DIR). */
    @WithDefault("./data")
    String dataDir();

    /** Largest article or source text accepted, in characters. */
    @WithDefault("5000000")
    int maxTextLength();

    Matching matching();

    Fetch fetch();

    Export export();

    Search search();

    Admin admin();

    Login login();

    Review review();

    interface Matching {
        /**
         * How often an instance re-reads the source list from the database, so that sources added by other
         * instances sharing the database become searchable.
         */
        @WithDefault("5s")
        Duration syncInterval();
    }

    /** Limits for source documents fetched from a URL or uploaded as a file. */
    interface Fetch {
        /** Time to open a connection. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Time for a whole fetch, redirects included. */
        @WithDefault("20s")
        Duration totalTimeout();

        /** Largest document fetched or uploaded, in bytes. */
        @WithDefault("5242880")
        long maxBytes();

        /** Redirects followed, each checked again. */
        @WithDefault("3")
        int maxRedirects();

        /** Hosts ("host" or "host:port") that may be fetched although they are private or loopback addresses. */
        Optional<Set<String>> allowedHosts();

        /** Sent with every request. */
        @WithDefault("QuoteCheck/0.1 (source document fetcher)")
        String userAgent();
    }

    /** Who publishes exports and where QuoteCheck is reachable, for links and authorship in exported files. */
    interface Export {
        /** QuoteCheck's public address, used in exported links to quotes, articles and sources. */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        /** The newsroom named as author of exported ClaimReviews. */
        @WithDefault("QuoteCheck")
        String organizationName();

        /** The newsroom's home page. */
        Optional<String> organizationUrl();
    }

    interface Search {
        /**
         * How long search answers from its index before comparing it with the database again; changes made on this or
         * any other instance become searchable within this time.
         */
        @WithDefault("1s")
        Duration syncInterval();
    }

    /** The first admin, created at start when no account exists (env QUOTECHECK_ADMIN_USERNAME / _PASSWORD). */
    interface Admin {
        Optional<String> username();

        Optional<String> password();
    }

    /** Limits on failed sign-ins, counted in the database so that every instance applies them together. */
    interface Login {
        /** Failed sign-ins for one account within the window before it is refused until the window ends. */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** Failed sign-ins from one client address within the window, over all accounts. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        @WithDefault("15m")
        Duration window();
    }

    interface Review {
        /**
         * Whether a reviewer's verdict needs an editor's sign-off before the quote counts as verified; a one-person
         * desk switches it off, and then a verdict verifies the quote at once.
         */
        @WithDefault("true")
        boolean signOff();
    }
}
