package org.faktograf.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that write requests must carry ({@code Authorization: Bearer TOKEN}). Given at start-up
 * or generated (24 random bytes, URL-safe Base64); compared in constant time.
 */
public final class WriteToken {
    private final byte[] token;
    private final String text;

    private WriteToken(String text) {
        this.text = text;
        this.token = text.getBytes(StandardCharsets.UTF_8);
    }

    public static WriteToken of(String text) {
        if (text == null || text.isBlank() || text.strip().length() < 8) {
            throw new IllegalArgumentException("a write token has at least 8 characters");
        }
        if (text.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("a write token is printable ASCII without spaces");
        }
        return new WriteToken(text);
    }

    public static WriteToken generate() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return new WriteToken(Base64.getUrlEncoder().withoutPadding().encodeToString(b));
    }

    public String text() {
        return text;
    }

    /** Whether an Authorization header carries this token. */
    public boolean accepts(String authorization) {
        if (authorization == null) {
            return false;
        }
        String a = authorization.strip();
        if (a.length() < 7 || !a.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = a.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }
}
