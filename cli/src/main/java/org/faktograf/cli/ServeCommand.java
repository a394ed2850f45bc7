package org.faktograf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.faktograf.kb.query.KbReader;
import org.faktograf.kb.store.KnowledgeBase;
import org.faktograf.kb.store.KnowledgeBaseException;
import org.faktograf.model.Document;
import org.faktograf.pipeline.StandardPipeline;
import org.faktograf.server.FaktografServer;
import org.faktograf.server.ServerSettings;
import org.faktograf.server.WriteToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code faktograf serve}: the web UI and REST API over a knowledge base. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Serves the web UI (analyse a text, browse the knowledge base, search) and the REST API, "
                + "described at /openapi.json. Listens on 127.0.0.1 unless --host says otherwise.",
            "",
            "Reading needs nothing; POST /api/documents (ingest) needs the write token: --token, else "
                + "FAKTOGRAF_WRITE_TOKEN, else one is generated. The URL and the token are printed at start-up."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped (Ctrl+C)",
            "1:internal error",
            "2:the knowledge base cannot be opened, the address cannot be bound, or a bad option"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  faktograf serve --db kb.sqlite",
            "  faktograf serve --db kb.sqlite --port 9000 --token my-secret-token",
            "  curl -s -H 'Content-Type: text/plain' --data-binary @examples/tomsk-2010.txt http://127.0.0.1:8080/api/extract"
        })
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    private String host;

    @Option(names = "--token", paramLabel = "T",
            description = "Write token for POST /api/documents (default: FAKTOGRAF_WRITE_TOKEN, else generated).")
    private String token;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Request threads (default: 4 per processor, at least 8).")
    private Integer threads;

    @Option(names = "--analyses", paramLabel = "N",
            description = "Analyses run at once; further requests to analyse wait their turn (default: one per processor).")
    private Integer analyses;

    @Option(names = "--max-body-mb", paramLabel = "N", defaultValue = "5",
            description = "Largest request body in MB; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    private int maxBodyMb;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = main.out();
        PrintStream err = main.err();
        if (maxBodyMb < 1 || maxBodyMb > 1024 || (threads != null && threads < 1) || (analyses != null && analyses < 1)) {
            throw new ParameterException(spec.commandLine(), "--max-body-mb is 1 to 1024, --threads and --analyses at least 1");
        }
        WriteToken writeToken;
        boolean generated = false;
        try {
            String given = token != null ? token : System.getenv("FAKTOGRAF_WRITE_TOKEN");
            if (given != null && !given.isBlank()) {
                writeToken = WriteToken.of(given);
            } else {
                writeToken = WriteToken.generate();
                generated = true;
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, writeToken, maxBodyMb * 1024L * 1024L,
                    threads != null ? threads : ServerSettings.defaultThreads(),
                    analyses != null ? analyses : ServerSettings.defaultAnalyses());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        KnowledgeBase kb;
        Map<String, Long> counts;
        try {
            kb = database.open(true);
            try (KbReader r = kb.reader()) {
                counts = r.counts();
            }
        } catch (KnowledgeBaseException e) {
            err.println("faktograf serve: " + e.getMessage());
            return Diagnostics.INPUT_ERROR;
        }
        // load the models now, so that the first request is as quick as the others
        StandardPipeline.get().analyze(Document.of("warm-up", "Виктор Кресс встретился с Владимиром Путиным в Томске."));
        FaktografServer server = new FaktografServer(settings, kb, StandardPipeline.get());
        try {
            server.start();
        } catch (IOException e) {
            err.println("faktograf serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return Diagnostics.INPUT_ERROR;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "faktograf-serve-stop"));
        String url = server.url();
        out.println("Faktograf is serving " + url);
        out.println("  knowledge base  " + kb.location().display() + " (" + counts.getOrDefault("documents", 0L)
                + " documents, " + counts.getOrDefault("kb_entities", 0L) + " entities)");
        out.println("  API             " + url + "openapi.json");
        out.println("  write token     " + writeToken.text() + (generated ? "  (generated; --token sets one)" : ""));
        out.println("                  POST /api/documents needs: Authorization: Bearer " + writeToken.text());
        if (!isLoopback(host)) {
            err.println("faktograf serve: listening on " + host + ": anyone who can reach this machine can read the "
                    + "knowledge base and analyse texts here");
        }
        out.println("Ctrl+C stops the server.");
        out.flush();
        server.join();
        return 0;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
