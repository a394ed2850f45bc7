package org.faktograf.kb.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faktograf.kb.resolve.NameKeys;
import org.faktograf.kb.search.LemmaText;
import org.faktograf.kb.search.PlaceAdjectives;
import org.faktograf.kb.search.WordLemmatizer;
import org.faktograf.kb.store.DateValues;
import org.faktograf.kb.store.Dialect;
import org.faktograf.kb.store.KnowledgeBaseException;
import org.faktograf.model.FactType;

/**
 * Read-only queries over a knowledge base, on one connection: entity look-up, entity cards, facts,
 * co-occurrence and lemma search. Not thread-safe; open one per thread (they are cheap).
 */
public final class KbReader implements AutoCloseable {
    private static final String ENTITY_COLUMNS =
            "e.id, e.entity_class, e.type, e.name, e.wikidata, e.document_count, e.mention_count";

    private final Connection c;
    private final Dialect dialect;
    private final WordLemmatizer lemmatizer;

    public KbReader(Connection connection, Dialect dialect, WordLemmatizer lemmatizer) throws SQLException {
        this.c = connection;
        this.dialect = dialect;
        this.lemmatizer = lemmatizer;
        c.setAutoCommit(true);
        c.setReadOnly(dialect == Dialect.POSTGRESQL);
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException e) {
            // a read-only connection loses nothing on a failed close
        }
    }

    // ------------------------------------------------------------------ entities

    /**
     * Entities whose names hold every word of the query, each word compared by its lemmas and its
     * normalised form (Кресса, кресс, Виктор Кресс all find Виктор Кресс); entities the query
     * names exactly come first, then the most written about.
     */
    public List<EntityMatch> findEntities(String name, int limit) {
        List<WordLemmatizer.LemmatizedWord> words = lemmatizer.words(name);
        if (words.isEmpty()) {
            return List.of();
        }
        // the entities holding every word: an intersection of index look-ups, then the entities' rows
        StringBuilder ids = new StringBuilder();
        List<String> params = new ArrayList<>();
        for (WordLemmatizer.LemmatizedWord w : words) {
            Set<String> alts = new LinkedHashSet<>(w.lemmas());
            alts.add(NameKeys.word(w.surface()));
            ids.append(ids.length() == 0 ? "" : " INTERSECT ")
                    .append("SELECT kb_entity_id FROM kb_name_words WHERE word IN (").append(placeholders(alts.size())).append(")");
            params.addAll(alts);
        }
        String sql = "SELECT " + ENTITY_COLUMNS + " FROM kb_entities e JOIN (" + ids + ") x ON e.id = x.kb_entity_id"
                + " ORDER BY e.document_count DESC, e.id LIMIT 200";
        List<EntityMatch> found = new ArrayList<>();
        Set<Long> exact = new HashSet<>();
        try {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        found.add(entity(r, false));
                    }
                }
            }
            if (found.isEmpty()) {
                return found;
            }
            Set<String> exactKeys = new LinkedHashSet<>();
            exactKeys.add(NameKeys.normalize(name));
            StringBuilder lemmaKey = new StringBuilder();
            for (WordLemmatizer.LemmatizedWord w : words) {
                lemmaKey.append(lemmaKey.length() == 0 ? "" : " ").append(w.lemma());
            }
            exactKeys.add(lemmaKey.toString());
            try (PreparedStatement ps = c.prepareStatement("SELECT kb_entity_id FROM kb_aliases WHERE name_key IN ("
                    + placeholders(exactKeys.size()) + ")")) {
                bind(ps, new ArrayList<>(exactKeys));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        exact.add(r.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("look up " + name, e);
        }
        List<EntityMatch> out = new ArrayList<>();
        for (EntityMatch m : found) {
            if (exact.contains(m.id())) {
                out.add(withExact(m));
            }
        }
        for (EntityMatch m : found) {
            if (!exact.contains(m.id())) {
                out.add(m);
            }
        }
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static EntityMatch withExact(EntityMatch m) {
        return new EntityMatch(m.id(), m.entityClass(), m.type(), m.name(), m.wikidata(), m.documentCount(),
                m.mentionCount(), true);
    }

    public EntityMatch entity(long id) {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ENTITY_COLUMNS + " FROM kb_entities e WHERE e.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? entity(r, false) : null;
            }
        } catch (SQLException e) {
            throw failure("read entity #" + id, e);
        }
    }

    /** The card of an entity, or {@code null} when there is none with that id. */
    public EntityCard card(long id, int memberLimit, int factLimit) {
        EntityMatch entity = entity(id);
        if (entity == null) {
            return null;
        }
        try {
            List<EntityCard.Alias> aliases = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT alias, occurrences FROM kb_aliases"
                    + " WHERE kb_entity_id = ? ORDER BY occurrences DESC, alias LIMIT 50")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        aliases.add(new EntityCard.Alias(r.getString(1), r.getInt(2)));
                    }
                }
            }
            int memberCount;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM doc_entities WHERE kb_entity_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    memberCount = r.getInt(1);
                }
            }
            Map<Long, Object[]> memberRows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT de.id, d.doc_key, d.title, de.name, de.match_rule,"
                    + " de.match_reason, de.mention_count FROM doc_entities de JOIN documents d ON d.id = de.document_id"
                    + " WHERE de.kb_entity_id = ? ORDER BY de.document_id, de.id LIMIT ?")) {
                ps.setLong(1, id);
                ps.setInt(2, memberLimit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        memberRows.put(r.getLong(1), new Object[] {r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getInt(7)});
                    }
                }
            }
            Map<Long, List<EntityCard.MentionRef>> mentions = new HashMap<>();
            if (!memberRows.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT doc_entity_id, surface, start_offset, end_offset"
                        + " FROM mentions WHERE doc_entity_id IN (" + placeholders(memberRows.size()) + ")"
                        + " ORDER BY doc_entity_id, start_offset")) {
                    bindLongs(ps, memberRows.keySet());
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            mentions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                                    .add(new EntityCard.MentionRef(r.getString(2), r.getInt(3), r.getInt(4)));
                        }
                    }
                }
            }
            List<EntityCard.Member> members = new ArrayList<>();
            for (Map.Entry<Long, Object[]> m : memberRows.entrySet()) {
                Object[] v = m.getValue();
                members.add(new EntityCard.Member((String) v[0], (String) v[1], (String) v[2], (String) v[3],
                        (String) v[4], (Integer) v[5], mentions.getOrDefault(m.getKey(), List.of())));
            }
            List<FactRow> facts = factsOf(List.of(id), null, null, null, factLimit);
            Set<String> posts = new LinkedHashSet<>();
            for (FactRow f : facts) {
                if (f.type().equals(FactType.OCCUPATION.name())) {
                    boolean isWho = f.arguments().stream()
                            .anyMatch(a -> a.role().equals("who") && Long.valueOf(id).equals(a.entityId()));
                    if (isWho) {
                        posts.add(occupationText(f));
                    }
                }
            }
            return new EntityCard(entity, aliases, new ArrayList<>(posts), memberCount, members, facts);
        } catch (SQLException e) {
            throw failure("read entity #" + id, e);
        }
    }

    /** "губернатор (Томская область)" from an occupation fact. */
    private static String occupationText(FactRow f) {
        String position = null;
        String where = null;
        for (FactRow.Argument a : f.arguments()) {
            if (a.role().equals("position")) {
                position = a.value();
            } else if (a.role().equals("where") || a.role().equals("organization") || a.role().equals("organisation")) {
                where = a.entityName() != null ? a.entityName() : a.value();
            }
        }
        return (position == null ? "?" : position) + (where == null ? "" : " (" + where + ")");
    }

    // ------------------------------------------------------------------ facts

    /**
     * Facts by type, entity and date range, in date order.
     *
     * @throws IllegalArgumentException for an unknown type or a malformed date, with the reason
     */
    public List<FactRow> facts(FactFilter filter) {
        String type = null;
        if (filter.type() != null) {
            type = filter.type().toUpperCase(Locale.ROOT);
            try {
                FactType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown fact type '" + filter.type() + "' (one of "
                        + String.join(", ", java.util.Arrays.stream(FactType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList())
                        + ")");
            }
        }
        String from = filter.from() == null ? null : DateValues.lowerBound(filter.from());
        String to = filter.to() == null ? null : DateValues.upperBoundExclusive(filter.to());
        try {
            if (filter.with() != null) {
                List<EntityMatch> matches = findEntities(filter.with(), 20);
                if (matches.isEmpty()) {
                    return List.of();
                }
                List<Long> ids = new ArrayList<>();
                for (EntityMatch m : matches) {
                    ids.add(m.id());
                }
                return factsOf(ids, type, from, to, filter.limit());
            }
            StringBuilder where = new StringBuilder("1 = 1");
            List<Object> params = new ArrayList<>();
            if (type != null) {
                where.append(" AND f.type = ?");
                params.add(type);
            }
            if (from != null) {
                where.append(" AND f.fact_date >= ?");
                params.add(from);
            }
            if (to != null) {
                where.append(" AND f.fact_date < ?");
                params.add(to);
            }
            return facts(where.toString(), params, filter.limit());
        } catch (SQLException e) {
            throw failure("list facts", e);
        }
    }

    /**
     * The facts of some entities in date order (undated first): for each entity the first
     * {@code limit} by the (entity, type, date) index, then the union sorted and cut, so a
     * much-written-about entity costs no more than a rare one.
     */
    private List<FactRow> factsOf(List<Long> entities, String type, String from, String to, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (long id : entities) {
            sql.append(sql.length() == 0 ? "" : " UNION ALL ")
                    .append("SELECT * FROM (SELECT fact_id, fact_date FROM fact_arguments WHERE kb_entity_id = ?");
            params.add(id);
            if (type != null) {
                sql.append(" AND fact_type = ?");
                params.add(type);
            }
            if (from != null) {
                sql.append(" AND fact_date >= ?");
                params.add(from);
            }
            if (to != null) {
                sql.append(" AND fact_date < ?");
                params.add(to);
            }
            sql.append(" ORDER BY fact_date, fact_id LIMIT ?) e").append(params.size());
            params.add(limit);
        }
        List<Long> factIds = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fact_id, fact_date FROM (" + sql + ") u"
                + " ORDER BY fact_date, fact_id")) {
            int i = 1;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next() && factIds.size() < limit) {
                    if (seen.add(r.getLong(1))) {
                        factIds.add(r.getLong(1));
                    }
                }
            }
        }
        if (factIds.isEmpty()) {
            return List.of();
        }
        List<FactRow> rows = facts("f.id IN (" + placeholders(factIds.size()) + ")", factIds, factIds.size());
        Map<Long, FactRow> byId = new HashMap<>();
        for (FactRow f : rows) {
            byId.put(f.id(), f);
        }
        List<FactRow> out = new ArrayList<>();
        for (long id : factIds) {
            if (byId.containsKey(id)) {
                out.add(byId.get(id));
            }
        }
        return out;
    }

    private List<FactRow> facts(String where, List<?> params, int limit) throws SQLException {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.type, f.modality, f.fact_date, d.doc_key,"
                + " f.evidence, f.evidence_start, f.evidence_end FROM facts f JOIN documents d ON d.id = f.document_id"
                + " WHERE " + where + " ORDER BY COALESCE(f.fact_date, ''), f.id LIMIT ?")) {
            int i = 1;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            ps.setInt(i, limit);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getLong(1), new Object[] {r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getInt(7), r.getInt(8)});
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FactRow.Argument>> args = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fa.fact_id, fa.role, fa.value, fa.kb_entity_id, e.name"
                + " FROM fact_arguments fa LEFT JOIN kb_entities e ON e.id = fa.kb_entity_id"
                + " WHERE fa.fact_id IN (" + placeholders(rows.size()) + ") ORDER BY fa.fact_id, fa.id")) {
            bindLongs(ps, rows.keySet());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long entityId = r.getLong(4);
                    Long entity = r.wasNull() ? null : entityId;
                    args.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new FactRow.Argument(r.getString(2), r.getString(3), entity, r.getString(5)));
                }
            }
        }
        List<FactRow> out = new ArrayList<>();
        for (Map.Entry<Long, Object[]> e : rows.entrySet()) {
            Object[] v = e.getValue();
            out.add(new FactRow(e.getKey(), (String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                    (Integer) v[5], (Integer) v[6], args.getOrDefault(e.getKey(), List.of())));
        }
        return out;
    }

    // ------------------------------------------------------------------ co-occurrence

    /** Entities sharing documents with the given one, most shared documents first. */
    public List<Cooccurrence> cooccurrences(long id, int limit) {
        List<Cooccurrence> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ENTITY_COLUMNS + ", x.shared FROM ("
                + "SELECT o.kb_entity_id AS kb, COUNT(DISTINCT o.document_id) AS shared FROM doc_entities s"
                + " JOIN doc_entities o ON o.document_id = s.document_id"
                + " WHERE s.kb_entity_id = ? AND o.kb_entity_id IS NOT NULL AND o.kb_entity_id <> ?"
                + " GROUP BY o.kb_entity_id) x JOIN kb_entities e ON e.id = x.kb"
                + " ORDER BY x.shared DESC, e.document_count DESC, e.id LIMIT ?")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.setInt(3, limit);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new Cooccurrence(entity(r, false), r.getInt(8)));
                }
            }
        } catch (SQLException e) {
            throw failure("list co-occurring entities", e);
        }
        return out;
    }

    // ------------------------------------------------------------------ search

    /**
     * Documents holding every word of the text, each word matched by its lemmas, and a relative
     * adjective also by the place it names when the knowledge base knows that place (Томской →
     * томский | томск).
     */
    public SearchResult search(String text, int limit) {
        List<WordLemmatizer.LemmatizedWord> words = lemmatizer.words(text);
        List<List<String>> groups = new ArrayList<>();
        try {
            for (WordLemmatizer.LemmatizedWord w : words) {
                Set<String> alts = new LinkedHashSet<>();
                for (String lemma : w.lemmas()) {
                    alts.add(String.join(" ", LemmaText.terms(lemma)));
                }
                alts.add(String.join(" ", LemmaText.terms(NameKeys.word(w.surface()))));
                for (String lemma : w.lemmas()) {
                    for (String place : PlaceAdjectives.placeNames(lemma)) {
                        if (isKnownPlace(place)) {
                            alts.add(place);
                        }
                    }
                }
                alts.remove("");
                if (!alts.isEmpty()) {
                    groups.add(new ArrayList<>(alts));
                }
            }
            if (groups.isEmpty()) {
                return new SearchResult(groups, List.of());
            }
            List<Object[]> rows = new ArrayList<>();
            String sql = dialect == Dialect.SQLITE
                    ? "SELECT d.doc_key, d.title, d.published, -bm25(document_search), d.body FROM document_search"
                    + " JOIN documents d ON d.id = document_search.rowid WHERE document_search MATCH ?"
                    + " ORDER BY bm25(document_search), d.id LIMIT ?"
                    : "SELECT d.doc_key, d.title, d.published, ts_rank(s.lemmas, q), d.body FROM document_search s"
                    + " JOIN documents d ON d.id = s.document_id, to_tsquery('simple', ?) q WHERE s.lemmas @@ q"
                    + " ORDER BY ts_rank(s.lemmas, q) DESC, d.id LIMIT ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, dialect == Dialect.SQLITE ? fts5Query(groups) : tsQuery(groups));
                ps.setInt(2, limit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getDouble(4), r.getString(5)});
                    }
                }
            }
            Set<String> wanted = new HashSet<>();
            for (List<String> g : groups) {
                for (String alt : g) {
                    wanted.add(alt.split(" ")[0]);
                }
            }
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (Object[] row : rows) {
                hits.add(new SearchResult.Hit((String) row[0], (String) row[1], (String) row[2], (Double) row[3],
                        snippet((String) row[4], wanted)));
            }
            return new SearchResult(groups, hits);
        } catch (SQLException e) {
            throw failure("search", e);
        }
    }

    /** A place of the knowledge base, or one the offline Wikidata table knows. */
    private boolean isKnownPlace(String name) throws SQLException {
        if (org.faktograf.kb.wikidata.WikidataTable.get().knows(org.faktograf.kb.resolve.EntityClass.LOC, name)) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM kb_block_keys WHERE block_key = ?")) {
            ps.setString(1, "loc:" + name);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }

    static String fts5Query(List<List<String>> groups) {
        StringBuilder q = new StringBuilder();
        for (List<String> g : groups) {
            if (q.length() > 0) {
                q.append(" AND ");
            }
            q.append('(');
            for (int i = 0; i < g.size(); i++) {
                q.append(i == 0 ? "" : " OR ").append('"').append(g.get(i)).append('"');
            }
            q.append(')');
        }
        return q.toString();
    }

    static String tsQuery(List<List<String>> groups) {
        StringBuilder q = new StringBuilder();
        for (List<String> g : groups) {
            if (q.length() > 0) {
                q.append(" & ");
            }
            q.append('(');
            for (int i = 0; i < g.size(); i++) {
                q.append(i == 0 ? "" : " | ").append('(');
                String[] terms = g.get(i).split(" ");
                for (int t = 0; t < terms.length; t++) {
                    q.append(t == 0 ? "" : " <-> ").append('\'').append(terms[t]).append('\'');
                }
                q.append(')');
            }
            q.append(')');
        }
        return q.toString();
    }

    /** About 160 characters around the first word whose lemma was searched for, the word in [ ]. */
    private String snippet(String body, Set<String> wanted) {
        for (WordLemmatizer.LemmatizedWord w : lemmatizer.words(body)) {
            boolean hit = wanted.contains(NameKeys.word(w.surface()));
            for (String l : w.lemmas()) {
                hit |= wanted.contains(LemmaText.terms(l).isEmpty() ? l : LemmaText.terms(l).get(0));
            }
            if (hit) {
                int from = Math.max(0, w.start() - 80);
                int to = Math.min(body.length(), w.end() + 80);
                return (from > 0 ? "…" : "") + body.substring(from, w.start()).replace('\n', ' ') + "["
                        + body.substring(w.start(), w.end()) + "]" + body.substring(w.end(), to).replace('\n', ' ')
                        + (to < body.length() ? "…" : "");
            }
        }
        return body.substring(0, Math.min(160, body.length())).replace('\n', ' ');
    }

    // ------------------------------------------------------------------ documents

    /** A stored document with its mentions (and their kb entities) and facts, or {@code null}. */
    public StoredDocument document(String key) {
        try {
            long docId;
            String[] meta;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, title, body, source, published, url FROM documents WHERE doc_key = ?")) {
                ps.setString(1, key);
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    docId = r.getLong(1);
                    meta = new String[] {r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)};
                }
            }
            List<StoredDocument.Mention> mentions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.start_offset, m.end_offset, m.type, m.surface,"
                    + " m.canonical, de.kb_entity_id, e.name FROM mentions m"
                    + " LEFT JOIN doc_entities de ON de.id = m.doc_entity_id LEFT JOIN kb_entities e ON e.id = de.kb_entity_id"
                    + " WHERE m.document_id = ? ORDER BY m.start_offset, m.end_offset DESC, m.id")) {
                ps.setLong(1, docId);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        long entity = r.getLong(6);
                        Long entityId = r.wasNull() ? null : entity;
                        mentions.add(new StoredDocument.Mention(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4),
                                r.getString(5), entityId, r.getString(7)));
                    }
                }
            }
            List<FactRow> facts = facts("f.document_id = ?", List.of(docId), 1000);
            return new StoredDocument(key, meta[0], meta[1], meta[2], meta[3], meta[4], mentions, facts);
        } catch (SQLException e) {
            throw failure("read document " + key, e);
        }
    }

    /** The documents mentioning a kb entity, oldest first (undated last), with its mentions in each. */
    public List<EntityDocument> documentsOf(long id, int limit) {
        List<EntityDocument> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.doc_key, d.title, d.published, SUM(de.mention_count)"
                + " FROM doc_entities de JOIN documents d ON d.id = de.document_id WHERE de.kb_entity_id = ?"
                + " GROUP BY d.id, d.doc_key, d.title, d.published"
                + " ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published, d.id LIMIT ?")) {
            ps.setLong(1, id);
            ps.setInt(2, limit);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new EntityDocument(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)));
                }
            }
        } catch (SQLException e) {
            throw failure("list the documents of entity #" + id, e);
        }
        return out;
    }

    // ------------------------------------------------------------------ statistics

    /** Row counts of the main tables: documents, kb entities, document entities, mentions, facts. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        try {
            for (String t : new String[] {"documents", "kb_entities", "doc_entities", "mentions", "facts", "corrections"}) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + t);
                     ResultSet r = ps.executeQuery()) {
                    r.next();
                    out.put(t, r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw failure("count rows", e);
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    private static EntityMatch entity(ResultSet r, boolean exact) throws SQLException {
        return new EntityMatch(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getInt(6), r.getInt(7), exact);
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, List<String> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setString(i + 1, params.get(i));
        }
    }

    private static void bindLongs(PreparedStatement ps, Collection<Long> ids) throws SQLException {
        int i = 1;
        for (long id : ids) {
            ps.setLong(i++, id);
        }
    }

    private static KnowledgeBaseException failure(String what, SQLException e) {
        return new KnowledgeBaseException("cannot " + what + ": " + e.getMessage(), e);
    }
}
