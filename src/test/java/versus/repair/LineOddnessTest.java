package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The change of a line's oddness summed near the edits only must equal the change summed over the whole line: this
 * holds only while {@link Oddness#at} looks no further than its declared reach.
 */
class LineOddnessTest {

  private static final int[] SOUP =
      ("aZé ß—–-…“”‘’«»©®™°±×÷€$%&*+<=>?@^`|~¡¿·ÃÂâ€ğŸ™‚│─┌┐╗¨´ˆ˜ĞİŞ,.;:!()[]{}"
              + "абвгд αβγ אבג ابت 的一是 あいう\u0301\u0308\u00A0\u0085\u0092\uFFFD 0123 🚀🐳")
          .codePoints()
          .toArray();

  @Test
  void changeNearTheEditsEqualsChangeOverTheWholeLine() {
    Oddness oddness = Tables.INSTANCE.oddness;
    Random random = new Random(17);
    for (int n = 0; n < 20000; n++) {
      int length = random.nextInt(40);
      int[] line = new int[length];
      for (int i = 0; i < length; i++) {
        line[i] = SOUP[random.nextInt(SOUP.length)];
      }
      List<LineEvaluator.Edit> edits = new ArrayList<>();
      for (int at = random.nextInt(4); at < length; at += random.nextInt(9)) {
        int end = Math.min(length, at + 1 + random.nextInt(3));
        int[] replacement = new int[1 + random.nextInt(2)];
        for (int r = 0; r < replacement.length; r++) {
          replacement[r] = SOUP[random.nextInt(SOUP.length)];
        }
        edits.add(new LineEvaluator.Edit(at, end, replacement));
        at = end;
      }
      int[] starts = new int[edits.size()];
      int[] after = apply(line, edits, starts);

      int whole = oddness.window(line, length, 0, length) - oddness.window(after, after.length, 0, after.length);
      int near =
          LineOddness.change(
              new LineOddness(oddness, line, length), edits, new LineOddness(oddness, after, after.length), starts);

      assertThat(near).as("case %d", n).isEqualTo(whole);
    }
  }

  private static int[] apply(int[] line, List<LineEvaluator.Edit> edits, int[] starts) {
    List<Integer> out = new ArrayList<>();
    int at = 0;
    for (int k = 0; k < edits.size(); k++) {
      LineEvaluator.Edit e = edits.get(k);
      while (at < e.start()) {
        out.add(line[at++]);
      }
      starts[k] = out.size();
      for (int cp : e.replacement()) {
        out.add(cp);
      }
      at = e.end();
    }
    while (at < line.length) {
      out.add(line[at++]);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
