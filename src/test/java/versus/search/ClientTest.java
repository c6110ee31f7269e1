package versus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.output.OutputFile;
import versus.testing.Node;
import versus.testing.TestSite;

/**
 * Runs the search client's own tests ({@code src/test/js/search.test.js}, node's test runner) against the indexes of
 * {@link SearchFixture}'s sites, built by the real build, so the client is tested on the files it will really read.
 */
class ClientTest {

  @Test
  void clientTestsPass(
      @TempDir Path project, @TempDir Path site, @TempDir Path tieredProject, @TempDir Path tiered)
      throws IOException {
    write(SearchFixture.site().buildIn(project), site);
    write(SearchFixture.tiered().buildIn(tieredProject), tiered);
    Node.Run run =
        Node.run(
            "",
            Map.of("VERSUS_FIXTURE_SITE", site.toString(), "VERSUS_TIERED_SITE", tiered.toString()),
            180,
            "--test",
            "src/test/js/search.test.js");
    String report = run.stdout() + run.stderr();
    assertThat(run.exitCode()).as(report).isZero();
    assertThat(report).contains("# fail 0").contains("# skipped 0").containsPattern("# pass [1-9]");
  }

  private static void write(TestSite.Built built, Path site) throws IOException {
    assertThat(built.result().failed()).as(built.messages().toString()).isFalse();
    for (OutputFile f : built.result().files()) {
      Path p = site.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.write(p, f.bytes());
    }
  }
}
