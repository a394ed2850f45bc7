package org.faktograf.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code faktograf} command. */
@Command(name = "faktograf",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Reads Russian news and turns it into facts: people and their posts, organisations, "
                + "places, dates, and the meetings, deals, appointments and ownership between them.",
        subcommands = {
                EvalCommand.class,
                TrainCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; used by tests too. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"faktograf " + (v == null ? "development build" : v)};
        }
    }
}
