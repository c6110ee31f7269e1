package versus.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code comparison.csv}: one row per statement and source, for spreadsheets. RFC 4180: a header row, CRLF line
 * ends, and fields with commas, quotes or line breaks in double quotes (quotes doubled). Sorted like the JSON.
 */
public final class ComparisonCsv {

  static final List<String> HEADER =
      List.of("feature", "feature_label", "subject", "subject_name", "statement", "kind", "differs", "note", "line",
          "url");

  private ComparisonCsv() {}

  public static String write(Comparison c) {
    return Written.text(out -> write(c, out));
  }

  /** Writes the CSV to {@code sink} a chunk at a time (45 MB at 10,000 notes: never held whole). */
  public static void write(Comparison c, java.io.Writer sink) throws java.io.IOException {
    StringBuilder out = new StringBuilder(Written.CHUNK + 4096);
    row(out, HEADER);
    // By id, once: a large site has tens of thousands of features, and a lookup per cell made this quadratic.
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    c.features().forEach(f -> labels.putIfAbsent(f.id(), f.label()));
    java.util.Map<String, String> names = new java.util.HashMap<>();
    c.subjects().forEach(s -> names.putIfAbsent(s.id(), s.name()));
    List<MatrixCell> cells = new ArrayList<>(c.cells());
    cells.sort(Comparator.comparing(MatrixCell::feature).thenComparing(MatrixCell::subject));
    for (MatrixCell cell : cells) {
      String label = labels.getOrDefault(cell.feature(), "");
      String name = names.getOrDefault(cell.subject(), "");
      List<Statement> statements = new ArrayList<>(cell.statements());
      statements.sort(Comparator.comparing((Statement s) -> s.sources().get(0)).thenComparing(Statement::text));
      for (Statement s : statements) {
        for (Source src : s.sources()) {
          row(out, List.of(cell.feature(), label, cell.subject(), name, s.text(), s.kind().label(),
              String.valueOf(cell.differs()), src.note(), String.valueOf(src.line()), src.url()));
        }
      }
      Written.drain(out, sink);
    }
    sink.append(out);
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
    }
    out.append("\r\n");
  }

  /** One field, quoted when RFC 4180 requires it. */
  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0;
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
