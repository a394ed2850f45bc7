package org.faktograf.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.faktograf.model.Analysis;
import org.faktograf.model.Document;
import org.faktograf.pipeline.Pipeline;
import org.faktograf.pipeline.StandardPipeline;
import org.junit.jupiter.api.Test;

class AnalysisSlotsTest {
    @Test
    void noMoreAnalysesAtOnceThanSlotsAndEveryOneIsAnswered() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch allWaiting = new CountDownLatch(1);
        // the real pipeline, with a stage in front that counts the analyses under way and holds
        // the first ones until every request has arrived
        Pipeline counted = new Pipeline(List.of(a -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                allWaiting.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return a;
        }, a -> StandardPipeline.get().analyze(a.document())));
        AnalysisSlots slots = new AnalysisSlots(counted, 2);
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            List<Future<Analysis>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String text = "Виктор Кресс встретился с Владимиром Путиным в Томске. Запрос " + i + ".";
                answers.add(requests.submit(() -> slots.analyze(Document.of("d", text))));
            }
            Thread.sleep(200);
            allWaiting.countDown();
            for (int i = 0; i < 8; i++) {
                Analysis a = answers.get(i).get(60, TimeUnit.SECONDS);
                assertTrue(a.document().text().endsWith("Запрос " + i + "."));
                assertTrue(a.mentions().stream().anyMatch(m -> a.text().substring(m.start(), m.end()).equals("Виктор Кресс")),
                        "the analysis is the pipeline's: " + a.mentions());
            }
        } finally {
            requests.shutdownNow();
        }
        assertEquals(2, most.get(), "analyses at once");
    }

    @Test
    void atLeastOneSlot() {
        assertThrows(IllegalArgumentException.class, () -> new AnalysisSlots(StandardPipeline.get(), 0));
    }
}
