package versus.repair;

import java.util.List;
import java.util.Objects;

/**
 * One repaired stretch of text: a run of adjacent broken sequences, or a single restored character that had to be
 * chosen among rivals (a choice is never merged with its neighbours, so its rivals stay attached to it).
 *
 * @param line 1-based line of the stretch in the original text
 * @param column 1-based column of the stretch in the original text, counted in code points
 * @param before the stretch as it was
 * @param after the stretch as repaired
 * @param encoding the code page(s) undone, outermost first, e.g. {@code windows-1252} or {@code windows-1252 ×2}
 * @param lostBytes bytes put back that a lossy decoder had dropped
 * @param alternatives other characters that fitted as well at a restored byte; empty unless this was a choice
 */
public record Repair(
    int line, int column, String before, String after, String encoding, int lostBytes, List<String> alternatives) {

  public Repair {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(encoding, "encoding");
    alternatives = List.copyOf(alternatives);
  }

  /** Whether a lost byte was restored by choosing the most probable of several fitting characters. */
  public boolean isChoice() {
    return !alternatives.isEmpty();
  }

  /**
   * The verbose report line, {@code file:line:col: 'â”Œ' → '┌'}, with the encoding and, for a choice, the rivals.
   */
  public String format(String file) {
    StringBuilder sb = new StringBuilder();
    sb.append(file).append(':').append(line).append(':').append(column).append(": '");
    sb.append(before).append("' → '").append(after).append("' (").append(encoding);
    if (lostBytes > 0) {
      sb.append(", ").append(lostBytes).append(lostBytes == 1 ? " lost byte restored" : " lost bytes restored");
    }
    if (isChoice()) {
      sb.append(", chosen over ").append(String.join(" ", alternatives));
    }
    return sb.append(')').toString();
  }
}
