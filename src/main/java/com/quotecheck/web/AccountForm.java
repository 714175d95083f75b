package com.quotecheck.web;

import com.quotecheck.security.AccountDraft;
import org.jboss.resteasy.reactive.RestForm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The admin's form that adds a user; the password is never sent back to the page. */
public class AccountForm {

    @RestForm
    public String username;
    @RestForm
    public String password;
    @RestForm
    public List<String> roles;

    public Set<String> roleSet() {
        return roles == null ? Set.of() : new LinkedHashSet<>(roles);
    }

    AccountDraft toDraft() {
        return new AccountDraft(username, password, roleSet());
    }
}
