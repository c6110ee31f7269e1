package versus.theme;

import java.util.List;
import java.util.function.Function;

/**
 * What templates see. Templates never get the model itself (Zola's view-type idea), so a theme cannot depend on
 * internals, and everything they print is prepared here. A {@code null} field means "absent" and is falsy in mustache.
 */
public final class Views {

  private Views() {}

  /**
   * Site-wide values.
   *
   * @param hasComparison the site has comparison pages under {@code compare/}
   */
  public record SiteView(String title, String description, String language, String repoUrl, boolean hasComparison) {}

  /** A link to a note page, with what listings show of it. */
  public record NoteLink(
      String title, String url, String description, int readingMinutes, boolean current) {}

  /** One entry of a page's outline ("on this page"). */
  public record TocEntry(String text, String id, int level, boolean nested) {}

  /** One step of the breadcrumb trail. */
  public record Crumb(String title, String url) {}

  /**
   * Everything one page template needs.
   *
   * @param kind {@code note}, {@code home}, {@code notfound}, {@code search}, or {@code compare}, {@code subject} and {@code pair} for
   *     the comparison's pages; also set as a class on the body
   * @param root the way from this page to the site root ({@code ../}, or the base path for the 404 page)
   * @param body trusted HTML of the main content (sanitized note body)
   * @param canonical absolute URL of this page when a base URL is configured
   * @param nav the notes for the site navigation (all of them on small sites, a window around this one on large)
   * @param navMore true when {@code nav} is a window, not the whole list
   * @param editUrl where to edit the note's source, when a repository is configured
   * @param notes on the home page: every note
   * @param docs on the home page: the theme's documentation pages, when the site publishes them
   * @param asset maps a theme asset name ({@code style.css}) to its fingerprinted URL from this page
   * @param headScript the theme's inline head script (colour mode before first paint), to print raw
   * @param scriptHash the CSP source allowing exactly that script ({@code 'sha256-…'})
   * @param hasCode the page has code listings to highlight
   * @param updated when the note last changed, as shown ({@code 24 November 2026}); null when unknown
   * @param updatedIso the same date as {@code 2026-11-24}, for {@code <time datetime>}
   * @param compare on comparison pages and the home page: the comparison to show; null elsewhere
   */
  public record PageView(
      SiteView site,
      String kind,
      String root,
      String title,
      String titleId,
      String description,
      String body,
      String canonical,
      List<NoteLink> nav,
      boolean navMore,
      List<TocEntry> toc,
      NoteLink prev,
      NoteLink next,
      List<Crumb> breadcrumbs,
      int readingMinutes,
      String editUrl,
      String sourcePath,
      List<NoteLink> notes,
      List<NoteLink> docs,
      Function<String, String> asset,
      String headScript,
      String scriptHash,
      boolean hasCode,
      String updated,
      String updatedIso,
      CompareViews.Compare compare) {

    public boolean isNote() {
      return "note".equals(kind);
    }

    public boolean isHome() {
      return "home".equals(kind);
    }

    public boolean hasDocs() {
      return docs != null && !docs.isEmpty();
    }

    public boolean hasToc() {
      return toc != null && !toc.isEmpty();
    }
  }
}
