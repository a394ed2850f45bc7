package org.faktograf.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code faktograf eval ...}: scores against annotated corpora. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Scores the extractor against an annotated corpus.",
        subcommands = {
                EvalTokensCommand.class,
                EvalNerCommand.class,
                EvalIdentityCommand.class,
                EvalNamesCommand.class,
                EvalFactsCommand.class,
        })
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
