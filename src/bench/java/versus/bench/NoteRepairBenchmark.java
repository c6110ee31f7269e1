package versus.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Mojibake repair of each note of {@code content/} as it is, one note per operation, as a build repairs them. Besides
 * ops/s, the secondary result {@code repair:bytes} is the throughput in bytes of UTF-8 per second (divide by 1,048,576
 * for MB/s). Seeds 000, 003 and 004 are broken (windows-1254 with dropped bytes, Mac Roman); 001 and 002 are clean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NoteRepairBenchmark {

  @Param({
    "ecs-eks-app-runner.md", "ecs-eks-basics.md", "ecs-eks-fargate-ecr.md", "ecs-vs-eks-deep-dive.md",
    "ecs-vs-kubernetes.md"
  })
  public String note;

  private final MojibakeRepairer repairer = new MojibakeRepairer();
  private String input;
  private int utf8Bytes;

  /** Counts the bytes repaired; JMH reports the count per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long bytes;
  }

  @Setup
  public void setUp() {
    input = BenchData.note(note);
    utf8Bytes = BenchData.utf8Length(input);
  }

  @Benchmark
  public RepairResult repair(Bytes counter) {
    counter.bytes += utf8Bytes;
    return repairer.repair(input);
  }
}
