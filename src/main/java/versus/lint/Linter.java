package versus.lint;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.SourcePos;
import versus.markdown.ChatResidue;
import versus.markdown.LinkRef;
import versus.markdown.NoteFacts;
import versus.markdown.RenderedNote;

/**
 * The lint rules that look at one note's facts (headings, images, raw HTML, paragraphs, links). Stateless and
 * thread-safe. Messages say what is wrong and what to do.
 */
public final class Linter {

  private static final Set<String> VOID_ELEMENTS =
      Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern LOCAL_HOST =
      Pattern.compile("(?i)^http://(localhost|127\\.[0-9.]+|\\[::1]|[^/]*\\.(local|test|localhost|internal|lan))(:\\d+)?(/.*)?$");

  public void lint(RenderedNote note, DiagnosticSink sink) {
    NoteFacts facts = note.facts();
    headings(facts, sink);
    images(facts, sink);
    html(facts, sink);
    for (NoteFacts.ParagraphFact p : facts.paragraphs()) {
      if (ChatResidue.isResidue(p.text())) {
        sink.report(
            warn(p.pos(), Rule.CHAT_RESIDUE, "'" + shorten(p.text()) + "' reads like a chat assistant's sign-off,"
                + " not part of the note; delete it (versus fix --rules chat-residue does)"));
      }
    }
    for (LinkRef link : note.links()) {
      if (!link.image() && link.url().regionMatches(true, 0, "http://", 0, 7) && !LOCAL_HOST.matcher(link.url()).matches()) {
        sink.report(
            warn(link.pos(), Rule.HTTP_LINK, "link uses plain http://; use https:// if the site offers it"));
      }
    }
  }

  private static void headings(NoteFacts facts, DiagnosticSink sink) {
    Map<String, SourcePos> seen = new HashMap<>();
    int previous = 0;
    for (NoteFacts.HeadingFact h : facts.headings()) {
      if (h.text().isEmpty()) {
        sink.report(warn(h.pos(), Rule.HEADING_EMPTY, "heading has no text; write one or remove the '#'"));
      } else {
        SourcePos first = seen.putIfAbsent(h.text().toLowerCase(Locale.ROOT), h.pos());
        if (first != null) {
          sink.report(
              warn(h.pos(), Rule.HEADING_DUPLICATE,
                  "heading '" + h.text() + "' repeats the one on line " + first.line() + "; its link gets a -1 suffix"));
        }
      }
      if (previous > 0 && h.level() > previous + 1) {
        sink.report(
            warn(h.pos(), Rule.HEADING_SKIP,
                "heading level " + h.level() + " follows level " + previous + "; use " + "#".repeat(previous + 1)));
      }
      if (h.wrappedInEmphasis()) {
        sink.report(
            warn(h.pos(), Rule.BOLD_HEADING,
                "heading is wrapped in ** or *; headings are bold already, remove them (versus fix --rules bold-heading)"));
      }
      previous = h.level();
    }
  }

  private static void images(NoteFacts facts, DiagnosticSink sink) {
    for (NoteFacts.ImageFact img : facts.images()) {
      imageRules(img.url(), img.alt(), img.pos(), sink);
    }
    for (NoteFacts.HtmlFact h : facts.html()) {
      String lower = h.html().toLowerCase(Locale.ROOT);
      int at = lower.indexOf("<img");
      // jsoup keeps document order, so the n-th parsed image is the n-th "<img" of the source.
      for (Element img : at < 0 ? java.util.List.<Element>of() : Jsoup.parseBodyFragment(h.html()).select("img")) {
        if (at < 0) {
          break;
        }
        imageRules(img.attr("src"), img.attr("alt").strip(), offset(h.pos(), h.html(), at), sink);
        at = lower.indexOf("<img", at + 4);
      }
    }
  }

  private static void imageRules(String url, String alt, SourcePos pos, DiagnosticSink sink) {
    if (alt.isEmpty()) {
      sink.report(
          warn(pos, Rule.MISSING_ALT, "image has no text alternative; describe it in the [brackets] or alt=\"…\""));
    }
    if (url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8)) {
      sink.report(
          warn(pos, Rule.REMOTE_IMAGE,
              "image is loaded from another site and is missing offline; copy it into content/ and link it there"));
    }
  }

  private static void html(NoteFacts facts, DiagnosticSink sink) {
    Deque<Open> open = new ArrayDeque<>();
    for (NoteFacts.HtmlFact h : facts.html()) {
      String text = COMMENT.matcher(h.html()).replaceAll(m -> " ".repeat(m.group().length()));
      Matcher m = TAG.matcher(text);
      while (m.find()) {
        String name = m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(1).isEmpty()) {
          if (name.equals("figcaption")) {
            int close = text.toLowerCase(Locale.ROOT).indexOf("</figcaption", m.end());
            if (close >= 0 && Jsoup.parseBodyFragment(text.substring(m.end(), close)).text().isBlank()
                && !text.substring(m.end(), close).toLowerCase(Locale.ROOT).contains("<img")) {
              sink.report(
                  warn(offset(h.pos(), h.html(), m.start()), Rule.EMPTY_FIGCAPTION,
                      "empty <figcaption>; write a caption or remove it"));
            }
          }
          if (!VOID_ELEMENTS.contains(name) && m.group(4).isEmpty()) {
            open.push(new Open(name, offset(h.pos(), h.html(), m.start())));
          }
        } else {
          // Close the nearest matching tag; anything opened after it and not closed is reported.
          if (open.stream().anyMatch(o -> o.name.equals(name))) {
            while (!open.isEmpty()) {
              Open o = open.pop();
              if (o.name.equals(name)) {
                break;
              }
              unclosed(o, sink);
            }
          }
        }
      }
    }
    while (!open.isEmpty()) {
      unclosed(open.removeLast(), sink);
    }
  }

  private record Open(String name, SourcePos pos) {}

  private static void unclosed(Open o, DiagnosticSink sink) {
    sink.report(warn(o.pos, Rule.UNCLOSED_HTML, "<" + o.name + "> is never closed; add </" + o.name + ">"));
  }

  /** The position {@code index} characters into {@code text}, which starts at {@code start}. */
  static SourcePos offset(SourcePos start, String text, int index) {
    int line = start.line();
    int column = start.column();
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(text.charAt(i))) {
        column++;
      }
    }
    return SourcePos.of(start.file(), line, column);
  }

  private static Diagnostic warn(SourcePos pos, Rule rule, String message) {
    return new Diagnostic(rule.severity(), pos, rule.id(), message);
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }
}
