package org.faktograf.kb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DateValuesTest {
    @Test
    void parsesIsoDottedAndRussianDates() {
        assertEquals("2010-05-27", DateValues.parse("2010-05-27"));
        assertEquals("2010-05-27", DateValues.parse("2010-05-27T10:15:00+04:00"));
        assertEquals("2010-05-01", DateValues.parse("2010-05"));
        assertEquals("2012-03-03", DateValues.parse("3 марта 2012 года"));
        assertEquals("2010-05-01", DateValues.parse("в мае 2010 года"));
        assertEquals("2010-05-27", DateValues.parse("27 мая 2010 г."));
        assertEquals("2011-01-01", DateValues.parse("2011 год"));
        assertEquals("2009-12-31", DateValues.parse("31.12.2009"));
        assertNull(DateValues.parse("вчера"));
        assertNull(DateValues.parse("31 февраля 2010"));
    }

    @Test
    void boundsCoverWhatTheyName() {
        assertEquals("2010-01-01", DateValues.lowerBound("2010"));
        assertEquals("2011-01-01", DateValues.upperBoundExclusive("2010"));
        assertEquals("2010-06-01", DateValues.upperBoundExclusive("2010-05"));
        assertEquals("2010-05-28", DateValues.upperBoundExclusive("2010-05-27"));
        assertThrows(IllegalArgumentException.class, () -> DateValues.lowerBound("soon"));
    }
}
