package versus.build;

import java.util.ArrayList;
import java.util.List;
import versus.html.PageLinks;
import versus.model.Page;
import versus.model.Site;
import versus.output.OutputFile;

/** The files every published site needs besides its pages: sitemap, robots.txt and the GitHub Pages switch. */
final class SiteFiles {

  private SiteFiles() {}

  /** The files, with {@code extraUrls} (pages besides the notes', relative to the root) in the sitemap. */
  static List<OutputFile> of(Site site, List<String> extraUrls) {
    List<OutputFile> out = new ArrayList<>();
    // Without it, GitHub Pages runs Jekyll over the site, which drops files and folders starting with _ or .
    out.add(OutputFile.text(".nojekyll", ""));
    out.add(OutputFile.text("sitemap.xml", sitemap(site, extraUrls)));
    out.add(OutputFile.text("robots.txt", robots(site)));
    return out;
  }

  private static String sitemap(Site site, List<String> extraUrls) {
    String base = site.config().baseUrl().orElse("");
    List<String> urls = new ArrayList<>();
    urls.add("");
    extraUrls.forEach(u -> urls.add(PageLinks.encodePath(u)));
    for (Page p : site.pages()) {
      urls.add(PageLinks.encodePath(p.url()));
    }
    urls.sort(null);
    StringBuilder xml = new StringBuilder(256 + urls.size() * 96);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String u : urls) {
      xml.append("  <url><loc>").append(escapeXml(base + u)).append("</loc></url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  private static String robots(Site site) {
    StringBuilder s = new StringBuilder("User-agent: *\nAllow: /\n");
    site.config().baseUrl().ifPresent(b -> s.append("Sitemap: ").append(b).append("sitemap.xml\n"));
    return s.toString();
  }

  static String escapeXml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
