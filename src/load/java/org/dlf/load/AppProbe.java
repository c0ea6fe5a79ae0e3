package org.dlf.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the running app from outside: its live heap (jcmd) and CPU time (/proc). */
final class AppProbe {

    private AppProbe() {}

    /**
     * Bytes of live objects in the app's heap: the total of {@code jcmd PID GC.class_histogram}, which counts
     * only reachable objects (it runs a full GC first). Unlike reading the heap's use after a GC, it does not
     * count what a busy app allocates in the moments after the GC.
     */
    static long liveHeap(String pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", pid, "GC.class_histogram").start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        for (String line : out.lines().toList().reversed()) {
            if (line.startsWith("Total")) {
                String[] f = line.trim().split("\\s+");
                return Long.parseLong(f[2]);
            }
        }
        throw new IllegalStateException("No class histogram from jcmd " + pid + ": " + out);
    }

    /** User + system CPU seconds the process has used ({@code /proc/PID/stat}, clock ticks of 1/100 s). */
    static double cpuSeconds(String pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields 14 and 15 of stat(5), counted after the command name: utime and stime
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }
}
