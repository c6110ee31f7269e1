package versus.html;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import versus.markdown.RenderedNote;

/**
 * The HTML stage: sanitizes a rendered note body, then tidies it for the reader in a few passes — figures and images,
 * tables, links — and puts the trusted fragments in place. One jsoup parse per page; the Safelist is built once and
 * shared, so one instance serves a whole build from any number of threads.
 */
public final class HtmlProcessor {

  private final Sanitizer sanitizer = new Sanitizer();

  /** The clean body HTML of {@code note}, with links rewritten for the page described by {@code links}. */
  public String process(RenderedNote note, PageLinks links) {
    // The base URI only lets the cleaner judge relative links; it never reaches the output.
    Document dirty = Jsoup.parseBodyFragment(note.html(), "https://versus.invalid/");
    Document doc = note.facts().html().isEmpty() ? sanitizer.cleanMarkdownOnly(dirty) : sanitizer.clean(dirty);
    doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
    Figures.tidy(doc);
    Tables.tidy(doc);
    rewriteLinks(doc, links);
    return MarkdownFragments.insert(doc.body().html(), note.fragments());
  }

  private static void rewriteLinks(Document doc, PageLinks links) {
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      String rewritten = links.rewrite(href);
      if (!rewritten.equals(href)) {
        a.attr("href", rewritten);
      }
      if (PageLinks.hasScheme(rewritten) && rewritten.toLowerCase(Locale.ROOT).startsWith("http")) {
        a.addClass("external");
      }
    }
    for (Element img : doc.select("img[src]")) {
      img.attr("src", links.rewrite(img.attr("src")));
    }
  }
}
