package org.faktograf.spark;

import java.util.List;
import java.util.Set;
import org.faktograf.spark.read.InputKind;

/**
 * What one run of the job does.
 *
 * @param inputs        files, directories or Hadoop globs, in order
 * @param out           the output directory (any Hadoop file system)
 * @param inputKind     how inputs are read; AUTO: Parquet by extension, else as {@code faktograf extract}
 * @param include       glob for files found in directories ({@code *.txt}), or {@code null}
 * @param encoding      charset of text and HTML inputs, or {@code null} to detect
 * @param maxChars      longest text accepted
 * @param partitions    partitions the documents are spread over (0: four per core of the application)
 * @param tableFormats  "parquet" and/or "jsonl"
 * @param analyses      also write the per-document JSON of {@code faktograf extract --format jsonl}
 * @param resolve       compute cross-document entities
 * @param kb            a knowledge base to load (jdbc:postgresql://... or an SQLite path), or {@code null}
 * @param kbBatch       documents per knowledge-base transaction
 * @param overwrite     replace an existing output directory
 */
public record JobOptions(List<String> inputs, String out, InputKind inputKind, String include, String encoding,
                         long maxChars, int partitions, Set<String> tableFormats, boolean analyses, boolean resolve,
                         String kb, int kbBatch, boolean overwrite) {
    public JobOptions {
        inputs = List.copyOf(inputs);
        tableFormats = Set.copyOf(tableFormats);
    }
}
