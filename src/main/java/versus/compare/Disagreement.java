package versus.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * When notes disagree. Versus compares wording, not meaning, so it cannot tell a contradiction from a rewording; it
 * marks the cells where the notes give answers that share little, so a reader knows to read them side by side.
 *
 * <p>The rule: only direct answers count (table cells and labelled points, not section prose). Two notes <em>agree</em>
 * on a cell when some answer of one is a near-duplicate of some answer of the other, and agreement carries over (if A
 * agrees with B and B with C, all three agree). A cell <em>differs</em> when the notes that answer it fall into two or
 * more groups that do not agree. Two answers are near-duplicates when at least {@value #OVERLAP} of the content words
 * of the shorter one (small words and the subject's own name left out) are in the longer one, words counting as the
 * same when one extends the other ("scale" and "scaling"); and, for short answers of at most {@value #SHORT} content
 * words, when both or neither are negated. "Easier" and "Easier to learn, AWS-specific" agree; "AWS only" and "Any
 * Kubernetes platform" differ; so do "Portable" and "Not portable".
 */
final class Disagreement {

  static final double OVERLAP = 0.75;
  static final int SHORT = 6;

  private static final Pattern NEGATED =
      Pattern.compile("(?iu)\\b(not|no|never|non|cannot|none)\\b|n['’]t\\b");

  private Disagreement() {}

  static Set<String> content(String text, Set<String> ignore) {
    Set<String> out = new HashSet<>();
    for (Words.Word w : Words.of(text)) {
      String f = w.folded();
      if (!Words.STOP.contains(f) && !ignore.contains(f)) {
        out.add(Words.stem(f));
      }
    }
    return out;
  }

  static boolean negated(String text) {
    return NEGATED.matcher(text).find();
  }

  /** True when two answers say nearly the same thing, by the rule above. */
  static boolean nearDuplicate(String a, String b, Set<String> ignore) {
    Set<String> x = content(a, ignore);
    Set<String> y = content(b, ignore);
    if (x.size() <= SHORT && y.size() <= SHORT && negated(a) != negated(b)) {
      return false;
    }
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    Set<String> small = x.size() <= y.size() ? x : y;
    Set<String> large = small == x ? y : x;
    long shared = small.stream().filter(w -> large.stream().anyMatch(v -> sameWord(w, v))).count();
    return shared >= OVERLAP * small.size();
  }

  /** Equal, or one extends the other by a suffix: they share all but the last letter of the shorter, at least four. */
  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int min = Math.min(a.length(), b.length());
    if (min < 4) {
      return false;
    }
    int common = 0;
    while (common < min && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= Math.max(4, min - 1);
  }

  /**
   * The notes whose answers in one cell differ, sorted; empty when they all agree.
   *
   * @param answers the cell's direct answers
   * @param ignore the words of the subject's own name
   */
  static List<String> differingNotes(List<Fact> answers, Set<String> ignore) {
    Map<String, List<String>> byNote = new TreeMap<>();
    for (Fact f : answers) {
      byNote.computeIfAbsent(f.source().note(), k -> new ArrayList<>()).add(f.text());
    }
    List<String> notes = new ArrayList<>(byNote.keySet());
    int[] group = new int[notes.size()];
    for (int i = 0; i < group.length; i++) {
      group[i] = i;
    }
    for (int i = 0; i < notes.size(); i++) {
      for (int j = i + 1; j < notes.size(); j++) {
        if (find(group, i) != find(group, j) && agree(byNote.get(notes.get(i)), byNote.get(notes.get(j)), ignore)) {
          group[find(group, j)] = find(group, i);
        }
      }
    }
    Set<Integer> groups = new TreeSet<>();
    for (int i = 0; i < notes.size(); i++) {
      groups.add(find(group, i));
    }
    return groups.size() > 1 ? List.copyOf(notes) : List.of();
  }

  private static int find(int[] group, int i) {
    while (group[i] != i) {
      i = group[i];
    }
    return i;
  }

  private static boolean agree(List<String> a, List<String> b, Set<String> ignore) {
    for (String x : a) {
      for (String y : b) {
        if (nearDuplicate(x, y, ignore)) {
          return true;
        }
      }
    }
    return false;
  }
}
