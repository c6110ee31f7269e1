package versus.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import versus.diag.LineIndex;

/** Repairs are reported at the line and column that {@link LineIndex} gives everywhere else in Versus. */
class PositionsTest {

  @Test
  void agreesWithLineIndexOnEveryLineEnding() {
    String[] pieces = {"a", "é", "🚀", "\n", "\r", "\r\n", " ", "\n\n", "\r\r"};
    Random random = new Random(3);
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(25); k > 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      LineIndex index = new LineIndex(text);
      Positions positions = new Positions(text);
      int offset = 0;
      while (offset <= text.length()) {
        positions.moveTo(offset);
        assertThat(positions.line()).as("line at %d of %s", offset, text).isEqualTo(index.line(offset));
        assertThat(positions.column()).as("column at %d of %s", offset, text).isEqualTo(index.column(offset));
        offset += random.nextInt(4) == 0 ? -Math.min(offset, 3) : 1 + random.nextInt(3);
      }
    }
  }
}
