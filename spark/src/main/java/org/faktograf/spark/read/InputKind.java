package org.faktograf.spark.read;

import java.util.Locale;
import org.faktograf.formats.read.InputFormat;

/** How the job reads its inputs: as {@code faktograf extract} does (by file), or as Parquet tables. */
public enum InputKind {
    AUTO, TEXT, HTML, JSONL, PARQUET;

    /** The reader format for file inputs ({@link InputFormat#AUTO} decides per file, as the CLI does). */
    public InputFormat fileFormat() {
        return switch (this) {
            case TEXT -> InputFormat.TEXT;
            case HTML -> InputFormat.HTML;
            case JSONL -> InputFormat.JSONL;
            default -> InputFormat.AUTO;
        };
    }

    static boolean isParquetName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }
}
