package org.faktograf.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;

/**
 * The child process of {@code faktograf bench}: started fresh, it analyses one text and prints
 * {@code first-result} the moment the analysis is done, so that the parent can time JVM start to
 * first result. With {@code heap SECONDS THREADS} it then runs the whole folder for that long and
 * prints its peak heap, to show the pipeline fits under the {@code -Xmx} it was started with.
 *
 * <pre>java -cp faktograf.jar org.faktograf.bench.FirstResultProbe DIR [heap SECONDS THREADS]</pre>
 */
public final class FirstResultProbe {
    private FirstResultProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Path> files = BenchTexts.files(dir);
        Document first = BenchTexts.read(files.get(0), files.get(0).getFileName().toString());
        Analysis a = BenchPipeline.get().analyze(first);
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        // the main thread's CPU time: what start-up costs when no other process competes for the core
        long mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        System.out.println("first-result uptime-ms=" + uptime + " main-cpu-ms=" + mainCpu + " tokens=" + a.tokens().size()
                + " mentions=" + a.mentions().size() + " facts=" + a.facts().size());
        System.out.flush();
        if (args.length >= 4 && args[1].equals("heap")) {
            double seconds = Double.parseDouble(args[2]);
            int threads = Integer.parseInt(args[3]);
            PipelineThroughput.Result r = new PipelineThroughput(BenchPipeline.get(), BenchTexts.read(dir))
                    .run(threads, seconds);
            long peak = HeapMeter.peakBytes();
            long live = HeapMeter.liveBytesAfterGc();
            System.out.println("heap-run documents=" + r.documents() + " peak-heap-bytes=" + peak
                    + " live-heap-bytes=" + live + " max-heap-bytes=" + HeapMeter.maxBytes());
        }
        System.out.flush();
    }
}
