package org.faktograf.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.faktograf.kb.query.Cooccurrence;
import org.faktograf.kb.query.EntityCard;
import org.faktograf.kb.query.EntityMatch;
import org.faktograf.kb.query.FactFilter;
import org.faktograf.kb.query.FactRow;
import org.faktograf.kb.query.KbReader;
import org.faktograf.kb.query.SearchResult;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code faktograf query ...}: asks the knowledge base. */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Asks the knowledge base: an entity with its names, posts, facts and the mentions it holds (and why they "
                + "were joined), facts by type, entity and date, the entities seen together with one, and documents "
                + "by the lemmas of their words.",
            "",
            "--db and --format may stand before or after the subcommand."
        },
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:results printed",
            "1:internal error",
            "2:the knowledge base cannot be opened (no such file, server unreachable) or a bad argument",
            "3:nothing found"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  faktograf query --db kb.sqlite entity \"Виктор Кресс\"",
            "  faktograf query --db kb.sqlite entity кресса          (forgiving: any form, any case)",
            "  faktograf query --db kb.sqlite facts --type meeting --with Путин --from 2010 --to 2011",
            "  faktograf query --db kb.sqlite cooccur Роснано",
            "  faktograf query --db kb.sqlite --format json search \"Томской области\""
        },
        subcommands = {
            QueryCommand.EntityQuery.class,
            QueryCommand.FactsQuery.class,
            QueryCommand.CooccurQuery.class,
            QueryCommand.SearchQuery.class
        })
final class QueryCommand implements Runnable {
    static final int NOTHING_FOUND = 3;

    @ParentCommand
    Main main;

    @Option(names = "--db", paramLabel = "PATH|URL", description = "The knowledge base (default: faktograf.sqlite); see ingest --help.")
    String db;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table (default) or json.")
    QueryFormat format;

    enum QueryFormat { TABLE, JSON }

    @Override
    public void run() {
        new CommandLine(this).usage(main.out());
    }

    /** Options every query subcommand has; the query command's own win when given there. */
    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        QueryCommand query;

        @Option(names = "--db", paramLabel = "PATH|URL", description = "The knowledge base (default: faktograf.sqlite).")
        String db;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table (default) or json.")
        QueryFormat format;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default: ${DEFAULT-VALUE}).")
        int limit;

        PrintStream out() {
            return query.main.out();
        }

        PrintStream err() {
            return query.main.err();
        }

        boolean json() {
            QueryFormat f = format != null ? format : query.format;
            return f == QueryFormat.JSON;
        }

        @Override
        public Integer call() {
            String spec = db != null ? db : query.db;
            String name = getClass().getAnnotation(Command.class).name();
            KnowledgeBase kb;
            try {
                kb = DatabaseOptions.open(spec);
            } catch (KnowledgeBaseException e) {
                err().println("faktograf query " + name + ": " + e.getMessage());
                return Diagnostics.INPUT_ERROR;
            }
            try (KbReader r = kb.reader()) {
                return ask(r);
            } catch (KnowledgeBaseException e) {
                err().println("faktograf query " + name + ": " + e.getMessage());
                return Diagnostics.INPUT_ERROR;
            } catch (IllegalArgumentException e) {
                err().println("faktograf query " + name + ": " + e.getMessage());
                return Diagnostics.INPUT_ERROR;
            }
        }

        abstract int ask(KbReader r);

        int nothing(String what) {
            err().println("faktograf query: " + what);
            if (json()) {
                out().println("[]");
            }
            return NOTHING_FOUND;
        }

        void printJson(Object value) {
            try {
                out().println(JSON.writeValueAsString(value));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("records always serialise", e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Opening for reading: the knowledge base must exist. */
    static final class DatabaseOptions {
        static KnowledgeBase open(String spec) {
            DatabaseOption o = new DatabaseOption();
            o.db = spec;
            return o.open(false);
        }
    }

    @Command(name = "entity", mixinStandardHelpOptions = true,
            description = "The entity best matching NAME (any form, any case: Кресса, кресс and Виктор Кресс all find "
                    + "Виктор Кресс): its names, Wikidata id, posts, facts, and the document entities it holds with the "
                    + "rule and reason that joined each; then the other matches.")
    static final class EntityQuery extends Base {
        @Parameters(paramLabel = "NAME", arity = "1..*", description = "A name or part of one; #ID picks an entity by id.")
        List<String> name;

        @Option(names = "--mentions", paramLabel = "N", defaultValue = "20",
                description = "Show at most N of its document entities with their mentions (default: ${DEFAULT-VALUE}).")
        int mentions;

        @Override
        int ask(KbReader r) {
            String text = String.join(" ", name).trim();
            List<EntityMatch> matches;
            if (text.matches("#\\d+")) {
                EntityMatch m = r.entity(Long.parseLong(text.substring(1)));
                matches = m == null ? List.of() : List.of(m);
            } else {
                matches = r.findEntities(text, Math.max(1, limit));
            }
            if (matches.isEmpty()) {
                return nothing("no entity matches '" + text + "'");
            }
            EntityCard card = r.card(matches.get(0).id(), Math.max(0, mentions), Math.max(1, limit));
            List<EntityMatch> others = matches.subList(1, matches.size());
            if (json()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("entity", card);
                o.put("otherMatches", others);
                printJson(o);
            } else {
                KbTables.card(out(), card, others);
            }
            return 0;
        }
    }

    @Command(name = "facts", mixinStandardHelpOptions = true,
            description = "Facts in date order, filtered by type, by an entity taking part, and by date (a fact's own "
                    + "date when it has one, else its document's).")
    static final class FactsQuery extends Base {
        @Option(names = "--type", paramLabel = "TYPE", description = "occupation, meeting, deal, ownership or project.")
        String type;

        @Option(names = "--with", paramLabel = "NAME", description = "Only facts one of whose arguments is an entity matching NAME.")
        String with;

        @Option(names = "--from", paramLabel = "DATE", description = "From DATE (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Up to DATE, inclusive: --to 2010 includes all of 2010.")
        String to;

        @Override
        int ask(KbReader r) {
            List<FactRow> facts = r.facts(new FactFilter(type, with, from, to, Math.max(1, limit)));
            if (facts.isEmpty()) {
                return nothing("no facts" + (with == null ? "" : " with '" + with + "'") + (type == null ? "" : " of type " + type)
                        + (from == null && to == null ? "" : " in that period"));
            }
            if (json()) {
                printJson(facts);
            } else {
                KbTables.facts(out(), facts);
            }
            return 0;
        }
    }

    @Command(name = "cooccur", mixinStandardHelpOptions = true,
            description = "The entities appearing in the same documents as the one best matching NAME, most shared documents first.")
    static final class CooccurQuery extends Base {
        @Parameters(paramLabel = "NAME", arity = "1..*", description = "A name or part of one; #ID picks an entity by id.")
        List<String> name;

        @Override
        int ask(KbReader r) {
            String text = String.join(" ", name).trim();
            EntityMatch e = text.matches("#\\d+") ? r.entity(Long.parseLong(text.substring(1)))
                    : r.findEntities(text, 1).stream().findFirst().orElse(null);
            if (e == null) {
                return nothing("no entity matches '" + text + "'");
            }
            List<Cooccurrence> co = r.cooccurrences(e.id(), Math.max(1, limit));
            if (json()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("entity", e);
                o.put("cooccurring", co);
                printJson(o);
                return co.isEmpty() ? NOTHING_FOUND : 0;
            }
            if (co.isEmpty()) {
                return nothing(e.name() + " #" + e.id() + " shares no document with another entity");
            }
            KbTables.cooccurrences(out(), e, co);
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Documents holding every word of TEXT in any form (by lemma); a place adjective also finds its "
                    + "place when the knowledge base knows it (Томской finds Томск and Томская область).")
    static final class SearchQuery extends Base {
        @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to find.")
        List<String> text;

        @Override
        int ask(KbReader r) {
            String q = String.join(" ", text).trim();
            SearchResult res = r.search(q, Math.max(1, limit));
            if (res.hits().isEmpty()) {
                return nothing("no document matches '" + q + "'");
            }
            if (json()) {
                printJson(res);
            } else {
                KbTables.search(out(), res);
            }
            return 0;
        }
    }
}
