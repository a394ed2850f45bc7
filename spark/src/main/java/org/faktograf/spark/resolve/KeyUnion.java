package org.faktograf.spark.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connected components of a small key graph on the driver (union-find), labelled like
 * {@link KeyComponents}: each key maps to the least key of its component. Alias edges are few
 * (only entities known by two names make them), so this is the usual path; the distributed one
 * takes over past a threshold.
 */
public final class KeyUnion {
    private final Map<String, String> parent = new HashMap<>();

    private KeyUnion() {
    }

    /** Component labels of the keys on the edges ({@code [a, b]} pairs). */
    public static Map<String, String> labels(List<String[]> edges) {
        KeyUnion u = new KeyUnion();
        for (String[] e : edges) {
            u.union(e[0], e[1]);
        }
        Map<String, String> out = new HashMap<>();
        for (String k : u.parent.keySet()) {
            out.put(k, u.find(k));
        }
        return out;
    }

    private String find(String k) {
        String root = k;
        while (true) {
            String p = parent.getOrDefault(root, root);
            if (p.equals(root)) {
                break;
            }
            root = p;
        }
        // path compression
        while (!k.equals(root)) {
            String next = parent.get(k);
            parent.put(k, root);
            k = next;
        }
        return root;
    }

    /** Joins two components under the lesser root, so the root is the least key. */
    private void union(String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
