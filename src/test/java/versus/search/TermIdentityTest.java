package versus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import versus.testing.Node;

/**
 * The build and the browser must turn every word into the same term, or a word the index holds can never be found:
 * this runs {@link Tokenizer} (Lucene's Snowball English stemmer) and the client's {@code search.js} (the vendored
 * porter2 port) over 170,421 SCOWL words and a set of Unicode corner cases, and compares every line. It runs under
 * the Turkish default locale too, where a careless {@code toLowerCase()} turns {@code I} into a dotless {@code ı}.
 */
class TermIdentityTest {

  static final Path DATA = Path.of("src/test/resources/search");

  @Test
  void javaAndJavaScriptMakeTheSameTermsOfEveryWord() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(DATA.resolve("tricky-words.txt")));
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(DATA.resolve("scowl-american-english-large.txt.gz"))),
                StandardCharsets.UTF_8))) {
      r.lines().forEach(lines::add);
    }
    assertThat(lines).hasSizeGreaterThan(170_000);

    List<String> java = javaTerms(lines);
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(javaTerms(lines)).as("terms under the Turkish default locale").isEqualTo(java);
    } finally {
      Locale.setDefault(before);
    }

    Node.Run run = Node.run(String.join("\n", lines) + "\n", Map.of(), 120, "src/test/js/terms.js");
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    List<String> js = List.of(run.stdout().split("\n", -1)).subList(0, lines.size());
    int differences = 0;
    StringBuilder examples = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (!java.get(i).equals(js.get(i))) {
        if (differences++ < 20) {
          examples.append(lines.get(i)).append(" → java: ").append(java.get(i)).append(" js: ").append(js.get(i));
          examples.append('\n');
        }
      }
    }
    assertThat(differences).as("lines where Java and JavaScript terms differ:\n" + examples).isZero();
    // The comparison is not vacuous: stemming did change words, and folding did fold.
    assertThat(java.get(0)).isEqualTo("arger ecol creme brule naiv facad angstrom øresund sao paulo łodz dvorak");
    assertThat(java.get(11))
        .isEqualTo("kubernet kubernet kubernt fargat fargat contain container orchestr orchestr autoscal autosc");
  }

  private static List<String> javaTerms(List<String> lines) {
    Tokenizer t = new Tokenizer();
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      List<String> terms = new ArrayList<>();
      for (String w : t.words(line)) {
        terms.add(w.length() > Tokenizer.MAX_WORD ? "" : t.stem(w));
      }
      out.add(String.join(" ", terms));
    }
    return out;
  }
}
