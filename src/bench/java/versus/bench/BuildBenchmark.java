package versus.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import versus.build.BuildOptions;
import versus.build.BuildResult;
import versus.build.SiteBuilder;

/** The whole build of this repository's site in memory, warm: what {@code serve} pays per rebuild. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class BuildBenchmark {

  private final SiteBuilder builder = new SiteBuilder();
  private final BuildOptions options = BuildOptions.of(Path.of("").toAbsolutePath());

  @Benchmark
  public BuildResult build() {
    return builder.build(options);
  }
}
