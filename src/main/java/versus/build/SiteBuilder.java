package versus.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import versus.diag.BuildFailure;
import versus.diag.Diagnostic;
import versus.diag.Diagnostics;
import versus.diag.SourcePos;
import versus.html.HtmlProcessor;
import versus.html.PageLinks;
import versus.markdown.MarkdownRenderer;
import versus.markdown.RenderedNote;
import versus.model.Page;
import versus.model.Site;
import versus.model.SiteConfig;
import versus.note.Note;
import versus.note.NoteParser;
import versus.output.OutputFile;
import versus.search.SearchIndexer;
import versus.source.ContentScanner;
import versus.source.SourceFile;
import versus.theme.Theme;

/**
 * The build as a function: content, themes and configuration in, a sorted list of output files and diagnostics out.
 * It never writes to disk (that is {@link versus.output.SiteWriter}'s job), so {@code serve} and tests can run it in
 * memory. The expensive, reusable parts (flexmark, the Safelist) are built once per instance; notes are rendered in
 * parallel and the results kept in input order, so the output does not depend on thread timing.
 */
public final class SiteBuilder {

  /** Slugs that would collide with what the build itself writes. */
  static final Set<String> RESERVED_SLUGS = Set.of("assets", "search", "compare");

  private final ContentScanner scanner = new ContentScanner();
  private final NoteParser noteParser = new NoteParser();
  private final MarkdownRenderer markdown;
  private final HtmlProcessor html = new HtmlProcessor();

  public SiteBuilder() {
    this.markdown = new MarkdownRenderer(List.of());
  }

  public BuildResult build(BuildOptions options) {
    Diagnostics diagnostics = new Diagnostics();
    List<OutputFile> files = List.of();
    int noteCount = 0;
    try {
      Path root = options.sourceRoot();
      SiteConfig config = ConfigLoader.load(root, diagnostics);
      config = options.theme().map(config::withTheme).orElse(config);
      config = options.baseUrl().map(config::withBaseUrl).orElse(config);
      Theme theme = Theme.load(root, config.theme());

      List<SourceFile> sources = scanner.scan(root, diagnostics);
      List<Note> notes = parseNotes(sources, options.drafts(), diagnostics);
      Map<String, String> slugByContentPath = slugs(notes, diagnostics);
      Set<String> staticFiles = new TreeSet<>();
      for (SourceFile f : sources) {
        if (!f.note()) {
          staticFiles.add(f.contentPath());
        }
      }
      if (diagnostics.hasErrors()) {
        return new BuildResult(List.of(), diagnostics.sorted(), 0);
      }
      if (notes.isEmpty()) {
        diagnostics.report(
            Diagnostic.warning(SourcePos.of("content/"), "no-notes", "no notes found; add Markdown files to content/"));
      }

      List<Rendered> rendered =
          notes.parallelStream()
              .map(n -> page(n, slugByContentPath, staticFiles, diagnostics))
              .toList();
      List<Page> pages = rendered.stream().map(Rendered::page).toList();
      LinkCheck links = new LinkCheck(pages, slugByContentPath, staticFiles);
      for (Rendered r : rendered) {
        links.check(r.page(), r.noteDir(), r.links(), diagnostics);
      }
      Site site = new Site(config, pages);
      if (config.baseUrl().isEmpty()) {
        diagnostics.report(
            Diagnostic.info(
                SourcePos.of(ConfigLoader.FILE),
                "config",
                "no base_url set: pages have no canonical link and sitemap.xml uses relative addresses"));
      }
      List<OutputFile> pagesAndAssets = render(site, theme, sources);
      long indexStart = System.nanoTime();
      long indexCpuStart = processCpuNanos();
      List<OutputFile> index = new SearchIndexer(config.synonyms()).index(site);
      diagnostics.report(
          Diagnostic.info(
              SourcePos.of(ConfigLoader.FILE),
              "search",
              String.format(
                  java.util.Locale.ROOT,
                  "search index: %d files, %d bytes, built in %d ms (%d ms of CPU)",
                  index.size(),
                  index.stream().mapToLong(f -> f.bytes().length).sum(),
                  (System.nanoTime() - indexStart) / 1_000_000,
                  (processCpuNanos() - indexCpuStart) / 1_000_000)));
      files = merge(pagesAndAssets, index);
      noteCount = pages.size();
    } catch (BuildFailure failure) {
      failure.diagnostics().forEach(diagnostics::report);
    }
    if (diagnostics.hasErrors()) {
      return new BuildResult(List.of(), diagnostics.sorted(), 0);
    }
    return new BuildResult(files, diagnostics.sorted(), noteCount);
  }

  private List<Note> parseNotes(List<SourceFile> sources, boolean drafts, Diagnostics diagnostics) {
    return sources.parallelStream()
        .filter(SourceFile::note)
        .map(f -> noteParser.parse(f.relPath(), f.contentPath(), decode(f), diagnostics))
        .filter(n -> drafts || !n.front().draft())
        .toList();
  }

  private static String decode(SourceFile f) {
    String text = new String(f.bytes(), StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Every note's slug by its path below content/; two notes with one slug, or a reserved slug, are errors. */
  private static Map<String, String> slugs(List<Note> notes, Diagnostics diagnostics) {
    Map<String, String> bySlug = new TreeMap<>();
    Map<String, String> byPath = new TreeMap<>();
    for (Note n : notes) {
      String first = bySlug.putIfAbsent(n.slug(), n.sourcePath());
      if (first != null) {
        diagnostics.report(
            Diagnostic.error(
                SourcePos.of(n.sourcePath()),
                "duplicate-slug",
                "has the same URL '" + n.slug() + "/' as " + first + "; rename one or set 'slug:' in its front matter"));
      }
      String top = n.slug().contains("/") ? n.slug().substring(0, n.slug().indexOf('/')) : n.slug();
      if (RESERVED_SLUGS.contains(top)) {
        diagnostics.report(
            Diagnostic.error(
                SourcePos.of(n.sourcePath()),
                "reserved-slug",
                "URL '" + n.slug() + "/' is used by Versus itself; rename the file or set 'slug:' in its front matter"));
      }
      byPath.put(n.sourcePath().substring(n.sourcePath().indexOf('/') + 1), n.slug());
    }
    return byPath;
  }

  /** A page with what the link check needs to know of its source. */
  private record Rendered(Page page, String noteDir, List<versus.markdown.LinkRef> links) {}

  private Rendered page(Note note, Map<String, String> slugs, Set<String> staticFiles, Diagnostics diagnostics) {
    RenderedNote rendered = markdown.render(note, diagnostics);
    String contentPath = note.sourcePath().substring(note.sourcePath().indexOf('/') + 1);
    String dir = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
    String body = html.process(rendered, new PageLinks(note.slug(), dir, slugs, staticFiles));
    Page page =
        new Page(
            note.slug(),
            note.sourcePath(),
            rendered.title(),
            rendered.titleId(),
            rendered.description(),
            body,
            rendered.headings(),
            rendered.readingMinutes(),
            note.front());
    return new Rendered(page, dir, rendered.links());
  }

  /** CPU time used by this process so far (all threads), or 0 where the JVM does not tell. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /** Adds the search index to the rendered files, keeping them sorted; a content file in its way is an error. */
  private static List<OutputFile> merge(List<OutputFile> rendered, List<OutputFile> index) {
    List<OutputFile> out = new ArrayList<>(rendered.size() + index.size());
    out.addAll(rendered);
    out.addAll(index);
    out.sort(null);
    checkClashes(out);
    return out;
  }

  private static List<OutputFile> render(Site site, Theme theme, List<SourceFile> sources) {
    PageViews views = new PageViews(site, theme);
    List<OutputFile> out = new ArrayList<>();
    out.addAll(
        IntStream.range(0, site.pages().size())
            .parallel()
            .mapToObj(i -> OutputFile.text(site.pages().get(i).outputPath(), theme.render("page", views.note(i))))
            .toList());
    out.add(OutputFile.text("index.html", theme.render("home", views.home())));
    out.add(OutputFile.text("404.html", theme.render("404", views.notFound())));
    out.add(OutputFile.text(SearchIndexer.DIR + "index.html", theme.render("search", views.search())));
    out.addAll(theme.assetFiles());
    out.addAll(SiteFiles.of(site));
    for (SourceFile f : sources) {
      if (!f.note()) {
        out.add(new OutputFile(f.contentPath(), f.bytes()));
      }
    }
    out.sort(null);
    checkClashes(out);
    return out;
  }

  private static void checkClashes(List<OutputFile> out) {
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).path().equals(out.get(i - 1).path())) {
        throw new BuildFailure(
            Diagnostic.error(
                SourcePos.of("content/" + out.get(i).path()),
                "output-clash",
                "two things would be written to " + out.get(i).path() + "; rename the file"));
      }
    }
  }
}
