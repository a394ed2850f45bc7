package org.faktograf.formats.read;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The files under a directory, depth first, sorted by name within each directory, one at a time:
 * hidden files and directories (name starting with a dot) are skipped, and so are files that do
 * not match the include glob. A directory reached twice through links is walked once.
 */
final class DirectoryWalker {
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private final PathMatcher include;
    private final ReadProblems problems;
    private final Set<Path> visited = new HashSet<>();

    DirectoryWalker(Path root, String includeGlob, ReadProblems problems) {
        this.include = includeGlob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + includeGlob);
        this.problems = problems;
        enter(root);
    }

    /** The next file, or {@code null} when the walk is over. */
    Path next() {
        while (!stack.isEmpty()) {
            Iterator<Path> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                continue;
            }
            Path p = level.next();
            if (p.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(p)) {
                enter(p);
            } else if (include == null || include.matches(p.getFileName())) {
                return p;
            }
        }
        return null;
    }

    private void enter(Path dir) {
        try {
            if (!visited.add(dir.toRealPath())) {
                return;
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                ds.forEach(entries::add);
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
            stack.push(entries.iterator());
        } catch (IOException | SecurityException e) {
            problems.error(dir + ": cannot read directory (" + IoMessages.reason(e) + ")");
        }
    }
}
