package org.faktograf.formats.read;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.faktograf.model.Document;

/**
 * Reads the documents of a list of inputs, in order and one at a time: files (plain text, HTML,
 * JSON Lines), directories (recursively, sorted) and standard input ({@value #STDIN}). Only the
 * document being handed out is held in memory. What cannot be read is reported to
 * {@link ReadProblems} and the reading goes on with the next input.
 */
public final class DocumentReader implements Iterator<Document>, Closeable {
    /** The input name for standard input. */
    public static final String STDIN = "-";

    private final Deque<String> inputs;
    private final ReadOptions options;
    private final ReadProblems problems;
    private final InputStream stdin;
    private DirectoryWalker walker;
    private JsonLinesReader lines;
    private Document next;

    public DocumentReader(List<String> inputs, ReadOptions options, ReadProblems problems, InputStream stdin) {
        this.inputs = new ArrayDeque<>(inputs);
        this.options = options;
        this.problems = problems;
        this.stdin = stdin;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (lines != null) {
                if (lines.hasNext()) {
                    next = lines.next();
                } else {
                    lines.close();
                    lines = null;
                }
            } else if (walker != null) {
                Path file = walker.next();
                if (file == null) {
                    walker = null;
                } else {
                    next = readFile(file);
                }
            } else if (!inputs.isEmpty()) {
                next = open(inputs.poll());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Document d = next;
        next = null;
        return d;
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }

    /** Starts reading one input; returns its document when it is a single one, else {@code null}. */
    private Document open(String input) {
        if (input.equals(STDIN)) {
            return read(stdin, null, "stdin", "stdin", false);
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            problems.error(input + ": not a valid path");
            return null;
        }
        if (Files.isDirectory(path)) {
            walker = new DirectoryWalker(path, options.include(), problems);
            return null;
        }
        if (!Files.exists(path)) {
            problems.error(input + ": no such file or directory");
            return null;
        }
        return readFile(path);
    }

    private Document readFile(Path path) {
        String fileName = path.getFileName().toString();
        try {
            InputStream in = Files.newInputStream(path);
            return read(in, path, path.toString(), fileName, true);
        } catch (IOException | SecurityException e) {
            problems.error(path + ": cannot read (" + IoMessages.reason(e) + ")");
            return null;
        }
    }

    /**
     * Reads one stream: JSON Lines go to {@link #lines} (and {@code null} is returned); text and
     * HTML are read whole, within the size limit, and returned.
     */
    private Document read(InputStream raw, Path path, String source, String fileName, boolean closeAfter) {
        BufferedInputStream in = new BufferedInputStream(raw, 65536);
        boolean handedOver = false;
        try {
            in.mark(FormatSniffer.SAMPLE_BYTES + 1);
            byte[] sample = in.readNBytes(FormatSniffer.SAMPLE_BYTES);
            in.reset();
            boolean whole = sample.length < FormatSniffer.SAMPLE_BYTES;
            if (TextDecoder.byteOrderMark(sample, sample.length) == null && indexOfNul(sample) >= 0) {
                problems.warning(source + ": binary file (NUL bytes); skipped");
                return null;
            }
            InputFormat format = options.format();
            if (format == InputFormat.AUTO && path != null) {
                format = InputFormat.ofFileName(fileName);
            }
            if (format == InputFormat.AUTO) {
                format = FormatSniffer.sniff(sample, sample.length, whole);
            }
            if (format == InputFormat.JSONL) {
                lines = new JsonLinesReader(closeAfter ? in : new NonClosingInputStream(in), source, fileName,
                        options.maxChars(), problems);
                handedOver = true;
                return null;
            }
            if (path != null && Files.isRegularFile(path) && Files.size(path) > options.maxBytes()) {
                problems.error(source + ": refused: " + Limits.count(Files.size(path)) + " bytes, too big for the limit of "
                        + Limits.count(options.maxChars()) + " characters (--max-chars)");
                return null;
            }
            byte[] bytes = in.readNBytes((int) options.maxBytes() + 1);
            if (bytes.length > options.maxBytes()) {
                problems.error(source + ": refused: more than " + Limits.count(options.maxBytes())
                        + " bytes, too big for the limit of " + Limits.count(options.maxChars())
                        + " characters (--max-chars)");
                return null;
            }
            String id = path == null ? "stdin" : idOf(fileName);
            Document d = format == InputFormat.HTML
                    ? HtmlReader.read(id, source, bytes, bytes.length, options.encoding())
                    : PlainTextReader.read(id, source, TextDecoder.decode(bytes, bytes.length, options.encoding()).text());
            if (d.text().length() > options.maxChars()) {
                problems.error(source + ": refused: " + Limits.count(d.text().length())
                        + " characters, over the limit of " + Limits.count(options.maxChars()) + " characters (--max-chars)");
                return null;
            }
            return d;
        } catch (NotTextException e) {
            problems.warning(source + ": " + e.getMessage() + "; skipped");
            return null;
        } catch (IOException e) {
            problems.error(source + ": cannot read (" + IoMessages.reason(e) + ")");
            return null;
        } finally {
            if (closeAfter && !handedOver) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing was written; a failed close of a read stream loses nothing
                }
            }
        }
    }

    /** File name without its last extension; the whole name when that would leave nothing. */
    static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps standard input open when its JSON Lines reader is closed. */
    private static final class NonClosingInputStream extends java.io.FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // standard input belongs to the process
        }
    }
}
