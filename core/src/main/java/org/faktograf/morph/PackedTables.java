package org.faktograf.morph;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The binary layout of the tables {@link MorphTableBuilder} writes: arrays of ints, shorts and
 * chars in big-endian order, each preceded by its length. Reading them is one bulk copy per array,
 * so the tables load in milliseconds, and lookups need no objects per entry.
 */
final class PackedTables {
    static final int MAGIC = 0x4d4f5250; // "MORP"

    private PackedTables() {
    }

    /** Sorted strings in one char array; binary search without allocating. */
    static final class SortedStrings {
        private final char[] chars;
        private final int[] offsets;

        SortedStrings(char[] chars, int[] offsets) {
            this.chars = chars;
            this.offsets = offsets;
        }

        int size() {
            return offsets.length - 1;
        }

        String get(int i) {
            return new String(chars, offsets[i], offsets[i + 1] - offsets[i]);
        }

        /** The index of {@code s.substring(from, to)}, or -1. */
        int find(CharSequence s, int from, int to) {
            int lo = 0;
            int hi = size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compare(mid, s, from, to);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        int find(CharSequence s) {
            return find(s, 0, s.length());
        }

        private int compare(int i, CharSequence s, int from, int to) {
            int a = offsets[i];
            int aEnd = offsets[i + 1];
            int b = from;
            while (a < aEnd && b < to) {
                int d = chars[a] - s.charAt(b);
                if (d != 0) {
                    return d;
                }
                a++;
                b++;
            }
            return (aEnd - a) - (to - b);
        }

        static void write(DataOutputStream out, List<String> sorted) throws IOException {
            int[] offsets = new int[sorted.size() + 1];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < sorted.size(); i++) {
                offsets[i] = sb.length();
                sb.append(sorted.get(i));
            }
            offsets[sorted.size()] = sb.length();
            writeInts(out, offsets);
            writeChars(out, sb.toString().toCharArray());
        }

        static SortedStrings read(DataInputStream in) throws IOException {
            int[] offsets = readInts(in);
            char[] chars = readChars(in);
            return new SortedStrings(chars, offsets);
        }
    }

    static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    static void writeShorts(DataOutputStream out, short[] a) throws IOException {
        out.writeInt(a.length);
        for (short v : a) {
            out.writeShort(v);
        }
    }

    static void writeBytes(DataOutputStream out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    static void writeChars(DataOutputStream out, char[] a) throws IOException {
        out.writeInt(a.length);
        for (char v : a) {
            out.writeChar(v);
        }
    }

    static int[] readInts(DataInputStream in) throws IOException {
        int n = in.readInt();
        int[] a = new int[n];
        ByteBuffer.wrap(readFully(in, n * 4)).asIntBuffer().get(a);
        return a;
    }

    static short[] readShorts(DataInputStream in) throws IOException {
        int n = in.readInt();
        short[] a = new short[n];
        ByteBuffer.wrap(readFully(in, n * 2)).asShortBuffer().get(a);
        return a;
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        return readFully(in, in.readInt());
    }

    static char[] readChars(DataInputStream in) throws IOException {
        int n = in.readInt();
        char[] a = new char[n];
        ByteBuffer.wrap(readFully(in, n * 2)).asCharBuffer().get(a);
        return a;
    }

    private static byte[] readFully(DataInputStream in, int n) throws IOException {
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    /** Opens a class-path table and checks its header. */
    static DataInputStream open(String resource) {
        InputStream raw = PackedTables.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("missing resource " + resource
                    + " (built by org.faktograf.morph.MorphTableBuilder)");
        }
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16));
        try {
            if (in.readInt() != MAGIC) {
                throw new IllegalStateException("resource " + resource + " is not a morphology table");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return in;
    }
}
