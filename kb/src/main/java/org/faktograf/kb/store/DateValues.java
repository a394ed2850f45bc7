package org.faktograf.kb.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the knowledge base stores and compares them: ISO {@code YYYY-MM-DD}. A date known only
 * to the month or year is stored as its first day (a fact "в 2010 году" sorts as 2010-01-01).
 */
public final class DateValues {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[tT ].*)?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern WORDS = Pattern.compile(
            "(?:(\\d{1,2})\\s+)?([а-яё]+)?\\s*(\\d{4})(?:\\s*(?:г\\.?|год[а-я]*))?");
    private static final String[] MONTH_STEMS = {
        "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"
    };

    private DateValues() {
    }

    /** The ISO date of a value, or {@code null} when it holds no recognisable date. */
    public static String parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            Matcher m = ISO.matcher(v);
            if (m.matches()) {
                return iso(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
            }
            m = DOTTED.matcher(v);
            if (m.find()) {
                return iso(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = WORDS.matcher(v);
            if (m.find()) {
                int month = m.group(2) == null ? 0 : month(m.group(2));
                if (m.group(2) != null && month == 0 && m.group(1) != null) {
                    return null;
                }
                int day = m.group(1) == null || month == 0 ? 1 : Integer.parseInt(m.group(1));
                return iso(Integer.parseInt(m.group(3)), month == 0 ? 1 : month, day);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static int month(String word) {
        for (int i = MONTH_STEMS.length - 1; i >= 0; i--) {
            String stem = MONTH_STEMS[i];
            if (word.startsWith(stem) && (i != 4 || word.equals("май") || word.equals("мая") || word.equals("мае"))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String iso(int y, int m, int d) {
        return LocalDate.of(y, m, d).toString();
    }

    /**
     * Bounds for a filter: {@code --from} is the first day of what it names, {@code --to} the day
     * after the last (2010 → 2011-01-01; 2010-05 → 2010-06-01), so "to" is exclusive.
     */
    public static String lowerBound(String value) {
        String iso = parse(value);
        if (iso == null) {
            throw new IllegalArgumentException("'" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        return iso;
    }

    public static String upperBoundExclusive(String value) {
        String v = value.trim();
        LocalDate start = LocalDate.parse(lowerBound(v));
        if (v.matches("\\d{4}")) {
            return start.plusYears(1).toString();
        }
        if (v.matches("\\d{4}-\\d{1,2}")) {
            return start.plusMonths(1).toString();
        }
        return start.plusDays(1).toString();
    }
}
