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
 * Runs the search client's own tests ({@code src/test/js/*.test.js}, node's test runner) against the index of
 * {@link SearchFixture}, built by the real build, so the client is tested on the files it will really read.
 */
class ClientTest {

  @Test
  void clientTestsPass(@TempDir Path project, @TempDir Path site) throws IOException {
    TestSite.Built built = SearchFixture.site().buildIn(project);
    assertThat(built.result().failed()).as(built.messages().toString()).isFalse();
    for (OutputFile f : built.result().files()) {
      Path p = site.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.write(p, f.bytes());
    }
    Node.Run run =
        Node.run("", Map.of("VERSUS_FIXTURE_SITE", site.toString()), 120, "--test", "src/test/js/search.test.js");
    String report = run.stdout() + run.stderr();
    assertThat(run.exitCode()).as(report).isZero();
    assertThat(report).contains("# fail 0").contains("# skipped 0").containsPattern("# pass [1-9]");
  }
}
