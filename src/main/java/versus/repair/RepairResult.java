package versus.repair;

import java.util.List;
import java.util.Objects;

/**
 * The repaired text and what was repaired, in the order the stretches appear in the original text.
 *
 * @param text the repaired text (the input itself when nothing was broken)
 * @param repairs one entry per repaired stretch
 */
public record RepairResult(String text, List<Repair> repairs) {

  public RepairResult {
    Objects.requireNonNull(text, "text");
    repairs = List.copyOf(repairs);
  }

  public boolean changed() {
    return !repairs.isEmpty();
  }

  /** Characters (code points) of repaired text produced, over all stretches. */
  public int charactersRepaired() {
    return repairs.stream().mapToInt(r -> r.after().codePointCount(0, r.after().length())).sum();
  }

  /** Number of repaired stretches. */
  public int sequences() {
    return repairs.size();
  }

  public int lostBytesRestored() {
    return repairs.stream().mapToInt(Repair::lostBytes).sum();
  }

  /** The stretches where a lost byte was restored by choice; each names its rivals. */
  public List<Repair> choices() {
    return repairs.stream().filter(Repair::isChoice).toList();
  }

  /** The build's one-line summary, {@code content/x.md: 612 characters repaired in 93 sequences, 7 lost bytes restored}. */
  public String summary(String file) {
    String s = file + ": " + charactersRepaired() + " characters repaired in " + sequences() + " sequences";
    int lost = lostBytesRestored();
    if (lost > 0) {
      s += ", " + lost + (lost == 1 ? " lost byte restored" : " lost bytes restored");
    }
    int chosen = choices().size();
    return chosen > 0 ? s + ", " + chosen + (chosen == 1 ? " site" : " sites") + " chosen among rivals" : s;
  }
}
