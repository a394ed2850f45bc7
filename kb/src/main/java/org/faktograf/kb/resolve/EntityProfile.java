package org.faktograf.kb.resolve;

import java.util.List;
import java.util.Set;
import org.faktograf.model.EntityType;
import org.faktograf.model.PersonName;

/**
 * What cross-document resolution knows of one document-level entity: its names, and the context
 * it appears in. A pure function of the document's analysis (see {@link EntityProfiles}), so
 * resolution can run anywhere the analyses are (a single ingest, a Spark stage).
 *
 * @param docKey       the document's id
 * @param localId      the entity's id within the document ("e3")
 * @param entityClass  class within which it may be joined
 * @param type         its fine type
 * @param name         canonical name as the document's analysis gives it
 * @param person       name parts for a person (display form, may be {@code null})
 * @param parts        normalised parts for a person, else {@code null}
 * @param legalForm    legal form for an organisation or {@code null}
 * @param blockKey     the key candidates are looked up by: per:кресс, org:роснано, loc:томская область
 * @param nameKeys     every key of its names (block key first), class-prefixed
 * @param names        its names as written: canonical name first, then aliases
 * @param context      keys of the other entities of the document (per:путин, loc:томск)
 * @param posts        normalised posts it holds in the document (губернатор), from occupation facts
 * @param mentionCount how many mentions it groups
 */
public record EntityProfile(String docKey, String localId, EntityClass entityClass, EntityType type, String name,
                            PersonName person, PersonParts parts, String legalForm, String blockKey,
                            List<String> nameKeys, List<String> names, Set<String> context, Set<String> posts,
                            int mentionCount) {
    public EntityProfile {
        nameKeys = List.copyOf(nameKeys);
        names = List.copyOf(names);
        // sorted, not Set.copyOf: its order changes from run to run, and reasons list posts
        context = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(context));
        posts = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(posts));
    }
}
