package versus.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import versus.compare.CompareConfig;
import versus.compare.Comparer;
import versus.compare.Comparison;
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
import versus.output.OutputSink;
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
  static final Set<String> RESERVED_SLUGS = Set.of("assets", "search", "compare", "theme");

  /** Where the theme's documentation pages go, when a site publishes them. */
  static final String THEME_DOCS = "theme";

  private final ContentScanner scanner = new ContentScanner();
  private final NoteParser noteParser = new NoteParser();
  /**
   * flexmark with its extensions, the Safelist and the table renderer. Setting them up is a cold JVM's longest single
   * step before any note is read, so it runs on a thread of its own while the configuration, the theme and the notes
   * are read; the first note to render waits for it.
   */
  private final Beside<Renderers> renderers;

  private record Renderers(
      MarkdownRenderer markdown, HtmlProcessor html, versus.table.TableSvgRenderer tableSvg) {}

  private final versus.lint.Linter linter;
  /** The decoder and mojibake repairer, whose tables take a cold JVM a while to load: set up beside, like renderers. */
  private final Beside<NoteText> noteText;

  /** A builder for {@code versus build}: what the renderers had to straighten out is only noted. */
  public SiteBuilder() {
    this(false);
  }

  private SiteBuilder(boolean check) {
    // What the renderers and the repairer had to straighten out: a warning for check, a note for build.
    versus.diag.Severity repairs = check ? versus.diag.Severity.WARNING : versus.diag.Severity.INFO;
    this.renderers = Beside.start("versus-prepare", () -> new Renderers(
        new MarkdownRenderer(List.of(new DiagramBlocks(repairs)), check),
        new HtmlProcessor(),
        new versus.table.TableSvgRenderer()));
    this.linter = check ? new versus.lint.Linter() : null;
    this.noteText = Beside.start("versus-prepare-repair", () -> new NoteText(repairs));
  }

  /** A builder for {@code versus check}: it also runs every lint rule, and reports diagram repairs as warnings. */
  public static SiteBuilder forCheck() {
    return new SiteBuilder(true);
  }

  /** Builds into memory: the result holds every file, sorted by path. */
  public BuildResult build(BuildOptions options) {
    return build(options, Progress.NONE);
  }

  /** Builds into memory, reporting how many notes and pages are done to {@code progress}. */
  public BuildResult build(BuildOptions options, Progress progress) {
    versus.output.MemorySink memory = new versus.output.MemorySink();
    BuildResult result = build(options, progress, memory);
    return result.failed() ? result : result.withFiles(memory.sorted());
  }

  /**
   * Builds, handing each file to {@code sink} as soon as it is made, so a large site is never held in memory whole.
   * The result then lists no files; when it has errors, whatever reached the sink must be thrown away.
   */
  public BuildResult build(BuildOptions options, Progress progress, OutputSink sink) {
    return build(options, progress, sink, null);
  }

  /**
   * Builds into memory, reusing from {@code cache} whatever the sources it depends on have not changed since the
   * build that filled it (see {@link BuildCache}); the result is the same as without a cache.
   */
  public BuildResult build(BuildOptions options, BuildCache cache) {
    versus.output.MemorySink memory = new versus.output.MemorySink();
    BuildResult result = build(options, Progress.NONE, memory, cache);
    return result.failed() ? result : result.withFiles(memory.sorted());
  }

  /**
   * A build in two steps, for {@code serve}: the result holds the notes' pages, the home page and everything else
   * that does not read every note; {@code rest} makes the comparison's pages and data and the search index when
   * asked. A reader waits for the page they edited, not for pages that depend on all notes; together the two make
   * what {@link #build(BuildOptions)} makes.
   *
   * @param rest the comparison's pages and files and the search index, sorted; empty when the build failed. Call it
   *     once, before the next build.
   */
  public record Staged(BuildResult pages, java.util.function.Supplier<List<OutputFile>> rest) {}

  /** Builds as {@link #build(BuildOptions, BuildCache)} does, leaving some files for later (see {@link Staged}). */
  public Staged buildStaged(BuildOptions options, BuildCache cache) {
    versus.output.MemorySink memory = new versus.output.MemorySink();
    List<java.util.function.Supplier<List<OutputFile>>> later = new ArrayList<>();
    BuildResult result;
    try {
      result = buildWith(options, Progress.NONE, memory, cache, later::add);
    } finally {
      cache.endBuild();
    }
    if (result.failed()) {
      return new Staged(result, List::of);
    }
    return new Staged(result.withFiles(memory.sorted()), () -> {
      List<OutputFile> rest = new ArrayList<>();
      later.forEach(step -> rest.addAll(step.get()));
      rest.sort(null);
      return rest;
    });
  }

  private BuildResult build(BuildOptions options, Progress progress, OutputSink sink, BuildCache cache) {
    try {
      return buildWith(options, progress, sink, cache, null);
    } finally {
      if (cache != null) {
        cache.endBuild();
      }
    }
  }

  private BuildResult buildWith(
      BuildOptions options,
      Progress progress,
      OutputSink sink,
      BuildCache cache,
      java.util.function.Consumer<java.util.function.Supplier<List<OutputFile>>> defer) {
    Diagnostics diagnostics = new Diagnostics();
    Emitter emit = new Emitter(sink, diagnostics);
    int noteCount = 0;
    Timings timings = new Timings();
    Map<String, String> lintSettings = Map.of();
    try {
      Path root = options.sourceRoot();
      Timings.Clock clock = timings.start();
      SiteConfig config = ConfigLoader.load(root, diagnostics);
      CompareConfig compareConfig = ComparisonConfigLoader.load(root, diagnostics);
      config = options.theme().map(config::withTheme).orElse(config);
      config = options.baseUrl().map(config::withBaseUrl).orElse(config);
      lintSettings = config.lint();
      Theme theme = Theme.load(root, config.theme());
      clock.lap("config and theme");

      List<SourceFile> sources = new ArrayList<>(scanner.scan(root, diagnostics));
      if (!java.nio.file.Files.isDirectory(root.resolve("content"))) {
        return new BuildResult(List.of(), diagnostics.sorted(), 0, Map.of(), 0); // nothing to build; the scanner said why
      }
      clock.lap("scan");
      List<Note> notes = new ArrayList<>(parseNotes(sources, options.drafts(), diagnostics, cache));
      clock.lap("decode, repair, front matter");
      // check looks at the user's notes only; the theme's pages are the theme's business.
      if (config.themeDocs() && linter == null) {
        for (Map.Entry<String, String> doc : theme.docs().entrySet()) {
          String path = "themes/" + theme.name() + "/docs/" + doc.getKey();
          notes.add(noteParser.parse(path, THEME_DOCS + "/" + doc.getKey(), doc.getValue(), diagnostics));
        }
      }
      // Immutable, and shared by every page's link resolver (never copied per page).
      Map<String, String> slugByContentPath = Map.copyOf(slugs(notes, diagnostics));
      Set<String> staticFiles =
          Set.copyOf(sources.stream().filter(f -> !f.note()).map(SourceFile::contentPath).toList());
      // From here on only the static files are copied; the notes' bytes (50 MB at 10,000 notes) can go. A long method
      // that runs once stays interpreted, and the interpreter keeps every local variable reachable, so the list is
      // emptied rather than left to go out of use.
      sources.removeIf(SourceFile::note);
      // Errors so far (front matter, slugs) do not stop the build: every note is still rendered, so one run reports
      // every problem; the result is discarded at the end if there were errors.
      if (notes.isEmpty()) {
        diagnostics.report(
            Diagnostic.warning(SourcePos.of("content/"), "no-notes", "no notes found; add Markdown files to content/"));
      }

      Map<String, java.time.LocalDate> dates = GitDates.of(root);
      clock.lap("git dates");
      java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
      List<Rendered> rendered;
      int linkGeneration = cache == null ? 0 : cache.links(slugByContentPath, staticFiles);
      try (RenderPool pool = new RenderPool()) {
        rendered =
            pool.map(notes, n -> {
                  Rendered r = cache == null
                      ? page(n, slugByContentPath, staticFiles, dates, diagnostics, emit)
                      : cache.page(n, linkGeneration, dates.get(n.sourcePath()), diagnostics, emit,
                          (said, files) -> page(n, slugByContentPath, staticFiles, dates, said, files));
                  progress.update("notes", done.incrementAndGet(), notes.size());
                  return r;
                }).stream()
                .filter(java.util.Objects::nonNull)
                .toList();
      }
      List<Page> pages = rendered.stream().map(Rendered::page).toList();
      notes.clear(); // their Markdown is rendered: let it go (see sources above)
      clock.lap("markdown and html");
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
      clock.lap("links");
      SearchIndexer indexer = new SearchIndexer(config.synonyms());
      // The index reads only the pages, so a full build makes it on a thread of its own while the comparison and the
      // pages are made: much of those is one thread's work, and the second core would otherwise idle. Its files are
      // written as soon as they are made. Which of two clashing files comes first does not matter: a clash is an
      // error whichever it is, reported with the same words, and a build with errors keeps none of its files.
      Beside<Void> search = defer == null
          ? Beside.start("versus-search", () -> {
                indexer.index(site, cache == null ? null : cache.search(), emit);
                return null;
              })
          : null;
      ComparisonPages comparison =
          new ComparisonPages(compare(rendered, compareConfig, diagnostics, cache == null ? null : cache.comparison()));
      clock.lap("comparison");
      PageRenderer renderer = cache == null
          ? (path, template, view) -> OutputFile.text(path, theme.render(template, view))
          : (path, template, view) -> cache.view(path, theme.version(), view, () -> theme.render(template, view));
      DataRenderer data = cache == null
          ? (path, input, make) -> OutputFile.text(path, make.get())
          : (path, input, make) -> cache.view(path, "", input, make);
      render(site, theme, renderer, data, cache, defer, sources, comparison, progress, emit, clock);
      if (search != null) {
        search.join();
        clock.lap("search index (what was left)");
      } else {
        defer.accept(() -> indexer.index(site, cache.search()));
      }
      noteCount = pages.size();
    } catch (BuildFailure failure) {
      failure.diagnostics().forEach(diagnostics::report);
    }
    List<Diagnostic> reported = LintSettings.apply(lintSettings, diagnostics.sorted());
    if (reported.stream().anyMatch(Diagnostic::isError)) {
      return new BuildResult(List.of(), reported, 0, timings.phases(), 0);
    }
    return new BuildResult(List.of(), reported, noteCount, timings.phases(), emit.count());
  }

  private List<Note> parseNotes(
      List<SourceFile> sources, boolean drafts, Diagnostics diagnostics, BuildCache cache) {
    return sources.parallelStream()
        .filter(SourceFile::note)
        .flatMap(f -> (cache == null ? parse(f, diagnostics) : cache.notes(f, diagnostics, sink -> parse(f, sink)))
            .stream())
        .filter(n -> drafts || !n.front().draft())
        .toList();
  }

  private List<Note> parse(SourceFile f, versus.diag.DiagnosticSink sink) {
    return noteText.join().read(f, sink).stream().map(text -> noteParser.parse(f.relPath(), f.contentPath(), text, sink))
        .toList();
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
      if (RESERVED_SLUGS.contains(top) && !isThemeDoc(n)) {
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

  /** A page with what the link check and the comparison need to know of its source. */
  record Rendered(
      Page page, RenderedNote note, String noteDir, List<versus.markdown.LinkRef> links) {}

  /**
   * The comparison phase: what every note (not the theme's documentation) says about every subject. It reads the
   * notes' structure from the Markdown stage, never the rendered HTML.
   */
  private static Comparison compare(
      List<Rendered> rendered, CompareConfig config, Diagnostics diagnostics, Comparer.Memo memo) {
    List<RenderedNote> notes =
        rendered.stream().filter(r -> !r.page().documentation()).map(Rendered::note).toList();
    return (memo == null ? new Comparer(config) : memo.comparer(config)).compare(notes, diagnostics, memo);
  }

  /** Makes the file at {@code path} from {@code input}, which is all that {@code make} depends on. */
  @FunctionalInterface
  interface DataRenderer {
    OutputFile render(String path, Object input, java.util.function.Supplier<String> make);
  }

  /** Renders a page's view through a theme template into the file at {@code path}. */
  @FunctionalInterface
  interface PageRenderer {
    OutputFile render(String path, String template, versus.theme.Views.PageView view);
  }

  private static boolean isThemeDoc(Note n) {
    return n.sourcePath().startsWith("themes/");
  }

  private Rendered page(
      Note note,
      Map<String, String> slugs,
      Set<String> staticFiles,
      Map<String, java.time.LocalDate> dates,
      versus.diag.DiagnosticSink diagnostics,
      java.util.function.Consumer<OutputFile> emit) {
    Renderers r = renderers.join();
    RenderedNote rendered;
    try {
      rendered = r.markdown().render(note, diagnostics);
    } catch (StackOverflowError e) {
      diagnostics.report(
          Diagnostic.error(SourcePos.of(note.sourcePath()), "too-deep",
              "lists or quotes are nested too deeply to render; flatten them (a few levels are enough to read)"));
      return null;
    }
    if (linter != null) {
      linter.lint(rendered, diagnostics);
    }
    String contentPath = note.sourcePath().substring(note.sourcePath().indexOf('/') + 1);
    String dir = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/')) : "";
    String body = r.html().process(rendered, new PageLinks(note.slug(), dir, slugs, staticFiles));
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
            note.front(),
            java.util.Optional.ofNullable(dates.get(note.sourcePath())),
            isThemeDoc(note));
    for (versus.markdown.NoteTable t : rendered.tables()) {
      String title =
          "Table " + t.index() + " of " + rendered.title() + (t.sectionTitle().isEmpty() ? "" : ": " + t.sectionTitle());
      emit.accept(OutputFile.text(note.slug() + "/" + t.svgName(), r.tableSvg().render(t.model(), title)));
    }
    return new Rendered(page, rendered.withoutSource(), dir, rendered.links());
  }

  private static void render(
      Site site,
      Theme theme,
      PageRenderer renderer,
      DataRenderer data,
      BuildCache cache,
      java.util.function.Consumer<java.util.function.Supplier<List<OutputFile>>> defer,
      List<SourceFile> sources,
      ComparisonPages comparison,
      Progress progress,
      Emitter emit,
      Timings.Clock clock) {
    PageViews views = new PageViews(site, theme, comparison.home());
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    int total = site.pages().size();
    IntStream.range(0, total)
        .parallel()
        .forEach(i -> {
          emit.accept(renderer.render(site.pages().get(i).outputPath(), "page", views.note(i)));
          progress.update("pages", done.incrementAndGet(), total);
        });
    emit.accept(renderer.render("index.html", "home", views.home()));
    emit.accept(renderer.render("404.html", "404", views.notFound()));
    clock.lap("note pages");
    java.util.function.Supplier<List<OutputFile>> comparisonFiles = cache == null
        ? () -> comparison.files(views, renderer, data)
        : () -> cache.comparisonFiles(comparison.comparison(), views.comparisonContext(),
            () -> comparison.files(views, renderer, data));
    if (defer == null && cache == null) {
      comparison.files(views, renderer, data, emit); // streamed: the data files are never held whole
    } else if (defer == null) {
      comparisonFiles.get().forEach(emit);
    } else {
      defer.accept(comparisonFiles);
    }
    clock.lap("comparison pages");
    emit.accept(renderer.render(SearchIndexer.DIR + "index.html", "search", views.search()));
    theme.assetFiles().forEach(emit);
    SiteFiles.of(site, comparison.urls()).forEach(emit);
    for (SourceFile f : sources) {
      if (!f.note()) {
        emit.accept(new OutputFile(f.contentPath(), f.bytes()));
      }
    }
    clock.lap("other files");
  }

  /**
   * Passes files on to the sink, noticing when two would be written to one path (a static file named like a page):
   * that is an error, and the second is not written. Thread-safe.
   */
  static final class Emitter implements ComparisonPages.Out {
    private final OutputSink sink;
    private final Diagnostics diagnostics;
    private final Set<String> paths = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Emitter(OutputSink sink, Diagnostics diagnostics) {
      this.sink = sink;
      this.diagnostics = diagnostics;
    }

    @Override
    public void accept(OutputFile f) {
      if (claim(f.path())) {
        sink.write(f);
      }
    }

    /** Streams the text file straight to the sink ({@code input} matters only to a cache, which has none here). */
    @Override
    public void stream(String path, Object input, versus.output.OutputSink.Content content) {
      if (claim(path)) {
        sink.write(path, content);
      }
    }

    private boolean claim(String path) {
      if (!paths.add(path)) {
        diagnostics.report(
            Diagnostic.error(
                SourcePos.of("content/" + path),
                "output-clash",
                "two things would be written to " + path + "; rename the file"));
        return false;
      }
      return true;
    }

    int count() {
      return paths.size();
    }
  }


}
