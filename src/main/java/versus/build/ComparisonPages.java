package versus.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import versus.compare.Comparison;
import versus.compare.ComparisonCsv;
import versus.compare.ComparisonJson;
import versus.compare.Feature;
import versus.compare.MatrixCell;
import versus.compare.MatrixTable;
import versus.compare.Source;
import versus.compare.Statement;
import versus.compare.Subject;
import versus.compare.SubjectPair;
import versus.html.PageLinks;
import versus.output.OutputFile;
import versus.table.TableSvgRenderer;
import versus.theme.CompareViews;
import versus.theme.CompareViews.CellView;
import versus.theme.CompareViews.NoteView;
import versus.theme.CompareViews.PairView;
import versus.theme.CompareViews.RowView;
import versus.theme.CompareViews.SectionView;
import versus.theme.CompareViews.SourceView;
import versus.theme.CompareViews.StatementView;
import versus.theme.CompareViews.SubjectView;
import versus.theme.Theme;
import versus.theme.Views;

/**
 * The comparison's pages and data under {@code compare/}: the matrix, a page per subject, a page per pair the notes
 * compare head to head, {@code comparison.json}, {@code comparison.csv} and {@code matrix.svg}; and the home page's
 * comparison section. Nothing is made when no note says anything about a subject.
 */
final class ComparisonPages {

  static final String DIR = "compare";

  /** The picker appears from this many subjects on: with two, both are always shown. */
  static final int PICKER_FROM = 3;

  private static final int SUMMARY_LENGTH = 140;

  /**
   * The most statements a matrix or pair cell lists; the rest are on the subject's page, which lists all. A thousand
   * notes can say two hundred things about one subject, and a cell is for comparing at a glance.
   */
  static final int CELL_STATEMENTS = 20;

  /**
   * The most features one subject page shows. Past this the subject's features are split over numbered pages
   * ({@code compare/ecs/2/}): ten thousand notes can say something about one subject under tens of thousands of
   * features, and one page of that is tens of megabytes, which no browser opens well and which took longer to render
   * than all the notes' pages.
   */
  static final int SUBJECT_FEATURES = 100;

  private final Comparison comparison;
  private final List<Subject> active;
  private final Map<String, Map<String, MatrixCell>> cells;
  private final Map<String, Integer> noteNumber = new HashMap<>();
  // Lookups every page makes, built once: with hundreds of subjects, scanning lists per page made this phase quadratic.
  private final Map<String, Subject> subjectById = new HashMap<>();
  private final Map<String, Feature> featureById = new HashMap<>();
  private final Map<String, Integer> featureOrder = new HashMap<>();
  private final Map<String, Set<String>> notesBySubject;
  /** Each subject's cells in matrix (feature) order: a site can have thousands of features and hundreds of subjects. */
  private final Map<String, List<MatrixCell>> cellsBySubject = new HashMap<>();
  private final Map<String, SubjectView> subjectViews = new java.util.concurrent.ConcurrentHashMap<>();
  /** Each subject's features in the order of its page: the well-known ones first, then as in the matrix. */
  private final Map<String, List<Feature>> subjectFeatures = new HashMap<>();
  /** Feature id → the number of the subject page it is on (1 for the first), per subject. */
  private final Map<String, Map<String, Integer>> featurePage = new HashMap<>();
  private final Map<SourceAt, SourceView> sourceViews = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<Subject> matrixSubjects;
  private final List<Feature> matrixFeatures;

  ComparisonPages(Comparison comparison) {
    this.comparison = comparison;
    this.active = comparison.activeSubjects();
    this.cells = comparison.cellIndex();
    this.notesBySubject = comparison.notesBySubject();
    this.matrixSubjects = comparison.matrixSubjects();
    this.matrixFeatures = comparison.matrixFeatures();
    for (int i = 0; i < comparison.notes().size(); i++) {
      noteNumber.put(comparison.notes().get(i).path(), i + 1);
    }
    comparison.subjects().forEach(s -> subjectById.putIfAbsent(s.id(), s));
    for (int i = 0; i < comparison.features().size(); i++) {
      Feature f = comparison.features().get(i);
      featureById.putIfAbsent(f.id(), f);
      featureOrder.putIfAbsent(f.id(), i);
    }
    for (MatrixCell c : comparison.cells()) {
      cellsBySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c);
    }
    cellsBySubject.forEach((subject, subjectCells) -> {
      List<Feature> features = new ArrayList<>();
      subjectCells.forEach(c -> features.add(featureById.get(c.feature())));
      features.sort(Comparator.comparingInt(Feature::rank).thenComparingInt(f -> featureOrder.get(f.id())));
      subjectFeatures.put(subject, features);
      Map<String, Integer> pages = new HashMap<>();
      for (int i = 0; i < features.size(); i++) {
        pages.put(features.get(i).id(), i / SUBJECT_FEATURES + 1);
      }
      featurePage.put(subject, pages);
    });
  }

  /** What the pages show. */
  Comparison comparison() {
    return comparison;
  }

  /** The home page's comparison section, or null when there is nothing to compare. */
  CompareViews.Compare home() {
    if (comparison.isEmpty()) {
      return null;
    }
    return new CompareViews.Compare(intro(), false, subjects(DIR + "/"), List.of(), List.of(), pairs(DIR + "/"),
        DIR + "/", "", null, List.of(), List.of(), List.of());
  }

  /** Where the comparison's files go as they are made: whole files, and text files produced piece by piece. */
  interface Out extends java.util.function.Consumer<OutputFile> {
    /** The text file at {@code path}, a function of {@code input} alone, written by {@code content}. */
    void stream(String path, Object input, versus.output.OutputSink.Content content);
  }

  /** The pages and files of the comparison, sorted by path; none when there is nothing to compare. */
  List<OutputFile> files(PageViews views, SiteBuilder.PageRenderer theme, SiteBuilder.DataRenderer data) {
    List<OutputFile> out = java.util.Collections.synchronizedList(new ArrayList<>());
    files(views, theme, data, new Out() {
      @Override
      public void accept(OutputFile f) {
        out.add(f);
      }

      @Override
      public void stream(String path, Object input, versus.output.OutputSink.Content content) {
        out.add(data.render(path, input, content::text));
      }
    });
    List<OutputFile> sorted = new ArrayList<>(out);
    sorted.sort(null);
    return sorted;
  }

  /**
   * Hands the comparison's pages and files to {@code out} as they are made, in the order {@link #files(PageViews,
   * SiteBuilder.PageRenderer, SiteBuilder.DataRenderer)} lists them. At 10,000 notes they are a quarter of a gigabyte,
   * so a build writes each away at once rather than holding them all.
   */
  void files(PageViews views, SiteBuilder.PageRenderer theme, SiteBuilder.DataRenderer data, Out out) {
    if (comparison.isEmpty()) {
      return;
    }
    List<Subject> columns = matrixSubjects;
    String names = names(columns.stream().map(Subject::name).toList());
    List<Feature> matrixFeatures = this.matrixFeatures;
    List<SubjectView> others =
        active.stream().filter(s -> !columns.contains(s)).map(s -> subjectView(s, "")).toList();
    CompareViews.Compare matrix = new CompareViews.Compare(intro(), columns.size() >= PICKER_FROM,
        columns.stream().map(s -> subjectView(s, "")).toList(), rows(matrixFeatures, columns, "../"),
        notes("../", cited(matrixFeatures, columns)), pairs(""), "./", "", null, List.of(), others, List.of());
    out.accept(page(theme, "compare", DIR, views.comparison("compare", DIR, "Comparison",
        "What the notes say about " + names + (others.isEmpty() ? "" : " and " + count(others.size(), "more subject",
            "more subjects")) + ", side by side.", matrix, List.of())));
    // Subject and pair pages and the data files are independent of each other: made in parallel. The order they
    // reach the output in does not matter (two files on one path are an error whichever comes first).
    List<Runnable> work = new ArrayList<>();
    for (Subject s : active) {
      for (int k = 1; k <= pageCount(s); k++) {
        int number = k;
        work.add(() -> out.accept(
            page(theme, "compare-subject", subjectSlug(s, number), subjectPage(views, s, number))));
      }
    }
    for (SubjectPair p : comparison.pairs()) {
      work.add(() -> out.accept(page(theme, "compare-pair", DIR + "/" + p.slug(), pairPage(views, p))));
    }
    // Pure functions of the comparison: with a cache, an edit that leaves it equal does not write them again. The
    // JSON and CSV hold every statement (seconds of work at 10,000 notes), so they are made beside the pages too.
    work.add(() -> out.stream(DIR + "/comparison.json", comparison, w -> ComparisonJson.write(comparison, w)));
    work.add(() -> out.stream(DIR + "/comparison.csv", comparison, w -> ComparisonCsv.write(comparison, w)));
    work.add(() -> out.accept(data.render(DIR + "/matrix.svg", comparison,
        () -> new TableSvgRenderer().render(MatrixTable.of(comparison), "Comparison matrix: " + names))));
    work.parallelStream().forEach(Runnable::run);
  }

  /** The URLs of the comparison's pages below the site root, for the sitemap. */
  List<String> urls() {
    List<String> out = new ArrayList<>();
    if (comparison.isEmpty()) {
      return out;
    }
    out.add(DIR + "/");
    for (Subject s : active) {
      for (int k = 1; k <= pageCount(s); k++) {
        out.add(subjectSlug(s, k) + "/");
      }
    }
    comparison.pairs().forEach(p -> out.add(DIR + "/" + p.slug() + "/"));
    return out;
  }

  private static OutputFile page(SiteBuilder.PageRenderer theme, String template, String slug, Views.PageView view) {
    return theme.render(slug + "/index.html", template, view);
  }

  /** How many pages the subject's features take (see {@link #SUBJECT_FEATURES}). */
  private int pageCount(Subject s) {
    int features = subjectFeatures.getOrDefault(s.id(), List.of()).size();
    return Math.max(1, (features + SUBJECT_FEATURES - 1) / SUBJECT_FEATURES);
  }

  /** {@code compare/ecs} for a subject's first page, {@code compare/ecs/2} for the second. */
  private static String subjectSlug(Subject s, int page) {
    return DIR + "/" + s.id() + (page == 1 ? "" : "/" + page);
  }

  private Views.PageView subjectPage(PageViews views, Subject s, int number) {
    List<Feature> all = subjectFeatures.getOrDefault(s.id(), List.of());
    int pageCount = pageCount(s);
    int from = (number - 1) * SUBJECT_FEATURES;
    List<Feature> features = all.subList(Math.min(from, all.size()), Math.min(from + SUBJECT_FEATURES, all.size()));
    // Page 1 is compare/ID/, page k is compare/ID/k/: one folder deeper.
    String up = number == 1 ? "" : "../";
    List<SectionView> sections = new ArrayList<>();
    List<Views.TocEntry> toc = new ArrayList<>();
    Set<String> cited = new java.util.HashSet<>();
    for (Feature f : features) {
      MatrixCell c = cells.get(f.id()).get(s.id());
      c.statements().forEach(st -> st.sources().forEach(src -> cited.add(src.note())));
      sections.add(new SectionView("f-" + f.id(), f.label(), aka(f), cell(c, up + "../../", true)));
      toc.add(new Views.TocEntry(f.label(), "f-" + f.id(), 2, false));
    }
    Set<String> together = new LinkedHashSet<>();
    together.add(s.id());
    List<PairView> pairs = new ArrayList<>();
    for (SubjectPair p : comparison.pairs()) {
      if (p.a().equals(s.id()) || p.b().equals(s.id())) {
        together.add(p.a());
        together.add(p.b());
        pairs.add(pairView(p, up + "../"));
      }
    }
    SubjectView subject = subjectView(s, up + "./");
    List<CompareViews.PageLink> pager = new ArrayList<>();
    if (pageCount > 1) {
      for (int k = 1; k <= pageCount; k++) {
        String url = number == 1 ? (k == 1 ? "./" : k + "/") : (k == 1 ? "../" : "../" + k + "/");
        int first = (k - 1) * SUBJECT_FEATURES + 1;
        int last = Math.min(k * SUBJECT_FEATURES, all.size());
        pager.add(new CompareViews.PageLink(String.valueOf(k), url, first + "–" + last, k == number));
      }
    }
    String intro = "What " + count(notesOf(s).size(), "note", "notes") + " say about " + s.name() + ": "
        + count(subject.statements(), "statement", "statements") + " under " + count(all.size(), "feature", "features")
        + "." + (pageCount > 1
            ? " This is page " + number + " of " + pageCount + ": features " + (from + 1) + "–"
                + (from + features.size()) + "."
            : "");
    var view = new CompareViews.Compare(intro, false, List.of(subject), List.of(), notes(up + "../../", cited), pairs,
        up + "../", up + selection(together), subject, sections, List.of(), pager);
    String title = number == 1 ? s.name() : s.name() + ", page " + number;
    return views.comparison("subject", subjectSlug(s, number), title,
        "Everything the notes say about " + s.name() + (number == 1 ? "." : ", page " + number + "."), view, toc,
        number == 1 ? null : s.name());
  }

  private Views.PageView pairPage(PageViews views, SubjectPair p) {
    Subject a = subject(p.a());
    Subject b = subject(p.b());
    List<Feature> shared = p.features().stream().map(featureById::get).toList();
    String title = a.name() + " vs " + b.name();
    var view = new CompareViews.Compare(
        "What the notes say about " + a.name() + " and " + b.name() + " on the "
            + count(shared.size(), "feature", "features") + " both have statements for.",
        false, List.of(subjectView(a, "../"), subjectView(b, "../")), rows(shared, List.of(a, b), "../../"),
        notes("../../", cited(shared, List.of(a, b))), List.of(), "../",
        selection(new LinkedHashSet<>(List.of(a.id(), b.id()))), null, List.of(), List.of(), List.of());
    return views.comparison("pair", DIR + "/" + p.slug(), title,
        a.name() + " and " + b.name() + " compared across the notes.", view, List.of());
  }

  private String intro() {
    int columns = matrixSubjects.size();
    String more = columns < active.size() ? " (the matrix shows the " + columns + " that the most notes cover)" : "";
    return count(active.size(), "subject", "subjects") + more + " compared on "
        + count(matrixFeatures.size(), "feature", "features") + ", from what "
        + count(comparison.notes().size(), "note", "notes") + " say.";
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String names(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** The matrix with these subjects picked: {@code ../?s=ecs,eks}; the plain matrix when that is all of them. */
  private String selection(Set<String> ids) {
    List<Subject> columns = matrixSubjects;
    List<String> ordered = columns.stream().map(Subject::id).filter(ids::contains).toList();
    if (ordered.size() < 2 || ordered.size() >= columns.size()) {
      return "../";
    }
    return "../?s=" + String.join(",", ordered);
  }

  private List<SubjectView> subjects(String base) {
    return active.stream().map(s -> subjectView(s, base)).toList();
  }

  private SubjectView subjectView(Subject s, String base) {
    return subjectViews.computeIfAbsent(base + "\n" + s.id(), k -> newSubjectView(s, base));
  }

  private SubjectView newSubjectView(Subject s, String base) {
    int statements = 0;
    String summary = "";
    for (MatrixCell c : cellsBySubject.getOrDefault(s.id(), List.of())) {
      Feature f = featureById.get(c.feature());
      statements += c.statements().size();
      if (f.rank() == 0 && summary.isEmpty()) {
        summary = c.statements().stream().filter(st -> st.kind().answer()).map(Statement::text)
            .min(Comparator.comparingInt(String::length)).map(ComparisonPages::shorten).orElse("");
      }
    }
    List<String> aliases = s.aliases().stream().filter(a -> !a.equalsIgnoreCase(s.name())).toList();
    return new SubjectView(s.id(), s.name(), base + s.id() + "/", String.join(", ", aliases), summary, statements,
        notesOf(s).size());
  }

  private Set<String> notesOf(Subject s) {
    return notesBySubject.getOrDefault(s.id(), Set.of());
  }

  private Subject subject(String id) {
    Subject s = subjectById.get(id);
    if (s == null) {
      throw new java.util.NoSuchElementException(id);
    }
    return s;
  }

  /** The notes some statement in these rows and columns comes from. */
  private Set<String> cited(List<Feature> features, List<Subject> columns) {
    Set<String> out = new java.util.HashSet<>();
    for (Feature f : features) {
      Map<String, MatrixCell> row = cells.getOrDefault(f.id(), Map.of());
      for (Subject s : columns) {
        MatrixCell c = row.get(s.id());
        if (c != null) {
          c.statements().forEach(st -> st.sources().forEach(src -> out.add(src.note())));
        }
      }
    }
    return out;
  }

  private List<PairView> pairs(String base) {
    return comparison.pairs().stream().map(p -> pairView(p, base)).toList();
  }

  private PairView pairView(SubjectPair p, String base) {
    String a = subjectById.containsKey(p.a()) ? subjectById.get(p.a()).name() : p.a();
    String b = subjectById.containsKey(p.b()) ? subjectById.get(p.b()).name() : p.b();
    return new PairView(a + " vs " + b, base + p.slug() + "/", p.features().size());
  }

  /**
   * The page's list of notes: only those it cites (a site of a thousand notes would otherwise repeat all of them on
   * every page), numbered as everywhere else so a statement's number means the same note on every page.
   */
  private List<NoteView> notes(String root, Set<String> cited) {
    List<NoteView> out = new ArrayList<>();
    for (var n : comparison.notes()) {
      if (!cited.contains(n.path())) {
        continue;
      }
      out.add(new NoteView(noteNumber.get(n.path()), n.title(), root + PageLinks.encodePath(n.slug() + "/")));
    }
    return out;
  }

  private List<RowView> rows(List<Feature> features, List<Subject> columns, String root) {
    List<RowView> out = new ArrayList<>();
    for (Feature f : features) {
      List<CellView> row = new ArrayList<>();
      StringBuilder has = new StringBuilder();
      for (Subject s : columns) {
        MatrixCell c = cells.getOrDefault(f.id(), Map.of()).get(s.id());
        if (c == null) {
          row.add(new CellView(s.id(), s.name(), false, List.of(), List.of(), "", 0));
        } else {
          row.add(cell(c, root, false));
          has.append(has.length() == 0 ? "" : " ").append("has-").append(s.id());
        }
      }
      out.add(new RowView("f-" + f.id(), f.label(), aka(f), has.toString(), row));
    }
    return out;
  }

  private static String aka(Feature f) {
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    seen.add(f.label());
    List<String> other = new ArrayList<>();
    for (String n : f.names()) {
      if (seen.add(n)) {
        other.add(n);
      }
    }
    return String.join(", ", other);
  }

  /**
   * A cell: direct answers shown; section prose shown too on a subject page, else behind a disclosure. Off the
   * subject page a cell lists at most {@link #CELL_STATEMENTS} and links to the subject page for the rest.
   */
  private CellView cell(MatrixCell c, String root, boolean all) {
    Subject s = subject(c.subject());
    List<StatementView> shown = new ArrayList<>();
    List<StatementView> more = new ArrayList<>();
    boolean anyAnswer = c.statements().stream().anyMatch(st -> st.kind().answer());
    int listed = 0;
    for (Statement st : c.statements()) {
      if (!all && listed == CELL_STATEMENTS) {
        break;
      }
      listed++;
      StatementView v = new StatementView(st.text(), st.sources().stream().map(src -> source(src, root)).toList());
      boolean show = all || st.kind().answer() || (!anyAnswer && shown.size() < 2);
      (show ? shown : more).add(v);
    }
    int rest = c.statements().size() - listed;
    int page = featurePage.getOrDefault(s.id(), Map.of()).getOrDefault(c.feature(), 1);
    String restUrl = rest == 0 ? "" : root + subjectSlug(s, page) + "/#f-" + c.feature();
    return new CellView(s.id(), s.name(), c.differs(), shown, more, restUrl, rest);
  }

  private SourceView source(Source src, String root) {
    // The matrix, the subject page and pair pages show the same statements: each source's view is made once.
    return sourceViews.computeIfAbsent(new SourceAt(src, root), k -> newSource(src, root));
  }

  private record SourceAt(Source source, String root) {}

  private SourceView newSource(Source src, String root) {
    String url = root + PageLinks.encodePath(src.slug() + "/") + (src.anchor().isEmpty() ? "" : "#" + src.anchor());
    String where = src.heading().equals(src.title()) ? src.title() : src.title() + " › " + src.heading();
    return new SourceView(url, String.valueOf(noteNumber.get(src.note())), "Source: " + where,
        where + ", line " + src.line());
  }

  static String shorten(String text) {
    if (text.codePointCount(0, text.length()) <= SUMMARY_LENGTH) {
      return text;
    }
    int end = text.offsetByCodePoints(0, SUMMARY_LENGTH);
    int space = text.lastIndexOf(' ', end);
    return text.substring(0, space > SUMMARY_LENGTH / 2 ? space : end).strip() + "…";
  }
}
