package org.faktograf.eval.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a track 3 response ({@code NAME.task3}) as the official scorer does: lines normalised
 * (lower case, ё as е, quotes unified), blocks separated by empty lines, the first line of a block
 * the fact type, each further line {@code name:value} with exactly one colon ({@code job} read as
 * {@code position}). A line with no colon or several stops the reading there, keeping the facts
 * before its block, as the scorer's failed load does.
 */
public final class TrackThreeResponse {
    private TrackThreeResponse() {
    }

    /** The facts of a response; {@code problems} receives a message for a malformed line. */
    public static List<TrackThreeFact> parse(String text, List<String> problems) {
        List<TrackThreeFact> facts = new ArrayList<>();
        List<String> block = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? ScoredText.normalise(lines[i]) : "";
            if (!line.isEmpty()) {
                block.add(line);
                continue;
            }
            if (block.isEmpty()) {
                continue;
            }
            String tag = block.get(0).replaceAll("^[ :\t]+|[ :\t]+$", "");
            List<TrackThreeFact.Argument> args = new ArrayList<>();
            for (String l : block.subList(1, block.size())) {
                String[] parts = l.split(":", -1);
                if (parts.length != 2) {
                    problems.add("'" + l + "': an argument line is name:value with one colon; the rest of the file is not read");
                    return facts;
                }
                String name = parts[0].strip();
                if (name.equals("job")) {
                    name = "position";
                }
                args.add(new TrackThreeFact.Argument(name, List.of(parts[1].strip())));
            }
            facts.add(new TrackThreeFact(tag, args, false));
            block.clear();
        }
        return facts;
    }
}
