package org.faktograf.formats.read;

import java.util.ArrayList;
import java.util.List;

/** Keeps what readers reported, for assertions. */
final class RecordedProblems implements ReadProblems {
    final List<String> warnings = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public void warning(String message) {
        warnings.add(message);
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }
}
