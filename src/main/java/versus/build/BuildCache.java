package versus.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import versus.cache.Recall;
import versus.compare.Comparer;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticRecorder;
import versus.diag.DiagnosticSink;
import versus.note.Note;
import versus.output.OutputFile;
import versus.search.SearchIndexer;
import versus.source.SourceFile;

/**
 * What one build hands the next, so that {@code serve} redoes only what an edit changed. Every entry is the result of
 * a pure step together with that step's whole input (a note's bytes, a page's view); a later build reuses the result
 * only when its input is equal, so a build with a cache makes byte for byte what a build without one makes (a test
 * holds this over random edits). What a step reported is kept with it and reported again, so warnings do not vanish
 * on the second build. Entries a build did not use are dropped at its end: the cache holds one site, not a history.
 * Thread-safe; only {@code serve} keeps one.
 */
public final class BuildCache {

  /** A note file read, repaired and split from its front matter. */
  private record NoteEntry(String contentPath, byte[] bytes, List<Note> notes, List<Diagnostic> said) {}

  /** A note rendered to a page (null when it could not be), with the side files (table SVGs) it made. */
  private record PageEntry(
      Note note,
      int links,
      java.time.LocalDate date,
      SiteBuilder.Rendered rendered,
      List<Diagnostic> said,
      List<OutputFile> files) {}

  /** A page rendered through the theme, or a data file made from its input ({@code theme} then empty). */
  private record ViewEntry(String theme, Object view, byte[] bytes) {}

  private final Recall<String, NoteEntry> notes = new Recall<>();
  private final Recall<String, PageEntry> pages = new Recall<>();
  private final Recall<String, ViewEntry> views = new Recall<>();
  private final Comparer.Memo comparison = new Comparer.Memo();
  private final SearchIndexer.Memo search = new SearchIndexer.Memo();

  private Map<String, String> slugs = Map.of();
  private Set<String> staticFiles = Set.of();
  private int links;


  /** The notes of {@code file}, read again only when its bytes changed. */
  List<Note> notes(SourceFile file, DiagnosticSink sink, java.util.function.Function<DiagnosticSink, List<Note>> read) {
    NoteEntry e = notes.get(file.relPath(),
        kept -> kept.contentPath().equals(file.contentPath()) && Arrays.equals(kept.bytes(), file.bytes()),
        () -> {
          DiagnosticRecorder recorder = new DiagnosticRecorder();
          List<Note> made = List.copyOf(read.apply(recorder));
          return new NoteEntry(file.contentPath(), file.bytes(), made, recorder.said());
        });
    e.said().forEach(sink::report);
    return e.notes();
  }

  /**
   * Which links every page resolves against: the same number while the notes' URLs and the static files stay the
   * same, so a page rendered against them can be reused. Called once per build, before the pages.
   */
  synchronized int links(Map<String, String> slugByContentPath, Set<String> files) {
    if (!slugByContentPath.equals(slugs) || !files.equals(staticFiles)) {
      slugs = slugByContentPath;
      staticFiles = files;
      links++;
    }
    return links;
  }

  /**
   * A note's page, rendered again only when the note, the links it resolves against or its date changed. {@code
   * render} reports to the sink and emits side files to the consumer it is given; both are replayed on reuse.
   */
  SiteBuilder.Rendered page(
      Note note,
      int linkGeneration,
      java.time.LocalDate date,
      DiagnosticSink sink,
      java.util.function.Consumer<OutputFile> emit,
      java.util.function.BiFunction<DiagnosticSink, java.util.function.Consumer<OutputFile>, SiteBuilder.Rendered>
          render) {
    PageEntry e = pages.get(note.sourcePath(),
        kept -> kept.links() == linkGeneration && kept.note().equals(note) && Objects.equals(kept.date(), date),
        () -> {
          DiagnosticRecorder recorder = new DiagnosticRecorder();
          List<OutputFile> files = java.util.Collections.synchronizedList(new ArrayList<>());
          SiteBuilder.Rendered rendered = render.apply(recorder, files::add);
          return new PageEntry(note, linkGeneration, date, rendered, recorder.said(), List.copyOf(files));
        });
    e.said().forEach(sink::report);
    e.files().forEach(emit);
    return e.rendered();
  }

  /**
   * A themed page (or a data file, with an empty {@code themeVersion}), made again only when its view (input) or the
   * theme changed.
   */
  OutputFile view(String path, String themeVersion, Object view, Supplier<String> render) {
    ViewEntry e = views.get(path, kept -> kept.theme().equals(themeVersion) && kept.view().equals(view),
        () -> new ViewEntry(themeVersion, view, render.get().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return new OutputFile(path, e.bytes());
  }

  /** The comparison's pages and data files, made again only when the comparison or their context changed. */
  private record ComparisonFiles(Object comparison, Object context, List<OutputFile> files) {}

  private volatile ComparisonFiles comparisonFiles;

  /**
   * The files of the comparison: the last ones when the comparison is the very object of the last build (the
   * comparison phase hands back its last result when nothing it reads changed) and the pages' context is equal.
   */
  List<OutputFile> comparisonFiles(Object comparison, Object context, Supplier<List<OutputFile>> make) {
    ComparisonFiles last = comparisonFiles;
    if (last == null || last.comparison() != comparison || !last.context().equals(context)) {
      last = new ComparisonFiles(comparison, context, List.copyOf(make.get()));
      comparisonFiles = last;
    } else {
      // Kept, so their views stay in the cache for the next change of the comparison.
      last.files().forEach(f -> views.keep(f.path()));
    }
    return last.files();
  }

  Comparer.Memo comparison() {
    return comparison;
  }

  SearchIndexer.Memo search() {
    return search;
  }

  /** Drops what the build that just ended did not use (deleted notes, pages no longer made). */
  void endBuild() {
    notes.forgetUnused();
    pages.forgetUnused();
    views.forgetUnused();
    comparison.endBuild();
    // The search memo forgets at the end of each indexing instead: serve indexes after the build has ended.
  }
}
