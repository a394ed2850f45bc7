package org.faktograf.kb.resolve;

import java.util.Map;
import java.util.Set;

/**
 * A knowledge-base entity a profile might join.
 *
 * @param id            its id
 * @param name          canonical name
 * @param parts         normalised name parts of a person, else {@code null}
 * @param nameKeys      keys of its names
 * @param context       context keys with how many of its documents had them
 * @param posts         normalised posts it was seen to hold
 * @param documentCount documents it appears in
 */
public record Candidate(long id, String name, PersonParts parts, Set<String> nameKeys, Map<String, Integer> context,
                        Set<String> posts, int documentCount) {
}
