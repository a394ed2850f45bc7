package org.faktograf.formats.read;

import java.nio.charset.Charset;

/** A decoded text and the encoding it was found to be in; a byte-order mark is not part of the text. */
public record DecodedText(String text, Charset charset) {
}
