package org.faktograf.spark.read;

import java.io.Serializable;
import java.nio.charset.Charset;
import org.faktograf.formats.read.InputFormat;
import org.faktograf.formats.read.ReadOptions;

/** The reading options of {@code faktograf extract}, in a form that travels to the executors. */
public record ReadSettings(InputFormat format, long maxChars, String encoding) implements Serializable {
    public ReadOptions options() {
        return new ReadOptions(format, maxChars, encoding == null ? null : Charset.forName(encoding), null);
    }
}
