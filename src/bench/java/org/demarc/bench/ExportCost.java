package org.demarc.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * What one piece of work cost: wall time, processor time of the calling thread and of the whole
 * process (the garbage collector's and the JIT compiler's threads included), collector pause time
 * and bytes the calling thread allocated. On a shared machine the wall time mostly says how busy the
 * others were; the two processor times say where the work itself went.
 */
record ExportCost(double wallSeconds, double threadCpuSeconds, double processCpuSeconds, double gcPauseSeconds,
                  double allocatedMegabytes) {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Runs {@code work} once and measures it. */
    static ExportCost of(Benchmarks.Work work) throws Exception {
        long gc = gcMillis();
        long process = OS.getProcessCpuTime();
        long thread = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long wall = System.nanoTime();
        work.run();
        long wallEnd = System.nanoTime();
        return new ExportCost((wallEnd - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - thread) / 1e9,
                (OS.getProcessCpuTime() - process) / 1e9, (gcMillis() - gc) / 1e3,
                (THREADS.getCurrentThreadAllocatedBytes() - allocated) / 1e6);
    }

    /** Each figure's median over the runs (so the figures of one line may come from different runs). */
    static ExportCost median(ExportCost[] runs) {
        return new ExportCost(median(runs, ExportCost::wallSeconds), median(runs, ExportCost::threadCpuSeconds),
                median(runs, ExportCost::processCpuSeconds), median(runs, ExportCost::gcPauseSeconds),
                median(runs, ExportCost::allocatedMegabytes));
    }

    static double loadAverage() {
        return OS.getSystemLoadAverage();
    }

    private static double median(ExportCost[] runs, java.util.function.ToDoubleFunction<ExportCost> figure) {
        double[] v = Arrays.stream(runs).mapToDouble(figure).sorted().toArray();
        return v[v.length / 2];
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
