package org.faktograf.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Lists of known names by type (built from the training corpora), matched over word stems so
 * inflected forms match: «Томской области» finds the entry «Томская область». A match marks each
 * of its tokens with the type and the token's position in the match (B, I, L or U).
 */
public final class Gazetteer {
    /** Positions of a token in a match. */
    public static final int B = 0, I = 1, L = 2, U = 3;
    private static final int PREFIX = 1 << 30;
    private static final int MAX_TYPES = 30;

    private final String[] types;
    private final LongIntMap entries;
    private final int maxLength;

    private Gazetteer(String[] types, LongIntMap entries, int maxLength) {
        this.types = types;
        this.entries = entries;
        this.maxLength = maxLength;
    }

    public static Gazetteer empty() {
        return new Gazetteer(new String[0], new LongIntMap(16), 0);
    }

    public String[] types() {
        return types.clone();
    }

    public int size() {
        return entries.size();
    }

    private static long sequenceStart() {
        return FeatureHash.start(0x6A2E);
    }

    private static long extend(long h, long stemKey) {
        return FeatureHash.mix(FeatureHash.mix(h, (int) stemKey), (int) (stemKey >>> 32));
    }

    /**
     * Finds all entries over the token stem keys {@code stems[0, n)} and writes, for token i and
     * position p, the bit mask of matched types to {@code out[i * 4 + p]}.
     */
    public void match(long[] stems, int n, int[] out) {
        java.util.Arrays.fill(out, 0, n * 4, 0);
        for (int i = 0; i < n; i++) {
            long h = sequenceStart();
            for (int j = i; j < n && j - i < maxLength; j++) {
                h = extend(h, stems[j]);
                int v = entries.get(h, 0);
                if (v == 0) {
                    break;
                }
                int typesMask = v & ~PREFIX;
                if (typesMask != 0) {
                    if (j == i) {
                        out[i * 4 + U] |= typesMask;
                    } else {
                        out[i * 4 + B] |= typesMask;
                        for (int k = i + 1; k < j; k++) {
                            out[k * 4 + I] |= typesMask;
                        }
                        out[j * 4 + L] |= typesMask;
                    }
                }
                if ((v & PREFIX) == 0) {
                    break;
                }
            }
        }
    }

    /** The bit mask of the types listed for exactly the words {@code words[from, to)}, 0 when none. */
    public int lookup(List<String> words, int from, int to) {
        if (to - from > maxLength || to <= from) {
            return 0;
        }
        long h = sequenceStart();
        for (int k = from; k < to; k++) {
            h = extend(h, WordStem.key(words.get(k)));
        }
        return entries.get(h, 0) & ~PREFIX;
    }

    /** Collects entries; the same list of words may be added under several types. */
    public static final class Builder {
        private final String[] types;
        private final LongIntMap entries = new LongIntMap(1 << 16);
        private int maxLength;

        public Builder(List<String> types) {
            if (types.size() > MAX_TYPES) {
                throw new IllegalArgumentException("at most " + MAX_TYPES + " gazetteer types");
            }
            this.types = types.toArray(new String[0]);
        }

        public void add(String type, List<String> words) {
            int t = -1;
            for (int i = 0; i < types.length; i++) {
                if (types[i].equals(type)) {
                    t = i;
                }
            }
            if (t < 0 || words.isEmpty()) {
                return;
            }
            long h = sequenceStart();
            for (int k = 0; k < words.size(); k++) {
                h = extend(h, WordStem.key(words.get(k)));
                if (k < words.size() - 1) {
                    entries.or(h, PREFIX);
                }
            }
            entries.or(h, 1 << t);
            maxLength = Math.max(maxLength, words.size());
        }

        public Gazetteer build() {
            return new Gazetteer(types.clone(), entries, maxLength);
        }
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(types.length);
        for (String t : types) {
            out.writeUTF(t);
        }
        out.writeInt(maxLength);
        long[] keys = entries.sortedKeys();
        out.writeInt(keys.length);
        for (long k : keys) {
            out.writeLong(k);
            out.writeInt(entries.get(k, 0));
        }
    }

    public static Gazetteer read(DataInputStream in) throws IOException {
        String[] types = new String[in.readInt()];
        for (int i = 0; i < types.length; i++) {
            types[i] = in.readUTF();
        }
        int maxLength = in.readInt();
        int n = in.readInt();
        LongIntMap entries = new LongIntMap(n);
        for (int i = 0; i < n; i++) {
            long k = in.readLong();
            entries.put(k, in.readInt());
        }
        return new Gazetteer(types, entries, maxLength);
    }
}
