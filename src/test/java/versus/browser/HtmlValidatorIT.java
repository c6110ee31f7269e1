package versus.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import versus.testing.BuiltSite;

/** The Nu HTML Checker, offline and in-process, on every page of the site in both themes: no errors allowed. */
class HtmlValidatorIT {

  @ParameterizedTest
  @ValueSource(strings = {"default", "paper"})
  void everyPageIsValidHtml(String theme) throws Exception {
    BuiltSite site = BuiltSite.build(theme);
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    List<String> errors = new ArrayList<>();
    int pages = 0;
    for (String page : site.pages()) {
      pages++;
      JsonObject report = JsonParser.parseString(validator.validate(site.dir().resolve(page))).getAsJsonObject();
      for (JsonElement m : report.getAsJsonArray("messages")) {
        JsonObject msg = m.getAsJsonObject();
        String type = msg.get("type").getAsString();
        boolean error = type.equals("error") || (msg.has("subType") && msg.get("subType").getAsString().equals("fatal"));
        if (error) {
          errors.add(
              theme + " " + page + ":" + (msg.has("lastLine") ? msg.get("lastLine").getAsInt() : 0) + ": "
                  + msg.get("message").getAsString());
        }
      }
    }
    assertThat(pages).isGreaterThanOrEqualTo(7);
    assertThat(errors).isEmpty();
  }
}
