package org.faktograf.kb.resolve;

import java.util.List;

/** What the resolver reads of the knowledge base: candidates and corrections for a profile. */
public interface ResolutionState {
    /** Entities of the profile's class holding one of its name keys (for a person, its block key). */
    List<Candidate> candidates(EntityProfile profile);

    /** The user corrections that name the profile's document and block key. */
    List<Constraint> constraints(EntityProfile profile);
}
