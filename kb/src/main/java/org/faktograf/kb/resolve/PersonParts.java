package org.faktograf.kb.resolve;

import java.util.List;
import org.faktograf.model.PersonName;

/**
 * A person's name in normalised parts (lower case, е for ё); a part is {@code null} when unknown
 * and a single letter when only the initial is known (В. В. Путин → в, в, путин).
 */
public record PersonParts(String first, String patronymic, String last) {

    /** How much of the name is known, weakest first. */
    public enum Strength { FIRST_ONLY, SURNAME_ONLY, INITIALS, FULL }

    public static PersonParts of(PersonName name, String fallbackText) {
        if (name != null && (name.first() != null || name.last() != null)) {
            return new PersonParts(part(name.first()), part(name.patronymic()), part(name.last()));
        }
        return parse(fallbackText);
    }

    /**
     * Parts of a name written out, for entities that come without parts: one word is a surname;
     * Имя Фамилия, И. Фамилия, И. О. Фамилия, Имя Отчество Фамилия, Фамилия Имя Отчество.
     */
    public static PersonParts parse(String text) {
        List<String> w = NameKeys.words(text == null ? "" : text.replace('.', ' '));
        return switch (w.size()) {
            case 0 -> new PersonParts(null, null, null);
            case 1 -> new PersonParts(null, null, w.get(0));
            case 2 -> w.get(1).length() == 1 && w.get(0).length() > 1
                    ? new PersonParts(w.get(1), null, w.get(0))   // Путин В.
                    : new PersonParts(w.get(0), null, w.get(1));
            default -> {
                String a = w.get(0);
                String b = w.get(1);
                String c = w.get(w.size() - 1);
                if (isPatronymic(c) && !isPatronymic(b)) {
                    yield new PersonParts(b, c, a);            // Путин Владимир Владимирович
                }
                yield new PersonParts(a, b, c);
            }
        };
    }

    private static boolean isPatronymic(String w) {
        return w.endsWith("вич") || w.endsWith("вна") || w.endsWith("ична") || w.endsWith("ич") && w.length() > 4;
    }

    private static String part(String s) {
        if (s == null) {
            return null;
        }
        String k = NameKeys.normalize(s.replace('.', ' '));
        return k.isEmpty() ? null : k;
    }

    public Strength strength() {
        if (last == null) {
            return Strength.FIRST_ONLY;
        }
        if (first == null) {
            return Strength.SURNAME_ONLY;
        }
        return first.length() == 1 ? Strength.INITIALS : Strength.FULL;
    }

    public boolean hasFullFirst() {
        return first != null && first.length() > 1;
    }

    /** Whether two names can be one person: surname equal; first names and patronymics agree where both are known. */
    public boolean compatibleWith(PersonParts o) {
        if (last != null && o.last != null && !last.equals(o.last)) {
            return false;
        }
        if (last == null || o.last == null) {
            // a lone first name agrees only with the same first name
            return first != null && first.equals(o.first);
        }
        return agree(first, o.first) && agree(patronymic, o.patronymic);
    }

    /** Equal, or one is missing, or one is the other's initial. */
    static boolean agree(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        return a.equals(b);
    }

    /** The fuller of two compatible names, part by part. */
    public PersonParts fuller(PersonParts o) {
        return new PersonParts(longer(first, o.first), longer(patronymic, o.patronymic), longer(last, o.last));
    }

    private static String longer(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.length() > a.length() ? b : a;
    }

    /** Normalised name for messages: "виктор кресс", "в. в. путин". */
    public String display() {
        StringBuilder s = new StringBuilder();
        for (String p : new String[] {first, patronymic, last}) {
            if (p != null) {
                if (s.length() > 0) {
                    s.append(' ');
                }
                s.append(p).append(p.length() == 1 ? "." : "");
            }
        }
        return s.toString();
    }
}
