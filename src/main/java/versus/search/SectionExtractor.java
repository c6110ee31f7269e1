package versus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import versus.model.Page;

/**
 * Cuts a page's sanitized body into heading sections. It reads the rendered HTML (not the Markdown), so what is
 * searched is what readers see: table cells, code and the {@code <text>} labels of inline SVG diagrams included,
 * heading anchor links ({@code #}) left out.
 */
final class SectionExtractor {

  /** Elements that do not break a word: text on either side of them runs together. */
  private static final Set<String> INLINE =
      Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark",
          "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "tspan");

  private SectionExtractor() {}

  static List<Section> sections(Page page) {
    Document doc = Jsoup.parseBodyFragment(page.body());
    Walker walker = new Walker(page.titleId());
    doc.body().traverse(walker);
    walker.finish();
    return walker.sections();
  }

  private static final class Walker implements NodeVisitor {
    private final List<Section> sections = new ArrayList<>();
    private Section lastEmpty;
    /** Heading texts by level (index 1–6) of the headings enclosing the current position. */
    private final String[] open = new String[7];
    private String anchor;
    private List<String> trail = List.of();
    private StringBuilder text = new StringBuilder();
    /** Depth below an element whose text is not section text (a heading or a heading anchor link), or 0. */
    private int skipDepth;

    Walker(String titleId) {
      this.anchor = titleId;
    }

    @Override
    public void head(Node node, int d) {
      if (skipDepth > 0) {
        return;
      }
      if (node instanceof TextNode t) {
        text.append(t.getWholeText());
      } else if (node instanceof Element e) {
        int level = headingLevel(e);
        if (level > 0 && !e.id().isEmpty()) {
          startSection(level, e);
          skipDepth = d;
        } else if (e.tagName().equals("a") && e.hasClass("heading-anchor")) {
          skipDepth = d;
        } else if (!INLINE.contains(e.normalName())) {
          text.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int d) {
      if (skipDepth > 0) {
        if (d == skipDepth) {
          skipDepth = 0;
        }
        return;
      }
      if (node instanceof Element e && !INLINE.contains(e.normalName())) {
        text.append(' ');
      }
    }

    private void startSection(int level, Element heading) {
      finish();
      String title = heading.text().strip();
      open[level] = title;
      for (int i = level + 1; i < open.length; i++) {
        open[i] = null;
      }
      List<String> t = new ArrayList<>();
      for (int i = 1; i <= level; i++) {
        if (open[i] != null && !open[i].isEmpty()) {
          t.add(open[i]);
        }
      }
      anchor = heading.id();
      trail = t;
      text = new StringBuilder();
    }

    /**
     * Closes the current section. A heading with no text of its own before the next heading is left out (it is in
     * the trail of the sections below it), unless it is the page's only section.
     */
    void finish() {
      String body = normalizeSpace(text);
      if (!body.isEmpty()) {
        sections.add(new Section(anchor, trail, body));
      } else if (!trail.isEmpty()) {
        lastEmpty = new Section(anchor, trail, body);
      }
      text = new StringBuilder();
    }

    List<Section> sections() {
      if (sections.isEmpty()) {
        return List.of(lastEmpty != null ? lastEmpty : new Section(anchor, List.of(), ""));
      }
      return sections;
    }

    private static int headingLevel(Element e) {
      String n = e.normalName();
      if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6') {
        return n.charAt(1) - '0';
      }
      return 0;
    }
  }

  static String normalizeSpace(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
