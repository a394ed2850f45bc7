package org.faktograf.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.faktograf.kb.store.KbWriter;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code faktograf split}: undoes a wrong merge. */
@Command(name = "split",
        mixinStandardHelpOptions = true,
        description = {
            "Undoes a wrong merge: the mentions of entity ID that come from the given documents become an entity of "
                + "their own. The correction is recorded and survives reindex. 'query entity' lists an entity's "
                + "documents; 'merge' does the opposite."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:split", "1:internal error", "2:no such entity or document, or nothing would be left"},
        footerHeading = "%nExample:%n",
        footer = {"  faktograf split --db kb.sqlite 42 book_301 book_302 --note \"the footballer, not the governor\""})
final class SplitCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private DatabaseOption database;

    @Parameters(index = "0", paramLabel = "ID", description = "The entity (its #number in query output; # optional).")
    private String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOCUMENT", description = "Ids of the documents whose mentions go.")
    private List<String> documents;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, kept with the correction.")
    private String note;

    @Override
    public Integer call() {
        try {
            long entity = parseId(id);
            KnowledgeBase kb = database.open(false);
            try (KbWriter w = kb.writer()) {
                long created = w.split(entity, new LinkedHashSet<>(documents), note);
                main.out().println("split #" + entity + ": the mentions from " + String.join(", ", documents)
                        + " are now entity #" + created);
            }
            return 0;
        } catch (KnowledgeBaseException e) {
            main.err().println("faktograf split: " + e.getMessage());
            return Diagnostics.INPUT_ERROR;
        }
    }

    static long parseId(String s) {
        String digits = s.startsWith("#") ? s.substring(1) : s;
        if (!digits.matches("\\d{1,18}")) {
            throw new KnowledgeBaseException("'" + s + "' is not an entity id (a number, as #42 in query output)");
        }
        return Long.parseLong(digits);
    }
}
