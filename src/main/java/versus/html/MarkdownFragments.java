package versus.html;

import java.util.Map;
import versus.markdown.RenderedNote;

/**
 * Puts the trusted fragments (diagram SVG) in place of their placeholders in the serialized, sanitized HTML. It works
 * on the string rather than the DOM so that SVG is not reparsed as HTML (which would lower-case {@code viewBox}).
 */
final class MarkdownFragments {

  static final String ATTR = RenderedNote.FRAGMENT_ATTR;

  private MarkdownFragments() {}

  static String insert(String html, Map<String, String> fragments) {
    if (!html.contains(ATTR)) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 4096);
    String open = "<div " + ATTR + "=\"";
    String close = "\"></div>";
    int from = 0;
    while (true) {
      int at = html.indexOf(open, from);
      if (at < 0) {
        break;
      }
      int keyEnd = html.indexOf(close, at + open.length());
      if (keyEnd < 0) {
        break;
      }
      out.append(html, from, at);
      String fragment = fragments.get(html.substring(at + open.length(), keyEnd));
      if (fragment != null) {
        out.append(fragment);
      }
      from = keyEnd + close.length();
    }
    return out.append(html, from, html.length()).toString();
  }
}
