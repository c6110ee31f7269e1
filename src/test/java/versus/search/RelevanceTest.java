package versus.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.build.BuildOptions;
import versus.build.BuildResult;
import versus.build.SiteBuilder;
import versus.output.OutputFile;
import versus.testing.Node;

/**
 * The search answers questions about this repository's five notes: for every query of
 * {@code src/test/resources/search/queries.tsv} (typos, plurals, abbreviations through the synonyms of versus.yml,
 * phrases, prefixes) the expected section is among the top 3. It builds the site, then runs the real client
 * ({@code themes/default/assets/search*.js}) under node over the built index files. The query file is data, so a
 * browser test can reuse it through {@code window.VersusSearch.query(q)}.
 */
class RelevanceTest {

  static final Path QUERIES = Path.of("src/test/resources/search/queries.tsv");

  record Expectation(String query, String section, String why) {}

  @Test
  void theExpectedSectionIsInTheTopThreeForEveryQuery(@TempDir Path site) throws IOException {
    BuildResult result = new SiteBuilder().build(BuildOptions.of(Path.of("").toAbsolutePath()));
    assertThat(result.failed()).as(result.diagnostics().toString()).isFalse();
    for (OutputFile f : result.files()) {
      Path p = site.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.write(p, f.bytes());
    }
    List<Expectation> expected = new ArrayList<>();
    for (String line : Files.readAllLines(QUERIES)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      expected.add(new Expectation(cols[0], cols[1] + "#" + cols[2], cols.length > 3 ? cols[3] : ""));
    }
    assertThat(expected).as("the relevance set").hasSizeGreaterThanOrEqualTo(30);

    Node.Run run = Node.run("", Map.of(), 120, "src/test/js/relevance.js", site.toString(), QUERIES.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    List<String> lines = run.stdout().lines().toList();
    assertThat(lines).hasSameSizeAs(expected);

    List<String> misses = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      JsonObject answer = JsonParser.parseString(lines.get(i)).getAsJsonObject();
      Expectation e = expected.get(i);
      assertThat(answer.get("query").getAsString()).isEqualTo(e.query());
      List<String> top = new ArrayList<>();
      answer.getAsJsonArray("top").forEach(t -> top.add(t.getAsString()));
      int rank = top.indexOf(e.section()) + 1;
      if (rank < 1 || rank > 3) {
        misses.add(e.query() + " (" + e.why() + "): expected " + e.section() + ", got " + top);
      }
    }
    assertThat(misses).as("queries whose expected section is not in the top 3").isEmpty();
  }
}
