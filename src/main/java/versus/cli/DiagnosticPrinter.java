package versus.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import versus.diag.Diagnostic;
import versus.diag.Severity;

/**
 * Prints diagnostics one per line, {@code file:line:col: severity[rule]: message}, the shape editors and CI logs turn
 * into links. Colour only on a terminal, and never when {@code NO_COLOR} is set.
 */
final class DiagnosticPrinter {

  private static final String RESET = "\u001b[0m";

  private final boolean color;

  DiagnosticPrinter(boolean color) {
    this.color = color;
  }

  /** Colour when standard error is a terminal and the user has not asked for none. */
  static DiagnosticPrinter forTerminal() {
    boolean tty = System.console() != null;
    String noColor = System.getenv("NO_COLOR");
    return new DiagnosticPrinter(tty && (noColor == null || noColor.isEmpty()));
  }

  void print(PrintWriter out, Diagnostic d) {
    if (!color) {
      out.println(d);
      return;
    }
    String kind = d.rule().isEmpty() ? d.severity().label() : d.severity().label() + "[" + d.rule() + "]";
    String code =
        switch (d.severity()) {
          case ERROR -> "\u001b[1;31m";
          case WARNING -> "\u001b[1;33m";
          case INFO -> "\u001b[1;36m";
        };
    out.println("\u001b[1m" + d.pos() + RESET + ": " + code + kind + RESET + ": " + d.message());
  }

  /** The diagnostics as a JSON array of objects with fixed keys, for tools. */
  static String json(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append("  {\"file\": ").append(quote(d.pos().file()))
          .append(", \"line\": ").append(d.pos().line())
          .append(", \"column\": ").append(d.pos().column())
          .append(", \"severity\": ").append(quote(d.severity().label()))
          .append(", \"rule\": ").append(quote(d.rule()))
          .append(", \"message\": ").append(quote(d.message()))
          .append('}');
    }
    return out.append(diagnostics.isEmpty() ? "]" : "\n]").toString();
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
