package versus.build;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per build phase, for {@code build --timings} and the benchmarks. Not thread-safe: one per build. */
final class Timings {

  private final Map<String, Long> phases = new LinkedHashMap<>();

  Clock start() {
    return new Clock();
  }

  Map<String, Long> phases() {
    return phases;
  }

  /** Measures consecutive phases: each lap is the time since the previous one. */
  final class Clock {
    private long last = System.nanoTime();

    void lap(String phase) {
      long now = System.nanoTime();
      phases.merge(phase, (now - last) / 1_000_000, Long::sum);
      last = now;
    }
  }
}
