package org.faktograf.kb.ingest;

/** What an ingest reports as it goes; called from the writing thread. */
public interface IngestListener {
    /** After each committed batch. */
    void committed(IngestSummary soFar);

    /** A document that could not be analysed or stored; the ingest goes on with the others. */
    void failed(String documentId, String reason);

    /** Something to tell the user that loses nothing (a document id read twice in one run). */
    default void warning(String message) {
    }

    IngestListener NONE = new IngestListener() {
        @Override
        public void committed(IngestSummary soFar) {
        }

        @Override
        public void failed(String documentId, String reason) {
        }
    };
}
