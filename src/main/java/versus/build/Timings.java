package versus.build;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall and CPU time per build phase, for {@code build --timings} and the benchmarks. CPU time counts every thread of the
 * process, so it is the steadier measure on a shared machine. Not thread-safe: one per build.
 */
final class Timings {

  private final Map<String, Long> wall = new LinkedHashMap<>();
  private final Map<String, Long> cpu = new LinkedHashMap<>();

  Clock start() {
    return new Clock();
  }

  /** Phase name to {wall ms, CPU ms}, in the order the phases ran. */
  Map<String, long[]> phases() {
    Map<String, long[]> out = new LinkedHashMap<>();
    wall.forEach((phase, ms) -> out.put(phase, new long[] {ms, cpu.getOrDefault(phase, 0L)}));
    return out;
  }

  /** Measures consecutive phases: each lap is the time since the previous one. */
  final class Clock {
    private long lastWall = System.nanoTime();
    private long lastCpu = processCpuNanos();

    void lap(String phase) {
      long nowWall = System.nanoTime();
      long nowCpu = processCpuNanos();
      wall.merge(phase, (nowWall - lastWall) / 1_000_000, Long::sum);
      cpu.merge(phase, (nowCpu - lastCpu) / 1_000_000, Long::sum);
      lastWall = nowWall;
      lastCpu = nowCpu;
    }
  }

  /** CPU time used by this process so far (all threads), or 0 where the JVM does not tell. */
  static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }
}
