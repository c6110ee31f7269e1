package versus.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import versus.testing.Fuzzing;

/**
 * Fuzz test of the diagram renderer (run as described under "Fuzzing" in README.md). Without {@code JAZZER_FUZZ} it
 * only replays its committed inputs, {@code src/test/resources/versus/diagram/DiagramFuzzTestInputs/render/}.
 *
 * <p>Properties: {@code renderForPage} and {@code check} never throw (a drawing over the size limit is refused with
 * {@link DiagramTooLargeException}, which is their contract); the SVG is well-formed XML with no script, no event
 * handler and no script URL; and the time is linear in the size of the input.
 *
 * <p>Linear time is checked in two steps, so that a busy machine cannot make the test flaky: a render slower than a
 * generous budget per cell (twice, the second time warm) only triggers the verdict, and the verdict compares the best of three CPU times for the
 * input made large with the same input made four times larger, across and down. Linear work costs about 4 times as
 * much, quadratic work about 16 times; the test fails above 10.
 */
class DiagramFuzzTest {

  private static final DiagramRenderer RENDERER = new DiagramRenderer();
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** A render may take this long whatever its size (a cold JIT, a collection) before its pace is looked at. */
  static final long FREE_NANOS = 30_000_000L;
  /** The pace above which the verdict runs: about 20 times the renderer's warm pace. */
  static final long NANOS_PER_CELL = 20_000L;
  /** The size the verdict grows an input to before it measures. */
  static final long VERDICT_CELLS = 20_000L;
  /** Four times the cells may cost at most this many times as much. */
  static final double MAX_GROWTH = 10.0;

  @FuzzTest
  @DictionaryEntries({
    "┌", "┐", "└", "┘", "─", "│", "├", "┤", "┬", "┴", "┼", "╭", "╮", "╰", "╯", "━", "┃", "┏", "┓", "┗", "┛", "═",
    "║", "╔", "╗", "╚", "╝", "╌", "┄", "▶", "◀", "▲", "▼", "►", "→", "←", "↑", "↓", "+--+", "-->", "<--", "==>",
    "|", "+", "-", "*", "/", "\\", "_", "v", "^", "<", ">", ".", "'", ":", "\t", "  ", "日本", "👨‍👩‍👧", "☸️",
    "e\u0301", "\u0085", "\uFEFF", "\u200B"
  })
  void render(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    long start = CPU.getCurrentThreadCpuTime();
    Diagram diagram;
    try {
      diagram = RENDERER.renderForPage(text, "fuzz", "f");
    } catch (DiagramTooLargeException refused) {
      return;
    }
    long nanos = CPU.getCurrentThreadCpuTime() - start;

    assertThat(Fuzzing.svgProblems(diagram.svg())).as("unsafe SVG for %s", Fuzzing.escape(text)).isEmpty();
    assertThat(RENDERER.check(text)).as("check and render disagree on %s", Fuzzing.escape(text))
        .isEqualTo(diagram.issues());

    long size = size(text, diagram);
    if (slow(nanos, size) && slow((long) bestOf(text), size)) { // the second look is warm: not the JIT's first pass
      System.err.printf("DiagramFuzzTest: %d cells took %.1f ms; checking that time grows linearly%n", size, nanos / 1e6);
      assertLinear(text);
    }
  }

  private static boolean slow(long nanos, long size) {
    return nanos > FREE_NANOS && nanos > NANOS_PER_CELL * size;
  }

  /** The work an input asks for: its cells, or its characters when they are more (combining marks share a cell). */
  private static long size(String text, Diagram diagram) {
    return Math.max(1L, Math.max((long) diagram.columns() * diagram.rows(), text.length()));
  }

  /** Fails if four times the input costs more than {@link #MAX_GROWTH} times as much, across or down. */
  static void assertLinear(String text) {
    String base = text;
    if (cells(base) == 0) {
      return; // nothing to draw: no size to grow
    }
    for (int i = 0; i < 20 && cells(base) < VERDICT_CELLS; i++) {
      base = cells(tile(base, 2, 1)) > cells(tile(base, 1, 2)) ? tile(base, 2, 1) : tile(base, 1, 2);
    }
    double baseTime = bestOf(base);
    for (String grown : new String[] {tile(base, 4, 1), tile(base, 1, 4)}) {
      if (cells(grown) > Grid.MAX_CELLS) {
        continue;
      }
      double growth = bestOf(grown) / Math.max(baseTime, 1);
      double cellGrowth = (double) cells(grown) / cells(base);
      assertThat(growth / cellGrowth * 4)
          .as("time for 4× the cells of %s (%d cells, %.1f ms)", Fuzzing.escape(text), cells(base), baseTime / 1e6)
          .isLessThan(MAX_GROWTH);
    }
  }

  private static long cells(String text) {
    try {
      Diagram d = RENDERER.renderForPage(text, "t", "t");
      return (long) d.columns() * d.rows();
    } catch (DiagramTooLargeException e) {
      return Long.MAX_VALUE / 4;
    }
  }

  private static double bestOf(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = CPU.getCurrentThreadCpuTime();
      RENDERER.renderForPage(text, "t", "t");
      best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
    }
    return best;
  }

  /** {@code text} repeated {@code across} times side by side (lines padded to one width) and {@code down} times. */
  static String tile(String text, int across, int down) {
    String[] lines = text.split("\r\n|\r|\n|\u0085|\u2028|\u2029", -1);
    int width = 0;
    for (String line : lines) {
      width = Math.max(width, DisplayWidth.of(line.replace('\t', ' ')));
    }
    width = (width + 7) / 8 * 8 + 8; // whole tab stops, and a gap, so each copy starts on one
    StringBuilder block = new StringBuilder();
    for (String line : lines) {
      String padded = line + " ".repeat(Math.max(0, width - DisplayWidth.of(line.replace('\t', ' '))));
      block.append(padded.repeat(across - 1)).append(line).append('\n');
    }
    return block.toString().repeat(down);
  }
}
