package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The memory budget holds under every collector a user may run the jar with. The parallel and
 * serial collectors' young collections never collect the old generation, so its usage "after the
 * last collection" is a full collection's, however much has been promoted since; read as the live
 * data, it let a search over its budget run on. Each collector runs in a JVM of its own, so that
 * young collections, and no full one, have run when the gauge is asked.
 */
class HeapGaugeCollectorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseSerialGC"})
    void fourMiBLiveIsOverABudgetOfOne(String collector) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                collector, "-Xmx64m", "-Xmn8m", "-cp", System.getProperty("java.class.path"),
                HeapGaugeProbe.class.getName())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), collector);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.matches("collections [1-9][0-9]* over true true"), collector + ": " + out);
    }
}
