package versus.diag;

import java.util.Locale;

/** How bad a diagnostic is. Errors fail the build; warnings fail it only under {@code --strict}. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Lower-case label as printed ({@code error}, {@code warning}, {@code info}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
