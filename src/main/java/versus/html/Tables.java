package versus.html;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tables that read well everywhere: column headers scoped, alignment as classes (the {@code align} attribute is
 * obsolete in HTML5), and each table in a focusable, labelled region that scrolls sideways on narrow screens instead of
 * widening the page.
 */
final class Tables {

  private Tables() {}

  static void tidy(Document doc) {
    int n = 0;
    for (Element table : doc.select("table")) {
      n++;
      for (Element cell : table.select("th, td")) {
        String align = cell.attr("align").toLowerCase(Locale.ROOT);
        cell.removeAttr("align");
        if (align.equals("left") || align.equals("center") || align.equals("right")) {
          cell.addClass("align-" + align);
        }
      }
      for (Element th : table.select("thead th")) {
        if (!th.hasAttr("scope")) {
          th.attr("scope", "col");
        }
      }
      Element parent = table.parent();
      if (parent != null && parent.hasClass("table-scroll")) {
        continue;
      }
      Element wrap = new Element("div").addClass("table-scroll");
      wrap.attr("role", "region").attr("tabindex", "0").attr("aria-label", label(table, n));
      table.before(wrap);
      wrap.appendChild(table);
    }
  }

  private static String label(Element table, int n) {
    Element caption = table.selectFirst("caption");
    if (caption != null && !caption.text().isBlank()) {
      return caption.text().strip();
    }
    StringBuilder heads = new StringBuilder();
    for (Element th : table.select("thead th")) {
      String t = th.text().strip();
      if (!t.isEmpty()) {
        heads.append(heads.length() == 0 ? "" : ", ").append(t);
      }
      if (heads.length() > 80) {
        break;
      }
    }
    return heads.length() == 0 ? "Table " + n : "Table " + n + ": " + heads;
  }
}
