package org.faktograf.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.faktograf.model.Analysis;
import org.faktograf.model.CanonicalName;
import org.faktograf.model.Entity;
import org.faktograf.model.EntityType;
import org.faktograf.model.EntityType.Coarse;
import org.faktograf.model.Mention;
import org.faktograf.model.PersonName;
import org.faktograf.model.Sentence;
import org.faktograf.model.Token;
import org.faktograf.norm.MentionTokens;
import org.faktograf.norm.PersonNameParser;
import org.faktograf.norm.Quotes;
import org.faktograf.pipeline.Stage;

/**
 * The identity stage: groups the mentions of a document into entities. Runs after
 * {@link org.faktograf.norm.NameNormalizer} (it reads the canonical names).
 *
 * <ul>
 *   <li>People by their name parts: mentions with first name and surname first (Виктор Кресс,
 *       Виктором Крессом), a lone surname then joins the one person of that surname (Кресс,
 *       Путину), the nearest before it if there are several; a lone first name the one person of
 *       that first name. Surnames compare without their last vowel, so that a form the
 *       normaliser could not decline (Нетаньяху, Нетаньяха) still meets; the surname the mentions
 *       give most often is the entity's. Initials meet the names they begin (В. Путин, Владимир Путин); a woman's
 *       surname meets the man's form (Иванова, Иванов) only through the rules above.</li>
 *   <li>Places, organisations and the rest by canonical name (lower case, ё as е, no quotes);
 *       an organisation written with a short descriptor before a quoted name (движение
 *       «Солидарность») meets the quoted name alone; an abbreviation meets the one name in the
 *       document whose initials it is (ЕС, Европейский союз; ОЭЗ, особая экономическая зона); a
 *       short list of other names of common places and bodies ({@code aliases.txt}) does the
 *       rest (Россия, Российская Федерация). A name in Latin letters in brackets after a mention
 *       of the same kind is its original spelling (Джошуа Вольфа (Joshua Wolf)).</li>
 *   <li>Descriptors (posts, {@link EntityType#PROFESSION} mentions) are no entities of their own.
 *       One written right before a person's name (главой региона Виктором Крессом, премьер-министр
 *       России Владимир Путин) is a mention of that person; one standing alone (губернатор,
 *       премьеру) joins the one person in the document who was so described, if there is exactly
 *       one. They are listed among the entity's mentions, never used as its name.</li>
 * </ul>
 * Entities are numbered e0, e1, ... in the order of their first mention; an entity's name is the
 * fullest canonical form (for a person: first name, patronymic, surname as far as known, in
 * Cyrillic when the text gives both scripts).
 * Dates, amounts and numbers make no entities. Thread-safe.
 */
public final class EntityResolver implements Stage {
    // compiled once: they are tried for every person of every document
    private static final java.util.regex.Pattern NASAB_PATRONYMIC = java.util.regex.Pattern.compile("(ибн|бин) .+");
    private static final java.util.regex.Pattern WOMANS_SURNAME =
            java.util.regex.Pattern.compile("(?iu).*(ова|ева|ёва|ина|ына|ая)");
    private static final java.util.regex.Pattern ENDS_IN_A = java.util.regex.Pattern.compile("(?iu).*[ая]");

    /** Types whose mentions are values, not things: no entity for them. */
    private static final Set<EntityType> VALUES = EnumSet.of(EntityType.DATE, EntityType.TIME, EntityType.MONEY,
            EntityType.PERCENT, EntityType.NUMBER, EntityType.ORDINAL, EntityType.AGE);
    /** Tokens between a post and a name: other mentions (России, Томской области) and at most this many more. */
    private static final int MAX_APPOSITION_GAP = 2;

    private final Map<String, Integer> aliasGroups;

    public EntityResolver() {
        this.aliasGroups = Aliases.GROUPS;
    }

    /** The alias list, read once per process. */
    private static final class Aliases {
        static final Map<String, Integer> GROUPS = load();

        private static Map<String, Integer> load() {
            Map<String, Integer> groups = new HashMap<>();
            try (InputStream in = EntityResolver.class.getResourceAsStream("aliases.txt")) {
                if (in == null) {
                    throw new IllegalStateException("aliases.txt is missing from the class path");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int group = 0;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    for (String name : line.split("\\|")) {
                        groups.put(NameKeys.key(name.strip()), group);
                    }
                    group++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return groups;
        }
    }

    /** Mentions grouped so far. */
    private static final class Cluster {
        final Coarse coarse;
        final List<Mention> names = new ArrayList<>();
        final List<Mention> descriptors = new ArrayList<>();
        final Set<String> titles = new java.util.LinkedHashSet<>();
        /** Starts of the person mentions, sorted, for finding the nearest cluster quickly. */
        final List<Integer> starts = new ArrayList<>();
        String firstKey;
        String lastKey;
        String key;

        Cluster(Coarse coarse) {
            this.coarse = coarse;
        }

        int firstStart() {
            int s = Integer.MAX_VALUE;
            for (Mention m : names) {
                s = Math.min(s, m.start());
            }
            for (Mention m : descriptors) {
                s = Math.min(s, m.start());
            }
            return s;
        }

        /** The start of this cluster's last name mention before {@code pos}, or -1. */
        int lastBefore(int pos) {
            int i = java.util.Collections.binarySearch(starts, pos);
            int before = (i >= 0 ? i : -i - 1) - 1; // the last start below pos
            return before >= 0 ? starts.get(before) : -1;
        }

        /** Adds a person mention, keeping {@link #starts} sorted. */
        void addPerson(Mention m) {
            names.add(m);
            int i = java.util.Collections.binarySearch(starts, m.start());
            starts.add(i >= 0 ? i : -i - 1, m.start());
        }
    }

    @Override
    public Analysis apply(Analysis a) {
        Map<String, CanonicalName> names = new HashMap<>();
        for (CanonicalName n : a.names()) {
            names.put(n.mentionId(), n);
        }
        List<Mention> mentions = new ArrayList<>(a.mentions());
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
        List<Cluster> clusters = new ArrayList<>();
        List<Mention> persons = new ArrayList<>();
        List<Mention> posts = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        for (Mention m : mentions) {
            if (VALUES.contains(m.type())) {
                continue;
            }
            if (m.type() == EntityType.PROFESSION) {
                posts.add(m);
            } else if (m.type() == EntityType.PERSON) {
                persons.add(m);
            } else {
                others.add(m);
            }
        }
        clusterPersons(a, persons, names, clusters);
        clusterByName(a, others, names, clusters);
        mergeTransliterations(a, mentions, clusters);
        mergePlaceAdjectives(a, clusters, names);
        attachDescriptors(a, posts, names, clusters);
        return a.withEntities(entities(a, clusters, names));
    }

    // ---- people

    private static PersonName person(Map<String, CanonicalName> names, Mention m) {
        CanonicalName n = names.get(m.id());
        return n == null ? null : n.person();
    }

    private void clusterPersons(Analysis a, List<Mention> persons, Map<String, CanonicalName> names, List<Cluster> clusters) {
        List<Cluster> people = new ArrayList<>();
        Map<String, List<Cluster>> byLast = new HashMap<>(); // surname key → clusters
        Map<String, List<Cluster>> byOther = new HashMap<>(); // first name or whole-text key → clusters
        // full names first, then lone surnames, then lone first names and the rest
        for (int pass = 0; pass < 3; pass++) {
            for (Mention m : persons) {
                PersonName p = person(names, m);
                String first = p == null ? null : NameKeys.key(p.first());
                String last = p == null ? null : NameKeys.surnameStem(p.last());
                int kind = first != null && last != null ? 0 : last != null ? 1 : 2;
                if (kind != pass) {
                    continue;
                }
                Cluster target = null;
                if (kind == 0) {
                    for (Cluster c : byLast.getOrDefault(last, List.of())) {
                        if (last.equals(c.lastKey) && compatibleFirst(first, c.firstKey)) {
                            target = c;
                            if (c.firstKey.equals(first)) {
                                break;
                            }
                        }
                    }
                    if (target == null) {
                        for (Cluster c : byLast.getOrDefault(last, List.of())) {
                            if (last.equals(c.lastKey) && declinedAlike(p, c, names)) {
                                target = c;
                                break;
                            }
                        }
                    }
                } else if (kind == 1) {
                    target = nearest(byLast.getOrDefault(last, List.of()), m);
                } else {
                    // an Arabic patronymic (бин Ладен) names the man alone as well as after his given name
                    String nasab = p != null && p.patronymic() != null && NASAB_PATRONYMIC.matcher(p.patronymic()).matches()
                            ? NameKeys.surnameStem(p.patronymic()) : null;
                    String key = first != null ? first : p != null && p.nickname() != null ? NameKeys.key(p.nickname())
                            : nasab != null ? nasab : NameKeys.key(a.text(m.start(), m.end()));
                    List<Cluster> candidates = new ArrayList<>(byOther.getOrDefault(key, List.of()));
                    for (Cluster c : byLast.getOrDefault(key, List.of())) {
                        if (!candidates.contains(c)) {
                            candidates.add(c);
                        }
                    }
                    if (nasab != null && !nasab.equals(key)) {
                        for (Cluster c : byOther.getOrDefault(nasab, List.of())) {
                            if (!candidates.contains(c) && (c.firstKey == null || c.firstKey.equals(first))) {
                                candidates.add(c);
                            }
                        }
                    }
                    target = nearest(candidates, m);
                    if (target == null) {
                        target = new Cluster(Coarse.PER);
                        target.firstKey = first;
                        target.key = key;
                        people.add(target);
                        byOther.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
                    }
                    if (nasab != null && !byOther.getOrDefault(nasab, List.of()).contains(target)) {
                        byOther.computeIfAbsent(nasab, k -> new ArrayList<>()).add(target);
                    }
                }
                if (target == null) {
                    target = new Cluster(Coarse.PER);
                    target.firstKey = first;
                    target.lastKey = last;
                    people.add(target);
                    byLast.computeIfAbsent(last, k -> new ArrayList<>()).add(target);
                    if (first != null) {
                        byOther.computeIfAbsent(first, k -> new ArrayList<>()).add(target);
                    }
                } else if (target.firstKey != null && first != null && target.firstKey.length() < first.length()) {
                    target.firstKey = first; // a full first name replaces an initial
                    byOther.computeIfAbsent(first, k -> new ArrayList<>()).add(target);
                }
                target.addPerson(m);
            }
        }
        clusters.addAll(people);
    }

    /**
     * Whether full name {@code p} is a full name of cluster {@code c} with one case ending added to
     * or taken from both first name and surname (Веселина Топалова beside Веселин Топалов: the same
     * man, his name in the genitive read as a woman's nominative), or from the first name beside the
     * same surname (Сулимы Ямадаев beside Сулим Ямадаев: a first name left declined).
     */
    private static boolean declinedAlike(PersonName p, Cluster c, Map<String, CanonicalName> names) {
        String first = NameKeys.key(p.first());
        String last = NameKeys.key(p.last());
        for (Mention m : c.names) {
            PersonName q = person(names, m);
            if (q == null || q.first() == null || q.last() == null) {
                continue;
            }
            String ending = caseEndingBetween(first, NameKeys.key(q.first()));
            String lastQ = NameKeys.key(q.last());
            if (ending != null && (ending.equals(caseEndingBetween(last, lastQ)) || last.equals(lastQ))) {
                return true; // Веселина Топалова beside Веселин Топалов; Сулимы Ямадаев beside Сулим Ямадаев
            }
        }
        return false;
    }

    /** The case ending that makes one word of the other (веселина, веселин → а), after a consonant; {@code null} if none. */
    private static String caseEndingBetween(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (!longer.startsWith(shorter) || shorter.length() < 2
                || "аеёиоуыэюяьй".indexOf(shorter.charAt(shorter.length() - 1)) >= 0) {
            return null;
        }
        String ending = longer.substring(shorter.length());
        return java.util.Arrays.asList(CASE_ENDINGS).contains(ending) || ending.equals("ы") ? ending : null;
    }

    /** Same first name, or one is the initial of the other (В. and Владимир). */
    private static boolean compatibleFirst(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        if (a.equals(b)) {
            return true;
        }
        boolean ai = a.length() == 2 && a.endsWith(".");
        boolean bi = b.length() == 2 && b.endsWith(".");
        return (ai && b.charAt(0) == a.charAt(0)) || (bi && a.charAt(0) == b.charAt(0));
    }

    /** Of the clusters, the one mentioned last before {@code m}, else the first; {@code null} if none. */
    private static Cluster nearest(List<Cluster> clusters, Mention m) {
        Cluster best = null;
        int bestPos = Integer.MIN_VALUE;
        for (Cluster c : clusters) {
            int pos = c.lastBefore(m.start());
            if (best == null || pos > bestPos) {
                best = c;
                bestPos = pos;
            }
        }
        return best;
    }

    // ---- places, organisations and the rest

    private void clusterByName(Analysis a, List<Mention> mentions, Map<String, CanonicalName> names, List<Cluster> clusters) {
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            CanonicalName n = names.get(m.id());
            String text = n != null ? n.text() : a.text(m.start(), m.end());
            String key = NameKeys.key(text);
            if (key == null) {
                continue;
            }
            Coarse coarse = m.type().coarse();
            String k = coarse + "|" + key;
            Cluster c = byKey.get(k);
            if (c == null) {
                c = new Cluster(coarse);
                c.key = key;
                byKey.put(k, c);
            }
            c.names.add(m);
        }
        List<Cluster> list = new ArrayList<>(byKey.values());
        mergeDescribedQuotedNames(list, names);
        mergeAbbreviations(list, names);
        mergeAliases(list);
        mergeParenthesisedNames(a, list);
        mergeLeadingFragments(list);
        clusters.addAll(list);
    }

    /**
     * An organisation name that only ever occurs as the start of a longer organisation name
     * (Правительство in Правительство Китая, Bank of in Bank of East Asia, Комитет защиты in
     * Комитет защиты журналистов) names nothing of its own: each of its mentions joins the
     * organisation of the longer name around it. A name that also stands alone somewhere keeps its
     * entity, and an organisation inside another that does not start with it (МЧС in пресс-служба
     * МЧС) is a different organisation.
     */
    private static void mergeLeadingFragments(List<Cluster> list) {
        Map<Mention, Cluster> owner = new java.util.IdentityHashMap<>();
        List<Mention> orgs = organisationNames(list, owner);
        if (orgs.size() < 2) {
            return;
        }
        // for each mention, the longest other organisation mention starting where it starts
        Map<Mention, Mention> around = new java.util.IdentityHashMap<>();
        orgs.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::end, Comparator.reverseOrder()));
        for (int i = 0; i < orgs.size(); ) {
            int j = i;
            while (j < orgs.size() && orgs.get(j).start() == orgs.get(i).start()) {
                j++;
            }
            for (int k = i + 1; k < j; k++) {
                if (orgs.get(k).end() < orgs.get(i).end()) {
                    around.put(orgs.get(k), orgs.get(i));
                }
            }
            i = j;
        }
        List<Cluster> merged = new ArrayList<>();
        for (Cluster c : list) {
            if (c.coarse != Coarse.ORG || c.names.isEmpty() || !c.descriptors.isEmpty()) {
                continue;
            }
            boolean fragment = true;
            for (Mention m : c.names) {
                Mention outer = around.get(m);
                fragment &= outer != null && owner.get(outer) != c;
            }
            if (fragment) {
                for (Mention m : c.names) {
                    owner.get(around.get(m)).names.add(m);
                }
                merged.add(c);
            }
        }
        removeAll(list, merged);
    }

    /**
     * An organisation named again in brackets right after its name is the same organisation under
     * another name, a translation or an abbreviation that is not its initials: Промышленный и
     * коммерческий банк Китая (Industrial and Commercial Bank of China), Продовольственная и
     * сельскохозяйственная организация ООН (ФАО). Only when the brackets hold that name and
     * nothing else, and only for organisations: a place in brackets after a place is where it lies
     * (Томск (Россия)).
     */
    private static void mergeParenthesisedNames(Analysis a, List<Cluster> list) {
        Map<Mention, Cluster> owner = new java.util.IdentityHashMap<>();
        List<Mention> orgs = organisationNames(list, owner);
        if (orgs.size() < 2) {
            return;
        }
        orgs.sort(java.util.Comparator.comparingInt(Mention::start).thenComparing(Mention::end, java.util.Comparator.reverseOrder()));
        String text = a.document().text();
        Map<Cluster, Cluster> into = new java.util.IdentityHashMap<>();
        for (int i = 0; i + 1 < orgs.size(); i++) {
            Mention first = orgs.get(i);
            if (i > 0 && orgs.get(i - 1).end() >= first.end()) {
                continue; // inside the name before it (организации ООН): that name is the one bracketed again
            }
            for (int j = i + 1; j < orgs.size() && orgs.get(j).start() <= first.end() + 3; j++) {
                Mention second = orgs.get(j);
                if (second.start() >= first.end() && bracketed(text, first.end(), second.start(), second.end())) {
                    // an organisation named just before this one and this one read as one name
                    // (организации ООН (ФАО)): the brackets name the whole, so the first of them
                    Mention head = first;
                    for (int k = i - 1; k >= 0; k--) {
                        Mention before = orgs.get(k);
                        if (before.end() <= head.start() && text.substring(before.end(), head.start()).isBlank()) {
                            head = before;
                        }
                    }
                    Cluster x = root(into, owner.get(head));
                    Cluster y = root(into, owner.get(second));
                    if (x != y) {
                        into.put(y, x);
                    }
                }
            }
        }
        if (into.isEmpty()) {
            return;
        }
        List<Cluster> merged = new ArrayList<>();
        for (Cluster c : list) {
            Cluster r = root(into, c);
            if (r != c) {
                r.names.addAll(c.names);
                merged.add(c);
            }
        }
        removeAll(list, merged);
    }

    /** The name mentions of the organisation clusters, each noted with its cluster in {@code owner}. */
    private static List<Mention> organisationNames(List<Cluster> list, Map<Mention, Cluster> owner) {
        List<Mention> orgs = new ArrayList<>();
        for (Cluster c : list) {
            if (c.coarse == Coarse.ORG) {
                for (Mention m : c.names) {
                    owner.put(m, c);
                    orgs.add(m);
                }
            }
        }
        return orgs;
    }

    private static Cluster root(Map<Cluster, Cluster> into, Cluster c) {
        Cluster r = c;
        while (into.containsKey(r)) {
            r = into.get(r);
        }
        return r;
    }

    /** Whether only spaces and an opening bracket lie between {@code end} and {@code start}, and a closing one follows {@code innerEnd}. */
    private static boolean bracketed(String text, int end, int start, int innerEnd) {
        int k = end;
        while (k < start && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= start || text.charAt(k) != '(') {
            return false;
        }
        k++;
        while (k < start && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '«' || text.charAt(k) == '"')) {
            k++;
        }
        if (k != start) {
            return false;
        }
        int e = innerEnd;
        while (e < text.length() && (text.charAt(e) == '»' || text.charAt(e) == '"' || Character.isWhitespace(text.charAt(e)))) {
            e++;
        }
        return e < text.length() && text.charAt(e) == ')';
    }

    /** движение «Солидарность» and «Солидарность», штат Аризона and Аризона: descriptor words before a name. */
    private static void mergeDescribedQuotedNames(List<Cluster> list, Map<String, CanonicalName> names) {
        Map<String, Cluster> byKey = new HashMap<>();
        for (Cluster c : list) {
            byKey.putIfAbsent(c.coarse + "|" + c.key, c);
        }
        List<Cluster> merged = new ArrayList<>();
        for (Cluster c : list) {
            String core = quotedCore(canonical(c, names));
            Cluster d = core == null ? null : byKey.get(c.coarse + "|" + core);
            if (d != null && d != c) {
                d.names.addAll(c.names);
                merged.add(c);
            }
        }
        removeAll(list, merged);
    }

    /** Removes the clusters merged into others, in one pass. */
    private static void removeAll(List<Cluster> list, List<Cluster> merged) {
        if (!merged.isEmpty()) {
            Set<Cluster> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            gone.addAll(merged);
            list.removeIf(gone::contains);
        }
    }

    /**
     * Words naming what kind of thing a name is, written before it in apposition: компания
     * Microsoft, движение «Солидарность», штат Аризона. Not the words for a part or an organ of
     * something (комиссия ЕС, мэрия Москвы), whose name is a dependent, not the same thing.
     */
    private static final Set<String> KIND_WORDS = Set.of(
            "компания", "корпорация", "концерн", "холдинг", "банк", "группа", "фонд", "движение", "партия",
            "команда", "клуб", "агентство", "издание", "газета", "журнал", "телеканал", "радиостанция", "сеть",
            "фирма", "завод", "фабрика", "комбинат", "театр", "музей", "университет", "институт", "центр",
            "объединение", "ассоциация", "производитель", "оператор", "авиакомпания", "сайт", "портал", "проект",
            "альянс", "блок", "фронт", "организация", "магазин", "сервис", "издательство", "студия", "лейбл",
            "город", "река", "штат", "остров", "село", "деревня", "посёлок", "поселок", "станица", "море", "озеро",
            "гора", "полуостров", "пролив", "залив", "провинция", "республика", "район", "округ", "регион",
            "страна", "государство", "аэропорт", "порт", "автономия", "эмират", "королевство", "княжество");

    /**
     * The name after descriptor words ending in a kind word: движение «Солидарность» →
     * солидарность, штат Аризона → аризона, автономная республика Крым → крым, Компания Microsoft
     * → microsoft; {@code null} when the name does not start so.
     */
    private static String quotedCore(String name) {
        String[] words = Quotes.normalize(name).strip().split("\\s+");
        for (int j = 0; j < Math.min(3, words.length - 1); j++) {
            String w = words[j];
            // descriptor words are lower case; the first may be capitalised at a sentence start
            if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || (j > 0 && !Character.isLowerCase(w.charAt(0)))) {
                return null;
            }
            if (KIND_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                String next = words[j + 1].startsWith("«") ? words[j + 1].substring(1) : words[j + 1];
                if (next.isEmpty() || !(Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)))) {
                    return null;
                }
                return NameKeys.key(String.join(" ", java.util.Arrays.copyOfRange(words, j + 1, words.length)));
            }
        }
        return null;
    }

    /** An abbreviation joins the one other cluster whose initials it is. */
    private static void mergeAbbreviations(List<Cluster> list, Map<String, CanonicalName> names) {
        Map<String, List<Cluster>> byInitials = new HashMap<>();
        for (Cluster d : list) {
            String full = canonical(d, names);
            if (NameKeys.isAbbreviation(full) || full.indexOf(' ') < 0) {
                continue;
            }
            for (String initials : new java.util.LinkedHashSet<>(List.of(NameKeys.initials(full, false), NameKeys.initials(full, true)))) {
                List<Cluster> xs = byInitials.computeIfAbsent(group(d.coarse) + "|" + initials, k -> new ArrayList<>());
                if (!xs.contains(d)) {
                    xs.add(d);
                }
            }
        }
        List<Cluster> merged = new ArrayList<>();
        for (Cluster c : list) {
            String name = canonical(c, names);
            if (!NameKeys.isAbbreviation(name)) {
                continue;
            }
            String abbreviation = Quotes.strip(name).replace("-", "").toUpperCase(Locale.ROOT).replace('Ё', 'Е');
            List<Cluster> matches = byInitials.getOrDefault(group(c.coarse) + "|" + abbreviation, List.of());
            if (matches.size() == 1 && matches.get(0) != c) {
                matches.get(0).names.addAll(c.names);
                merged.add(c);
            }
        }
        removeAll(list, merged);
    }

    /** Organisations and places may share a name (ЕС is written as either); other kinds only with their own. */
    private static String group(Coarse c) {
        return isOrgOrPlace(c) ? "ORG/LOC" : c.name();
    }

    private void mergeAliases(List<Cluster> list) {
        Map<String, Cluster> byGroup = new HashMap<>();
        List<Cluster> merged = new ArrayList<>();
        for (Cluster c : list) {
            Integer aliasGroup = aliasGroups.get(c.key);
            if (aliasGroup == null) {
                continue;
            }
            Cluster first = byGroup.putIfAbsent(group(c.coarse) + aliasGroup, c);
            if (first != null) {
                first.names.addAll(c.names);
                merged.add(c);
            }
        }
        removeAll(list, merged);
    }

    /**
     * A place named only by an adjective (Томской особой экономической зоны, Российская
     * электроника) joins the place the text names with a noun of the same stem (Томск, Россия),
     * of its own type when there is one, so that one place is one entity.
     */
    private static void mergePlaceAdjectives(Analysis a, List<Cluster> clusters, Map<String, CanonicalName> names) {
        if (a.morphology().isEmpty()) {
            return;
        }
        // in text order, so that ties resolve the same in every run
        Set<Cluster> adjectival = new java.util.LinkedHashSet<>();
        for (Cluster c : clusters) {
            if (c.coarse == Coarse.LOC && !c.names.isEmpty()
                    && c.names.stream().allMatch(m -> MentionTokens.adjectivesOnly(a, m))) {
                adjectival.add(c);
            }
        }
        List<Cluster> merged = new ArrayList<>();
        for (Cluster c : adjectival) {
            Mention m = c.names.get(0);
            String word = a.text(m.start(), m.end()).toLowerCase(Locale.ROOT);
            if (word.length() < 6) {
                continue;
            }
            String stem = word.substring(0, 4);
            Cluster target = null;
            for (Cluster other : clusters) {
                if (other.coarse != Coarse.LOC || adjectival.contains(other)) {
                    continue;
                }
                String name = canonical(other, names).toLowerCase(Locale.ROOT);
                if (name.startsWith(stem) && (target == null || other.names.get(0).type() == m.type()
                        && target.names.get(0).type() != m.type())) {
                    target = other;
                }
            }
            if (target != null) {
                target.names.addAll(c.names);
                merged.add(c);
            }
        }
        removeAll(clusters, merged);
    }

    private static boolean isOrgOrPlace(Coarse c) {
        return c == Coarse.ORG || c == Coarse.LOC;
    }

    private static String canonical(Cluster c, Map<String, CanonicalName> names) {
        CanonicalName n = names.get(c.names.get(0).id());
        return n != null ? n.text() : c.key;
    }

    /**
     * A name in Latin letters in brackets right after a mention of the same kind is that mention's
     * original spelling: Джошуа Вольфа (Joshua Wolf), Комитет защиты журналистов (Committee to
     * Protect Journalists).
     */
    private static void mergeTransliterations(Analysis a, List<Mention> mentions, List<Cluster> clusters) {
        String text = a.text();
        for (Mention inner : mentions) {
            if (!latin(a.text(inner.start(), inner.end()))) {
                continue;
            }
            int open = previousNonSpace(text, inner.start() - 1);
            int close = nextNonSpace(text, inner.end());
            if (open < 0 || text.charAt(open) != '(' || close >= text.length() || text.charAt(close) != ')') {
                continue;
            }
            int outerEnd = previousNonSpace(text, open - 1) + 1;
            for (Mention outer : mentions) {
                if (outer.end() == outerEnd && outer.type().coarse() == inner.type().coarse()
                        && !latin(a.text(outer.start(), outer.end()))) {
                    Cluster x = clusterOf(clusters, outer);
                    Cluster y = clusterOf(clusters, inner);
                    if (x != null && y != null && x != y) {
                        x.names.addAll(y.names);
                        clusters.remove(y);
                    }
                    break;
                }
            }
        }
    }

    private static boolean latin(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (c >= 128) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    private static int previousNonSpace(String text, int i) {
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int nextNonSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Cluster clusterOf(List<Cluster> clusters, Mention m) {
        for (Cluster c : clusters) {
            if (c.names.contains(m)) {
                return c;
            }
        }
        return null;
    }

    // ---- descriptors

    private void attachDescriptors(Analysis a, List<Mention> posts, Map<String, CanonicalName> names, List<Cluster> clusters) {
        Map<Mention, Cluster> personOf = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.coarse == Coarse.PER) {
                for (Mention m : c.names) {
                    personOf.put(m, c);
                }
            }
        }
        Map<Integer, Mention> longestAt = new HashMap<>();
        for (Mention m : a.mentions()) {
            longestAt.merge(m.start(), m, (x, y) -> y.end() > x.end() || (y.end() == x.end() && y.type() == EntityType.PERSON) ? y : x);
        }
        List<Mention> standalone = new ArrayList<>();
        for (Mention post : posts) {
            Mention person = apposedPerson(a, post, longestAt);
            Cluster c = person == null ? null : personOf.get(person);
            if (c != null) {
                c.descriptors.add(post);
                c.titles.add(titleKey(names, a, post));
            } else {
                standalone.add(post);
            }
        }
        Map<String, Cluster> resolved = new HashMap<>(); // title → the one person so described, or null
        for (Mention post : standalone) {
            String title = titleKey(names, a, post);
            if (resolved.containsKey(title)) {
                Cluster c = resolved.get(title);
                if (c != null) {
                    c.descriptors.add(post);
                }
                continue;
            }
            Cluster only = null;
            int count = 0;
            for (Cluster c : clusters) {
                if (c.coarse != Coarse.PER) {
                    continue;
                }
                for (String t : c.titles) {
                    if (titlesMatch(title, t)) {
                        only = c;
                        count++;
                        break;
                    }
                }
            }
            resolved.put(title, count == 1 ? only : null);
            if (count == 1) {
                only.descriptors.add(post);
            }
        }
    }

    /**
     * The person mention that a post stands right before, in the same sentence, with nothing
     * between them but other mentions (России, Томской области, концерна «Российская электроника»),
     * quotation marks and at most {@link #MAX_APPOSITION_GAP} other words; {@code null} if none.
     */
    private static Mention apposedPerson(Analysis a, Mention post, Map<Integer, Mention> longestAt) {
        List<Token> tokens = a.tokens();
        MentionTokens span = MentionTokens.of(tokens, post);
        int sentenceEnd = sentenceEnd(a, span.from());
        int free = 0;
        int i = span.to();
        while (i < sentenceEnd) {
            Token t = tokens.get(i);
            Mention starting = longestAt.get(t.start());
            if (starting == post) {
                starting = null;
            }
            if (starting != null && starting.type() == EntityType.PERSON) {
                return starting;
            }
            if (starting != null && starting.type() != EntityType.PROFESSION) {
                i = MentionTokens.of(tokens, starting).to();
                continue;
            }
            boolean quote = t.text().length() == 1 && Quotes.isQuote(t.text().charAt(0));
            if (t.kind() == org.faktograf.model.TokenKind.PUNCT && !quote) {
                return null; // a comma or a full stop ends the apposition
            }
            if (!quote && ++free > MAX_APPOSITION_GAP) {
                return null;
            }
            i++;
        }
        return null;
    }

    private static int sentenceEnd(Analysis a, int token) {
        List<Sentence> sentences = a.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) { // sentences are in token order
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (token < s.firstToken()) {
                hi = mid - 1;
            } else if (token >= s.endToken()) {
                lo = mid + 1;
            } else {
                return s.endToken();
            }
        }
        return a.tokens().size();
    }

    private static String titleKey(Map<String, CanonicalName> names, Analysis a, Mention post) {
        CanonicalName n = names.get(post.id());
        String key = NameKeys.key(n != null ? n.text() : a.text(post.start(), post.end()));
        return key == null ? "" : key;
    }

    /** губернатор ~ губернатор томской области; премьер ~ премьер-министр; not глава региона ~ глава города. */
    static boolean titlesMatch(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (!head(x[0]).equals(head(y[0])) || x[0].isEmpty()) {
            return false;
        }
        int n = Math.min(x.length, y.length);
        for (int i = 1; i < n; i++) {
            if (!x[i].equals(y[i])) {
                return false;
            }
        }
        return true;
    }

    private static String head(String word) {
        int dash = word.indexOf('-');
        return dash > 0 ? word.substring(0, dash) : word;
    }

    // ---- entities

    private static List<Entity> entities(Analysis a, List<Cluster> clusters, Map<String, CanonicalName> names) {
        List<Cluster> sorted = new ArrayList<>(clusters);
        sorted.removeIf(c -> c.names.isEmpty());
        Map<Cluster, Integer> firstStarts = new java.util.IdentityHashMap<>();
        sorted.forEach(c -> firstStarts.put(c, c.firstStart()));
        sorted.sort(Comparator.comparingInt(firstStarts::get));
        List<Entity> out = new ArrayList<>(sorted.size());
        for (Cluster c : sorted) {
            out.add(entity("e" + out.size(), c, names, a));
        }
        return out;
    }

    private static Entity entity(String id, Cluster c, Map<String, CanonicalName> names, Analysis a) {
        List<Mention> all = new ArrayList<>(c.names);
        all.addAll(c.descriptors);
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        java.util.LinkedHashSet<String> unique = new java.util.LinkedHashSet<>();
        for (Mention m : all) {
            unique.add(m.id());
        }
        List<String> ids = new ArrayList<>(unique);
        EntityType type = mostFrequentType(c.names);
        if (c.coarse == Coarse.PER) {
            PersonName p = mergedPerson(c.names, names);
            String name = p == null ? a.text(c.names.get(0).start(), c.names.get(0).end()) : PersonNameParser.text(p);
            return new Entity(id, type, name, p, null, List.of(), ids);
        }
        Map<String, String> texts = new LinkedHashMap<>(); // key → first text seen
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> forms = new HashMap<>();
        boolean anyNoun = c.coarse == Coarse.LOC && c.names.stream().anyMatch(m -> !MentionTokens.adjectivesOnly(a, m));
        for (Mention m : c.names) {
            CanonicalName n = names.get(m.id());
            String text = n != null ? n.text() : a.text(m.start(), m.end());
            String key = anyNoun && MentionTokens.adjectivesOnly(a, m) ? null : NameKeys.key(text);
            if (key != null) {
                texts.putIfAbsent(key, text);
                counts.merge(key, 1, Integer::sum);
            }
            if (n != null && n.legalForm() != null) {
                forms.merge(n.legalForm(), 1, Integer::sum);
            }
        }
        String nameKey = null;
        for (String k : texts.keySet()) {
            if (nameKey == null || fuller(texts.get(k), counts.get(k), texts.get(nameKey), counts.get(nameKey))) {
                nameKey = k;
            }
        }
        String name = nameKey == null ? a.text(c.names.get(0).start(), c.names.get(0).end()) : texts.get(nameKey);
        List<String> aliases = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (!e.getKey().equals(nameKey)) {
                aliases.add(e.getValue());
            }
        }
        String form = forms.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new Entity(id, type, name, null, form, aliases, ids);
    }

    /** A name rather than an abbreviation, in the text's Cyrillic rather than Latin, then the longer, then the more frequent. */
    private static boolean fuller(String a, int countA, String b, int countB) {
        boolean abbrA = NameKeys.isAbbreviation(a);
        boolean abbrB = NameKeys.isAbbreviation(b);
        if (abbrA != abbrB) {
            return abbrB;
        }
        boolean latinA = latin(a);
        boolean latinB = latin(b);
        if (latinA != latinB) {
            return latinB;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length();
        }
        return countA > countB;
    }

    private static EntityType mostFrequentType(List<Mention> mentions) {
        Map<EntityType, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            counts.merge(m.type(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    /** The person's parts: of each, the full form the mentions give most often (an initial only if no full one). */
    private static PersonName mergedPerson(List<Mention> mentions, Map<String, CanonicalName> names) {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> patronymic = new LinkedHashMap<>();
        Map<String, Integer> last = new LinkedHashMap<>();
        Map<String, Integer> nickname = new LinkedHashMap<>();
        boolean any = false;
        for (Mention m : mentions) {
            PersonName p = person(names, m);
            if (p == null) {
                continue;
            }
            any = true;
            int weight = p.first() != null && p.last() != null ? 2 : 1; // a surname read beside a first name is surer of its gender
            add(first, p.first(), 1);
            add(patronymic, p.patronymic(), 1);
            add(last, p.last(), weight);
            add(nickname, p.nickname(), 1);
        }
        if (!any) {
            return null;
        }
        // a woman's surname form (Немцова) makes a given name in -а hers, if the mentions say so more often
        boolean womansSurname = last.keySet().stream().anyMatch(l -> WOMANS_SURNAME.matcher(l).matches());
        String given = best(declinedAway(first, false, womansSurname));
        // a woman's surname in -а (Иванова) is her nominative, not the genitive of a man's
        boolean feminine = given != null && ENDS_IN_A.matcher(given).matches();
        String surname = best(declinedAway(last, feminine, false));
        String see = best(nickname);
        return new PersonName(given, best(declinedAway(patronymic, false, false)), surname,
                see != null && see.equals(surname) ? null : see);
    }

    /**
     * Name variants without those that are another variant plus a case ending (Фингеру, Крессу,
     * Кока, Коком beside Фингер, Кресс, Кок; Веселина beside Веселин): a form the normaliser kept as
     * written for want of evidence, which the other mentions supply. Only after a consonant, so
     * that Анна beside Ан or Мария beside Мари are not touched. {@code byCount} (given names beside
     * a woman's surname form): only when the longer form is not seen more often (Мирослава Немцова,
     * eight times, keeps Мирослава over Мирослав from Мирославу Немцову).
     */
    private static Map<String, Integer> declinedAway(Map<String, Integer> counts, boolean keepA, boolean byCount) {
        Map<String, Integer> out = new LinkedHashMap<>(counts);
        for (String v : counts.keySet()) {
            for (String ending : CASE_ENDINGS) {
                if (v.length() <= ending.length() + 1 || !v.toLowerCase(Locale.ROOT).endsWith(ending)
                        || keepA && ending.equals("а")) {
                    continue;
                }
                String stem = v.substring(0, v.length() - ending.length());
                boolean surer = byCount && counts.get(v) > counts.getOrDefault(stem, 0);
                if (counts.containsKey(stem) && out.containsKey(v) && !surer
                        && "аеёиоуыэюяьй".indexOf(Character.toLowerCase(stem.charAt(stem.length() - 1))) < 0) {
                    out.merge(stem, out.remove(v), Integer::sum);
                }
            }
        }
        return out;
    }

    /** Endings of the oblique cases of a masculine name ending in a consonant. */
    private static final String[] CASE_ENDINGS = {"а", "у", "ю", "е", "ом", "ем", "ым"};

    private static void add(Map<String, Integer> counts, String value, int weight) {
        if (value != null) {
            counts.merge(value, weight, Integer::sum);
        }
    }

    private static String best(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null) {
                best = e.getKey();
                continue;
            }
            boolean initial = isInitial(e.getKey());
            boolean bestInitial = isInitial(best);
            boolean isLatin = latin(e.getKey());
            boolean bestLatin = latin(best);
            if (initial != bestInitial ? bestInitial : isLatin != bestLatin ? bestLatin : e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean isInitial(String s) {
        return s.length() <= 2 && s.endsWith(".");
    }
}
