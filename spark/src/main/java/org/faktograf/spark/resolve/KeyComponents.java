package org.faktograf.spark.resolve;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of the name-key graph: two keys are connected when one entity of one
 * document carries both (Европейский союз with its alias ЕС). Entities can only ever join across
 * documents through a shared key, so every join the single-machine resolution makes stays inside
 * one component, and resolving each component apart gives the same result. Labels propagate as
 * minima: each round a key takes the least label among itself and its neighbours, until no label
 * changes (as many rounds as the longest chain of aliases, usually two or three).
 */
public final class KeyComponents {
    private KeyComponents() {
    }

    /** Result of {@link #of}: the label of every key on an edge, and how many rounds it took. */
    public record Labels(Dataset<Row> labels, int rounds) {}

    /**
     * @param edges rows of two keys ({@code a}, {@code b}) held by one entity
     * @return rows ({@code key}, {@code component}): the least key of its component; keys on no
     *         edge are their own component and are not listed
     */
    public static Labels of(Dataset<Row> edges) {
        Dataset<Row> both = edges.select(col("a").as("src"), col("b").as("dst"))
                .union(edges.select(col("b").as("src"), col("a").as("dst")))
                .where(col("src").notEqual(col("dst")))
                .distinct()
                .localCheckpoint();
        Dataset<Row> labels = both.groupBy(col("src").as("key"))
                .agg(least(col("src"), min(col("dst"))).as("component"))
                .localCheckpoint();
        int rounds = 1;
        while (true) {
            Dataset<Row> fromNeighbours = both.join(labels, both.col("dst").equalTo(labels.col("key")))
                    .select(both.col("src").as("key"), labels.col("component"));
            Dataset<Row> next = fromNeighbours.union(labels)
                    .groupBy("key").agg(min("component").as("component"))
                    .localCheckpoint();
            long changed = next.as("n").join(labels.as("l"), col("n.key").equalTo(col("l.key")))
                    .where(col("n.component").notEqual(col("l.component")))
                    .count();
            labels = next;
            rounds++;
            if (changed == 0) {
                return new Labels(labels, rounds);
            }
        }
    }
}
