package versus.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing the build or a lint has to say about the input, with where it is.
 *
 * @param severity how bad it is
 * @param pos where it is
 * @param rule a stable id such as {@code heading-space} (empty when the message is not a lint rule)
 * @param message one sentence saying what is wrong and, where it helps, what to do
 */
public record Diagnostic(Severity severity, SourcePos pos, String rule, String message) {

  /** Sorted by file, line, column, then severity: the order in which they are printed. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::pos)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::rule)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(SourcePos pos, String rule, String message) {
    return new Diagnostic(Severity.ERROR, pos, rule, message);
  }

  public static Diagnostic warning(SourcePos pos, String rule, String message) {
    return new Diagnostic(Severity.WARNING, pos, rule, message);
  }

  public static Diagnostic info(SourcePos pos, String rule, String message) {
    return new Diagnostic(Severity.INFO, pos, rule, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code content/x.md:12:1: warning[heading-space]: message}, the rustc/ESLint shape. */
  @Override
  public String toString() {
    String kind = rule.isEmpty() ? severity.label() : severity.label() + "[" + rule + "]";
    return pos + ": " + kind + ": " + message;
  }
}
