package com.quotecheck.support;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Supplies the key that encrypts session cookies: QUOTECHECK_SESSION_KEY when set (the same value on every instance
 * sharing a database), otherwise a random key kept in {@code session.key} in the data directory, created on first use,
 * so that sessions survive a restart of a single instance without any setting. application.properties overrides it.
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue dataDir = context.getValue("quotecheck.data-dir");
        Path keyFile = Path.of(dataDir.getValue() == null ? "./data" : dataDir.getValue(), "session.key");
        return List.of(new SessionKeySource(keyFile, System.getenv("QUOTECHECK_SESSION_KEY")));
    }

    static final class SessionKeySource implements ConfigSource {

        private final Path keyFile;
        private final String configured;
        private volatile String key;

        SessionKeySource(Path keyFile, String configured) {
            this.keyFile = keyFile;
            this.configured = configured == null || configured.isBlank() ? null : configured;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(PROPERTY);
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of(PROPERTY, getValue(PROPERTY));
        }

        @Override
        public String getValue(String propertyName) {
            if (!PROPERTY.equals(propertyName)) {
                return null;
            }
            if (configured != null) {
                return configured;
            }
            if (key == null) {
                key = readOrCreate(keyFile);
            }
            return key;
        }

        /** Below application.properties (250), above the defaults. */
        @Override
        public int getOrdinal() {
            return 200;
        }

        @Override
        public String getName() {
            return "QuoteCheck session key";
        }

        static String readOrCreate(Path keyFile) {
            try {
                if (Files.exists(keyFile)) {
                    return Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
                }
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                String fresh = Secrets.random(32);
                try {
                    Files.writeString(keyFile, fresh, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
                    keyFile.toFile().setReadable(false, false);
                    keyFile.toFile().setReadable(true, true);
                    return fresh;
                } catch (FileAlreadyExistsException raced) {
                    return Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read or create the session key " + keyFile
                        + "; set QUOTECHECK_SESSION_KEY instead", e);
            }
        }
    }
}
