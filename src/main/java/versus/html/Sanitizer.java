package versus.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
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
   * Makes safe, in place, a document that came from Markdown alone (no raw HTML in the note): flexmark escapes all
   * text and attribute values, so what an author controls there is only where links and images point. Those are held to
   * the same protocols as {@link #clean}; an element the list does not know (which Markdown does not make) sends the
   * whole document through the full cleaner instead. Saves a second parse and copy of every page.
   */
  Document cleanMarkdownOnly(Document doc) {
    for (Element el : doc.body().getAllElements()) {
      if (el == doc.body()) {
        continue;
      }
      if (!list.isSafeTag(el.normalName())) {
        return clean(doc);
      }
      for (org.jsoup.nodes.Attribute a : el.attributes().asList()) {
        String key = a.getKey();
        boolean url = key.equals("href") || key.equals("src") || key.equals("cite");
        if (url && !list.isSafeAttribute(el.normalName(), el, a)) {
          el.removeAttr(key);
        }
      }
      if (el.normalName().equals("input")) {
        el.removeAttr("readonly");
        if (!"checkbox".equalsIgnoreCase(el.attr("type"))) {
          el.remove();
        } else {
          el.attr("disabled", true);
        }
      }
    }
    return doc;
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
