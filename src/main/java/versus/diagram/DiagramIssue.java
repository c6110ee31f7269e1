package versus.diagram;

import java.util.Comparator;
import java.util.Objects;
import versus.diag.Diagnostic;
import versus.diag.SourcePos;

/**
 * One problem found in a diagram, such as a box that does not close or a border that had to be snapped into line.
 *
 * @param line 1-based line in the diagram text (the code block's body)
 * @param column 1-based column in code points of that line
 * @param kind a stable id, one of the constants of this record (such as {@value #UNCLOSED_BOX})
 * @param message one sentence saying what was found and what was done about it
 */
public record DiagramIssue(int line, int column, String kind, String message) {

  /** A box corner whose box could not be closed; it is drawn as plain lines. */
  public static final String UNCLOSED_BOX = "unclosed-box";
  /** A border character off the box's edge by a column or two; the box is drawn straight through it. */
  public static final String RAGGED_BORDER = "ragged-border";
  /** A connector or arrowhead one column off the line it meets; it is drawn joined. */
  public static final String CONNECTOR_SNAPPED = "connector-snapped";
  /** An arrowhead with no line behind it. */
  public static final String DANGLING_ARROW = "dangling-arrow";
  /** A tab, expanded to spaces. */
  public static final String TAB = "tab";
  /** A control character, replaced by a space. */
  public static final String CONTROL_CHARACTER = "control-character";
  /** The box search ran out of its work budget on a pathological drawing; the rest is drawn as plain lines. */
  public static final String BOX_SEARCH_LIMIT = "box-search-limit";
  /** More issues than are kept; the rest are counted in this one's message. */
  public static final String TRUNCATED = "issues-truncated";

  /** Sorted by line, column, then kind: the order in which they are printed. */
  public static final Comparator<DiagramIssue> ORDER =
      Comparator.comparingInt(DiagramIssue::line)
          .thenComparingInt(DiagramIssue::column)
          .thenComparing(DiagramIssue::kind)
          .thenComparing(DiagramIssue::message);

  public DiagramIssue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /**
   * This issue as a warning in a file, for a diagram whose first body line is at {@code bodyStart} (line and column
   * of the block's first character there).
   */
  public Diagnostic toDiagnostic(SourcePos bodyStart) {
    int col = bodyStart.column() == 0 ? column : bodyStart.column() + column - 1;
    SourcePos pos = new SourcePos(bodyStart.file(), bodyStart.line() + line - 1, col);
    return Diagnostic.warning(pos, kind, message);
  }

  /** {@code 12:5: ragged-border: message}, the line the check mode prints. */
  @Override
  public String toString() {
    return line + ":" + column + ": " + kind + ": " + message;
  }
}
