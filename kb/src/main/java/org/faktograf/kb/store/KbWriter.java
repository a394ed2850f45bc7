package org.faktograf.kb.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faktograf.kb.resolve.CanonicalNames;
import org.faktograf.kb.resolve.Candidate;
import org.faktograf.kb.resolve.Constraint;
import org.faktograf.kb.resolve.CrossDocumentResolver;
import org.faktograf.kb.resolve.Decision;
import org.faktograf.kb.resolve.EntityClass;
import org.faktograf.kb.resolve.EntityProfile;
import org.faktograf.kb.resolve.EntityProfiles;
import org.faktograf.kb.resolve.NameKeys;
import org.faktograf.kb.resolve.PersonParts;
import org.faktograf.kb.resolve.ResolutionState;
import org.faktograf.kb.search.LemmaText;
import org.faktograf.kb.search.WordLemmatizer;
import org.faktograf.kb.wikidata.WikidataTable;
import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.Document;
import org.faktograf.model.Entity;
import org.faktograf.model.Fact;
import org.faktograf.model.FactArgument;
import org.faktograf.model.Mention;
import org.faktograf.model.TextOffsets;

/**
 * Stores analyses and applies user corrections, on one connection in explicit transactions: call
 * {@link #store} for each document of a batch, then {@link #commit}. A batch is all or nothing, so
 * a killed process leaves no half-stored document. Not thread-safe: one writer per process is the
 * design (extraction runs in parallel, storing does not).
 */
public final class KbWriter implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Connection c;
    private final Dialect dialect;
    private final WordLemmatizer lemmatizer;
    private final CrossDocumentResolver resolver = new CrossDocumentResolver();
    private final WikidataTable wikidata = WikidataTable.get();
    private final State state = new State();
    /** Prepared once per writer: compiling a statement costs more than running it. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** Whether the knowledge base holds any user correction; {@code null}: not known in this transaction. */
    private Boolean correctionsExist;

    KbWriter(Connection connection, Dialect dialect, WordLemmatizer lemmatizer) throws SQLException {
        this.c = connection;
        this.dialect = dialect;
        this.lemmatizer = lemmatizer;
        c.setAutoCommit(false);
    }

    /** Document id → content hash of everything stored, to skip unchanged inputs before extracting them. */
    public Map<String, String> storedHashes() {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT doc_key, content_hash FROM documents")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
            c.commit();
        } catch (SQLException e) {
            throw new KnowledgeBaseException("cannot read stored documents: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * What storing a document needs that follows from its analysis alone: content hash, entity
     * profiles with what they add to their kb entities (the words of their names) and its JSON
     * form for {@code doc_entities.profile}, the lemma text for the search index ({@code null} when
     * the analysis has no tokens). Made by {@link #prepare} on any thread, so that extraction
     * threads do it and the one writer thread only writes.
     */
    public static final class PreparedDocument {
        private final Analysis analysis;
        private final String hash;
        /** Entity id → its profile, as stored, and that as JSON. */
        private final Map<String, ProfileRow> profiles;
        private final String lemmaText;

        private PreparedDocument(Analysis analysis, String hash, Map<String, ProfileRow> profiles, String lemmaText) {
            this.analysis = analysis;
            this.hash = hash;
            this.profiles = profiles;
            this.lemmaText = lemmaText;
        }

        public Analysis analysis() {
            return analysis;
        }
    }

    private record ProfileRow(EntityProfile profile, StoredProfile stored, String json) {}

    /**
     * Prepares an analysis for {@link #store(PreparedDocument, String, boolean)}. Thread-safe (it
     * reads nothing of the database and the lemmatiser is thread-safe), unlike the rest of the writer.
     */
    public PreparedDocument prepare(Analysis a) {
        Map<String, List<String>> words = new HashMap<>();
        Map<String, ProfileRow> rows = new HashMap<>();
        for (EntityProfile p : EntityProfiles.of(a)) {
            StoredProfile stored = StoredProfile.of(p, nameWords(p.names(), words));
            try {
                rows.put(p.localId(), new ProfileRow(p, stored, JSON.writeValueAsString(stored)));
            } catch (JsonProcessingException e) {
                throw new KnowledgeBaseException("cannot write the profile of " + p.localId() + " in "
                        + a.document().id() + ": " + e.getMessage(), e);
            }
        }
        return new PreparedDocument(a, ContentHash.of(a.document()), rows,
                a.tokens().isEmpty() ? null : LemmaText.of(a));
    }

    /**
     * Stores one analysed document in the open transaction: unchanged if the same id and content
     * hash are there (unless {@code force}), else replacing what was stored under its id.
     */
    public StoreOutcome store(Analysis a, String extractor, boolean force) {
        return store(prepare(a), extractor, force);
    }

    /** As {@link #store(Analysis, String, boolean)}, for a document prepared beforehand. */
    public StoreOutcome store(PreparedDocument prepared, String extractor, boolean force) {
        Analysis a = prepared.analysis();
        try {
            Document d = a.document();
            String hash = prepared.hash;
            Long existing = null;
            {
            PreparedStatement ps = ps("SELECT id, content_hash FROM documents WHERE doc_key = ?");
                ps.setString(1, d.id());
                try (ResultSet r = ps.executeQuery()) {
                    if (r.next()) {
                        if (!force && hash.equals(r.getString(2))) {
                            return StoreOutcome.UNCHANGED;
                        }
                        existing = r.getLong(1);
                    }
                }
            }
            if (existing != null) {
                removeDocument(existing);
            }
            insertDocument(prepared, extractor);
            return existing == null ? StoreOutcome.ADDED : StoreOutcome.REPLACED;
        } catch (SQLException | JsonProcessingException e) {
            throw new KnowledgeBaseException("cannot store document " + a.document().id() + ": " + e.getMessage(), e);
        }
    }

    public void commit() {
        try {
            c.commit();
            correctionsExist = null;
            state.committed();
        } catch (SQLException e) {
            throw new KnowledgeBaseException("cannot commit: " + e.getMessage(), e);
        }
    }

    public void rollback() {
        try {
            c.rollback();
            correctionsExist = null;
            state.clear();
        } catch (SQLException e) {
            throw new KnowledgeBaseException("cannot roll back: " + e.getMessage(), e);
        }
    }

    private PreparedStatement ps(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            statements.clear();
            for (PreparedStatement[] byCount : sized.values()) {
                for (PreparedStatement ps : byCount) {
                    if (ps != null) {
                        ps.close();
                    }
                }
            }
            sized.clear();
            if (!c.isClosed()) {
                c.rollback();
                c.close();
            }
        } catch (SQLException e) {
            // closing after a failure: nothing uncommitted is kept either way
        }
    }

    // ------------------------------------------------------------------ documents

    private void insertDocument(PreparedDocument prepared, String extractor) throws SQLException, JsonProcessingException {
        Analysis a = prepared.analysis;
        String hash = prepared.hash;
        Document d = a.document();
        long docId;
        {
            PreparedStatement ps = ps("INSERT INTO documents (doc_key, content_hash, title, body, source,"
                + " published, url, extractor, ingested_at, mention_count, entity_count, fact_count)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
            ps.setString(1, d.id());
            ps.setString(2, hash);
            ps.setString(3, d.title());
            ps.setString(4, d.text());
            ps.setString(5, d.source());
            ps.setString(6, d.date());
            ps.setString(7, d.url());
            ps.setString(8, extractor);
            ps.setString(9, Instant.now().toString());
            ps.setInt(10, a.mentions().size());
            ps.setInt(11, a.entities().size());
            ps.setInt(12, a.facts().size());
            docId = returnedId(ps);
        }
        TextOffsets offsets = TextOffsets.of(d.text());
        Map<String, long[]> entityRows = new HashMap<>(); // local id → {doc entity row, kb entity id or 0}
        Map<String, String> mentionEntity = new HashMap<>();
        Set<Long> joined = new HashSet<>(); // kb entities this document has joined so far
        // The rows go in together after the document's entities are resolved; resolution reads no
        // doc_entities row but the members of user corrections, so with corrections each goes in at once.
        boolean oneByOne = anyCorrections();
        List<Object[]> rows = new ArrayList<>();
        List<String> rowEntities = new ArrayList<>();
        for (Entity e : a.entities()) {
            for (String m : e.mentionIds()) {
                mentionEntity.put(m, e.id());
            }
            ProfileRow row = prepared.profiles.get(e.id());
            EntityProfile p = row == null ? null : row.profile();
            long kbId = 0;
            Decision decision = null;
            if (p != null) {
                decision = resolver.resolve(p, state);
                kbId = attach(row.stored(), decision.entityId(), docId, joined);
            }
            PersonParts parts = p == null ? null : p.parts();
            rows.add(new Object[] {docId, e.id(), p == null ? e.type().coarse().name() : p.entityClass().name(),
                    e.type().name(), e.name(),
                    e.person() != null ? e.person().first() : parts == null ? null : parts.first(),
                    e.person() != null ? e.person().patronymic() : parts == null ? null : parts.patronymic(),
                    e.person() != null ? e.person().last() : parts == null ? null : parts.last(),
                    e.legalForm(), p == null ? "" : p.blockKey(), kbId == 0 ? null : kbId,
                    decision == null ? null : decision.rule(), decision == null ? null : decision.reason(),
                    decision == null ? null : decision.score(), e.mentionIds().size(), row == null ? null : row.json()});
            rowEntities.add(e.id());
            entityRows.put(e.id(), new long[] {0, kbId});
            if (oneByOne) {
                storeEntityRows(rows, rowEntities, entityRows);
            }
        }
        storeEntityRows(rows, rowEntities, entityRows);
        Map<String, String> canonical = new HashMap<>();
        for (CanonicalName n : a.names()) {
            canonical.put(n.mentionId(), n.text());
        }
        List<Object[]> mentionRows = new ArrayList<>(a.mentions().size());
        for (Mention m : a.mentions()) {
            long[] row = entityRows.get(mentionEntity.get(m.id()));
            mentionRows.add(new Object[] {docId, m.id(), row == null ? null : row[0], offsets.toCodePoint(m.start()),
                    offsets.toCodePoint(m.end()), m.type().name(), m.politicalBody() ? 1 : 0, m.score(),
                    d.text().substring(m.start(), m.end()), canonical.get(m.id())});
        }
        insertRows(MENTIONS, mentionRows, false);
        insertFacts(a, docId, offsets, entityRows);
        insertSearchText(docId, prepared.lemmaText == null ? lemmaText(d.text()) : prepared.lemmaText);
    }

    /** Inserts the pending doc_entities rows and records their ids in {@code entityRows}. */
    private void storeEntityRows(List<Object[]> rows, List<String> rowEntities, Map<String, long[]> entityRows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        long[] ids = insertRows(DOC_ENTITIES, rows, true);
        for (int i = 0; i < ids.length; i++) {
            // a later row of the same local id wins, as a map put in row order would
            entityRows.get(rowEntities.get(i))[0] = ids[i];
        }
        rows.clear();
        rowEntities.clear();
    }

    private void insertFacts(Analysis a, long docId, TextOffsets offsets, Map<String, long[]> entityRows) throws SQLException {
        if (a.facts().isEmpty()) {
            return;
        }
        String text = a.text();
        List<Object[]> factRows = new ArrayList<>(a.facts().size());
        List<String> dates = new ArrayList<>(a.facts().size());
        for (Fact f : a.facts()) {
            int es = clamp(f.evidenceStart(), text.length());
            int ee = Math.max(es, clamp(f.evidenceEnd(), text.length()));
            String date = factDate(f, a.document().date());
            dates.add(date);
            factRows.add(new Object[] {docId, f.id(), f.type().name(), f.modality().name(), date,
                    offsets.toCodePoint(es), offsets.toCodePoint(ee), text.substring(es, ee), f.rule()});
        }
        long[] factIds = insertRows(FACTS, factRows, true);
        List<Object[]> argumentRows = new ArrayList<>();
        for (int i = 0; i < a.facts().size(); i++) {
            Fact f = a.facts().get(i);
            String date = dates.get(i);
            for (FactArgument arg : f.arguments()) {
                long[] row = arg.entityId() == null ? null : entityRows.get(arg.entityId());
                boolean located = arg.start() >= 0 && arg.end() >= arg.start() && arg.end() <= text.length();
                argumentRows.add(new Object[] {factIds[i], arg.role().toLowerCase(Locale.ROOT),
                        row == null ? null : row[0], row == null || row[1] == 0 ? null : row[1],
                        arg.value() == null ? "" : arg.value(),
                        located ? offsets.toCodePoint(arg.start()) : null, located ? offsets.toCodePoint(arg.end()) : null,
                        f.type().name(), date == null ? "" : date});
            }
        }
        insertRows(FACT_ARGUMENTS, argumentRows, false);
    }

    /** A table's INSERT: its columns and their SQL types (for NULLs). */
    private record RowInsert(String head, int[] types) {}

    private static final RowInsert DOC_ENTITIES = new RowInsert("INSERT INTO doc_entities (document_id, local_id,"
            + " entity_class, type, name, first_name, patronymic, last_name, legal_form, block_key, kb_entity_id,"
            + " match_rule, match_reason, match_score, mention_count, profile)",
            new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.DOUBLE, Types.INTEGER, Types.VARCHAR});
    private static final RowInsert MENTIONS = new RowInsert("INSERT INTO mentions (document_id, local_id,"
            + " doc_entity_id, start_offset, end_offset, type, political, score, surface, canonical)",
            new int[] {Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.VARCHAR,
                Types.INTEGER, Types.DOUBLE, Types.VARCHAR, Types.VARCHAR});
    private static final RowInsert FACTS = new RowInsert("INSERT INTO facts (document_id, local_id, type, modality,"
            + " fact_date, evidence_start, evidence_end, evidence, rule)",
            new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
                Types.INTEGER, Types.VARCHAR, Types.VARCHAR});
    private static final RowInsert FACT_ARGUMENTS = new RowInsert("INSERT INTO fact_arguments (fact_id, role,"
            + " doc_entity_id, kb_entity_id, value, start_offset, end_offset, fact_type, fact_date)",
            new int[] {Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER,
                Types.INTEGER, Types.VARCHAR, Types.VARCHAR});

    /** Rows per INSERT statement: a statement costs more than a row; a bound keeps few statements prepared. */
    private static final int ROWS_PER_INSERT = 32;

    /**
     * Inserts rows in statements of up to {@link #ROWS_PER_INSERT} rows, in order (so ids ascend as
     * with one statement a row); with {@code returning}, returns the new rows' ids in row order.
     */
    private long[] insertRows(RowInsert insert, List<Object[]> rows, boolean returning) throws SQLException {
        long[] ids = returning ? new long[rows.size()] : null;
        int[] types = insert.types();
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            int n = Math.min(ROWS_PER_INSERT, rows.size() - from);
            PreparedStatement ps = rowInsert(insert, n, returning);
            int i = 1;
            for (int r = from; r < from + n; r++) {
                Object[] row = rows.get(r);
                for (int col = 0; col < types.length; col++) {
                    bind(ps, i++, row[col], types[col]);
                }
            }
            if (!returning) {
                ps.executeUpdate();
                continue;
            }
            long[] chunk = new long[n];
            int k = 0;
            try (ResultSet r = ps.executeQuery()) {
                while (r.next() && k < n) {
                    chunk[k++] = r.getLong(1);
                }
            }
            if (k != n) {
                throw new SQLException("expected " + n + " ids back, got " + k);
            }
            // RETURNING does not promise row order; ids are given in insertion order
            java.util.Arrays.sort(chunk);
            System.arraycopy(chunk, 0, ids, from, n);
        }
        return ids;
    }

    private PreparedStatement rowInsert(RowInsert insert, int rows, boolean returning) throws SQLException {
        return sized(insert, returning ? "returning" : "insert", rows, n -> insert.head() + " VALUES "
                + String.join(", ", java.util.Collections.nCopies(n, placeholders(insert.types().length)))
                + (returning ? " RETURNING id" : ""));
    }

    /** "(?, ?, ...)" with {@code n} parameters. */
    private static String placeholders(int n) {
        return "(" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }

    /** Which statement of a family whose text grows with a count (rows, IN-list items). */
    private record SizedKey(Object family, String variant) {}

    /** Statements whose text depends on a count, by family and count, prepared once per writer. */
    private final Map<SizedKey, PreparedStatement[]> sized = new HashMap<>();

    /**
     * The statement of a family for count {@code n}, prepared on first use: the statement cache by
     * SQL text would build the text again on every call, which costs as much as running it.
     */
    private PreparedStatement sized(Object family, String variant, int n, java.util.function.IntFunction<String> sql)
            throws SQLException {
        SizedKey key = new SizedKey(family, variant);
        PreparedStatement[] byCount = sized.get(key);
        if (byCount == null || byCount.length <= n) {
            PreparedStatement[] grown = new PreparedStatement[Math.max(n + 1, 2 * ROWS_PER_INSERT + 1)];
            if (byCount != null) {
                System.arraycopy(byCount, 0, grown, 0, byCount.length);
            }
            sized.put(key, grown);
            byCount = grown;
        }
        if (byCount[n] == null) {
            byCount[n] = c.prepareStatement(sql.apply(n));
        }
        return byCount[n];
    }

    private static void bind(PreparedStatement ps, int i, Object value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(i, type);
        } else if (value instanceof String v) {
            ps.setString(i, v);
        } else if (value instanceof Long v) {
            ps.setLong(i, v);
        } else if (value instanceof Integer v) {
            ps.setInt(i, v);
        } else if (value instanceof Double v) {
            ps.setDouble(i, v);
        } else {
            throw new IllegalArgumentException("no binding for " + value.getClass());
        }
    }

    private static int clamp(int i, int max) {
        return Math.max(0, Math.min(i, max));
    }

    /** The fact's own date when one of its arguments parses as a date, else the document's date. */
    static String factDate(Fact f, String documentDate) {
        for (FactArgument a : f.arguments()) {
            if (a.role().equalsIgnoreCase("date") || a.role().equalsIgnoreCase("time")) {
                String iso = DateValues.parse(a.value());
                if (iso != null) {
                    return iso;
                }
            }
        }
        return documentDate == null ? null : DateValues.parse(documentDate);
    }

    private void insertSearchText(long docId, String lemmas) throws SQLException {
        String sql = dialect == Dialect.SQLITE
                ? "INSERT INTO document_search (rowid, lemmas) VALUES (?, ?)"
                : "INSERT INTO document_search (document_id, lemmas) VALUES (?, to_tsvector('simple', ?))";
        {
            PreparedStatement ps = ps(sql);
            ps.setLong(1, docId);
            ps.setString(2, lemmas);
            ps.executeUpdate();
        }
    }

    /** Takes a stored document out: its contributions to kb entities, then its rows. */
    private void removeDocument(long docId) throws SQLException, JsonProcessingException {
        Set<Long> touched = new HashSet<>();
        {
            PreparedStatement ps = ps(
                "SELECT kb_entity_id, profile FROM doc_entities WHERE document_id = ? AND kb_entity_id IS NOT NULL");
            ps.setLong(1, docId);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.add(new Object[] {r.getLong(1), r.getString(2)});
                }
            }
            for (Object[] row : rows) {
                long kbId = (Long) row[0];
                detach(JSON.readValue((String) row[1], StoredProfile.class), kbId, docId);
                touched.add(kbId);
            }
        }
        if (dialect == Dialect.SQLITE) {
            {
            PreparedStatement ps = ps("DELETE FROM document_search WHERE rowid = ?");
                ps.setLong(1, docId);
                ps.executeUpdate();
            }
        }
        {
            PreparedStatement ps = ps("DELETE FROM documents WHERE id = ?");
            ps.setLong(1, docId);
            ps.executeUpdate();
        }
        for (long kbId : touched) {
            deleteIfEmpty(kbId);
        }
    }

    // ------------------------------------------------------------------ kb entities

    /**
     * Adds a profile to a kb entity ({@link Decision#NEW}: a new one) and returns the entity id.
     * The counts, names, keys and context of the entity grow by the profile's.
     */
    private long attach(StoredProfile p, long kbId, long docId) throws SQLException {
        return attach(p, kbId, docId, null);
    }

    /**
     * As {@link #attach(StoredProfile, long, long)}; {@code joined}, when not {@code null}, holds the
     * kb entities the document has joined so far (the caller is storing it), which saves a query,
     * and gets this one.
     */
    private long attach(StoredProfile p, long kbId, long docId, Set<Long> joined) throws SQLException {
        String now = Instant.now().toString();
        if (kbId == Decision.NEW) {
            kbId = insertEntity(p, now);
            adjust(p, kbId, +1);
        } else {
            boolean sameDocument;
            String currentName = null;
            if (joined != null) {
                sameDocument = joined.contains(kbId);
            } else {
                PreparedStatement ps = ps("SELECT COUNT(*) FROM doc_entities WHERE document_id = ? AND kb_entity_id = ?");
                ps.setLong(1, docId);
                ps.setLong(2, kbId);
                try (ResultSet r = ps.executeQuery()) {
                    sameDocument = r.next() && r.getInt(1) > 0;
                }
            }
            PreparedStatement ps = ps("UPDATE kb_entities SET document_count = document_count + ?,"
                    + " mention_count = mention_count + ?, updated_at = ? WHERE id = ? RETURNING name");
            ps.setInt(1, sameDocument ? 0 : 1);
            ps.setInt(2, p.mentionCount());
            ps.setString(3, now);
            ps.setLong(4, kbId);
            try (ResultSet r = ps.executeQuery()) {
                if (r.next()) {
                    currentName = r.getString(1);
                }
            }
            adjust(p, kbId, +1);
            String name = currentName;
            if (!p.name().equals(currentName)) {
                // only a name not yet the canonical one can change which name is canonical
                String chosen = refreshName(kbId, p.entityClass());
                if (chosen != null) {
                    name = chosen;
                }
            }
            state.joined(kbId, p, sameDocument ? 0 : 1, name);
        }
        if (joined != null) {
            joined.add(kbId);
        }
        return kbId;
    }

    /**
     * A new kb entity of one profile, inserted with its counts and with the canonical name and
     * Wikidata id that {@link #refreshName} would choose from the profile's names (each seen once).
     */
    private long insertEntity(StoredProfile p, String now) throws SQLException {
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (String n : p.names()) {
            if (occurrences.putIfAbsent(n, 1) == null) {
                keys.add(NameKeys.normalize(n));
            }
        }
        NameChoice choice = chooseName(p.entityClass(), occurrences, keys);
        PersonParts parts = choice == null ? p.parts() : choice.parts();
        PreparedStatement ps = ps("INSERT INTO kb_entities (entity_class, type, name, first_name,"
                + " patronymic, last_name, legal_form, wikidata, document_count, mention_count, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id");
        ps.setString(1, p.entityClass().name());
        ps.setString(2, p.type().name());
        ps.setString(3, choice == null ? p.name() : choice.name());
        ps.setString(4, parts == null ? null : parts.first());
        ps.setString(5, parts == null ? null : parts.patronymic());
        ps.setString(6, parts == null ? null : parts.last());
        ps.setString(7, p.legalForm());
        ps.setString(8, choice == null ? null : choice.wikidata());
        ps.setInt(9, p.mentionCount());
        ps.setString(10, now);
        ps.setString(11, now);
        long kbId = returnedId(ps);
        state.forget(kbId);
        if (p.entityClass() == EntityClass.PER) {
            state.created(kbId, choice == null ? p.name() : choice.name(), parts, p.context());
        }
        return kbId;
    }

    /** Takes a profile's contribution back from a kb entity (its document is going away or moving). */
    private void detach(StoredProfile p, long kbId, long docId) throws SQLException {
        int otherRows;
        {
            PreparedStatement ps = ps(
                "SELECT COUNT(*) FROM doc_entities WHERE document_id = ? AND kb_entity_id = ?");
            ps.setLong(1, docId);
            ps.setLong(2, kbId);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                otherRows = r.getInt(1) - 1;
            }
        }
        {
            PreparedStatement ps = ps("UPDATE kb_entities SET document_count = document_count - ?,"
                + " mention_count = mention_count - ?, updated_at = ? WHERE id = ?");
            ps.setInt(1, otherRows > 0 ? 0 : 1);
            ps.setInt(2, p.mentionCount());
            ps.setString(3, Instant.now().toString());
            ps.setLong(4, kbId);
            ps.executeUpdate();
        }
        adjust(p, kbId, -1);
        state.forget(kbId);
    }

    /** Adds (+1) or takes back (-1) one occurrence of each name, key, word and context key. */
    private void adjust(StoredProfile p, long kbId, int delta) throws SQLException {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String n : p.names()) {
            aliases.putIfAbsent(n, NameKeys.normalize(n));
        }
        upsertCounts("kb_aliases", "alias", kbId, aliases, delta);
        upsertCounts("kb_block_keys", "block_key", kbId, keysOf(p.nameKeys()), delta);
        state.keysChanged(kbId, p.nameKeys(), delta);
        upsertCounts("kb_name_words", "word", kbId, keysOf(p.words()), delta);
        if (p.entityClass() == EntityClass.PER) {
            upsertCounts("kb_context", "context_key", kbId, keysOf(p.context()), delta);
        }
    }

    private static Map<String, String> keysOf(List<String> keys) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : keys) {
            m.put(k, null);
        }
        return m;
    }

    /** {@code values}: key → name key for kb_aliases, else key → null. */
    private void upsertCounts(String table, String column, long kbId, Map<String, String> values, int delta)
            throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        // one multi-row statement per table and profile: a statement costs more than a row
        List<String> keys = new ArrayList<>(values.keySet());
        boolean alias = table.equals("kb_aliases");
        int n = keys.size();
        if (delta > 0) {
            PreparedStatement ps = sized(table, "upsert", n, rows -> "INSERT INTO " + table + " ("
                    + (alias ? "kb_entity_id, alias, name_key, occurrences" : "kb_entity_id, " + column + ", occurrences")
                    + ") VALUES " + String.join(", ", java.util.Collections.nCopies(rows, alias ? "(?, ?, ?, 1)" : "(?, ?, 1)"))
                    + " ON CONFLICT (" + (table.equals("kb_block_keys") || table.equals("kb_name_words")
                            ? column + ", kb_entity_id" : "kb_entity_id, " + column) + ")"
                    + " DO UPDATE SET occurrences = " + table + ".occurrences + 1");
            int i = 1;
            for (String k : keys) {
                ps.setLong(i++, kbId);
                ps.setString(i++, k);
                if (alias) {
                    ps.setString(i++, values.get(k));
                }
            }
            ps.executeUpdate();
        } else {
            PreparedStatement dec = sized(table, "decrement", n, k -> "UPDATE " + table + " SET occurrences = occurrences - 1"
                    + " WHERE kb_entity_id = ? AND " + column + " IN " + placeholders(k));
            PreparedStatement del = sized(table, "delete", n, k -> "DELETE FROM " + table
                    + " WHERE kb_entity_id = ? AND " + column + " IN " + placeholders(k) + " AND occurrences <= 0");
            for (PreparedStatement ps : List.of(dec, del)) {
                ps.setLong(1, kbId);
                for (int i = 0; i < n; i++) {
                    ps.setString(i + 2, keys.get(i));
                }
                ps.executeUpdate();
            }
        }
    }

    /**
     * Sets a kb entity's canonical name from its names: for a person the fullest (first name,
     * patronymic and surname beat initials and a bare surname), for others the most frequent;
     * attaches a Wikidata id when the offline table knows one of its names. Returns the name chosen
     * ({@code null}: none, the name stays).
     */
    private String refreshName(long kbId, EntityClass cls) throws SQLException {
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> keys = new ArrayList<>();
        PreparedStatement read = ps("SELECT alias, name_key, occurrences FROM kb_aliases WHERE kb_entity_id = ?");
        read.setLong(1, kbId);
        try (ResultSet r = read.executeQuery()) {
            while (r.next()) {
                occurrences.put(r.getString(1), r.getInt(3));
                keys.add(r.getString(2));
            }
        }
        NameChoice choice = chooseName(cls, occurrences, keys);
        if (choice == null) {
            return null;
        }
        PersonParts merged = choice.parts();
        PreparedStatement ps = ps("UPDATE kb_entities SET name = ?, first_name = ?, patronymic = ?,"
                + " last_name = ?, wikidata = COALESCE(?, wikidata) WHERE id = ?");
        ps.setString(1, choice.name());
        ps.setString(2, merged == null ? null : merged.first());
        ps.setString(3, merged == null ? null : merged.patronymic());
        ps.setString(4, merged == null ? null : merged.last());
        ps.setString(5, choice.wikidata());
        ps.setLong(6, kbId);
        ps.executeUpdate();
        state.renamed(kbId, choice.name(), merged);
        return choice.name();
    }

    /** A canonical name with its merged parts (persons) and the Wikidata id of the offline table, if any. */
    private record NameChoice(String name, PersonParts parts, String wikidata) {}

    /** {@code occurrences}: alias → how often; {@code keys}: the aliases' name keys. */
    private NameChoice chooseName(EntityClass cls, Map<String, Integer> occurrences, List<String> keys) {
        CanonicalNames.Choice choice = CanonicalNames.choose(cls, occurrences);
        if (choice == null) {
            return null;
        }
        PersonParts merged = choice.parts();
        List<String> lookupKeys = new ArrayList<>();
        lookupKeys.add(NameKeys.normalize(choice.name()));
        if (merged != null && merged.hasFullFirst() && merged.last() != null) {
            lookupKeys.add(merged.first() + " " + merged.last());
        }
        if (cls != EntityClass.PER) {
            List<String> sorted = new ArrayList<>(keys);
            java.util.Collections.sort(sorted);
            lookupKeys.addAll(sorted);
        }
        return new NameChoice(choice.name(), merged, wikidata.lookup(cls, lookupKeys));
    }

    private void deleteIfEmpty(long kbId) throws SQLException {
        {
            PreparedStatement ps = ps("SELECT 1 FROM doc_entities WHERE kb_entity_id = ?");
            ps.setLong(1, kbId);
            try (ResultSet r = ps.executeQuery()) {
                if (r.next()) {
                    refreshName(kbId, entityClass(kbId));
                    state.forget(kbId);
                    return;
                }
            }
        }
        {
            PreparedStatement ps = ps("UPDATE fact_arguments SET kb_entity_id = NULL WHERE kb_entity_id = ?");
            ps.setLong(1, kbId);
            ps.executeUpdate();
        }
        {
            PreparedStatement ps = ps("DELETE FROM kb_entities WHERE id = ?");
            ps.setLong(1, kbId);
            ps.executeUpdate();
        }
        state.forget(kbId);
    }

    private EntityClass entityClass(long kbId) throws SQLException {
        {
            PreparedStatement ps = ps("SELECT entity_class FROM kb_entities WHERE id = ?");
            ps.setLong(1, kbId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? EntityClass.valueOf(r.getString(1)) : EntityClass.PER;
            }
        }
    }

    /** The lemma text of an analysis made without the pipeline (from annotations): lemmatised here. */
    private String lemmaText(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (WordLemmatizer.LemmatizedWord w : lemmatizer.words(text)) {
            LemmaText.appendTerm(b, w.lemma());
        }
        return b.toString();
    }

    /**
     * The normalised words of names and their lemmas: what forgiving look-up matches query words
     * against. {@code memo}: name → its words, shared by the profiles of one document.
     */
    private List<String> nameWords(List<String> names, Map<String, List<String>> memo) {
        Set<String> words = new LinkedHashSet<>();
        for (String n : names) {
            words.addAll(memo.computeIfAbsent(n, this::wordsOfName));
        }
        return new ArrayList<>(words);
    }

    /** One name's normalised words and their lemmas, in order. */
    private List<String> wordsOfName(String name) {
        List<String> out = new ArrayList<>();
        for (WordLemmatizer.LemmatizedWord w : lemmatizer.words(name)) {
            out.add(NameKeys.word(w.surface()));
            out.add(w.lemma());
        }
        return out;
    }

    private static long returnedId(PreparedStatement ps) throws SQLException {
        try (ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    // ------------------------------------------------------------------ corrections

    /**
     * Splits the members of a kb entity that come from the given documents into a new entity, and
     * records the split so that re-extraction keeps the two apart. Commits.
     *
     * @return the new entity's id
     */
    public long split(long kbId, Set<String> docKeys, String note) {
        try {
            List<Member> members = members(kbId);
            if (members.isEmpty()) {
                throw new KnowledgeBaseException("no entity #" + kbId);
            }
            List<Member> moving = members.stream().filter(m -> docKeys.contains(m.docKey)).toList();
            if (moving.isEmpty()) {
                throw new KnowledgeBaseException("entity #" + kbId + " has no mentions in " + String.join(", ", docKeys));
            }
            if (moving.size() == members.size()) {
                throw new KnowledgeBaseException("every mention of entity #" + kbId
                        + " is in those documents: a split must leave some behind");
            }
            EntityClass cls = moving.get(0).profile.entityClass();
            long correction = recordCorrection("split", cls, note, members, m -> docKeys.contains(m.docKey) ? "B" : "A");
            long newId = Decision.NEW;
            for (Member m : moving) {
                detach(m.profile, kbId, m.documentId);
                newId = attach(m.profile, newId, m.documentId);
                moveRow(m, newId, "user split #" + correction + ": taken out of #" + kbId);
            }
            refreshName(kbId, cls);
            state.forget(kbId);
            c.commit();
            state.committed();
            return newId;
        } catch (SQLException e) {
            rollback();
            throw new KnowledgeBaseException("cannot split #" + kbId + ": " + e.getMessage(), e);
        }
    }

    /** Joins kb entity {@code from} into {@code into} and records the merge. Commits. */
    public void merge(long into, long from, String note) {
        if (into == from) {
            throw new KnowledgeBaseException("cannot merge #" + into + " with itself");
        }
        try {
            List<Member> a = members(into);
            List<Member> b = members(from);
            if (a.isEmpty() || b.isEmpty()) {
                throw new KnowledgeBaseException("no entity #" + (a.isEmpty() ? into : from));
            }
            EntityClass cls = a.get(0).profile.entityClass();
            if (cls != b.get(0).profile.entityClass()) {
                throw new KnowledgeBaseException("#" + into + " is " + cls + " and #" + from + " is "
                        + b.get(0).profile.entityClass() + ": only entities of one class can be merged");
            }
            List<Member> all = new ArrayList<>(a);
            all.addAll(b);
            Set<Member> sideB = new HashSet<>(b);
            long correction = recordCorrection("merge", cls, note, all, m -> sideB.contains(m) ? "B" : "A");
            for (Member m : b) {
                detach(m.profile, from, m.documentId);
                attach(m.profile, into, m.documentId);
                moveRow(m, into, "user merge #" + correction + ": joined from #" + from);
            }
            deleteIfEmpty(from);
            c.commit();
            state.committed();
        } catch (SQLException e) {
            rollback();
            throw new KnowledgeBaseException("cannot merge: " + e.getMessage(), e);
        }
    }

    private record Member(long rowId, long documentId, String docKey, StoredProfile profile) {}

    private List<Member> members(long kbId) throws SQLException {
        List<Member> out = new ArrayList<>();
        try {
            PreparedStatement ps = ps("SELECT de.id, de.document_id, d.doc_key, de.profile"
                + " FROM doc_entities de JOIN documents d ON d.id = de.document_id WHERE de.kb_entity_id = ? ORDER BY de.id");
            ps.setLong(1, kbId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new Member(r.getLong(1), r.getLong(2), r.getString(3),
                            JSON.readValue(r.getString(4), StoredProfile.class)));
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable stored profile: " + e.getMessage(), e);
        }
        return out;
    }

    private long recordCorrection(String kind, EntityClass cls, String note, List<Member> members,
                                  java.util.function.Function<Member, String> side) throws SQLException {
        long id;
        {
            PreparedStatement ps = ps(
                "INSERT INTO corrections (kind, entity_class, note, created_at) VALUES (?, ?, ?, ?) RETURNING id");
            ps.setString(1, kind);
            ps.setString(2, cls.name());
            ps.setString(3, note);
            ps.setString(4, Instant.now().toString());
            id = returnedId(ps);
        }
        correctionsExist = true;
        String sql = "INSERT INTO correction_members (correction_id, doc_key, block_key, side) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (correction_id, doc_key, block_key) DO NOTHING";
        {
            PreparedStatement ps = ps(sql);
            for (Member m : members) {
                ps.setLong(1, id);
                ps.setString(2, m.docKey);
                ps.setString(3, m.profile.blockKey());
                ps.setString(4, side.apply(m));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    private void moveRow(Member m, long kbId, String reason) throws SQLException {
        {
            PreparedStatement ps = ps("UPDATE doc_entities SET kb_entity_id = ?, match_rule = 'correction',"
                + " match_reason = ?, match_score = 1 WHERE id = ?");
            ps.setLong(1, kbId);
            ps.setString(2, reason);
            ps.setLong(3, m.rowId);
            ps.executeUpdate();
        }
        {
            PreparedStatement ps = ps("UPDATE fact_arguments SET kb_entity_id = ? WHERE doc_entity_id = ?");
            ps.setLong(1, kbId);
            ps.setLong(2, m.rowId);
            ps.executeUpdate();
        }
    }

    // ------------------------------------------------------------------ what the resolver reads

    /** Whether the knowledge base holds a user correction; asked once a transaction (most hold none). */
    private boolean anyCorrections() throws SQLException {
        if (correctionsExist == null) {
            try (ResultSet r = ps("SELECT 1 FROM corrections LIMIT 1").executeQuery()) {
                correctionsExist = r.next();
            }
        }
        return correctionsExist;
    }

    /**
     * A kb entity as person resolution reads it: its row (class, name, parts, documents) and, once
     * needed, its kb_context rows as sorted arrays (a large knowledge base holds millions of them).
     */
    private static final class Person {
        final long id;
        final String entityClass;
        String name;
        PersonParts parts;
        int documentCount;
        /** Context keys in ascending order, {@code null} until read; occurrences beside them. */
        String[] contextKeys;
        int[] contextCounts;
        /** Its candidate without context, as last made; {@code null} after a change. */
        Candidate bare;
        /** Dropped from the cache (the entity changed in ways not followed here): read it again. */
        boolean forgotten;

        Person(long id, String entityClass, String name, PersonParts parts, int documentCount) {
            this.id = id;
            this.entityClass = entityClass;
            this.name = name;
            this.parts = parts;
            this.documentCount = documentCount;
        }

        /** The candidate with name and counts only, for a block whose keys are {@code blockKeys}. */
        Candidate bare(Set<String> blockKeys) {
            if (bare == null || !bare.nameKeys().equals(blockKeys)) {
                bare = new Candidate(id, name, parts, blockKeys, Map.of(), Set.of(), documentCount);
            }
            return bare;
        }

        void setContext(List<String> keys, List<Integer> counts) {
            Integer[] order = new Integer[keys.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparing(keys::get));
            contextKeys = new String[order.length];
            contextCounts = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                contextKeys[i] = keys.get(order[i]);
                contextCounts[i] = counts.get(order[i]);
            }
        }

        /** The position of a context key, or a negative number when the person has not got it. */
        int indexOf(String key) {
            return java.util.Arrays.binarySearch(contextKeys, key);
        }

        /** Each context key from {@code from} (inclusive) to {@code to} (exclusive), in order, with its count. */
        void range(String from, String to, java.util.function.ObjIntConsumer<String> each) {
            int i = indexOf(from);
            for (i = i < 0 ? -i - 1 : i; i < contextKeys.length && contextKeys[i].compareTo(to) < 0; i++) {
                each.accept(contextKeys[i], contextCounts[i]);
            }
        }

        /**
         * One more occurrence of each of these keys, as the upsert into kb_context counts them;
         * nothing when the context is not read yet (it will be read as the database has it).
         */
        void add(List<String> keys, java.util.function.UnaryOperator<String> intern) {
            if (contextKeys == null) {
                return;
            }
            // both sides are sorted: one merge, not a sort of the whole context per document
            String[] added = new java.util.TreeSet<>(keys).toArray(new String[0]);
            String[] mergedKeys = new String[contextKeys.length + added.length];
            int[] mergedCounts = new int[mergedKeys.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < contextKeys.length || j < added.length) {
                int cmp = i == contextKeys.length ? 1 : j == added.length ? -1 : contextKeys[i].compareTo(added[j]);
                if (cmp < 0) {
                    mergedKeys[n] = contextKeys[i];
                    mergedCounts[n++] = contextCounts[i++];
                } else if (cmp > 0) {
                    mergedKeys[n] = intern.apply(added[j++]);
                    mergedCounts[n++] = 1;
                } else {
                    mergedKeys[n] = contextKeys[i];
                    mergedCounts[n++] = contextCounts[i++] + 1;
                    j++;
                }
            }
            contextKeys = java.util.Arrays.copyOf(mergedKeys, n);
            contextCounts = java.util.Arrays.copyOf(mergedCounts, n);
        }
    }

    /**
     * Candidates and corrections read from the database; candidates cached until their entity
     * changes. Every write of the writer that changes what is cached updates or drops it, so the
     * cache equals the database. On SQLite it is kept from one transaction to the next unless
     * another connection has committed meanwhile ({@code PRAGMA data_version}): read again per
     * transaction, the persons of a common surname (hundreds in a large knowledge base, each with
     * its context) cost more than the rest of storing a document. On PostgreSQL it is kept for one
     * transaction: another process may write between them.
     */
    private final class State implements ResolutionState {
        /** Entities of the classes other than persons, as candidates; kept equal to the database. */
        private final Map<Long, Candidate> cache = new HashMap<>();
        /** Block key → the kb entities holding it, as read from kb_block_keys and kept equal to it. */
        private final Map<String, Set<Long>> keyIds = new HashMap<>();
        /** Persons read, by id; kept equal to kb_entities and kb_context. */
        private final Map<Long, Person> persons = new HashMap<>();
        /** Block key → the persons holding it, by id; kept equal to kb_block_keys (see {@link Person#forgotten}). */
        private final Map<String, List<Person>> blocks = new HashMap<>();
        /** One copy of each context key and name part held by {@link #persons}. */
        private final Map<String, String> strings = new HashMap<>();
        /** {@code PRAGMA data_version} when the cache was last known to be current; -1: not read. */
        private long dataVersion = -1;
        /** Whether the cache is known to be current in this transaction. */
        private boolean current;

        void forget(long kbId) {
            cache.remove(kbId);
            Person person = persons.remove(kbId);
            if (person != null) {
                person.forgotten = true; // the blocks holding it read it again
            }
        }

        /** Everything read is forgotten: what the transaction wrote is gone. */
        void clear() {
            cache.clear();
            keyIds.clear();
            persons.clear();
            blocks.clear();
            strings.clear();
            current = false;
        }

        /** The transaction was committed: what was read stays true until another connection writes. */
        void committed() {
            if (dialect == Dialect.SQLITE) {
                current = false;
            } else {
                clear();
            }
        }

        /** Drops what was read if another connection has committed since (SQLite). */
        private void checkCurrent() throws SQLException {
            if (current || dialect != Dialect.SQLITE) {
                return;
            }
            long version;
            try (ResultSet r = ps("PRAGMA data_version").executeQuery()) {
                r.next();
                version = r.getLong(1);
            }
            if (version != dataVersion) {
                clear();
                dataVersion = version;
            }
            current = true;
        }

        /** A profile joined kb entity {@code kbId}: its cached candidate takes the new counts, keys and name. */
        void joined(long kbId, StoredProfile p, int newDocuments, String name) {
            Person person = persons.get(kbId);
            if (person != null) {
                person.documentCount += newDocuments;
                person.bare = null;
                if (p.entityClass() == EntityClass.PER) {
                    person.add(p.context(), this::intern); // as adjust() adds to kb_context
                }
            }
            Candidate c = cache.get(kbId);
            if (c == null) {
                return;
            }
            Set<String> keys = new HashSet<>(c.nameKeys());
            keys.addAll(p.nameKeys());
            cache.put(kbId, new Candidate(kbId, name, c.parts(), keys, c.context(), c.posts(), c.documentCount() + newDocuments));
        }

        /** A new person of one profile: as {@link #insertEntity} and {@link #adjust} wrote it. */
        void created(long kbId, String name, PersonParts parts, List<String> context) {
            Person person = new Person(kbId, "PER", name, stored(parts), 1);
            person.contextKeys = new String[0]; // a new entity: its kb_context rows are the profile's
            person.contextCounts = new int[0];
            person.add(context, this::intern);
            persons.put(kbId, person);
        }

        /** {@link #refreshName} set a kb entity's name and parts. */
        void renamed(long kbId, String name, PersonParts parts) {
            Person person = persons.get(kbId);
            if (person != null) {
                person.name = name;
                person.parts = stored(parts);
                person.bare = null;
            }
        }

        /** Parts as read back from kb_entities (where a missing part is a NULL column). */
        private PersonParts stored(PersonParts parts) {
            return parts == null ? new PersonParts(null, null, null)
                    : new PersonParts(intern(parts.first()), intern(parts.patronymic()), intern(parts.last()));
        }

        private String intern(String s) {
            return s == null ? null : strings.computeIfAbsent(s, k -> k);
        }

        /** Rows of kb_block_keys for these keys were added (delta > 0) or taken back. */
        void keysChanged(long kbId, List<String> keys, int delta) {
            for (String k : keys) {
                if (delta < 0) {
                    keyIds.remove(k); // a count may have reached zero: read again when needed
                    blocks.remove(k);
                } else {
                    List<Person> block = blocks.get(k);
                    if (block != null) {
                        Person person = persons.get(kbId);
                        if (person == null) {
                            blocks.remove(k);
                        } else if (person.entityClass.equals("PER")) {
                            int at = position(block, kbId);
                            if (at < 0) {
                                block.add(-at - 1, person);
                            }
                        }
                    }
                    Set<Long> ids = keyIds.get(k);
                    if (ids != null) {
                        ids.add(kbId);
                    }
                }
            }
        }

        private Set<Long> idsOf(String key) throws SQLException {
            Set<Long> ids = keyIds.get(key);
            if (ids == null) {
                ids = new java.util.TreeSet<>();
                PreparedStatement ps = ps("SELECT kb_entity_id FROM kb_block_keys WHERE block_key = ?");
                ps.setString(1, key);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
                keyIds.put(key, ids);
            }
            return ids;
        }

        @Override
        public List<Candidate> candidates(EntityProfile p) {
            try {
                checkCurrent();
                if (p.entityClass() == EntityClass.PER) {
                    return persons(p);
                }
                Set<Long> ids = new LinkedHashSet<>();
                for (String k : p.nameKeys()) {
                    ids.addAll(idsOf(k));
                }
                List<Candidate> out = new ArrayList<>();
                for (long id : ids) {
                    Candidate cand = cache.get(id);
                    if (cand == null) {
                        cand = load(id, Map.of(), Set.of());
                        cache.put(id, cand);
                    }
                    if (cand != null) {
                        out.add(cand);
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new KnowledgeBaseException("cannot read candidates: " + e.getMessage(), e);
            }
        }

        /**
         * The persons of the profile's block: all with their names, and those whose name is
         * compatible with the profile's also with their context; read once (one query for the
         * block, one for a person's context) and then kept, so a surname shared by many stays cheap.
         */
        private List<Candidate> persons(EntityProfile p) throws SQLException {
            List<Person> block = blocks.get(p.blockKey());
            if (block == null) {
                block = readBlock(p.blockKey());
            }
            Set<String> blockKeys = Set.of(p.blockKey());
            for (Person person : block) {
                if (person.forgotten) {
                    return persons(p, readBlock(p.blockKey()), blockKeys);
                }
            }
            return persons(p, block, blockKeys);
        }

        private List<Candidate> persons(EntityProfile p, List<Person> block, Set<String> blockKeys) throws SQLException {
            List<Candidate> out = new ArrayList<>(block.size());
            for (Person person : block) {
                Candidate c = person.bare(blockKeys);
                out.add(p.parts().compatibleWith(c.parts()) ? withContext(c, person, p) : c);
            }
            return out;
        }

        /** Where a person of this id is in a block (by id), or {@code -(insertion point) - 1}. */
        private static int position(List<Person> block, long id) {
            int lo = 0;
            int hi = block.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                long m = block.get(mid).id;
                if (m < id) {
                    lo = mid + 1;
                } else if (m > id) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -(lo + 1);
        }

        /** The persons holding a block key, by id (one query), with the rows of those not read yet. */
        private List<Person> readBlock(String key) throws SQLException {
            List<Person> block = new ArrayList<>();
            PreparedStatement ps = ps("SELECT b.kb_entity_id, e.entity_class, e.name, e.first_name, e.patronymic,"
                    + " e.last_name, e.document_count FROM kb_block_keys b JOIN kb_entities e ON e.id = b.kb_entity_id"
                    + " WHERE b.block_key = ? AND e.entity_class = 'PER' ORDER BY b.kb_entity_id");
            ps.setString(1, key);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    Person person = persons.get(id);
                    if (person == null) {
                        person = new Person(id, r.getString(2), r.getString(3), new PersonParts(intern(r.getString(4)),
                                intern(r.getString(5)), intern(r.getString(6))), r.getInt(7));
                        persons.put(id, person);
                    }
                    block.add(person);
                }
            }
            blocks.put(key, block);
            return block;
        }

        /**
         * A person with just the context keys the profile has, and all posts and workplaces: what
         * the resolver compares (overlap, namesakes), whatever else the person's context holds.
         */
        private Candidate withContext(Candidate c, Person person, EntityProfile p) throws SQLException {
            if (person.contextKeys == null) {
                readContext(c.id(), person);
            }
            Map<String, Integer> context = new HashMap<>();
            Set<String> posts = new LinkedHashSet<>();
            person.range("post:", "post;", (k, n) -> {
                posts.add(k.substring(5));
                context.put(k, n);
            });
            person.range("work:", "work;", context::put);
            for (String k : p.context()) {
                if (!k.startsWith("post:") && !k.startsWith("work:")) {
                    int i = person.indexOf(k);
                    if (i >= 0) {
                        context.put(k, person.contextCounts[i]);
                    }
                }
            }
            return new Candidate(c.id(), c.name(), c.parts(), c.nameKeys(), context, posts, c.documentCount());
        }

        private void readContext(long id, Person person) throws SQLException {
            List<String> keys = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            PreparedStatement ps = ps("SELECT context_key, occurrences FROM kb_context WHERE kb_entity_id = ?");
            ps.setLong(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    keys.add(intern(r.getString(1)));
                    counts.add(r.getInt(2));
                }
            }
            person.setContext(keys, counts);
        }

        private Candidate load(long id, Map<String, Integer> context, Set<String> posts) throws SQLException {
            String name;
            PersonParts parts = null;
            int docs;
            {
            PreparedStatement ps = ps("SELECT name, first_name, patronymic, last_name, entity_class,"
                    + " document_count FROM kb_entities WHERE id = ?");
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    name = r.getString(1);
                    if (r.getString(5).equals("PER")) {
                        parts = new PersonParts(r.getString(2), r.getString(3), r.getString(4));
                    }
                    docs = r.getInt(6);
                }
            }
            Set<String> keys = new HashSet<>();
            {
            PreparedStatement ps = ps("SELECT block_key FROM kb_block_keys WHERE kb_entity_id = ?");
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getString(1));
                    }
                }
            }
            return new Candidate(id, name, parts, keys, context, posts, docs);
        }

        @Override
        public List<Constraint> constraints(EntityProfile p) {
            List<Constraint> out = new ArrayList<>();
            try {
                if (!anyCorrections()) {
                    return out;
                }
                Map<Long, String[]> mine = new LinkedHashMap<>(); // correction → {kind, side}
                {
            PreparedStatement ps = ps("SELECT cm.correction_id, co.kind, cm.side"
                        + " FROM correction_members cm JOIN corrections co ON co.id = cm.correction_id"
                        + " WHERE cm.doc_key = ? AND cm.block_key = ?");
                    ps.setString(1, p.docKey());
                    ps.setString(2, p.blockKey());
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            mine.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)});
                        }
                    }
                }
                for (Map.Entry<Long, String[]> e : mine.entrySet()) {
                    Set<Long> together = new HashSet<>();
                    Set<Long> apart = new HashSet<>();
                    boolean split = e.getValue()[0].equals("split");
                    {
            PreparedStatement ps = ps("SELECT cm.side, de.kb_entity_id FROM correction_members cm"
                            + " JOIN documents d ON d.doc_key = cm.doc_key"
                            + " JOIN doc_entities de ON de.document_id = d.id AND de.block_key = cm.block_key"
                            + " WHERE cm.correction_id = ? AND de.kb_entity_id IS NOT NULL");
                        ps.setLong(1, e.getKey());
                        try (ResultSet r = ps.executeQuery()) {
                            while (r.next()) {
                                boolean sameSide = r.getString(1).equals(e.getValue()[1]);
                                (split && !sameSide ? apart : together).add(r.getLong(2));
                            }
                        }
                    }
                    out.add(new Constraint(e.getKey(), e.getValue()[0], together, apart));
                }
            } catch (SQLException ex) {
                throw new KnowledgeBaseException("cannot read corrections: " + ex.getMessage(), ex);
            }
            return out;
        }
    }
}
