package org.faktograf.spark.read;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.faktograf.formats.read.ReadProblems;

/**
 * Lists the input files on the driver, in the order {@code faktograf extract} reads them: the
 * inputs as given, a directory depth first with its entries sorted by name, hidden entries (a
 * leading dot) skipped, {@code --include} matched against the names of files found in
 * directories. Works on any Hadoop file system (local, HDFS, S3, ...); an input may be a Hadoop
 * glob ({@code s3a://bucket/2024-*}). Parquet files are listed apart.
 */
public final class InputListing {
    private final Configuration conf;
    private final InputKind kind;
    private final PathMatcher include;
    private final ReadProblems problems;
    private final List<InputFile> files = new ArrayList<>();
    private final List<InputFile> parquet = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();
    private int rank;

    /** What was found: files read as {@code extract} reads them, and Parquet files. */
    public record Listing(List<InputFile> files, List<InputFile> parquet) {
        public long totalBytes() {
            long n = 0;
            for (InputFile f : files) {
                n += f.size();
            }
            return n;
        }
    }

    private InputListing(Configuration conf, InputKind kind, String includeGlob, ReadProblems problems) {
        this.conf = conf;
        this.kind = kind;
        this.include = includeGlob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + includeGlob);
        this.problems = problems;
    }

    /** Lists the inputs; what cannot be found or read is reported as an error and left out. */
    public static Listing list(List<String> inputs, InputKind kind, String includeGlob, Configuration conf,
                               ReadProblems problems) {
        InputListing l = new InputListing(conf, kind, includeGlob, problems);
        for (String input : inputs) {
            l.input(input);
        }
        return new Listing(List.copyOf(l.files), List.copyOf(l.parquet));
    }

    private void input(String input) {
        if (input.equals("-")) {
            problems.error("-: the Spark job does not read standard input; give files or directories");
            return;
        }
        Path path;
        FileSystem fs;
        try {
            path = new Path(input);
            fs = path.getFileSystem(conf);
        } catch (IllegalArgumentException | IOException e) {
            problems.error(input + ": not a readable path (" + reason(e) + ")");
            return;
        }
        List<FileStatus> found = new ArrayList<>();
        try {
            if (isGlob(input)) {
                FileStatus[] st = fs.globStatus(path);
                if (st != null) {
                    found.addAll(Arrays.asList(st));
                }
            } else {
                found.add(fs.getFileStatus(path));
            }
        } catch (FileNotFoundException e) {
            // reported below
        } catch (IOException e) {
            problems.error(input + ": cannot read (" + reason(e) + ")");
            return;
        }
        if (found.isEmpty()) {
            problems.error(input + ": no such file or directory");
            return;
        }
        found.sort(Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus s : found) {
            if (s.isDirectory()) {
                List<FileStatus> walked = new ArrayList<>();
                walk(fs, s.getPath(), walked);
                boolean holdsParquet = kind == InputKind.PARQUET
                        || walked.stream().anyMatch(f -> InputKind.isParquetName(f.getPath().getName()));
                for (FileStatus f : walked) {
                    String name = f.getPath().getName();
                    if (holdsParquet && name.startsWith("_")) {
                        continue; // Spark's markers (_SUCCESS) beside Parquet parts
                    }
                    add(f);
                }
            } else {
                add(s);
            }
        }
    }

    private void add(FileStatus f) {
        Path p = f.getPath();
        boolean isParquet = kind == InputKind.PARQUET || kind == InputKind.AUTO && InputKind.isParquetName(p.getName());
        InputFile file = new InputFile(rank++, p.toString(), sourceOf(p), p.getName(), f.getLen());
        (isParquet ? parquet : files).add(file);
    }

    private void walk(FileSystem fs, Path dir, List<FileStatus> out) {
        if (!visited.add(dir.toString())) {
            return;
        }
        FileStatus[] entries;
        try {
            entries = fs.listStatus(dir);
        } catch (IOException | SecurityException e) {
            problems.error(sourceOf(dir) + ": cannot read directory (" + reason(e) + ")");
            return;
        }
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus e : entries) {
            String name = e.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (e.isDirectory()) {
                walk(fs, e.getPath(), out);
            } else if (include == null || include.matches(java.nio.file.Path.of(name))) {
                out.add(e);
            }
        }
    }

    /** A local file's plain path (what {@code extract} prints for an absolute path); else the URI. */
    public static String sourceOf(Path p) {
        String scheme = p.toUri().getScheme();
        return scheme == null || scheme.equals("file") ? p.toUri().getPath() : p.toString();
    }

    private static boolean isGlob(String s) {
        for (char c : s.toCharArray()) {
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
