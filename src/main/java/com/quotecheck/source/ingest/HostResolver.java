package com.quotecheck.source.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to its addresses; injectable so tests can simulate DNS answers without a network. */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
