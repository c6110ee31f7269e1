package versus.diagram;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import versus.testing.Golden;

/**
 * The default theme documents what the diagram renderer supports with a gallery page made from this package's test
 * gallery, so the page shows exactly what the tests check. The page is a golden file: after changing the gallery, run
 * with {@code -Dgolden.update=true} and commit the page with it.
 */
class GalleryPageTest {

  static final Path PAGE = Path.of("themes", "default", "docs", "diagram-gallery.md");
  private static final Set<String> ACRONYMS = Set.of("ascii", "cjk", "ai");

  @Test
  void themeDocumentationGalleryShowsEveryGalleryDiagram() {
    StringBuilder page = new StringBuilder();
    page.append("---\n")
        .append("title: Diagram gallery\n")
        .append("description: Every kind of drawing the Versus diagram renderer understands, each drawn from the text")
        .append(" under it.\n")
        .append("---\n\n")
        .append("Versus draws a code block as a diagram when it is fenced as `diagram` (or `ascii`, `svgbob`,\n")
        .append("`text-diagram`), or when it has no language and is mostly box-drawing, arrow or ASCII-art\n")
        .append("characters. Boxes are found by their shape, so hand-drawn ones that are a column off still close;\n")
        .append("`versus check` lists every border it had to straighten. Fence a block as `text` to keep it as\n")
        .append("text. Each drawing below has its source behind *View source*.\n\n")
        .append("This page is generated from the renderer's test gallery (`src/test/resources/diagram/gallery`).\n");
    for (String name : Gallery.names()) {
      String text = Gallery.read(Gallery.DIR.resolve("gallery").resolve(name + ".txt"));
      page.append("\n## ").append(title(name)).append("\n\n```diagram\n").append(text);
      if (!text.endsWith("\n")) {
        page.append('\n');
      }
      page.append("```\n");
    }
    Golden.assertMatches(PAGE, page.toString());
  }

  /** {@code 08-ascii-flowchart} becomes {@code ASCII flowchart}. */
  static String title(String name) {
    String[] words = name.substring(name.indexOf('-') + 1).split("-");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (ACRONYMS.contains(w)) {
        w = w.toUpperCase(Locale.ROOT);
      } else if (i == 0) {
        w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
      }
      out.append(i == 0 ? "" : " ").append(w);
    }
    return out.toString();
  }
}
