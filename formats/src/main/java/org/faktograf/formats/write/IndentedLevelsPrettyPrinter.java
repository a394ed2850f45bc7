package org.faktograf.formats.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Indents the outer levels of a JSON value, one entry a line, and writes deeper values on one
 * line: a document's tokens then read one token a line instead of ten. One instance per generator.
 */
final class IndentedLevelsPrettyPrinter implements PrettyPrinter {
    private final int indentedLevels;
    private int depth;

    /** @param indentedLevels how many levels of containers get one entry a line (2: the root and its arrays) */
    IndentedLevelsPrettyPrinter(int indentedLevels) {
        this.indentedLevels = indentedLevels;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        breakOrNothing(g, depth);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        breakOrSpace(g, depth);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        if (nrOfEntries > 0) {
            breakOrNothing(g, depth - 1);
        }
        depth--;
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        breakOrNothing(g, depth);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        breakOrSpace(g, depth);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (nrOfValues > 0) {
            breakOrNothing(g, depth - 1);
        }
        depth--;
        g.writeRaw(']');
    }

    /** Inside an indented container: a line break and the indent of {@code level}. */
    private void breakOrNothing(JsonGenerator g, int level) throws IOException {
        if (depth <= indentedLevels) {
            newline(g, level);
        }
    }

    private void breakOrSpace(JsonGenerator g, int level) throws IOException {
        if (depth <= indentedLevels) {
            newline(g, level);
        } else {
            g.writeRaw(' ');
        }
    }

    private static void newline(JsonGenerator g, int level) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < level; i++) {
            g.writeRaw("  ");
        }
    }
}
