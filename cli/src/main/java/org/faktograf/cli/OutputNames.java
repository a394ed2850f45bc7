package org.faktograf.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File names for the documents written with {@code --out}: the document id made safe for a file
 * system, and made unique within the run, so that two documents never overwrite each other.
 */
final class OutputNames {
    private static final int MAX_LENGTH = 120;
    private final Set<String> used = new HashSet<>();

    /** A name for the document not given to another in this run. */
    synchronized Claimed claim(String id) {
        String base = safe(id);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return new Claimed(name, !name.equals(base));
    }

    /** A name, and whether a number was added because another document had taken the plain one. */
    record Claimed(String name, boolean numbered) {
    }

    static String safe(String id) {
        StringBuilder s = new StringBuilder();
        id.codePoints().limit(MAX_LENGTH).forEach(c -> {
            boolean ok = Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
            s.appendCodePoint(ok ? c : '_');
        });
        if (s.length() == 0) {
            return "document";
        }
        if (s.charAt(0) == '.') {
            s.setCharAt(0, '_');
        }
        return s.toString();
    }
}
