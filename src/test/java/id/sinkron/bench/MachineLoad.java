package id.sinkron.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a benchmark figure means on a shared machine: the load average, the CPU time of this JVM and of the
 * embedded PostgreSQL (its postmaster, live backends and the backends that have ended), and the peak heap.
 * Linux only (reads {@code /proc}); elsewhere the figures are left out.
 */
final class MachineLoad {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private MachineLoad() {
    }

    /** The 1, 5 and 15 minute load averages as {@code /proc/loadavg} gives them, or "?" . */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** CPU seconds used by this JVM so far (every thread, GC included). */
    static double jvmCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** CPU seconds used so far by the calling thread. */
    static double threadCpuSeconds() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
    }

    /** CPU seconds used so far by the PostgreSQL whose data directory is {@code dataDir}; NaN when not found. */
    static double postgresCpuSeconds(Path dataDir) {
        String dir = dataDir.toAbsolutePath().toString();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            List<Path> pids = procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList();
            String postmaster = null;
            for (Path pid : pids) {
                String cmd = read(pid.resolve("cmdline")).replace('\0', ' ');
                if (cmd.contains("postgres") && cmd.contains(dir)) {
                    postmaster = pid.getFileName().toString();
                    break;
                }
            }
            if (postmaster == null) {
                return Double.NaN;
            }
            long ticks = 0;
            for (Path pid : pids) {
                String[] stat = fields(read(pid.resolve("stat")));
                if (stat.length < 17) {
                    continue;
                }
                boolean self = pid.getFileName().toString().equals(postmaster);
                if (self || stat[3].equals(postmaster)) {
                    ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
                }
                if (self) {
                    ticks += Long.parseLong(stat[15]) + Long.parseLong(stat[16]); // backends already ended
                }
            }
            return ticks / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Resets the peak of every heap pool. */
    static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset, in MB (garbage included). */
    static long peakHeapMb() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    /** Old generation in use after the last collection of it, in MB: about what stays reachable. */
    static long oldAfterGcMb() {
        return heapPools().filter(p -> p.getName().contains("Old") && p.getCollectionUsage() != null)
                .mapToLong(p -> p.getCollectionUsage().getUsed()).sum() >> 20;
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The fields of a /proc/PID/stat line, with the command name (which may hold spaces) as one field. */
    private static String[] fields(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return new String[0];
        }
        String[] rest = stat.substring(close + 2).trim().split(" ");
        String[] all = new String[rest.length + 2];
        all[0] = stat.substring(0, stat.indexOf(' '));
        all[1] = stat.substring(stat.indexOf('(') + 1, close);
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
