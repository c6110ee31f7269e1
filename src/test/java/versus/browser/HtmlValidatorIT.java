package versus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import versus.testing.BuiltSite;
import versus.testing.TestSite;

/** The Nu HTML Checker, offline and in-process, on every page of the site in both themes: no errors allowed. */
class HtmlValidatorIT {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"default", "paper"})
  void everyPageIsValidHtml(String theme) throws Exception {
    BuiltSite site = BuiltSite.build(theme);
    List<String> errors = new ArrayList<>();
    int pages = 0;
    for (String page : site.pages()) {
      pages++;
      errors.addAll(errors(theme + " " + page, site.dir().resolve(page)));
    }
    assertThat(pages).isGreaterThanOrEqualTo(7);
    assertThat(errors).isEmpty();
  }

  /**
   * What only a large site shows: a subject page split in numbered pages with its pager, matrix cells that send the
   * reader to the subject page for the rest, and the list of subjects the matrix has no column for.
   */
  @Test
  void theComparisonsLargeSiteMarkupIsValidHtml() throws Exception {
    StringBuilder big = new StringBuilder("# Specs\n\n| Feature |");
    for (int s = 1; s <= 55; s++) {
      big.append(" Model ").append(s).append(" |");
    }
    big.append("\n|---|").append("---|".repeat(55)).append('\n');
    for (int i = 1; i <= 120; i++) {
      big.append(String.format("| Spec %03d |", i)).append(" value |".repeat(55)).append('\n');
    }
    TestSite site = TestSite.with("content/specs.md", big.toString());
    for (int i = 1; i <= 22; i++) {
      site = site.and(String.format("content/n%02d.md", i), "# Note " + i
          + "\n\n| Feature | Model 1 | Model 2 |\n|---|---|---|\n| Speed | fast " + i + " | slow " + i + " |\n");
    }
    Path out = dir.resolve("out");
    TestSite.Built built = site.buildIn(dir.resolve("project"));
    assertThat(built.result().failed()).as(built.messages().toString()).isFalse();
    List<String> errors = new ArrayList<>();
    for (String page : List.of("compare/index.html", "compare/model-1/index.html", "compare/model-1/2/index.html")) {
      Path file = out.resolve(page);
      Files.createDirectories(file.getParent());
      Files.writeString(file, built.file(page));
      String html = built.file(page);
      assertThat(html).as(page).containsAnyOf("nav class=\"pager\"", "v-compare-others");
      errors.addAll(errors(page, file));
    }
    assertThat(built.file("compare/index.html")).contains("cell-rest");
    assertThat(errors).isEmpty();
  }

  private static List<String> errors(String name, Path file) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    List<String> errors = new ArrayList<>();
    JsonObject report = JsonParser.parseString(validator.validate(file)).getAsJsonObject();
    for (JsonElement m : report.getAsJsonArray("messages")) {
      JsonObject msg = m.getAsJsonObject();
      String type = msg.get("type").getAsString();
      boolean error = type.equals("error") || (msg.has("subType") && msg.get("subType").getAsString().equals("fatal"));
      if (error) {
        errors.add(name + ":" + (msg.has("lastLine") ? msg.get("lastLine").getAsInt() : 0) + ": "
            + msg.get("message").getAsString());
      }
    }
    return errors;
  }
}
