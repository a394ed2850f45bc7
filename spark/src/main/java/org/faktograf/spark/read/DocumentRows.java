package org.faktograf.spark.read;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.faktograf.model.Document;

/**
 * Documents as rows, with their place in the input order: {@code seq_file} (the file's rank),
 * {@code seq_block} (a Parquet split's start, else 0) and {@code seq_row} (the document's index
 * within its file or split). Sorting by the three gives the order {@code faktograf ingest} would
 * store them in.
 */
public final class DocumentRows {
    public static final StructType SCHEMA = new StructType()
            .add("seq_file", DataTypes.IntegerType, false)
            .add("seq_block", DataTypes.LongType, false)
            .add("seq_row", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, true)
            .add("date", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true);

    /** The columns giving the input order. */
    public static final String[] ORDER = {"seq_file", "seq_block", "seq_row"};

    private DocumentRows() {
    }

    public static Row row(int file, long block, long position, Document d) {
        return RowFactory.create(file, block, position, d.id(), d.title(), d.text(), d.source(), d.date(), d.url());
    }

    public static Document document(Row r) {
        return new Document(r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8));
    }
}
