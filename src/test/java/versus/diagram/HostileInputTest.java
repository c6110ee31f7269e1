package versus.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Inputs a careless or hostile author can produce: tabs, control characters, huge grids, pathological shapes. */
class HostileInputTest {

  private final DiagramRenderer renderer = new DiagramRenderer();

  @Test
  void tabsAreExpandedAndReported() {
    Diagram d = new DiagramRenderer(4).render("┌──┐\t┌──┐\n│A │\t│B │\n└──┘\t└──┘\n", "t", "p");
    assertThat(d.boxes()).isEqualTo(2);
    assertThat(d.columns()).isEqualTo(12);
    assertThat(d.issues()).extracting(DiagramIssue::toString).containsExactly(
        "1:5: tab: tab expanded to the next multiple of 4 columns; use spaces so the drawing lines up",
        "2:5: tab: tab expanded to the next multiple of 4 columns; use spaces so the drawing lines up",
        "3:5: tab: tab expanded to the next multiple of 4 columns; use spaces so the drawing lines up");
  }

  @Test
  void controlCharactersBecomeSpacesAndOutputStaysWellFormed() {
    Diagram d = renderer.render("┌────┐\n│a\u0007b\u0000│\n└────┘\n\uD800 \uFFFF \u0085 end", "t\u0001", "p");
    SvgDoc doc = SvgDoc.parse(d.svg());
    assertThat(d.boxes()).isEqualTo(1);
    assertThat(d.issues()).extracting(i -> i.line() + ":" + i.column() + " " + i.kind()).contains(
        "2:3 control-character", "2:5 control-character", "4:1 control-character", "4:3 control-character",
        "4:5 control-character");
    assertThat(doc.texts()).contains("a b", "end");
  }

  @Test
  void mixedWidthsKeepClustersWhole() {
    String text = "┌───────────────────┐\n│ 日本 e\u0301 👨‍👩‍👧 🇯🇵 ☸️ x │\n└───────────────────┘\n";
    Diagram d = renderer.render(text, "t", "p");
    assertThat(d.boxes()).isEqualTo(1);
    assertThat(d.issues()).isEmpty();
    assertThat(SvgDoc.parse(d.svg()).texts()).containsExactly("日本 e\u0301 👨‍👩‍👧 🇯🇵 ☸️ x");
  }

  @Test
  void thousandSquareGridIsDrawn() {
    String text = tiles(100, 50);
    assertThat(text.lines().count()).isEqualTo(1000);
    assertThat(text.lines().mapToInt(String::length).max().orElse(0)).isEqualTo(1000);
    Diagram d = renderer.render(text, "big", "big");
    assertThat(d.boxes()).isEqualTo(100 * 50 * 4);
    assertThat(d.columns()).isEqualTo(1000);
    assertThat(d.svg()).startsWith("<svg").endsWith("</svg>\n");
  }

  @Test
  void twoThousandSquareGridIsRefusedWithAMessage() {
    assertThatThrownBy(() -> renderer.render(tiles(200, 100), "t", "p"))
        .isInstanceOf(DiagramTooLargeException.class).hasMessageContaining("2000 columns");
  }

  @Test
  void tenThousandSquareGridIsRefusedWithAMessage() {
    String text = ("x".repeat(10_000) + "\n").repeat(10_000);
    long start = System.nanoTime();
    assertThatThrownBy(() -> renderer.render(text, "t", "p"))
        .isInstanceOf(DiagramTooLargeException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> renderer.check(text)).isInstanceOf(DiagramTooLargeException.class);
    assertThat((System.nanoTime() - start) / 1e9).as("seconds to refuse").isLessThan(5);
  }

  @Test
  void gridJustOverTheLimitIsRefusedBeforeItIsBuilt() {
    String text = ("y".repeat(1100) + "\n").repeat(1100);
    assertThatThrownBy(() -> renderer.render(text, "t", "p"))
        .isInstanceOf(DiagramTooLargeException.class).hasMessageContaining("1100 columns");
  }

  @Test
  void pathologicalShapesFinish() {
    String crosses = ("┼".repeat(400) + "\n").repeat(400);
    String openTeeRows = "┌" + "┬".repeat(398) + "\n" + ("│".repeat(399) + "\n").repeat(399);
    String slashes = ("/\\".repeat(200) + "\n").repeat(400);
    String pluses = ("+-".repeat(200) + "\n" + "| ".repeat(200) + "\n").repeat(200);
    for (String text : new String[] {crosses, openTeeRows, slashes, pluses}) {
      long start = System.nanoTime();
      Diagram d = renderer.render(text, "t", "p");
      assertThat(d.svg()).endsWith("</svg>\n");
      assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(10);
    }
  }

  @Test
  void timeGrowsLinearlyWithCells() {
    String small = tiles(25, 50);   // 500 × 500 cells
    String large = tiles(50, 100);  // 1000 × 1000 cells: four times as many
    for (int i = 0; i < 3; i++) {
      renderer.render(small, "t", "p");
      renderer.render(large, "t", "p");
    }
    double smallTime = bestOf(small);
    double largeTime = bestOf(large);
    // Loose on purpose: quadratic work would be ~16×, linear ~4×.
    assertThat(largeTime / smallTime).as("time ratio for 4× the cells").isLessThan(8.0);
  }

  /** Best of five runs in this thread's CPU time, so other processes on a busy machine do not skew the ratio. */
  private double bestOf(String text) {
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = cpu.getCurrentThreadCpuTime();
      renderer.render(text, "t", "p");
      best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
    }
    return best;
  }

  /** A rows × cols tiling of a 20 × 10 cell drawing: a box with a label, a connector and an arrow. */
  static String tiles(int rows, int cols) {
    String[] tile = {
        "┌────────────┐      ",
        "│ node 42    │──┐   ",
        "└─────┬──────┘  │   ",
        "      │         ▼   ",
        "      ▼      +--+-+ ",
        "  text here  |  x | ",
        "             +----+ ",
        "  a -> b  C++  1/2  ",
        "   ╭──╮   ┏━━┓  ══  ",
        "   ╰──╯   ┗━━┛      "};
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows; r++) {
      for (String line : tile) {
        out.append(line.repeat(cols)).append('\n');
      }
    }
    return out.toString();
  }
}
