package versus.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import versus.compare.Outline.Scope;
import versus.compare.SubjectMatcher.Named;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.SourcePos;
import versus.markdown.NoteTable;
import versus.table.Cell;

/**
 * Facts from a table, in whichever way it is laid out:
 *
 * <ul>
 *   <li>features as rows, subjects as columns ({@code | Feature | **ECS** | **EKS** |});
 *   <li>subjects as rows, features as columns ({@code | Service | Purpose | Works With |});
 *   <li>a table in a section about one subject ({@code ### ECS Launch Types}): each row says something about it.
 * </ul>
 *
 * <p>Problems (an empty header cell, a name that needed trimming, a repeated row) are reported, never thrown.
 */
final class TableFacts {

  /** First header cells that say "the rows are features": the table compares what is in its other columns. */
  static final Set<String> DIMENSIONS =
      Set.of("", "feature", "aspect", "criterion", "criteria", "category", "attribute", "property", "dimension",
          "comparison", "metric", "spec", "specification", "characteristic", "parameter", "factor", "area", "topic",
          "capability", "vs", "versus");

  static final String RULE = "compare-table";

  /** A cell that is a number or an amount ("1,200", "$5", "99.9 %"): not a name. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d.,%$€£ ]+");

  private final SubjectMatcher matcher;
  private final DiagnosticSink sink;

  TableFacts(SubjectMatcher matcher, DiagnosticSink sink) {
    this.matcher = matcher;
    this.sink = sink;
  }

  /** A fact without its source yet, with the line it is on. */
  record Said(String subject, String feature, String text, Fact.Kind kind, int line) {}

  /** The facts of one table, and the subjects it puts side by side. */
  record Result(List<Said> facts, Set<String> compared) {}

  /** How a table is laid out. */
  enum Layout {
    FEATURE_ROWS,
    SUBJECT_ROWS,
    SUBJECT_COLUMNS,
    ABOUT_SCOPE,
    NONE
  }

  static String text(Cell c) {
    return text(c.plainText());
  }

  /** Cell text with whitespace (also no-break spaces) collapsed and trimmed. */
  static String text(String s) {
    return Words.collapseSpaces(s);
  }

  private static List<String> header(NoteTable t) {
    return t.model().header().stream().map(TableFacts::text).toList();
  }

  private static String cell(List<Cell> row, int c) {
    return c < row.size() ? text(row.get(c)) : "";
  }

  static boolean dimension(String firstHeader) {
    return DIMENSIONS.contains(FeatureNames.key(firstHeader));
  }

  Layout layout(NoteTable t, Scope scope) {
    List<String> head = header(t);
    if (head.size() < 2 || t.model().rows().isEmpty()) {
      return Layout.NONE;
    }
    int named = 0;
    for (int c = 1; c < head.size(); c++) {
      named += matcher.name(head.get(c)).isPresent() ? 1 : 0;
    }
    if (named > 0) {
      return matcher.name(head.get(0)).isPresent() ? Layout.SUBJECT_COLUMNS : Layout.FEATURE_ROWS;
    }
    int rows = 0;
    for (List<Cell> row : t.model().rows()) {
      rows += matcher.name(cell(row, 0)).isPresent() ? 1 : 0;
    }
    if (rows > 0 && rows * 2 >= t.model().rows().size()) {
      return Layout.SUBJECT_ROWS;
    }
    return scope.context().single() ? Layout.ABOUT_SCOPE : Layout.NONE;
  }

  /**
   * Names in the table's subject positions that are not subjects yet but should be: the other columns of a table
   * whose header names a subject or starts with "Feature"; the other rows of a table whose first column names
   * subjects; every row of a three-column table whose first column reads like names. Tables in a section about one
   * subject describe that subject, so they add none.
   */
  List<String> discover(NoteTable t, Scope scope) {
    List<String> head = header(t);
    List<String> out = new ArrayList<>();
    if (scope.context().single() || head.size() < 2 || t.model().rows().isEmpty()) {
      return out;
    }
    boolean anyNamed = false;
    for (int c = 1; c < head.size(); c++) {
      anyNamed |= matcher.name(head.get(c)).isPresent();
    }
    if (anyNamed || dimension(head.get(0))) {
      for (int c = 1; c < head.size(); c++) {
        if (!head.get(c).isEmpty() && matcher.name(head.get(c)).isEmpty()) {
          out.add(head.get(c));
        }
      }
      return out;
    }
    List<String> first = t.model().rows().stream().map(r -> cell(r, 0)).toList();
    long namedRows = first.stream().filter(f -> matcher.name(f).isPresent()).count();
    boolean subjectRows = namedRows > 0 && namedRows * 2 >= first.size();
    boolean looksLikeNames = namedRows == 0 && head.size() >= 3 && first.size() >= 2 && namesColumn(first);
    if (subjectRows || looksLikeNames) {
      for (String f : first) {
        if (!f.isEmpty() && matcher.name(f).isEmpty()) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** A column of short, different, non-numeric entries. */
  private static boolean namesColumn(List<String> cells) {
    Set<String> seen = new java.util.HashSet<>();
    for (String c : cells) {
      if (c.isEmpty() || c.length() > 40 || Words.count(c) > 5 || NUMBER.matcher(c).matches()
          || !seen.add(Words.key(c))) {
        return false;
      }
    }
    return true;
  }

  Result extract(NoteTable t, Scope scope) {
    Layout layout = layout(t, scope);
    List<Said> out = new ArrayList<>();
    Set<String> compared = new LinkedHashSet<>();
    switch (layout) {
      case FEATURE_ROWS, SUBJECT_COLUMNS -> columns(t, scope, layout, out, compared);
      case SUBJECT_ROWS -> {
        subjectRows(t, out, compared);
        if (scope.context().single()) {
          aboutScope(t, scope, out);
        }
      }
      case ABOUT_SCOPE -> aboutScope(t, scope, out);
      default -> {}
    }
    return new Result(out, compared);
  }

  private int rowLine(NoteTable t, int r) {
    return t.pos().line() + 2 + r; // a GFM table is one line per row, after the header and the delimiter row
  }

  private SourcePos at(NoteTable t, int line) {
    return SourcePos.of(t.pos().file(), line, 0);
  }

  /** The subject a header or first-column cell names, reporting names that needed trimming or guessing. */
  private Optional<String> subjectOf(String raw, String what, NoteTable t, int line) {
    Optional<Named> n = matcher.name(raw);
    n.ifPresent(
        named -> {
          switch (named.quality()) {
            case TRIMMED -> sink.report(Diagnostic.warning(at(t, line), RULE,
                what + " '" + raw + "' matches subject " + named.subject() + " after trimming"));
            case SPELLING -> sink.report(Diagnostic.warning(at(t, line), RULE,
                what + " '" + raw.strip() + "' is taken to be subject " + named.subject()
                    + " (a near spelling); add it to the subject's aliases in versus.yml if that is right"));
            default -> {}
          }
        });
    return n.map(Named::subject);
  }

  private void columns(NoteTable t, Scope scope, Layout layout, List<Said> out, Set<String> compared) {
    List<Cell> headCells = t.model().header();
    int cols = t.model().columns();
    int firstSubject = layout == Layout.SUBJECT_COLUMNS ? 0 : 1;
    String[] subjectAt = new String[cols];
    Map<String, Integer> columnOf = new HashMap<>();
    for (int c = firstSubject; c < cols; c++) {
      String raw = c < headCells.size() ? headCells.get(c).plainText() : "";
      if (text(raw).isEmpty()) {
        sink.report(Diagnostic.warning(at(t, t.pos().line()), RULE,
            "table column " + (c + 1) + " has no header; its cells are left out of the comparison"));
        continue;
      }
      Optional<String> s = subjectOf(raw, "table column", t, t.pos().line());
      if (s.isEmpty()) {
        sink.report(Diagnostic.info(at(t, t.pos().line()), RULE,
            "table column '" + text(raw) + "' names no subject; its cells are left out of the comparison"));
        continue;
      }
      Integer before = columnOf.putIfAbsent(s.get(), c);
      if (before != null) {
        sink.report(Diagnostic.warning(at(t, t.pos().line()), RULE,
            "table columns " + (before + 1) + " and " + (c + 1) + " both name subject " + s.get()));
      }
      subjectAt[c] = s.get();
      compared.add(s.get());
    }
    Map<String, Integer> seenRows = new HashMap<>();
    List<List<Cell>> rows = t.model().rows();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      int line = rowLine(t, r);
      String feature;
      if (layout == Layout.SUBJECT_COLUMNS) {
        feature = scope.context().feature().isEmpty() ? SectionFacts.SUMMARY : scope.context().feature();
      } else {
        feature = Words.cleanLabel(cell(row, 0));
        if (feature.isEmpty()) {
          sink.report(Diagnostic.warning(at(t, line), RULE,
              "table row has no feature name in its first cell; the row is left out of the comparison"));
          continue;
        }
        Integer first = seenRows.putIfAbsent(FeatureNames.key(feature), line);
        if (first != null) {
          sink.report(Diagnostic.warning(at(t, line), RULE,
              "table row '" + feature + "' repeats the row on line " + first + "; the statements of both are kept"));
        }
      }
      for (int c = firstSubject; c < cols; c++) {
        String value = cell(row, c);
        if (subjectAt[c] != null && !value.isEmpty()) {
          out.add(new Said(subjectAt[c], feature, value, Fact.Kind.TABLE, line));
        }
      }
    }
  }

  private void subjectRows(NoteTable t, List<Said> out, Set<String> compared) {
    List<String> head = header(t);
    for (int c = 1; c < head.size(); c++) {
      if (head.get(c).isEmpty()) {
        sink.report(Diagnostic.warning(at(t, t.pos().line()), RULE,
            "table column " + (c + 1) + " has no header; its cells are left out of the comparison"));
      }
    }
    List<List<Cell>> rows = t.model().rows();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      int line = rowLine(t, r);
      String raw = row.isEmpty() ? "" : row.get(0).plainText();
      Optional<String> s = subjectOf(raw, "table row", t, line);
      if (s.isEmpty()) {
        if (!text(raw).isEmpty()) {
          sink.report(Diagnostic.info(at(t, line), RULE,
              "table row '" + text(raw) + "' names no subject; it is left out of the comparison"));
        }
        continue;
      }
      compared.add(s.get());
      for (int c = 1; c < head.size(); c++) {
        String feature = Words.cleanLabel(head.get(c));
        String value = cell(row, c);
        if (!feature.isEmpty() && !value.isEmpty()) {
          out.add(new Said(s.get(), feature, value, Fact.Kind.TABLE, line));
        }
      }
    }
  }

  /** A table in a section about one subject: each row is one statement about it. */
  private void aboutScope(NoteTable t, Scope scope, List<Said> out) {
    String subject = scope.context().subjects().get(0);
    String feature = scope.context().feature();
    List<List<Cell>> rows = t.model().rows();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        if (!cell(row, c).isEmpty()) {
          cells.add(cell(row, c));
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      if (!feature.isEmpty()) {
        out.add(new Said(subject, feature, String.join(" — ", cells), Fact.Kind.SECTION, rowLine(t, r)));
      } else if (cells.size() > 1 && !cell(row, 0).isEmpty()) {
        String rest = String.join(" — ", cells.subList(1, cells.size()));
        out.add(new Said(subject, Words.cleanLabel(cells.get(0)), rest, Fact.Kind.TABLE, rowLine(t, r)));
      }
    }
  }
}
