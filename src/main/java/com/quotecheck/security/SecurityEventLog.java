package com.quotecheck.security;

import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Map;

/** Logs refused sign-ins and refused requests with path and address, never with credentials. */
@ApplicationScoped
public class SecurityEventLog {

    private static final Logger LOG = Logger.getLogger("com.quotecheck.security.events");

    void authenticationFailed(@Observes AuthenticationFailureEvent event) {
        LOG.warnf("Sign-in refused for %s: %s", request(event.getEventProperties()),
                event.getAuthenticationFailure().getClass().getSimpleName());
    }

    /** A signed-in user refused for a missing role is worth a line; an anonymous visit sent to sign in is not. */
    void authorizationFailed(@Observes AuthorizationFailureEvent event) {
        if (event.getSecurityIdentity() == null || event.getSecurityIdentity().isAnonymous()) {
            LOG.debugf("Anonymous request sent to sign in: %s", request(event.getEventProperties()));
            return;
        }
        LOG.infof("Access refused to %s for %s", event.getSecurityIdentity().getPrincipal().getName(),
                request(event.getEventProperties()));
    }

    private static String request(Map<String, Object> properties) {
        if (properties.get(RoutingContext.class.getName()) instanceof RoutingContext routing) {
            return routing.request().method() + " " + routing.normalizedPath() + " from "
                    + PasswordLoginGate.clientAddress(routing);
        }
        return "a request";
    }
}
