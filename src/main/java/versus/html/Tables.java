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
    java.util.Map<Element, java.util.Map<Element, Element>> wrappers = new java.util.LinkedHashMap<>();
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
      if (parent == null || parent.hasClass("table-scroll")) {
        continue;
      }
      Element wrap = new Element("div").addClass("table-scroll");
      wrap.attr("role", "region").attr("tabindex", "0").attr("aria-label", label(table, n));
      wrappers.computeIfAbsent(parent, p -> new java.util.IdentityHashMap<>()).put(table, wrap);
    }
    // Wrap by rebuilding each parent's children once: moving nodes one at a time makes jsoup renumber every later
    // sibling each time, which is quadratic on a note with thousands of tables.
    for (var entry : wrappers.entrySet()) {
      Element parent = entry.getKey();
      java.util.List<org.jsoup.nodes.Node> children = new java.util.ArrayList<>(parent.childNodes());
      java.util.List<org.jsoup.nodes.Node> rebuilt = new java.util.ArrayList<>(children.size());
      for (org.jsoup.nodes.Node child : children) {
        Element wrap = child instanceof Element e ? entry.getValue().get(e) : null;
        rebuilt.add(wrap != null ? wrap : child);
      }
      parent.empty();
      parent.appendChildren(rebuilt);
      entry.getValue().forEach((table, wrap) -> wrap.appendChild(table));
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
