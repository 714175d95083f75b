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

    void authorizationFailed(@Observes AuthorizationFailureEvent event) {
        String user = event.getSecurityIdentity() == null || event.getSecurityIdentity().isAnonymous() ? "anonymous"
                : event.getSecurityIdentity().getPrincipal().getName();
        LOG.infof("Access refused to %s for %s", user, request(event.getEventProperties()));
    }

    private static String request(Map<String, Object> properties) {
        if (properties.get(RoutingContext.class.getName()) instanceof RoutingContext routing) {
            return routing.request().method() + " " + routing.normalizedPath() + " from "
                    + PasswordLoginGate.clientAddress(routing);
        }
        return "a request";
    }
}
