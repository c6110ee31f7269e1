package versus.build;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.html.PageLinks;
import versus.markdown.Heading;
import versus.markdown.LinkRef;
import versus.model.Page;

/**
 * Reports links an author wrote that lead nowhere: a note or file that does not exist, or a {@code #fragment} that no
 * heading of the target page has. Works on the links the Markdown stage collected with their positions, so each
 * report names the exact {@code file:line:col}; nothing is fetched, and external links are left to {@code check}.
 */
final class LinkCheck {

  static final String RULE = "broken-link";

  private final Map<String, Page> pageBySlug;
  private final Map<String, String> slugByContentPath;
  private final Set<String> staticFiles;
  private final Map<String, Set<String>> idsBySlug = new java.util.HashMap<>();

  LinkCheck(Collection<Page> pages, Map<String, String> slugByContentPath, Set<String> staticFiles) {
    this.pageBySlug = new java.util.HashMap<>();
    for (Page p : pages) {
      pageBySlug.put(p.slug(), p);
      Set<String> ids = new HashSet<>();
      ids.add(p.titleId());
      for (Heading h : p.headings()) {
        ids.add(h.id());
      }
      idsBySlug.put(p.slug(), ids);
    }
    this.slugByContentPath = slugByContentPath;
    this.staticFiles = staticFiles;
  }

  void check(Page from, String noteDir, List<LinkRef> links, DiagnosticSink sink) {
    PageLinks resolver = new PageLinks(from.slug(), noteDir, slugByContentPath, staticFiles);
    for (LinkRef link : links) {
      String url = link.url().strip();
      if (url.isEmpty() || url.startsWith("//") || hasScheme(url)) {
        continue;
      }
      int hash = url.indexOf('#');
      String fragment = hash < 0 ? "" : decode(url.substring(hash + 1));
      String path = hash < 0 ? url : url.substring(0, hash);
      int q = path.indexOf('?');
      if (q >= 0) {
        path = path.substring(0, q);
      }
      String targetSlug = from.slug();
      if (!path.isEmpty()) {
        Optional<String> target = resolver.resolve(path);
        if (target.isEmpty()) {
          sink.report(Diagnostic.warning(link.pos(), RULE, "'" + url + "' climbs out of content/; link inside it"));
          continue;
        }
        String t = target.get();
        String slug = slugByContentPath.get(t);
        if (slug == null && pageBySlug.containsKey(stripSlash(t))) {
          slug = stripSlash(t);
        }
        if (slug == null) {
          if (!staticFiles.contains(t) && !t.isEmpty()) {
            sink.report(
                Diagnostic.warning(
                    link.pos(), RULE, "'" + url + "' points to content/" + t + ", which does not exist"));
          }
          continue;
        }
        targetSlug = slug;
      }
      if (!fragment.isEmpty() && !link.image()) {
        Set<String> ids = idsBySlug.getOrDefault(targetSlug, Set.of());
        if (!ids.contains(fragment)) {
          String where = targetSlug.equals(from.slug()) ? "this page" : pageBySlug.get(targetSlug).sourcePath();
          sink.report(
              Diagnostic.warning(
                  link.pos(),
                  RULE,
                  "'#" + fragment + "' matches no heading in " + where + suggestion(fragment, ids)));
        }
      }
    }
  }

  private static String suggestion(String wanted, Set<String> ids) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : ids.stream().sorted().toList()) {
      int d = distance(wanted, id);
      if (d < bestDistance) {
        bestDistance = d;
        best = id;
      }
    }
    if (best == null) {
      return "";
    }
    return bestDistance <= Math.max(2, wanted.length() / 3)
        ? "; did you mean '#" + best + "'?"
        : "; its headings are " + String.join(", ", ids.stream().sorted().limit(8).map(i -> "#" + i).toList());
  }

  /** Levenshtein distance, for "did you mean". */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static boolean hasScheme(String url) {
    return url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
