package versus.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import versus.repair.MojibakeRepairer;
import versus.repair.RepairResult;

/**
 * Mojibake repair throughput. Each operation repairs one text of {@code megabytes} MB of UTF-8, so the score in
 * ops/s times the size is MB/s. {@code clean}: notes without mojibake (the fast path every build takes);
 * {@code broken}: the same text broken through Windows-1252; {@code seeds}: the three seed notes as they arrived
 * (Windows-1254 with dropped bytes, Mac Roman).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RepairBenchmark {

  @Param({"clean", "broken", "seeds"})
  public String text;

  @Param({"1", "10"})
  public int megabytes;

  private final MojibakeRepairer repairer = new MojibakeRepairer();
  private String input;

  @Setup
  public void setUp() {
    int bytes = megabytes * 1024 * 1024;
    input = switch (text) {
      case "clean" -> BenchData.clean(bytes);
      case "broken" -> BenchData.broken(bytes);
      default -> BenchData.seeds(bytes);
    };
  }

  @Benchmark
  public RepairResult repair() {
    return repairer.repair(input);
  }
}
