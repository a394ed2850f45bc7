package org.faktograf.model;

/** A person's name in parts, each in the nominative; any part may be {@code null}. */
public record PersonName(String first, String patronymic, String last, String nickname) {
    /** "First Last" (or whichever of the two is known). */
    public String firstLast() {
        if (first != null && last != null) {
            return first + " " + last;
        }
        return first != null ? first : last != null ? last : nickname;
    }
}
