package org.faktograf.cli;

/** What {@code extract} writes. */
enum OutputFormat {
    JSON(".json"), JSONL(".jsonl"), TEXT(".txt"), FACTRU(".task1"), CONLL(".conll"), BRAT(".ann");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The extension of a file written with {@code --out} (factRuEval writes .task2 and .task3 beside). */
    String extension() {
        return extension;
    }
}
