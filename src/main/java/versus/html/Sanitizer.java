package versus.html;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.safety.Safelist;

/**
 * What raw HTML in a note may contain: text structure, links, images, tables, figures, details — no scripts, no
 * styles, no event handlers, no {@code javascript:} or {@code data:} URLs, no forms, frames or embeds. The list is
 * written out here in full rather than derived from jsoup's presets, because the presets allow attributes that HTML5
 * made obsolete ({@code width} on cells, {@code summary} on tables), which the validator rejects.
 */
final class Sanitizer {

  private static final String[] BLOCK_AND_TEXT = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr"
  };

  private final Cleaner cleaner;
  private final Safelist list;

  Sanitizer() {
    Safelist list =
        new Safelist()
            .addTags(BLOCK_AND_TEXT)
            .addAttributes(":all", "class", "title", "lang", "dir")
            .addAttributes("a", "href", "aria-label")
            .addAttributes("abbr", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("q", "cite")
            .addAttributes("del", "cite", "datetime")
            .addAttributes("ins", "cite", "datetime")
            .addAttributes("time", "datetime")
            .addAttributes("details", "open")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("ol", "start", "reversed", "type")
            .addAttributes("td", "colspan", "rowspan", "align")
            .addAttributes("th", "colspan", "rowspan", "scope", "align")
            .addAttributes("col", "span")
            .addAttributes("colgroup", "span")
            .addAttributes("div", MarkdownFragments.ATTR)
            .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https")
            .addProtocols("del", "cite", "http", "https")
            .addProtocols("ins", "cite", "http", "https")
            .preserveRelativeLinks(true);
    for (int level = 1; level <= 6; level++) {
      list.addAttributes("h" + level, "id");
    }
    this.cleaner = new Cleaner(list);
    this.list = list;
  }

  /**
   * Makes safe a document that came from Markdown alone (no raw HTML in the note), in place when it can: flexmark
   * escapes all text and attribute values, so such a page normally holds only tags and attributes the list allows. The
   * walk below proves that rather than trusting it: any comment, data node (script or style text), unknown tag or
   * attribute, or address with a protocol the list refuses sends the whole document through the full cleaner. Saves a
   * second parse and copy of nearly every page.
   */
  Document cleanMarkdownOnly(Document doc) {
    // jsoup's traversal is iterative, not recursive: a note may nest lists thousands deep.
    Element body = doc.body();
    NodeFilter firstUnsafe =
        (node, depth) -> node == body || safeAsIs(node) ? NodeFilter.FilterResult.CONTINUE : NodeFilter.FilterResult.STOP;
    if (NodeTraversor.filter(firstUnsafe, body) == NodeFilter.FilterResult.STOP) {
      return clean(doc);
    }
    for (Element input : doc.body().select("input")) {
      input.attr("disabled", true);
    }
    return doc;
  }

  /** Whether one node, on its own, is something the full cleaner would keep unchanged. */
  private boolean safeAsIs(Node node) {
    if (node instanceof TextNode) {
      return true;
    }
    if (!(node instanceof Element el)) {
      return false; // comments, data nodes, document types: the cleaner drops them
    }
    if (!list.isSafeTag(el.normalName())) {
      return false;
    }
    for (Attribute a : el.attributes().asList()) {
      if (!list.isSafeAttribute(el.normalName(), el, a)) {
        return false;
      }
    }
    return !el.normalName().equals("input") || "checkbox".equalsIgnoreCase(el.attr("type"));
  }

  /** A new document holding only what the list allows of {@code dirty}'s body. */
  Document clean(Document dirty) {
    Document clean = cleaner.clean(dirty);
    // Checkboxes are the only input Markdown makes (task lists); anything else an author typed goes.
    for (Element input : clean.select("input")) {
      if (!"checkbox".equalsIgnoreCase(input.attr("type"))) {
        input.remove();
      } else {
        input.attr("disabled", true);
      }
    }
    return clean;
  }
}
