package org.faktograf.formats.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.faktograf.formats.corpus.CorpusPaths;
import org.faktograf.formats.corpus.FactRuCorpus;
import org.faktograf.formats.corpus.FactRuDocument;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final Charset CP1251 = CyrillicCharsetDetector.WINDOWS_1251;
    private static final Charset KOI8R = CyrillicCharsetDetector.KOI8_R;

    private static DecodedText decode(byte[] b) throws NotTextException {
        return TextDecoder.decode(b, b.length);
    }

    /** Encodes what the charset can; what it cannot (« » in KOI8-R) becomes '?', as an old file would have it. */
    private static byte[] encode(String s, Charset c) {
        try {
            ByteBuffer b = c.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE).encode(java.nio.CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void seedArticleInEachEncodingDecodesToTheSameText() throws Exception {
        String seed = Files.readString(CorpusPaths.seed(), StandardCharsets.UTF_8);
        DecodedText utf8 = decode(seed.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        assertEquals(seed, utf8.text());

        DecodedText cp1251 = decode(seed.getBytes(CP1251));
        assertEquals(CP1251, cp1251.charset());
        assertEquals(seed, cp1251.text());

        byte[] koi = encode(seed, KOI8R);
        DecodedText koi8 = decode(koi);
        assertEquals(KOI8R, koi8.charset());
        assertEquals(new String(koi, KOI8R), koi8.text());
        assertTrue(koi8.text().startsWith("Кресс показал Путину"));
    }

    @Test
    void everyFactRuDevTextAndItsFirstSentenceAreRecognisedInBothSingleByteEncodings() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (FactRuDocument d : FactRuCorpus.load(CorpusPaths.factruDev())) {
            String whole = d.text();
            int dot = whole.indexOf(". ");
            String sentence = dot > 0 && dot < 300 ? whole.substring(0, dot + 1) : whole.substring(0, Math.min(120, whole.length()));
            for (String sample : List.of(whole, sentence)) {
                for (Charset c : List.of(CP1251, KOI8R)) {
                    byte[] bytes = encode(sample, c);
                    DecodedText got = decode(bytes);
                    checked++;
                    if (!got.charset().equals(c)) {
                        wrong.add(d.id() + " as " + c + " read as " + got.charset() + ": " + sample.substring(0, Math.min(40, sample.length())));
                    }
                }
            }
        }
        assertTrue(checked >= 4 * 122);
        assertEquals(List.of(), wrong);
    }

    @Test
    void aFewWordsAreEnough() throws Exception {
        for (String s : List.of("Привет", "Кресс показал Путину", "ОАО «Газпром»", "Томск\r\n")) {
            assertEquals(s, decode(s.getBytes(CP1251)).text(), s + " in Windows-1251");
            assertEquals(s.replace('«', '?').replace('»', '?'), decode(encode(s, KOI8R)).text(), s + " in KOI8-R");
        }
    }

    @Test
    void byteOrderMarksDecideAndAreDropped() throws Exception {
        String s = "Томск\r\nнаукоград";
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, s.getBytes(StandardCharsets.UTF_8));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(s, decode(utf8).text());
        assertEquals(s, decode(le).text());
        assertEquals(StandardCharsets.UTF_16LE, decode(le).charset());
        assertEquals(s, decode(be).text());
        assertEquals(StandardCharsets.UTF_16BE, decode(be).charset());
    }

    @Test
    void lineEndsAndEmptyInputAreKept() throws Exception {
        String s = "Заголовок\r\nТекст.\rЕщё.\n";
        assertEquals(s, decode(s.getBytes(StandardCharsets.UTF_8)).text());
        assertEquals(s, decode(s.getBytes(CP1251)).text());
        assertEquals("", decode(new byte[0]).text());
    }

    @Test
    void binaryDataIsNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        NotTextException e = assertThrows(NotTextException.class, () -> decode(png));
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (1 + i % 8);
        }
        assertThrows(NotTextException.class, () -> decode(controls));
        byte[] oddUtf16 = {(byte) 0xFF, (byte) 0xFE, 0x1F, 0x04, 0x40};
        assertThrows(NotTextException.class, () -> decode(oddUtf16));
    }

    @Test
    void aForcedEncodingIsUsed() throws Exception {
        byte[] b = "Путин".getBytes(KOI8R);
        assertEquals("Путин", TextDecoder.decode(b, b.length, KOI8R).text());
        assertEquals(new String(b, CP1251), TextDecoder.decode(b, b.length, CP1251).text());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
