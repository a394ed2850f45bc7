package org.faktograf.spark.resolve;

import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.faktograf.kb.resolve.EntityClass;
import org.faktograf.kb.resolve.EntityProfile;
import org.faktograf.kb.resolve.PersonParts;
import org.faktograf.model.EntityType;
import org.faktograf.model.PersonName;

/** {@link EntityProfile}s to rows ({@code AnalysisRows.PROFILE}) and back, losslessly. */
public final class ProfileRows {
    private ProfileRows() {
    }

    public static Row row(int ordinal, EntityProfile p) {
        PersonName n = p.person();
        return RowFactory.create(ordinal, p.localId(), p.entityClass().name(), p.type().name(), p.name(), n != null,
                n == null ? null : n.first(), n == null ? null : n.patronymic(), n == null ? null : n.last(),
                n == null ? null : n.nickname(), p.legalForm(), p.blockKey(), p.nameKeys().toArray(new String[0]),
                p.names().toArray(new String[0]), new TreeSet<>(p.context()).toArray(new String[0]),
                new TreeSet<>(p.posts()).toArray(new String[0]), p.mentionCount());
    }

    /** The profile of a document's entity from its row ({@code r}, fields as {@code AnalysisRows.PROFILE}). */
    public static EntityProfile profile(String docKey, Row r) {
        EntityClass c = EntityClass.valueOf(r.getString(2));
        String name = r.getString(4);
        PersonName person = r.getBoolean(5)
                ? new PersonName(r.getString(6), r.getString(7), r.getString(8), r.getString(9)) : null;
        // as EntityProfiles.of derives them: a person's parts from the name parts, else the name
        PersonParts parts = c == EntityClass.PER ? PersonParts.of(person, name) : null;
        return new EntityProfile(docKey, r.getString(1), c, EntityType.valueOf(r.getString(3)), name, person, parts,
                r.getString(10), r.getString(11), strings(r, 12), strings(r, 13), new TreeSet<>(strings(r, 14)),
                new TreeSet<>(strings(r, 15)), r.getInt(16));
    }

    private static List<String> strings(Row r, int i) {
        return r.getList(i);
    }
}
