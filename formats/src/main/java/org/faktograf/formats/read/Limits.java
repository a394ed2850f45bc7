package org.faktograf.formats.read;

import java.util.Locale;

/** Formats sizes for messages about limits. */
final class Limits {
    private Limits() {
    }

    /** 5000000 → "5,000,000". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
