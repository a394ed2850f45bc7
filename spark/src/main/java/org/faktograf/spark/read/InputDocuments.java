package org.faktograf.spark.read;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.input_file_block_start;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's documents as a dataset of {@link DocumentRows}, spread so that every core has work:
 * files are packed into partitions balanced by size (largest first, each to the least loaded
 * partition) and read where they are analysed; when one file outweighs a partition's share (a big
 * JSON Lines file) or the input is Parquet, the documents are dealt out round robin after reading.
 */
public final class InputDocuments {
    /** A file costs at least this much in the balance, so that many empty files still spread. */
    private static final long FILE_COST = 4096;

    private InputDocuments() {
    }

    /** A thrown input problem the user must fix (a Parquet input without a text column). */
    public static final class InputException extends RuntimeException {
        public InputException(String message) {
            super(message);
        }
    }

    public static Dataset<Row> read(SparkSession spark, InputListing.Listing listing, ReadSettings settings,
                                    int partitions, ProblemLog problems) {
        Dataset<Row> docs = null;
        if (!listing.files().isEmpty()) {
            docs = files(spark, listing.files(), settings, partitions, problems);
        }
        if (!listing.parquet().isEmpty()) {
            Dataset<Row> p = parquet(spark, listing.parquet(), settings, partitions);
            docs = docs == null ? p : docs.union(p);
        }
        return docs != null ? docs : spark.createDataFrame(Collections.<Row>emptyList(), DocumentRows.SCHEMA);
    }

    /** Partitions of files, largest first into the least loaded, never empty when there are enough files. */
    public static List<List<InputFile>> balance(List<InputFile> files, int partitions) {
        int n = Math.max(1, Math.min(partitions, files.size()));
        List<InputFile> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(InputFile::size).reversed().thenComparingInt(InputFile::rank));
        List<List<InputFile>> bins = new ArrayList<>();
        long[] load = new long[n];
        PriorityQueue<Integer> least = new PriorityQueue<>(
                Comparator.<Integer>comparingLong(i -> load[i]).thenComparingInt(i -> i));
        for (int i = 0; i < n; i++) {
            bins.add(new ArrayList<>());
            least.add(i);
        }
        for (InputFile f : bySize) {
            int i = least.poll();
            bins.get(i).add(f);
            load[i] += Math.max(FILE_COST, f.size());
            least.add(i);
        }
        for (List<InputFile> b : bins) {
            b.sort(Comparator.comparingInt(InputFile::rank));
        }
        return bins;
    }

    /** True when the heaviest partition holds much more than its share (one file too big to split). */
    static boolean unbalanced(List<List<InputFile>> bins) {
        long total = 0;
        long max = 0;
        for (List<InputFile> b : bins) {
            long load = 0;
            for (InputFile f : b) {
                load += Math.max(FILE_COST, f.size());
            }
            total += load;
            max = Math.max(max, load);
        }
        return bins.size() > 1 && max > 1.25 * total / bins.size();
    }

    private static Dataset<Row> files(SparkSession spark, List<InputFile> files, ReadSettings settings,
                                      int partitions, ProblemLog problems) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
        List<List<InputFile>> bins = balance(files, partitions);
        JavaRDD<Row> rows = jsc.parallelize(bins, bins.size()).flatMap(new ReadFiles(conf, settings, problems));
        Dataset<Row> docs = spark.createDataFrame(rows, DocumentRows.SCHEMA);
        return unbalanced(bins) ? docs.repartition(partitions) : docs;
    }

    /** Reads the files of one partition, one document at a time. */
    static final class ReadFiles implements FlatMapFunction<List<InputFile>, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<HadoopConf> conf;
        private final ReadSettings settings;
        private final ProblemLog problems;

        ReadFiles(Broadcast<HadoopConf> conf, ReadSettings settings, ProblemLog problems) {
            this.conf = conf;
            this.settings = settings;
            this.problems = problems;
        }

        @Override
        public Iterator<Row> call(List<InputFile> bin) {
            Iterator<InputFile> files = bin.iterator();
            var options = settings.options();
            return new Iterator<>() {
                private InputFile file;
                private Iterator<FileDocuments.Positioned> docs = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!docs.hasNext()) {
                        if (!files.hasNext()) {
                            return false;
                        }
                        file = files.next();
                        docs = FileDocuments.read(file, options, conf.value().get(), problems);
                    }
                    return true;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    FileDocuments.Positioned p = docs.next();
                    return DocumentRows.row(file.rank(), 0, p.position(), p.document());
                }
            };
        }
    }

    private static Dataset<Row> parquet(SparkSession spark, List<InputFile> files, ReadSettings settings, int partitions) {
        String[] paths = files.stream().map(InputFile::path).toArray(String[]::new);
        Dataset<Row> in = spark.read().parquet(paths);
        StructType schema = in.schema();
        if (!hasField(schema, "text")) {
            throw new InputException(files.get(0).source() + ": a Parquet input needs a text column (id, title, text, date, url); it has "
                    + String.join(", ", schema.fieldNames()));
        }
        Map<String, Integer> ranks = new HashMap<>();
        for (InputFile f : files) {
            ranks.put(f.source(), f.rank());
        }
        Broadcast<Map<String, Integer>> rankOf = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(ranks);
        spark.udf().register("faktograf_source", (UDF1<String, String>) InputDocuments::sourceOfUri, DataTypes.StringType);
        spark.udf().register("faktograf_rank", (UDF1<String, Integer>) s -> rankOf.value().getOrDefault(s, Integer.MAX_VALUE),
                DataTypes.IntegerType);
        Column source = call_udf("faktograf_source", input_file_name());
        Dataset<Row> withSource = in.withColumn("_source", source)
                .withColumn("_block", input_file_block_start())
                .withColumn("_row", monotonically_increasing_id());
        Column text = col("text").cast(DataTypes.StringType);
        Column fileName = org.apache.spark.sql.functions.element_at(org.apache.spark.sql.functions.split(col("_source"), "/"), -1);
        Column id = hasField(schema, "id")
                ? coalesce(col("id").cast(DataTypes.StringType), concat(fileName, lit(":"), substring(sha2(text, 256), 1, 16)))
                : concat(fileName, lit(":"), substring(sha2(text, 256), 1, 16));
        Dataset<Row> docs = withSource.where(col("text").isNotNull()).select(
                call_udf("faktograf_rank", col("_source")).as("seq_file"),
                col("_block").as("seq_block"),
                col("_row").as("seq_row"),
                id.as("id"),
                optionalString(schema, "title").as("title"),
                text.as("text"),
                col("_source").as("source"),
                date(schema).as("date"),
                optionalString(schema, "url").as("url"));
        return docs.repartition(partitions);
    }

    static String sourceOfUri(String uri) {
        try {
            return InputListing.sourceOf(new Path(new URI(uri)));
        } catch (Exception e) {
            return uri;
        }
    }

    private static boolean hasField(StructType schema, String name) {
        for (String f : schema.fieldNames()) {
            if (f.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Column optionalString(StructType schema, String name) {
        return hasField(schema, name) ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
    }

    /** ISO-8601, as a JSON Lines date would be written: a date as 2010-05-27, a timestamp with its time. */
    private static Column date(StructType schema) {
        if (!hasField(schema, "date")) {
            return lit(null).cast(DataTypes.StringType);
        }
        DataType t = null;
        for (StructField f : schema.fields()) {
            if (f.name().equals("date")) {
                t = f.dataType();
            }
        }
        if (DataTypes.DateType.equals(t)) {
            return date_format(col("date"), "yyyy-MM-dd");
        }
        if (DataTypes.TimestampType.equals(t) || DataTypes.TimestampNTZType.equals(t)) {
            return date_format(col("date"), "yyyy-MM-dd'T'HH:mm:ss");
        }
        return col("date").cast(DataTypes.StringType);
    }
}
