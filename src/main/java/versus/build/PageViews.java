package versus.build;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import versus.html.PageLinks;
import versus.markdown.Heading;
import versus.model.Page;
import versus.model.Site;
import versus.theme.CompareViews;
import versus.theme.Theme;
import versus.theme.Views;
import versus.theme.Views.NoteLink;
import versus.theme.Views.PageView;

/**
 * Makes the template views of a site's pages. The navigation of a large site is a window around the current page, so
 * each page costs the same however many notes there are (a full list on every page grows with the square of the
 * site).
 */
final class PageViews {

  /** Sites up to this many notes list them all in the navigation. */
  static final int FULL_NAV_LIMIT = 200;

  private static final int NAV_WINDOW = 50;

  /** Dates as readers write them; English month names whatever the machine's locale, so output is the same. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Site site;
  private final Theme theme;
  private final Views.SiteView siteView;
  private final CompareViews.Compare homeComparison;
  /** Each page's URL, percent-encoded once: every page's navigation links a window of up to a hundred pages. */
  private final String[] encodedUrls;

  /** Views of {@code site}'s pages; {@code homeComparison} is the home page's comparison section, or null for none. */
  PageViews(Site site, Theme theme, CompareViews.Compare homeComparison) {
    this.site = site;
    this.theme = theme;
    this.homeComparison = homeComparison;
    this.encodedUrls = site.pages().stream().map(p -> PageLinks.encodePath(p.url())).toArray(String[]::new);
    var c = site.config();
    this.siteView =
        new Views.SiteView(c.title(), c.description(), c.language(), c.repoUrl().orElse(null), homeComparison != null);
  }

  PageView note(int index) {
    Page page = site.pages().get(index);
    String root = PageLinks.rootOf(page.slug());
    var config = site.config();
    String edit =
        config
            .repoUrl()
            .map(r -> r + "/edit/" + config.editBranch() + "/" + PageLinks.encodePath(page.sourcePath()))
            .orElse(null);
    return new PageView(
        siteView,
        "note",
        root,
        page.title(),
        page.titleId(),
        page.description(),
        page.body(),
        canonical(page.url()),
        nav(index, root),
        site.pages().size() > FULL_NAV_LIMIT,
        toc(page.headings()),
        site.previous(index).map(p -> link(p, root, false)).orElse(null),
        site.next(index).map(p -> link(p, root, false)).orElse(null),
        List.of(new Views.Crumb(site.config().title(), root.isEmpty() ? "./" : root)),
        page.readingMinutes(),
        edit,
        page.sourcePath(),
        List.of(),
        List.of(),
        assets(root),
        theme.headScript(),
        theme.headScriptHash(),
        page.body().contains("class=\"language-"),
        page.updated().map(DATE::format).orElse(null),
        page.updated().map(LocalDate::toString).orElse(null),
        null);
  }

  PageView home() {
    List<NoteLink> notes = new ArrayList<>();
    List<NoteLink> docs = new ArrayList<>();
    for (Page p : site.pages()) {
      (p.documentation() ? docs : notes).add(link(p, "", false));
    }
    String title = site.config().title();
    return new PageView(
        siteView, "home", "", title, "", site.config().description(), "", canonical(""),
        nav(-1, ""), site.pages().size() > FULL_NAV_LIMIT, List.of(), null, null, List.of(), 0, null, null,
        notes, docs, assets(""), theme.headScript(), theme.headScriptHash(), false, null, null, homeComparison);
  }

  /** The 404 page is served for missing paths at any depth, so it links from the site's base path, not relatively. */
  PageView notFound() {
    String root = site.config().basePath();
    return new PageView(
        siteView, "notfound", root, "Page not found", "", "", "", null, nav(-1, root),
        site.pages().size() > FULL_NAV_LIMIT, List.of(), null, null, List.of(), 0, null, null, List.of(),
        List.of(), assets(root), theme.headScript(), theme.headScriptHash(), false, null, null, null);
  }

  /**
   * Everything {@link #comparison} takes from the site rather than from its arguments, to compare with another
   * build's. The theme's version stands for the assets and the head script.
   */
  Object comparisonContext() {
    return java.util.Arrays.asList(siteView, site.config().title(), site.config().baseUrl(), nav(-1, ""),
        site.pages().size() > FULL_NAV_LIMIT, theme.version());
  }

  /**
   * A page of the comparison under {@code compare/}.
   *
   * @param kind {@code compare}, {@code subject} or {@code pair}
   * @param slug the page's slug ({@code compare}, {@code compare/ecs})
   * @param toc the page's outline, if it has one
   */
  PageView comparison(
      String kind, String slug, String title, String description, CompareViews.Compare view, List<Views.TocEntry> toc) {
    return comparison(kind, slug, title, description, view, toc, null);
  }

  /**
   * A page of the comparison below another one ({@code compare/ecs/2} below {@code compare/ecs}).
   *
   * @param parent the title of the page one folder up, for the breadcrumbs; null when that is the matrix
   */
  PageView comparison(
      String kind,
      String slug,
      String title,
      String description,
      CompareViews.Compare view,
      List<Views.TocEntry> toc,
      String parent) {
    String root = PageLinks.rootOf(slug);
    List<Views.Crumb> crumbs = new ArrayList<>();
    crumbs.add(new Views.Crumb(site.config().title(), root));
    if (!slug.equals(ComparisonPages.DIR)) {
      crumbs.add(new Views.Crumb("Comparison", root + ComparisonPages.DIR + "/"));
    }
    if (parent != null) {
      crumbs.add(new Views.Crumb(parent, "../"));
    }
    return new PageView(
        siteView, kind, root, title, "", description, "", canonical(slug + "/"), nav(-1, root),
        site.pages().size() > FULL_NAV_LIMIT, toc, null, null, crumbs, 0, null, null, List.of(), List.of(),
        assets(root), theme.headScript(), theme.headScriptHash(), false, null, null, view);
  }

  /** The search results page ({@code search/?q=…}); its results are filled in by the theme's search script. */
  PageView search() {
    String root = "../";
    return new PageView(
        siteView, "search", root, "Search", "v-search-title", "Search every note of " + site.config().title() + ".",
        "", canonical("search/"), nav(-1, root), site.pages().size() > FULL_NAV_LIMIT, List.of(), null, null,
        List.of(new Views.Crumb(site.config().title(), root)), 0, null, null, List.of(), List.of(), assets(root),
        theme.headScript(), theme.headScriptHash(), false, null, null, null);
  }

  private String canonical(String url) {
    return site.config().baseUrl().map(b -> b + PageLinks.encodePath(url)).orElse(null);
  }

  private List<NoteLink> nav(int current, String root) {
    List<Page> pages = site.pages();
    int from = 0;
    int to = pages.size();
    if (pages.size() > FULL_NAV_LIMIT) {
      int center = Math.max(current, 0);
      from = Math.max(0, center - NAV_WINDOW / 2);
      to = Math.min(pages.size(), from + NAV_WINDOW);
    }
    List<NoteLink> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(linkTo(pages.get(i), root + encodedUrls[i], i == current));
    }
    return out;
  }

  private static NoteLink link(Page p, String root, boolean current) {
    return linkTo(p, root + PageLinks.encodePath(p.url()), current);
  }

  /** A link to {@code p} at {@code url}, already relative and encoded. */
  private static NoteLink linkTo(Page p, String url, boolean current) {
    return new NoteLink(p.title(), url, p.description(), p.readingMinutes(), current);
  }

  private static List<Views.TocEntry> toc(List<Heading> headings) {
    List<Views.TocEntry> out = new ArrayList<>();
    for (Heading h : headings) {
      if (h.level() >= 2 && h.level() <= 3 && !h.text().isEmpty()) {
        out.add(new Views.TocEntry(h.text(), h.id(), h.level(), h.level() == 3));
      }
    }
    return out;
  }

  private Function<String, String> assets(String root) {
    return theme.assetLinks(root);
  }
}
