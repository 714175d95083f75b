package com.quotecheck.security;

import com.quotecheck.support.Hashing;
import com.quotecheck.support.MissingEntityException;
import com.quotecheck.support.RejectedInputException;
import com.quotecheck.support.Secrets;
import com.quotecheck.support.StaleEditException;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Accounts, passwords, API tokens and the first admin. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Set<String> KNOWN_ROLES = Set.of(Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER);
    static final int MIN_PASSWORD_CHARS = 8;
    /** bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final String TOKEN_PREFIX = "qc_";

    private final LoginThrottle throttle;
    private final LoginSessionService sessions;
    private final Clock clock;

    AccountService(LoginThrottle throttle, LoginSessionService sessions, Clock clock) {
        this.throttle = throttle;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public List<UserAccount> list() {
        return UserAccount.listByName();
    }

    @Transactional
    public UserAccount get(long id) {
        return UserAccount.<UserAccount>findByIdOptional(id).orElseThrow(() -> new MissingEntityException("User", id));
    }

    @Transactional
    public UserAccount byName(String username) {
        return UserAccount.findByUsername(username).orElseThrow(() -> new MissingEntityException("User", username));
    }

    @Transactional
    public boolean anyAccount() {
        return UserAccount.count() > 0;
    }

    @Transactional
    public UserAccount create(AccountDraft draft) {
        String username = draft.username() == null ? "" : draft.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new RejectedInputException("A username is 1 to 64 letters, digits, dots, dashes, underscores or @,"
                    + " starting with a letter or digit.");
        }
        if (UserAccount.findByUsername(username).isPresent()) {
            throw new RejectedInputException("The username “" + username + "” is taken.");
        }
        UserAccount account = new UserAccount();
        account.username = username;
        setPassword(account, checkedPassword(draft.password(), username));
        account.roles = String.join(",", checkedRoles(draft.roles()));
        account.enabled = true;
        account.createdAt = clock.instant();
        account.persist();
        LOG.infof("Account %s created with roles %s", username, account.roles);
        return account;
    }

    /**
     * An admin changes roles and whether the account may sign in; the last enabled admin cannot lock everyone out.
     * Disabling signs the account out everywhere.
     */
    @Transactional
    public UserAccount update(long id, Set<String> roles, boolean enabled, int version) {
        UserAccount account = get(id);
        if (account.version != version) {
            throw new StaleEditException("Someone changed this account since you opened it; reload and try again.");
        }
        Set<String> newRoles = checkedRoles(roles);
        if (account.hasRole(Roles.ADMIN) && account.enabled && (!enabled || !newRoles.contains(Roles.ADMIN))
                && enabledAdmins() == 1) {
            throw new RejectedInputException("This is the only enabled admin: give another account the ADMIN role first.");
        }
        account.roles = String.join(",", newRoles);
        account.enabled = enabled;
        if (!enabled) {
            sessions.endAllOf(account.username, "account disabled");
        }
        LOG.infof("Account %s now has roles %s and is %s", account.username, account.roles,
                enabled ? "enabled" : "disabled");
        return account;
    }

    /** Signs the account out everywhere: whoever knew the old password may have signed in with it. */
    @Transactional
    public void resetPassword(long id, String password) {
        UserAccount account = get(id);
        setPassword(account, checkedPassword(password, account.username));
        sessions.endAllOf(account.username, "password reset by an admin");
        LOG.infof("Password of %s reset by an admin", account.username);
    }

    /**
     * Signs the account out everywhere but in the browser holding {@code keptSessionId}: whoever signed in elsewhere
     * with the old password is out.
     */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword,
            String keptSessionId) {
        UserAccount account = byName(username);
        if (currentPassword == null || !BcryptUtil.matches(currentPassword, account.passwordHash)) {
            throw new RejectedInputException("The current password is not right.");
        }
        setPassword(account, checkedPassword(newPassword, username));
        sessions.endAllOfBut(username, keptSessionId, "password changed by its owner");
        LOG.infof("%s changed their password", username);
    }

    /** Called for every request signed in by password or session: refuses disabled or deleted accounts. */
    @Transactional
    public void confirmSignIn(String username, String attemptAddress) {
        boolean enabled = UserAccount.findByUsername(username).map(account -> account.enabled).orElse(false);
        if (!enabled) {
            throw new AuthenticationFailedException("Account " + username + " is disabled or gone");
        }
        if (attemptAddress != null) {
            throttle.succeeded(username, attemptAddress);
        }
    }

    @Transactional
    public IssuedToken createToken(String username, String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new RejectedInputException("Name the token (up to 100 characters), e.g. the script that uses it.");
        }
        String secret = TOKEN_PREFIX + Secrets.random(32);
        ApiToken token = new ApiToken();
        token.user = byName(username);
        token.name = label;
        token.tokenHash = Hashing.sha256(secret);
        token.createdAt = clock.instant();
        token.persist();
        LOG.infof("%s created API token %d (%s)", username, token.id, label);
        return new IssuedToken(token, secret);
    }

    @Transactional
    public List<ApiToken> tokensOf(String username) {
        return ApiToken.listOf(byName(username));
    }

    /** Revokes one of the user's own tokens; someone else's token id is answered as missing. */
    @Transactional
    public void revokeToken(String username, long id) {
        long deleted = ApiToken.delete("id = ?1 and user.username = ?2", id, username);
        if (deleted == 0) {
            throw new MissingEntityException("API token", id);
        }
        LOG.infof("%s revoked API token %d", username, id);
    }

    @Transactional
    public Optional<ApiToken> tokenFor(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return ApiToken.find("from ApiToken t join fetch t.user u where t.tokenHash = ?1 and u.enabled = true",
                Hashing.sha256(secret)).firstResultOptional();
    }

    private static long enabledAdmins() {
        return UserAccount.<UserAccount>stream("enabled", true).filter(a -> a.hasRole(Roles.ADMIN)).count();
    }

    private static Set<String> checkedRoles(Set<String> roles) {
        Set<String> checked = new TreeSet<>();
        for (String role : roles == null ? Set.<String>of() : roles) {
            if (!KNOWN_ROLES.contains(role)) {
                throw new RejectedInputException("Unknown role “" + role + "”: use ADMIN, EDITOR or REVIEWER.");
            }
            checked.add(role);
        }
        if (checked.isEmpty()) {
            throw new RejectedInputException("Give the account at least one role: ADMIN, EDITOR or REVIEWER.");
        }
        return checked;
    }

    static String checkedPassword(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_CHARS) {
            throw new RejectedInputException("A password has at least " + MIN_PASSWORD_CHARS + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new RejectedInputException("A password has at most " + MAX_PASSWORD_BYTES + " bytes (72 letters,"
                    + " fewer with accents or other scripts): longer ones would be cut without warning.");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new RejectedInputException("The password must differ from the username.");
        }
        return password;
    }

    private void setPassword(UserAccount account, String password) {
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.passwordChangedAt = clock.instant();
    }
}
