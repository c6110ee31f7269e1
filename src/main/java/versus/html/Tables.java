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
      if (firstColumnNamesRows(table)) {
        for (Element row : table.select("tbody tr")) {
          Element first = row.child(0);
          first.tagName("th").attr("scope", "row");
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

  /**
   * A comparison table's first column names what each row is about ({@code | Feature | ECS | EKS |}): it has a header
   * above it, and its cells are all filled, short, different from each other, and not numbers.
   */
  static boolean firstColumnNamesRows(Element table) {
    if (table.selectFirst("thead th") == null) {
      return false;
    }
    var rows = table.select("tbody tr");
    if (rows.isEmpty() || table.selectFirst("thead tr").childrenSize() < 2) {
      return false;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Element row : rows) {
      if (row.childrenSize() == 0 || !row.child(0).is("td")) {
        return false;
      }
      String text = row.child(0).text().strip();
      if (text.isEmpty() || text.length() > 80 || text.matches("[-+]?[\\d.,%$€£ ]+") || !seen.add(text)) {
        return false;
      }
    }
    return true;
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
