package versus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.testing.TestSite;

/** The index files: where they go, what they hold, and that they are the same on every build. */
class SearchIndexerTest {

  @Test
  void writesMetaVocabularyPostingsAndOneDocumentPerPage(@TempDir Path dir) {
    TestSite.Built built = SearchFixture.site().buildIn(dir);
    assertThat(built.result().failed()).as(built.messages().toString()).isFalse();
    List<String> index = built.paths().stream().filter(p -> p.startsWith("search/")).toList();
    assertThat(index).contains("search/index.html", "search/index.js", "search/v/0.js", "search/p/0.js");
    assertThat(index).contains("search/d/0.js", "search/d/1.js").doesNotContain("search/d/2.js");

    String meta = built.file("search/index.js");
    assertThat(meta).startsWith("VersusSearch.add(\"index\",{\"v\":1,").endsWith(");\n");
    // Synonym members as stem sequences; the one-member group was reported and dropped.
    assertThat(meta).contains("\"syn\":[[[\"k8s\"],[\"kubernet\"]],[[\"hpa\"],[\"horizont\",\"pod\",\"autoscal\"]]]");
    assertThat(built.messages()).anyMatch(m -> m.contains("synonym group [lonely] is ignored"));
  }

  @Test
  void escapesHostileTextAsJsonStrings(@TempDir Path dir) {
    TestSite.Built built = SearchFixture.site().buildIn(dir);
    String alpha = built.file("search/d/0.js");
    assertThat(alpha).contains("\"t\":\"Alpha <img src=x onerror=alert(1)> notes\"");
    assertThat(alpha).contains("\\\"quotes\\\" & ampersands");
    String beta = built.file("search/d/1.js");
    assertThat(beta).contains("<script>alert(\\\"code\\\")</script> kubectl get pods");
  }

  @Test
  void aHeadingMatchOutweighsTheSameWordInText(@TempDir Path dir) {
    TestSite.Built built = SearchFixture.site().buildIn(dir);
    // "control" is in beta's heading "Control" (section 2 of the site) and in alpha's text (section 3).
    String postings = String.join("", built.paths().stream().filter(p -> p.startsWith("search/p/")).map(built::file).toList());
    int at = postings.indexOf("\"control\",\"");
    assertThat(at).isPositive();
    String list = postings.substring(at + 11, postings.indexOf('"', at + 11));
    int[] ids = new int[4];
    int[] levels = new int[4];
    int n = 0;
    int sid = -1;
    for (int i = 0; i < list.length(); ) {
      int gap = 0;
      int shift = 0;
      int digit;
      do {
        digit = Codec.ALPHABET.indexOf(list.charAt(i++));
        gap += (digit & 31) << shift;
        shift += 5;
      } while (digit >= 32);
      sid += gap + 1;
      ids[n] = sid;
      levels[n++] = Codec.ALPHABET.indexOf(list.charAt(i++));
    }
    assertThat(n).isEqualTo(2);
    assertThat(levels[1]).as("weight in the section headed 'Control'").isGreaterThan(levels[0]);
  }

  @Test
  void twoBuildsWriteIdenticalIndexes(@TempDir Path a, @TempDir Path b) {
    TestSite.Built first = SearchFixture.site().buildIn(a);
    TestSite.Built second = SearchFixture.site().buildIn(b);
    for (String p : first.paths()) {
      if (p.startsWith("search/")) {
        assertThat(second.file(p)).as(p).isEqualTo(first.file(p));
      }
    }
  }

  @Test
  void codecWritesVarintsAndSafeStrings() {
    StringBuilder s = new StringBuilder();
    Codec.varint(s, 0);
    Codec.varint(s, 31);
    Codec.varint(s, 32);
    Codec.varint(s, 1_000_000);
    assertThat(s.toString()).isEqualTo("0VW1WomU");
    StringBuilder j = new StringBuilder();
    Codec.string(j, "a\"b\\c\nd\u2028\u0001");
    assertThat(j.toString()).isEqualTo("\"a\\\"b\\\\c\\nd\\u2028\\u0001\"");
    assertThat(Codec.vocabKey("k8s")).isEqualTo("k8");
    assertThat(Codec.vocabKey("a")).isEqualTo("a");
    assertThat(Codec.vocabKey("😀x")).isEqualTo("😀x");
  }
}
