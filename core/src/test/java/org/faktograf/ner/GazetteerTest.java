package org.faktograf.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    @Test
    void inflectedFormsShareAStem() {
        assertEquals(WordStem.key("Москва"), WordStem.key("Москвой"));
        assertEquals(WordStem.key("Москвы"), WordStem.key("москве"));
        assertEquals(WordStem.key("Томская"), WordStem.key("Томской"));
        assertEquals(WordStem.key("Путин"), WordStem.key("Путину"));
        assertNotEquals(WordStem.key("Томск"), WordStem.key("Тула"));
    }

    @Test
    void anEntryMatchesItsInflectedFormsWithPositions() throws IOException {
        Gazetteer.Builder b = new Gazetteer.Builder(List.of("CITY", "STATE_OR_PROVINCE"));
        b.add("STATE_OR_PROVINCE", List.of("Томская", "область"));
        b.add("CITY", List.of("Томск"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        b.build().write(new DataOutputStream(bytes));
        Gazetteer g = Gazetteer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        String[] words = {"губернатор", "Томской", "области", "прибыл", "в", "Томск"};
        long[] stems = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            stems[i] = WordStem.key(words[i]);
        }
        int[] out = new int[words.length * 4];
        g.match(stems, words.length, out);
        int state = 1 << 1;
        int city = 1;
        assertEquals(state, out[4 + Gazetteer.B]);
        assertEquals(state, out[2 * 4 + Gazetteer.L]);
        assertEquals(city, out[5 * 4 + Gazetteer.U]);
        assertEquals(0, out[0 * 4 + Gazetteer.U] | out[0 * 4 + Gazetteer.B]);
        assertEquals(state, g.lookup(List.of("Томской", "области"), 0, 2));
    }
}
