package versus.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Figures and images as readers and screen readers need them: no empty captions, every image lazy and with a
 * non-empty text alternative (caption, title, or what its file is called), and remote images marked so the theme can
 * show a placeholder when they cannot load.
 */
final class Figures {

  private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";

  private Figures() {}

  static void tidy(Document doc) {
    for (Element caption : doc.select("figcaption")) {
      if (caption.text().isBlank() && caption.select("img").isEmpty()) {
        caption.remove();
      }
    }
    for (Element img : doc.select("img")) {
      img.attr("loading", "lazy").attr("decoding", "async");
      if (img.attr("alt").isBlank()) {
        img.attr("alt", altFor(img));
      }
      String src = img.attr("src");
      if (src.startsWith("http://") || src.startsWith("https://")) {
        // Their size is unknown until they load, and offline they never do: the theme gives them a fixed frame by
        // kind, so the page does not move either way.
        img.addClass("remote").addClass(standsAlone(img) ? "remote-block" : "remote-inline");
      }
    }
  }

  /** An image in a figure, or alone in its paragraph and not a link: shown as a block, not inline with text. */
  static boolean standsAlone(Element img) {
    if (img.closest("figure") != null) {
      return true;
    }
    Element parent = img.parent();
    return parent != null
        && parent.is("p")
        && parent.childrenSize() == 1
        && parent.ownText().isBlank();
  }

  private static String altFor(Element img) {
    Element figure = img.closest("figure");
    if (figure != null) {
      Element caption = figure.selectFirst("figcaption");
      if (caption != null && !caption.text().isBlank()) {
        return caption.text().strip();
      }
    }
    if (!img.attr("title").isBlank()) {
      return img.attr("title").strip();
    }
    String label = fileLabel(img.attr("src"));
    if (!label.isEmpty()) {
      return label;
    }
    Element heading = nearestHeading(img);
    return heading == null ? "Image" : "Image in section: " + heading.text().strip();
  }

  /** The heading that precedes {@code el} in document order, if any. */
  private static Element nearestHeading(Element el) {
    // Looks back a bounded distance: an image far from any heading gets a plain label rather than a long walk.
    int budget = 500;
    for (Element e = el; e != null && budget > 0; e = e.parent()) {
      for (Element s = e.previousElementSibling(); s != null && budget-- > 0; s = s.previousElementSibling()) {
        if (s.is(HEADINGS)) {
          return s;
        }
        Element last = s.select(HEADINGS).last();
        if (last != null) {
          return last;
        }
      }
    }
    return null;
  }

  /**
   * {@code https://x/a/ecs-task_flow.png?x=1} becomes {@code ecs task flow}; a name that says nothing ({@code image},
   * {@code IMG_1234}, a hash) becomes empty.
   */
  static String fileLabel(String src) {
    String path = src;
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    String name = PageLinks.decodePath(path);
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    String label = name.replaceAll("[-_.%]+", " ").strip();
    boolean meaningless =
        label.matches("(?i)(img|image|screenshot|screen shot|photo|picture|pic|untitled|download)?[ \\d]*")
            || label.matches("(?i)[0-9a-f ]{8,}")
            || label.codePoints().filter(Character::isLetter).count() < 3;
    return meaningless ? "" : label;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
