package versus.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import versus.output.OutputFile;

/**
 * Checks that every internal {@code href}, {@code src} and {@code srcset} URL of a generated site names a file of
 * that site, and every {@code #fragment} an id on the target page. External URLs (with a scheme) are not fetched.
 */
public final class SiteLinkChecker {

  private final Map<String, OutputFile> files = new HashMap<>();
  private final Map<String, Set<String>> ids = new HashMap<>();
  private final String basePath;

  /** @param basePath the site's base path ({@code /} or {@code /repo/}), which root-absolute URLs start with */
  public SiteLinkChecker(List<OutputFile> site, String basePath) {
    for (OutputFile f : site) {
      files.put(f.path(), f);
    }
    this.basePath = basePath;
  }

  /** Every broken link, as {@code page: url (why)}; empty when all resolve. */
  public List<String> brokenLinks() {
    List<String> broken = new ArrayList<>();
    for (OutputFile f : files.values().stream().sorted().toList()) {
      if (!f.path().endsWith(".html")) {
        continue;
      }
      Document doc = Jsoup.parse(f.text());
      for (Element el : doc.select("[href], [src], [srcset]")) {
        List<String> urls = new ArrayList<>();
        if (el.hasAttr("href")) {
          urls.add(el.attr("href"));
        }
        if (el.hasAttr("src")) {
          urls.add(el.attr("src"));
        }
        if (el.hasAttr("srcset")) {
          for (String part : el.attr("srcset").split(",")) {
            urls.add(part.strip().split("\\s+")[0]);
          }
        }
        for (String url : urls) {
          String why = check(f.path(), url);
          if (why != null) {
            broken.add(f.path() + ": " + url + " (" + why + ")");
          }
        }
      }
    }
    return broken;
  }

  private String check(String page, String url) {
    if (url.isEmpty()) {
      return "empty URL";
    }
    if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
      return null;
    }
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? null : url.substring(hash + 1);
    String path = hash < 0 ? url : url.substring(0, hash);
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    String target;
    if (path.isEmpty()) {
      target = page;
    } else {
      String resolved;
      if (path.startsWith("/")) {
        if (!path.startsWith(basePath)) {
          return "outside the base path " + basePath;
        }
        resolved = URI.create("/").resolve(path.substring(basePath.length() - 1)).getPath();
      } else {
        resolved = URI.create("/" + page).resolve(path).getPath();
      }
      if (resolved.startsWith("/..")) {
        return "climbs out of the site";
      }
      target = URLDecoder.decode(resolved.substring(1), StandardCharsets.UTF_8);
      if (target.isEmpty() || target.endsWith("/")) {
        target = target + "index.html";
      }
      if (!files.containsKey(target)) {
        return "no such file " + target;
      }
    }
    if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
      String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
      if (!idsOf(target).contains(id)) {
        return "no element with id '" + id + "' in " + target;
      }
    }
    return null;
  }

  private Set<String> idsOf(String page) {
    return ids.computeIfAbsent(
        page,
        p -> {
          Set<String> out = new HashSet<>();
          for (Element e : Jsoup.parse(files.get(p).text()).select("[id]")) {
            out.add(e.id());
          }
          return out;
        });
  }
}
