package org.faktograf.kb.store;

import java.util.List;
import org.faktograf.kb.resolve.EntityClass;
import org.faktograf.kb.resolve.EntityProfile;
import org.faktograf.kb.resolve.PersonParts;
import org.faktograf.model.EntityType;
import org.faktograf.model.PersonName;

/**
 * A profile as stored with its document entity (JSON in {@code doc_entities.profile}): enough to
 * take its contribution back from a kb entity, or to move it to another one, without the analysis.
 * {@code words} are the normalised words and lemmas of its names, as added to the look-up table.
 */
record StoredProfile(String docKey, String localId, EntityClass entityClass, EntityType type, String name,
                     PersonName person, PersonParts parts, String legalForm, String blockKey, List<String> nameKeys,
                     List<String> names, List<String> context, List<String> posts, int mentionCount,
                     List<String> words) {

    static StoredProfile of(EntityProfile p, List<String> words) {
        return new StoredProfile(p.docKey(), p.localId(), p.entityClass(), p.type(), p.name(), p.person(), p.parts(),
                p.legalForm(), p.blockKey(), p.nameKeys(), p.names(), List.copyOf(p.context()), List.copyOf(p.posts()),
                p.mentionCount(), words);
    }

    EntityProfile profile() {
        return new EntityProfile(docKey, localId, entityClass, type, name, person, parts, legalForm, blockKey, nameKeys,
                names, new java.util.TreeSet<>(context), new java.util.TreeSet<>(posts), mentionCount);
    }
}
