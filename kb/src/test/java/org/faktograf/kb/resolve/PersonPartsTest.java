package org.faktograf.kb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faktograf.model.PersonName;
import org.junit.jupiter.api.Test;

class PersonPartsTest {
    @Test
    void parsesTheWaysNamesAreWritten() {
        assertEquals(new PersonParts(null, null, "кресс"), PersonParts.parse("Кресс"));
        assertEquals(new PersonParts("виктор", null, "кресс"), PersonParts.parse("Виктор Кресс"));
        assertEquals(new PersonParts("в", "в", "путин"), PersonParts.parse("В. В. Путин"));
        assertEquals(new PersonParts("в", "в", "путин"), PersonParts.parse("В.В.Путин"));
        assertEquals(new PersonParts("владимир", "владимирович", "путин"), PersonParts.parse("Владимир Владимирович Путин"));
        assertEquals(new PersonParts("владимир", "владимирович", "путин"), PersonParts.parse("Путин Владимир Владимирович"));
        assertEquals(new PersonParts("в", null, "путин"), PersonParts.parse("Путин В."));
        assertEquals(new PersonParts("алена", null, "попова"), PersonParts.parse("Алёна Попова"));
    }

    @Test
    void partsFromTheIdentityStageWin() {
        assertEquals(new PersonParts("виктор", null, "кресс"),
                PersonParts.of(new PersonName("Виктор", null, "Кресс", null), "Виктором Крессом"));
    }

    @Test
    void compatibilityNeedsTheSameSurnameAndAgreeingFirstNames() {
        PersonParts full = PersonParts.parse("Владимир Владимирович Путин");
        assertTrue(full.compatibleWith(PersonParts.parse("В. В. Путин")));
        assertTrue(full.compatibleWith(PersonParts.parse("Владимир Путин")));
        assertTrue(full.compatibleWith(PersonParts.parse("Путин")));
        assertFalse(full.compatibleWith(PersonParts.parse("Игорь Путин")));
        assertFalse(full.compatibleWith(PersonParts.parse("И. Путин")));
        assertFalse(full.compatibleWith(PersonParts.parse("Владимир Александрович Путин")));
        assertFalse(full.compatibleWith(PersonParts.parse("Владимир Медведев")));
        assertEquals(PersonParts.Strength.INITIALS, PersonParts.parse("В. Путин").strength());
        assertEquals("владимир владимирович путин", PersonParts.parse("В. Путин").fuller(full).display());
    }
}
