package org.faktograf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputNamesTest {
    @Test
    void idsBecomeSafeUniqueFileNames() {
        OutputNames names = new OutputNames();
        assertEquals("news.jsonl_3", names.claim("news.jsonl:3").name());
        assertEquals("_hidden", names.claim(".hidden").name());
        assertEquals("a_b_c", names.claim("a/b\\c").name());
        assertEquals("Томск", names.claim("Томск").name());
        OutputNames.Claimed second = names.claim("Томск");
        assertEquals("Томск-2", second.name());
        assertTrue(second.numbered());
        assertEquals("ТОМСК-3", names.claim("ТОМСК").name(), "case-insensitive file systems see the same name");
        assertFalse(names.claim("другой").numbered());
        assertEquals("document", names.claim("").name());
    }
}
