package com.quotecheck.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

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

    interface Matching {
        /**
         * How often an instance re-reads the source list from the database, so that sources added by other
         * instances sharing the database become searchable.
         */
        @WithDefault("5s")
        Duration syncInterval();
    }
}
