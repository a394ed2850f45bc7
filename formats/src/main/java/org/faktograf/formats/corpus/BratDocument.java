package org.faktograf.formats.corpus;

import java.util.List;

/**
 * One text of a brat standoff corpus (NEREL). Offsets are UTF-16 indices into {@code text}, end
 * exclusive; discontinuous entities keep their fragments.
 */
public record BratDocument(String id, String text, List<Entity> entities, List<Relation> relations,
                           List<Link> links) {

    public record Fragment(int start, int end) {}

    /** A "T" line: {@code start}/{@code end} cover all fragments; {@code text} is the surface text the line gives. */
    public record Entity(String id, String type, int start, int end, List<Fragment> fragments, String text) {}

    /** An "R" line. */
    public record Relation(String id, String type, String arg1, String arg2) {}

    /** An "N" line: a normalisation, for NEREL a Wikidata id ("Q1234") of entity {@code target}. */
    public record Link(String id, String target, String resource, String key, String text) {}

    public Entity entity(String entityId) {
        for (Entity e : entities) {
            if (e.id().equals(entityId)) {
                return e;
            }
        }
        return null;
    }
}
