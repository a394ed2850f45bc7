package org.faktograf.spark.read;

import java.io.Serializable;

/**
 * One input file as the driver listed it.
 *
 * @param rank     its place in the input order (inputs as given, directories depth first by name)
 * @param path     the Hadoop path, qualified (file:/..., hdfs://..., s3a://...)
 * @param source   what documents read from it name as their source: the plain path for a local
 *                 file (as {@code faktograf extract} given an absolute path), else the URI
 * @param fileName its name, for document ids
 * @param size     length in bytes
 */
public record InputFile(int rank, String path, String source, String fileName, long size) implements Serializable {
}
