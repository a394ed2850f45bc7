package org.faktograf.cli;

import java.util.concurrent.Callable;
import org.faktograf.kb.store.KbWriter;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code faktograf merge}: joins two entities the resolver kept apart. */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        description = "Joins entity OTHER into entity ID (same class only). The correction is recorded and survives reindex.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged", "1:internal error", "2:no such entity, or entities of different classes"},
        footerHeading = "%nExample:%n",
        footer = {"  faktograf merge --db kb.sqlite 42 57"})
final class MergeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private DatabaseOption database;

    @Parameters(index = "0", paramLabel = "ID", description = "The entity that stays.")
    private String into;

    @Parameters(index = "1", paramLabel = "OTHER", description = "The entity joined into it.")
    private String from;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, kept with the correction.")
    private String note;

    @Override
    public Integer call() {
        try {
            long a = SplitCommand.parseId(into);
            long b = SplitCommand.parseId(from);
            KnowledgeBase kb = database.open(false);
            try (KbWriter w = kb.writer()) {
                w.merge(a, b, note);
            }
            main.out().println("merged #" + b + " into #" + a);
            return 0;
        } catch (KnowledgeBaseException e) {
            main.err().println("faktograf merge: " + e.getMessage());
            return Diagnostics.INPUT_ERROR;
        }
    }
}
