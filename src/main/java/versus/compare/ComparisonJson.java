package versus.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code comparison.json}: the whole comparison as data, for other tools. Keys come in a fixed order, every list
 * is sorted (subjects and features by id, cells by feature then subject, statements by their first source), and
 * output is UTF-8 with {@code \n} line ends, so two builds of the same notes give the same bytes. The shape is
 * described in the README; {@value #VERSION} is its version, raised when a field changes meaning or goes away.
 */
public final class ComparisonJson {

  public static final int VERSION = 1;

  private ComparisonJson() {}

  /** The comparison as JSON; URLs in it are relative to the site root. */
  public static String write(Comparison c) {
    return Written.text(out -> write(c, out));
  }

  /**
   * Writes the comparison as JSON to {@code sink} a chunk at a time: at 10,000 notes it is 70 MB, and building it as
   * one string took several times that at once.
   */
  public static void write(Comparison c, java.io.Writer sink) throws java.io.IOException {
    StringBuilder out = new StringBuilder(Written.CHUNK + 4096);
    out.append("{\n  \"version\": ").append(VERSION).append(",\n");
    out.append("  \"notes\": [");
    List<NoteRef> notes = new ArrayList<>(c.notes());
    notes.sort(Comparator.comparing(NoteRef::path));
    list(out, sink, notes, (n, o) -> o.append("{\"path\": ").append(str(n.path())).append(", \"title\": ")
        .append(str(n.title())).append(", \"url\": ").append(str(n.slug() + "/")).append('}'), "    ");
    out.append("],\n  \"subjects\": [");
    List<Subject> subjects = new ArrayList<>(c.subjects());
    subjects.sort(Comparator.comparing(Subject::id));
    list(out, sink, subjects, (s, o) -> o.append("{\"id\": ").append(str(s.id())).append(", \"name\": ").append(str(s.name()))
        .append(", \"aliases\": ").append(strings(s.aliases())).append(", \"declared\": ").append(s.declared())
        .append('}'), "    ");
    out.append("],\n  \"features\": [");
    List<Feature> features = new ArrayList<>(c.features());
    features.sort(Comparator.comparing(Feature::id));
    list(out, sink, features, (f, o) -> o.append("{\"id\": ").append(str(f.id())).append(", \"label\": ")
        .append(str(f.label())).append(", \"names\": ").append(strings(f.names())).append('}'), "    ");
    out.append("],\n  \"cells\": [");
    List<MatrixCell> cells = new ArrayList<>(c.cells());
    cells.sort(Comparator.comparing(MatrixCell::feature).thenComparing(MatrixCell::subject));
    list(out, sink, cells, ComparisonJson::cell, "    ");
    out.append("],\n  \"pairs\": [");
    List<SubjectPair> pairs = new ArrayList<>(c.pairs());
    pairs.sort(Comparator.comparing(SubjectPair::a).thenComparing(SubjectPair::b));
    list(out, sink, pairs, (p, o) -> o.append("{\"a\": ").append(str(p.a())).append(", \"b\": ").append(str(p.b()))
        .append(", \"url\": ").append(str("compare/" + p.slug() + "/")).append(", \"features\": ")
        .append(strings(p.features().stream().sorted().toList())).append('}'), "    ");
    out.append("]\n}\n");
    sink.append(out);
  }

  private static void cell(MatrixCell cell, StringBuilder o) {
    o.append("{\"feature\": ").append(str(cell.feature())).append(", \"subject\": ").append(str(cell.subject()))
        .append(", \"differs\": ").append(cell.differs()).append(", \"differing_notes\": ")
        .append(strings(cell.differingNotes())).append(",\n      \"statements\": [");
    List<Statement> statements = new ArrayList<>(cell.statements());
    statements.sort(Comparator.comparing((Statement s) -> s.sources().get(0)).thenComparing(Statement::text));
    list(o, null, statements, (s, w) -> {
      w.append("{\"text\": ").append(str(s.text())).append(", \"kind\": ").append(str(s.kind().label()))
          .append(", \"sources\": [");
      for (int i = 0; i < s.sources().size(); i++) {
        Source src = s.sources().get(i);
        w.append(i == 0 ? "" : ", ").append("{\"note\": ").append(str(src.note())).append(", \"anchor\": ")
            .append(str(src.anchor())).append(", \"line\": ").append(src.line()).append(", \"url\": ")
            .append(str(src.url())).append('}');
      }
      w.append("]}");
    }, "        ");
    o.append("]}");
  }

  private interface Writer<T> {
    void write(T value, StringBuilder out);
  }

  /** Writes {@code items} into {@code out}, emptying it into {@code sink} (when there is one) every chunk. */
  private static <T> void list(StringBuilder out, java.io.Writer sink, List<T> items, Writer<T> writer, String indent) {
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append(indent);
      writer.write(items.get(i), out);
      if (sink != null) {
        try {
          Written.drain(out, sink);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    if (!items.isEmpty()) {
      out.append('\n').append(indent, 0, indent.length() - 2);
    }
  }

  private static String strings(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(str(values.get(i)));
    }
    return out.append(']').toString();
  }

  /** A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8. */
  static String str(String s) {
    if (plain(s)) {
      // Most statements need no escape; copying them whole saved a tenth of writing 70 MB of JSON.
      return '"' + s + '"';
    }
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Whether {@code s} goes into a JSON string as it is (nothing {@link #str} escapes). */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x20 || ch == '"' || ch == '\\' || ch == '\u2028' || ch == '\u2029') {
        return false;
      }
    }
    return true;
  }
}
