package org.faktograf.formats.read;

import java.util.Locale;

/** How an input is read; {@link #AUTO} decides by file extension, then by content. */
public enum InputFormat {
    AUTO, TEXT, HTML, JSONL;

    /** The format a file name's extension announces, or {@link #AUTO} when it announces none. */
    public static InputFormat ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> TEXT;
            case "html", "htm", "xhtml" -> HTML;
            case "jsonl", "ndjson" -> JSONL;
            default -> AUTO;
        };
    }
}
