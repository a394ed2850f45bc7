package org.faktograf.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code faktograf train ...}: rebuilds the models from the corpora. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = "Rebuilds a model from the annotated corpora.",
        subcommands = {
                TrainNerCommand.class,
        })
final class TrainCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
