package org.faktograf.kb.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.faktograf.model.Document;

/** SHA-256 over what a document says (title, text, date, url): equal hashes, nothing to re-extract. */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Document d) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {d.title(), d.text(), d.date(), d.url()}) {
                byte[] b = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
                md.update((byte) (part == null ? 0 : 1));
                md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
