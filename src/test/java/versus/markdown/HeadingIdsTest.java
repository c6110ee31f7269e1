package versus.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import org.junit.jupiter.api.Test;

/**
 * The 78 cases of github-slugger's fixture file (ISC, see resources/markdown/github-slugger/README.md), run in order
 * through one {@link HeadingIds}, as they would be headings of one GitHub page.
 */
class HeadingIdsTest {

  @Test
  void allGithubSluggerFixturesPassInOrder() throws IOException {
    List<Map<String, String>> cases = fixtures();
    assertThat(cases).hasSize(78);
    HeadingIds ids = new HeadingIds();
    List<String> failures = new ArrayList<>();
    for (Map<String, String> c : cases) {
      String got = ids.next(c.get("input"));
      if (!got.equals(c.get("expected"))) {
        failures.add(c.get("name") + ": expected '" + c.get("expected") + "' but got '" + got + "'");
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void idsOfTheNotesTableOfContentsLinks() {
    HeadingIds ids = new HeadingIds();
    assertThat(ids.next("1. Amazon ECS (Elastic Container Service)"))
        .isEqualTo("1-amazon-ecs-elastic-container-service");
    assertThat(ids.next("🏁 Conclusion")).isEqualTo("-conclusion");
    assertThat(ids.next("📑 Table of Contents")).isEqualTo("-table-of-contents");
  }

  @Test
  void lowerCasingDoesNotDependOnTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertThat(HeadingIds.slug("TITLE Index")).isEqualTo("title-index");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  private static List<Map<String, String>> fixtures() throws IOException {
    try (InputStream in = HeadingIdsTest.class.getResourceAsStream("/markdown/github-slugger/fixtures.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Gson().fromJson(json, new TypeToken<List<Map<String, String>>>() {}.getType());
    }
  }
}
