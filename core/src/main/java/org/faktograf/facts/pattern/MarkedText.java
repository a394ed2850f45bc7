package org.faktograf.facts.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.faktograf.model.EntityType;

/**
 * An example sentence of a rule with its mentions marked inline, so that a rule's examples test
 * the rule alone, whatever the entity recognizer finds: {@code [Виктором Крессом|PERSON]},
 * nested as {@code [администрацией [Томской области|STATE_OR_PROVINCE]|ORGANIZATION]}; a key after
 * the type ({@code [Кресс|PERSON=kress]}) puts mentions with the same key in one entity.
 * {@code \[} and {@code \]} stand for brackets in the text.
 *
 * @param text     the plain text
 * @param mentions the marked mentions, offsets into {@code text}
 */
public record MarkedText(String text, List<Marked> mentions) {

    /** A marked mention; {@code key} groups mentions into entities, {@code null} for its own. */
    public record Marked(int start, int end, EntityType type, String key) {
    }

    public static MarkedText parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<Marked> mentions = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c == '\\' && i + 1 < marked.length()) {
                text.append(marked.charAt(i + 1));
                i += 2;
            } else if (c == '[') {
                open.add(text.length());
                i++;
            } else if (c == '|' && !open.isEmpty()) {
                int close = marked.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("no ] after '|' at " + i + " in: " + marked);
                }
                String label = marked.substring(i + 1, close).trim();
                String key = null;
                int eq = label.indexOf('=');
                if (eq >= 0) {
                    key = label.substring(eq + 1).trim();
                    label = label.substring(0, eq).trim();
                }
                EntityType type;
                try {
                    type = EntityType.valueOf(label.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown mention type '" + label + "' in: " + marked);
                }
                int start = open.remove(open.size() - 1);
                mentions.add(new Marked(start, text.length(), type, key));
                i = close + 1;
            } else if (c == ']') {
                throw new IllegalArgumentException("']' without '|TYPE' at " + i + " in: " + marked);
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unclosed '[' in: " + marked);
        }
        mentions.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        return new MarkedText(text.toString(), List.copyOf(mentions));
    }
}
