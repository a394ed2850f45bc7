package org.faktograf.spark.resolve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.faktograf.formats.write.JsonAnalysisWriter;
import org.faktograf.kb.resolve.EntityProfiles;
import org.faktograf.kb.store.ContentHash;
import org.faktograf.model.Analysis;
import org.faktograf.spark.extract.AnalysisRows;
import org.faktograf.spark.read.DocumentRows;

/** Analyses made elsewhere (gold layers, crafted ones) as the job's analysis rows, in list order. */
final class AnalysisDatasets {
    private AnalysisDatasets() {
    }

    static Dataset<Row> of(SparkSession spark, List<Analysis> analyses) throws IOException {
        JsonAnalysisWriter writer = new JsonAnalysisWriter(false, false);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            Analysis a = analyses.get(i);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            writer.write(a, json);
            rows.add(AnalysisRows.row(DocumentRows.row(i, 0, 0, a.document()), a,
                    json.toString(StandardCharsets.UTF_8).strip(), ContentHash.of(a.document()), EntityProfiles.of(a)));
        }
        // several partitions, so that components meet across them
        return spark.createDataFrame(rows, AnalysisRows.SCHEMA).repartition(3);
    }
}
