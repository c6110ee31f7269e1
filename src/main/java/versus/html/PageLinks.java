package versus.html;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the links an author wrote in one note into relative site URLs, so the site works at a domain root, under a
 * GitHub Pages project path and from disk: {@code other.md#x} becomes {@code ../other/#x}, {@code img/a.png} becomes
 * the copied file's path relative to the page, and {@code /guide/} is taken from the site root.
 *
 * @param pageSlug the slug of the page the links are on ({@code ecs} or {@code dir/ecs}; empty for the home page)
 * @param noteDir the folder of the note below content/ ({@code ""} or {@code dir})
 * @param slugByContentPath the slug of every note, by its path below content/
 * @param staticFiles the paths below content/ of every static file that is copied to the site
 */
public record PageLinks(
    String pageSlug, String noteDir, Map<String, String> slugByContentPath, Set<String> staticFiles) {

  /**
   * The maps are shared by every page of a build and must not change while it runs; they are not copied, because a
   * copy per page would make a build's cost grow with the square of its notes.
   */
  public PageLinks {
    Objects.requireNonNull(pageSlug);
    Objects.requireNonNull(noteDir);
    Objects.requireNonNull(slugByContentPath);
    Objects.requireNonNull(staticFiles);
  }

  /** {@code ../} once per folder level of the page: the way from the page to the site root. */
  public String root() {
    return rootOf(pageSlug);
  }

  /** The way from the page of {@code slug} to the site root. */
  public static String rootOf(String slug) {
    if (slug.isEmpty()) {
      return "";
    }
    int depth = 1;
    for (int i = 0; i < slug.length(); i++) {
      if (slug.charAt(i) == '/') {
        depth++;
      }
    }
    return "../".repeat(depth);
  }

  /** What an author's {@code href} or {@code src} becomes on this page; unknown targets are left as written. */
  public String rewrite(String href) {
    if (href.isEmpty() || href.startsWith("#") || href.startsWith("//") || hasScheme(href)) {
      return href;
    }
    int hash = href.indexOf('#');
    String fragment = hash < 0 ? "" : href.substring(hash);
    String pathAndQuery = hash < 0 ? href : href.substring(0, hash);
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    String query = q < 0 ? "" : pathAndQuery.substring(q);
    if (path.isEmpty()) {
      return href;
    }
    Optional<String> target = resolve(path);
    if (target.isEmpty()) {
      return href;
    }
    String t = target.get();
    String slug = slugByContentPath.get(t);
    if (slug != null) {
      return root() + encodePath(slug) + "/" + query + fragment;
    }
    if (staticFiles.contains(t)) {
      return root() + encodePath(t) + query + fragment;
    }
    if (path.startsWith("/")) {
      // A site-root path to something that is not a note or file (a generated page such as /compare/).
      return root() + encodePath(t) + (path.endsWith("/") && !t.isEmpty() ? "/" : "") + query + fragment;
    }
    return href;
  }

  /**
   * {@code path} with its %-escapes decoded ({@code +} stays a plus, as in a path). An author's stray {@code %} that
   * starts no escape ({@code 50%.png}, {@code a%zz}) is kept as written rather than failing the page.
   */
  static String decodePath(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }

  /**
   * The path below content/ that a relative or site-root path names, or empty when it climbs out of the content
   * folder.
   */
  public Optional<String> resolve(String path) {
    String decoded = decodePath(path);
    Deque<String> parts = new ArrayDeque<>();
    if (!decoded.startsWith("/") && !noteDir.isEmpty()) {
      for (String p : noteDir.split("/")) {
        parts.addLast(p);
      }
    }
    for (String p : decoded.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return Optional.of(String.join("/", parts));
  }

  static boolean hasScheme(String href) {
    int colon = href.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    for (int i = 0; i < colon; i++) {
      char c = href.charAt(i);
      boolean ok = Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.';
      if (!ok || (i == 0 && !Character.isLetter(c))) {
        return false;
      }
    }
    return true;
  }

  /** Percent-encodes each segment of a path the way a URL needs it (spaces, #, ?, non-ASCII). */
  public static String encodePath(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString().replace("#", "%23").replace("?", "%3F");
    } catch (java.net.URISyntaxException e) {
      return path;
    }
  }
}
