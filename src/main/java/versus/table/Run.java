package versus.table;

import java.util.Objects;

/**
 * A stretch of cell text with one set of inline styles, as Markdown gives it ({@code **bold**}, {@code `code`},
 * {@code [link](href)}).
 *
 * @param text the characters, never null
 * @param bold strong emphasis
 * @param italic emphasis
 * @param code inline code, drawn in a monospace font
 * @param strike strikethrough
 * @param href link target, or null when the run is not a link
 */
public record Run(String text, boolean bold, boolean italic, boolean code, boolean strike, String href) {

  public Run {
    Objects.requireNonNull(text, "text");
  }

  /** A run with no styles. */
  public static Run plain(String text) {
    return new Run(text, false, false, false, false, null);
  }

  /** True when the run is a link. */
  public boolean isLink() {
    return href != null;
  }
}
