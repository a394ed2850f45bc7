package org.faktograf.spark.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.faktograf.formats.read.FormatSniffer;
import org.faktograf.formats.read.HtmlReader;
import org.faktograf.formats.read.InputFormat;
import org.faktograf.formats.read.JsonLinesReader;
import org.faktograf.formats.read.NotTextException;
import org.faktograf.formats.read.PlainTextReader;
import org.faktograf.formats.read.ReadOptions;
import org.faktograf.formats.read.ReadProblems;
import org.faktograf.formats.read.TextDecoder;
import org.faktograf.model.Document;

/**
 * Reads the documents of one input file on an executor with the readers {@code faktograf extract}
 * uses and its rules (see {@code DocumentReader}): a binary file is skipped, the format comes from
 * the option, else the extension, else the content; a text or HTML file is one document, read
 * whole within the size limit; a JSON Lines file is streamed line by line, so its size is not
 * bounded by memory.
 */
public final class FileDocuments {
    private FileDocuments() {
    }

    /** A document and its position within its file (0 for a whole-file document, else its index). */
    public record Positioned(Document document, long position) {}

    public static Iterator<Positioned> read(InputFile file, ReadOptions options, Configuration conf, ReadProblems problems) {
        InputStream raw;
        try {
            Path p = new Path(file.path());
            FileSystem fs = p.getFileSystem(conf);
            raw = fs.open(p);
        } catch (IOException | RuntimeException e) {
            problems.error(file.source() + ": cannot read (" + reason(e) + ")");
            return Collections.emptyIterator();
        }
        BufferedInputStream in = new BufferedInputStream(raw, 65536);
        boolean handedOver = false;
        try {
            in.mark(FormatSniffer.SAMPLE_BYTES + 1);
            byte[] sample = in.readNBytes(FormatSniffer.SAMPLE_BYTES);
            in.reset();
            boolean whole = sample.length < FormatSniffer.SAMPLE_BYTES;
            if (!startsWithByteOrderMark(sample) && indexOfNul(sample) >= 0) {
                problems.warning(file.source() + ": binary file (NUL bytes); skipped");
                return Collections.emptyIterator();
            }
            InputFormat format = options.format();
            if (format == InputFormat.AUTO) {
                format = InputFormat.ofFileName(file.fileName());
            }
            if (format == InputFormat.AUTO) {
                format = FormatSniffer.sniff(sample, sample.length, whole);
            }
            if (format == InputFormat.JSONL) {
                JsonLinesReader lines = new JsonLinesReader(in, file.source(), file.fileName(), options.maxChars(), problems);
                handedOver = true;
                return new Lines(lines);
            }
            if (file.size() > options.maxBytes()) {
                problems.error(file.source() + ": refused: " + file.size() + " bytes, too big for the limit of "
                        + options.maxChars() + " characters (--max-chars)");
                return Collections.emptyIterator();
            }
            byte[] bytes = in.readNBytes((int) options.maxBytes() + 1);
            if (bytes.length > options.maxBytes()) {
                problems.error(file.source() + ": refused: more than " + options.maxBytes()
                        + " bytes, too big for the limit of " + options.maxChars() + " characters (--max-chars)");
                return Collections.emptyIterator();
            }
            String id = idOf(file.fileName());
            Document d = format == InputFormat.HTML
                    ? HtmlReader.read(id, file.source(), bytes, bytes.length, options.encoding())
                    : PlainTextReader.read(id, file.source(), TextDecoder.decode(bytes, bytes.length, options.encoding()).text());
            if (d.text().length() > options.maxChars()) {
                problems.error(file.source() + ": refused: " + d.text().length() + " characters, over the limit of "
                        + options.maxChars() + " characters (--max-chars)");
                return Collections.emptyIterator();
            }
            return Collections.singletonList(new Positioned(d, 0)).iterator();
        } catch (NotTextException e) {
            problems.warning(file.source() + ": " + e.getMessage() + "; skipped");
            return Collections.emptyIterator();
        } catch (IOException e) {
            problems.error(file.source() + ": cannot read (" + reason(e) + ")");
            return Collections.emptyIterator();
        } finally {
            if (!handedOver) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // a failed close of a stream only read loses nothing
                }
            }
        }
    }

    /** File name without its last extension; the whole name when that would leave nothing (as the CLI). */
    public static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** UTF-8, UTF-16LE or UTF-16BE byte-order marks: such a text may hold NUL bytes. */
    private static boolean startsWithByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return true;
        }
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** The documents of a JSON Lines file, numbered in file order; closes the file at the end. */
    private static final class Lines implements Iterator<Positioned> {
        private final JsonLinesReader reader;
        private long position;
        private boolean closed;

        Lines(JsonLinesReader reader) {
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (closed) {
                return false;
            }
            if (reader.hasNext()) {
                return true;
            }
            reader.close();
            closed = true;
            return false;
        }

        @Override
        public Positioned next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return new Positioned(reader.next(), position++);
        }
    }
}
