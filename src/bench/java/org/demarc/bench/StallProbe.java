package org.demarc.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

/**
 * Measures the longest stretch the FX thread is busy without turning to its queue: one request at
 * a time is posted and timed until it runs, as a key press would wait. Work spread over pulses
 * shows here as several short waits, one long task as one long wait.
 */
final class StallProbe {
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile double worstMs;
    private volatile double worstCpuMs;
    private volatile long fxThread = -1;

    private StallProbe() {
        thread = new Thread(this::loop, "stall-probe");
        thread.setDaemon(true);
    }

    static StallProbe start() {
        StallProbe probe = new StallProbe();
        probe.thread.start();
        return probe;
    }

    /**
     * The most processor time the FX thread spent while one request waited, in milliseconds: the
     * same stall less shaken by other programs on the machine (valid after {@link #stop()}).
     */
    double worstCpu() {
        return worstCpuMs;
    }

    /** Stops probing; the longest wait seen, in milliseconds. */
    double stop() throws InterruptedException {
        running = false;
        thread.join();
        return worstMs;
    }

    private void loop() {
        try {
            while (running) {
                CountDownLatch ran = new CountDownLatch(1);
                long[] cpuAtRun = new long[1];
                long cpuPosted = fxThread < 0 ? -1 : CPU.getThreadCpuTime(fxThread);
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    fxThread = Thread.currentThread().getId();
                    cpuAtRun[0] = CPU.getCurrentThreadCpuTime();
                    ran.countDown();
                });
                if (!ran.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the FX thread did not answer in two minutes");
                }
                worstMs = Math.max(worstMs, (System.nanoTime() - posted) / 1e6);
                if (cpuPosted >= 0) {
                    worstCpuMs = Math.max(worstCpuMs, (cpuAtRun[0] - cpuPosted) / 1e6);
                }
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
