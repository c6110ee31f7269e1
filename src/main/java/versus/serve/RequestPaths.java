package versus.serve;

import java.net.URI;
import java.util.Locale;

/**
 * Turns a request URI into a path of the in-memory site, refusing anything that tries to climb out or hide what it
 * names: {@code ..} segments, encoded slashes and backslashes, NUL, and backslashes. Folders map to their index.html.
 */
final class RequestPaths {

  private RequestPaths() {}

  /** The site file the request names ({@code ecs/index.html}), or null when it is refused. */
  static String sitePath(URI uri) {
    String raw = uri.getRawPath();
    if (raw == null || !raw.startsWith("/")) {
      return null;
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || raw.contains("\\")) {
      return null;
    }
    String path;
    try {
      path = uri.getPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (path == null || path.indexOf('\0') >= 0) {
      return null;
    }
    String rel = path.substring(1);
    for (String segment : rel.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return null;
      }
    }
    if (rel.isEmpty() || rel.endsWith("/")) {
      return rel + "index.html";
    }
    return rel;
  }
}
