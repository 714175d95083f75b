package com.quotecheck.source.ingest;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an IP address is a public Internet address the server may fetch from.
 * IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the embedded address.
 */
final class AddressRules {

    private record Block(int network, int prefix, String what) {

        boolean contains(int address) {
            int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
            return (address & mask) == (network & mask);
        }
    }

    private static final String PRIVATE = "a private network address";
    private static final String RESERVED = "a reserved, non-public address";

    // Most specific first: the metadata address sits inside the link-local block.
    private static final List<Block> IPV4_REFUSED = List.of(
            new Block(ipv4(169, 254, 169, 254), 32, "the cloud metadata service address"),
            new Block(ipv4(0, 0, 0, 0), 8, "an unspecified (\"this network\") address"),
            new Block(ipv4(10, 0, 0, 0), 8, PRIVATE),
            new Block(ipv4(100, 64, 0, 0), 10, "a carrier-grade NAT (shared) address"),
            new Block(ipv4(127, 0, 0, 0), 8, "a loopback address (the server itself)"),
            new Block(ipv4(169, 254, 0, 0), 16, "a link-local address"),
            new Block(ipv4(172, 16, 0, 0), 12, PRIVATE),
            new Block(ipv4(192, 0, 0, 0), 24, RESERVED),
            new Block(ipv4(192, 0, 2, 0), 24, RESERVED),
            new Block(ipv4(192, 168, 0, 0), 16, PRIVATE),
            new Block(ipv4(198, 18, 0, 0), 15, RESERVED),
            new Block(ipv4(198, 51, 100, 0), 24, RESERVED),
            new Block(ipv4(203, 0, 113, 0), 24, RESERVED),
            new Block(ipv4(224, 0, 0, 0), 4, "a multicast address"),
            new Block(ipv4(240, 0, 0, 0), 4, RESERVED));

    private AddressRules() {
    }

    /** Why the address may not be fetched from, in words for the user; empty if it is a public address. */
    static Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? refusalV4(toInt(b, 0)) : refusalV6(b);
    }

    private static Optional<String> refusalV4(int address) {
        return IPV4_REFUSED.stream().filter(block -> block.contains(address)).map(Block::what).findFirst();
    }

    private static Optional<String> refusalV6(byte[] b) {
        int w0 = word(b, 0);
        int w1 = word(b, 1);
        if (allZero(b, 0, 15) && b[15] == 1) {
            return Optional.of("a loopback address (the server itself)");
        }
        if (allZero(b, 0, 12)) {
            return refusalV4(toInt(b, 12)); // IPv4-compatible ::a.b.c.d; "::" itself lands in 0.0.0.0/8
        }
        if (allZero(b, 0, 10) && word(b, 5) == 0xffff) {
            return refusalV4(toInt(b, 12)); // IPv4-mapped ::ffff:a.b.c.d
        }
        if (w0 == 0x0064 && w1 == 0xff9b) {
            // NAT64 well-known prefix 64:ff9b::/96 carries the IPv4 address in the last 32 bits; 64:ff9b:1::/48 is local use.
            return allZero(b, 4, 12) ? refusalV4(toInt(b, 12)) : Optional.of(PRIVATE);
        }
        if (w0 == 0x2002) {
            return refusalV4(toInt(b, 2)); // 6to4 2002:a.b.c.d::/48
        }
        if (w0 == 0x2001 && w1 == 0x0000) {
            return Optional.of("a Teredo tunnel address"); // tunnels to an IPv4 address we cannot judge
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return Optional.of(RESERVED);
        }
        if (w0 == 0xfd00 && w1 == 0x0ec2 && allZero(b, 4, 14) && b[14] == 0x02 && b[15] == 0x54) {
            return Optional.of("the cloud metadata service address"); // fd00:ec2::254
        }
        if ((w0 & 0xfe00) == 0xfc00) {
            return Optional.of(PRIVATE); // unique local fc00::/7
        }
        if ((w0 & 0xffc0) == 0xfe80 || (w0 & 0xffc0) == 0xfec0) {
            return Optional.of("a link-local address"); // fe80::/10, and the retired site-local fec0::/10
        }
        if ((w0 & 0xff00) == 0xff00) {
            return Optional.of("a multicast address");
        }
        // Only 2000::/3 is allocated as global unicast; everything else is reserved.
        return (w0 & 0xe000) == 0x2000 ? Optional.empty() : Optional.of(RESERVED);
    }

    private static int ipv4(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }

    private static int toInt(byte[] b, int from) {
        return (b[from] & 0xff) << 24 | (b[from + 1] & 0xff) << 16 | (b[from + 2] & 0xff) << 8 | (b[from + 3] & 0xff);
    }

    private static int word(byte[] b, int index) {
        return (b[2 * index] & 0xff) << 8 | (b[2 * index + 1] & 0xff);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
