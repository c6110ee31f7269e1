package versus.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our pre-check in front of flexmark's autolink extension must never change what it links. */
class AutolinksTest {

  private static final Renderer FLEXMARK = new Renderer(AutolinkExtension.create());
  private static final Renderer OURS = new Renderer(Autolinks.extension());

  @Test
  void linksEveryKindOfAddressAsTheExtensionDoes() {
    List<String> cases =
        List.of(
            "See https://example.com/a?b=c for more.",
            "Bare scheme: ftp:// alone",
            "Mail ops@example.com today",
            "Visit www.example.com or WWW.EXAMPLE.COM or Www.example.org.",
            "escaped https\\://example.com and http:\\/\\/example.com",
            "entity user&#64;example.com and http&#58;//example.com and &lt;www.example.com&gt;",
            "in `code https://example.com` and *emphasis https://example.com*",
            "[already a link](https://example.com) and <https://example.com>",
            "| a | https://example.com |\n|---|---|\n| b@c.de | www.x.org |",
            "colon: not a link, nor a.b, nor w.w.w, nor ww.example.com",
            "trailing www.",
            "   ");
    for (String markdown : cases) {
      assertThat(OURS.html(markdown)).as(markdown).isEqualTo(FLEXMARK.html(markdown));
    }
    assertThat(OURS.html("Go to www.example.com")).contains("<a href=\"http://www.example.com\">");
  }

  @Test
  void equalsTheExtensionOnRandomText() {
    String[] pieces = {
      "w", "W", "ww", "www", ".", ":", "/", "//", "@", "\\", "&", "&#64;", "&amp;", "#", " ", "\n", "http", "s",
      "example", "com", "mailto:", "x", "-", "_", "*", "`", "<", ">", "[", "]", "(", ")", "|", "1", "é"
    };
    Random random = new Random(20261125);
    for (int i = 0; i < 3000; i++) {
      StringBuilder markdown = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int j = 0; j < length; j++) {
        markdown.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = markdown.toString();
      assertThat(OURS.html(text)).as(text).isEqualTo(FLEXMARK.html(text));
    }
  }

  @Test
  void preCheckIsFalseOnlyWithoutAnyLinkMark() {
    assertThat(Autolinks.mayHoldLink("plain prose, with: colons and dots.")).isFalse();
    assertThat(Autolinks.mayHoldLink("a://b")).isTrue();
    assertThat(Autolinks.mayHoldLink("a@b")).isTrue();
    assertThat(Autolinks.mayHoldLink("wWw.b")).isTrue();
    assertThat(Autolinks.mayHoldLink("a\\:b")).isTrue();
    assertThat(Autolinks.mayHoldLink("a&#58;b")).isTrue();
    assertThat(Autolinks.mayHoldLink("ww.b")).isFalse();
  }

  private static final class Renderer {
    private final Parser parser;
    private final HtmlRenderer html;

    Renderer(Parser.ParserExtension autolinks) {
      MutableDataSet options = new MutableDataSet();
      options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), autolinks));
      parser = Parser.builder(options).build();
      html = HtmlRenderer.builder(options).build();
    }

    String html(String markdown) {
      return html.render(parser.parse(markdown));
    }
  }
}
