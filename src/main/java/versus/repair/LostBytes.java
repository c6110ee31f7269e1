package versus.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Restores the bytes a lossy decoder dropped. Only the code page's undefined bytes can be missing, so each hole has a
 * handful of candidates; each is scored for structure (does a box-drawing character join its neighbours, is a
 * variation selector after an emoji, is an emoji fully qualified, does a letter fit its script) and then for meaning
 * and frequency (emoji keywords found in the line or the note, tweet counts, corpus letter counts). When the best
 * candidate wins on meaning or frequency alone, the restoration is reported as a choice with its rivals.
 *
 * <p>Only sequences that kept at least one continuation byte are restored: a two-byte letter whose single
 * continuation was dropped leaves a lone lead character ({@code Å} for {@code Ł}) that cannot be told from a real
 * accented letter, so it is left alone; and no candidate is forced in where none fits its surroundings.
 */
final class LostBytes {

  private static final double LINE_KEYWORD = 3.0;
  private static final double NOTE_KEYWORD = 1.5;
  private static final int MAX_ALTERNATIVES = 4;

  private final LineEvaluator validity;
  private final Oddness oddness;
  private final CharStats stats;
  private final EmojiTable emoji;
  private final Words words;

  LostBytes(LineEvaluator validity, Oddness oddness, CharStats stats, EmojiTable emoji, Words words) {
    this.validity = validity;
    this.oddness = oddness;
    this.stats = stats;
    this.emoji = emoji;
    this.words = words;
  }

  /**
   * The restored character, or null when no candidate fits its surroundings.
   *
   * @param codePoint what the site becomes
   * @param lostBytes how many bytes were put back
   * @param alternatives rivals that fit as well structurally (empty when structure decided)
   */
  record Restoration(int codePoint, int lostBytes, List<String> alternatives) {}

  private record Candidate(int codePoint, double structure, double meaning) {}

  /** Structure decides first; meaning and frequency only rank the candidates that fit equally well. */
  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble(Candidate::structure)
          .thenComparingDouble(Candidate::meaning)
          .reversed()
          .thenComparingInt(Candidate::codePoint);

  /** What is left and right of a site, and above and below it by code-point and by display column. */
  private record Surroundings(int left, int right, int[] up, int[] down) {}

  /** The emoji keywords in one line of the grid, for {@link #restore}. */
  Set<String> wordsOf(Grid grid, int line) {
    return words.in(grid.lineText(line));
  }

  /**
   * Restores the site {@code seq} that stands at {@code (line, col)} of {@code grid} as one placeholder cell.
   *
   * @param lineWords {@link #wordsOf} the site's line
   */
  Restoration restore(
      Seq seq, CodePage page, Grid grid, int line, int col, Set<String> lineWords, Set<String> noteWords) {
    int need = Utf8.continuations(seq.bytes()[0]);
    int missing = need + 1 - seq.bytes().length;
    List<Candidate> candidates = new ArrayList<>();
    Surroundings around =
        new Surroundings(
            grid.at(line, col - 1), grid.at(line, col + 1), grid.vertical(line, col, -1), grid.vertical(line, col, 1));
    for (int cp : completions(seq.bytes(), need, missing, page.undefinedContinuations())) {
      if (validity.valid(cp)) { // completions are distinct
        candidates.add(new Candidate(cp, structure(cp, around), meaning(cp, lineWords, noteWords)));
      }
    }
    candidates.sort(BEST_FIRST);
    if (candidates.isEmpty() || candidates.get(0).structure() < 0) {
      return null;
    }
    Candidate best = candidates.get(0);
    List<String> rivals = new ArrayList<>();
    for (Candidate c : candidates.subList(1, candidates.size())) {
      if (c.structure() >= best.structure() && rivals.size() < MAX_ALTERNATIVES) {
        rivals.add(Character.toString(c.codePoint()));
      }
    }
    return new Restoration(best.codePoint(), missing, List.copyOf(rivals));
  }

  /** Every code point the present bytes make with {@code missing} undefined bytes put into any of the slots. */
  static int[] completions(int[] present, int need, int missing, int[] lost) {
    int[] out = new int[8];
    int n = 0;
    int[] bytes = new int[need + 1];
    int slots = need; // positions 1..need after the lead
    for (int mask = 0; mask < (1 << slots); mask++) {
      if (Integer.bitCount(mask) != missing) {
        continue;
      }
      int combos = (int) Math.pow(lost.length, missing);
      for (int combo = 0; combo < combos; combo++) {
        bytes[0] = present[0];
        int p = 1;
        int rest = combo;
        for (int slot = 1; slot <= need; slot++) {
          if ((mask & (1 << (slot - 1))) != 0) {
            bytes[slot] = lost[rest % lost.length];
            rest /= lost.length;
          } else {
            bytes[slot] = present[p++];
          }
        }
        int cp = Utf8.decode(bytes, need + 1);
        if (cp >= 0 && !contains(out, n, cp)) {
          out = n == out.length ? Arrays.copyOf(out, 2 * n) : out;
          out[n++] = cp;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean contains(int[] values, int n, int value) {
    for (int i = 0; i < n; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  /** Fit with the surroundings: 0 is neutral, negative means the candidate contradicts what is around it. */
  private double structure(int cp, Surroundings around) {
    int left = around.left();
    int right = around.right();
    double s = geometry(cp, around);
    if (cp >= 0xFE00 && cp <= 0xFE0F) {
      boolean emojiBase = emoji.contains(left);
      return s + (!emojiBase || cp < 0xFE0E ? -3 : cp == 0xFE0F ? 1 : 0);
    }
    if (emoji.contains(cp)) {
      return s + (emoji.emojiPresentation(cp) || right == 0xFE0F ? 1 : -1);
    }
    int type = Character.getType(cp);
    if (type == Character.CONTROL || type == Character.FORMAT || !validity.usual(cp)) {
      return s - 3;
    }
    if (Character.isLetter(cp)) {
      s -= oddness.isRare(cp) ? 2 : 0;
      s -= Character.isLetter(left) ? Oddness.scriptDistance(cp, left) : 0;
      s -= Character.isLetter(right) ? Oddness.scriptDistance(cp, right) : 0;
    }
    return s;
  }

  /** Box geometry: +1 per arm that meets an arm, -1 per neighbour arm left unmet, -0.5 per arm into nothing. */
  private static double geometry(int cp, Surroundings around) {
    int left = around.left();
    int right = around.right();
    int[] up = around.up();
    int[] down = around.down();
    if (!Grid.hasArms(cp) && !Grid.hasArms(left) && !Grid.hasArms(right) && !anyArms(up) && !anyArms(down)) {
      return 0;
    }
    int[] mine = Grid.arms(cp);
    double s = join(mine[Grid.LEFT], Grid.arms(left)[Grid.RIGHT]) + join(mine[Grid.RIGHT], Grid.arms(right)[Grid.LEFT]);
    // a diagram lines up by code point or by display cell, depending on the editor: take the better reading
    s += Math.max(join(mine[Grid.UP], Grid.arms(up[0])[Grid.DOWN]), join(mine[Grid.UP], Grid.arms(up[1])[Grid.DOWN]));
    s +=
        Math.max(
            join(mine[Grid.DOWN], Grid.arms(down[0])[Grid.UP]), join(mine[Grid.DOWN], Grid.arms(down[1])[Grid.UP]));
    return s;
  }

  private static boolean anyArms(int[] cps) {
    return Grid.hasArms(cps[0]) || Grid.hasArms(cps[1]);
  }

  private static double join(int mine, int theirs) {
    if (mine > 0 && theirs > 0) {
      return mine == theirs ? 1 : -0.5;
    }
    if (mine > 0) {
      return -0.5;
    }
    return theirs > 0 ? -1 : 0;
  }

  /** Meaning and frequency: keywords of an emoji found in the line or the note, tweet and corpus counts. */
  private double meaning(int cp, Set<String> lineWords, Set<String> noteWords) {
    if (emoji.contains(cp)) {
      double best = 0;
      for (String k : emoji.keywords(cp)) {
        best = Math.max(best, lineWords.contains(k) ? LINE_KEYWORD : noteWords.contains(k) ? NOTE_KEYWORD : 0);
      }
      // Tweets are another register than notes: their counts only break ties, hence the small weight.
      return best + 0.25 * Math.log1p(emoji.tweets(cp));
    }
    return Character.isLetterOrDigit(cp) ? 0.25 * Math.log1p(stats.foldedCount(cp)) : 0;
  }
}
