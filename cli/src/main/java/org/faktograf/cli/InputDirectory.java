package org.faktograf.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check every evaluation command makes of the directory it is given. */
final class InputDirectory {
    private InputDirectory() {
    }

    /**
     * Whether {@code dir} is missing or not a directory; if so, says so on {@code err} in one line
     * led by {@code command} (e.g. "faktograf eval facts").
     */
    static boolean unusable(String command, Path dir, PrintWriter err) {
        if (Files.isDirectory(dir)) {
            return false;
        }
        err.println(command + ": " + dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory"));
        return true;
    }
}
