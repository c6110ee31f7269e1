package versus.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayWidthTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a|1", "─|1", "▼|1", "→|1", "日本|4", "ｱ|1", "Ａ|2", "한국|4", "🐳|2", "🚀|2", "☸|1", "☸️|2", "⚖️|2",
      "✅|2", "e\u0301|1", "👩‍💻|2", "👨‍👩‍👧|2", "👍🏽|2", "🇪🇺|2", "1️⃣|2", "a\u200Bb|2", "x\u0007y|2"})
  void countsCellsAsATerminalDoes(String text, int cells) {
    assertThat(DisplayWidth.of(text)).isEqualTo(cells);
  }

  @Test
  void singleCodePoints() {
    assertThat(DisplayWidth.of('A')).isEqualTo(1);
    assertThat(DisplayWidth.of(0x4E00)).isEqualTo(2);
    assertThat(DisplayWidth.of(0x1F433)).isEqualTo(2);
    assertThat(DisplayWidth.of(0xFE0F)).isZero();
    assertThat(DisplayWidth.of(0x200D)).isZero();
    assertThat(DisplayWidth.of(0x0301)).isZero();
    assertThat(DisplayWidth.of(0x09)).isZero();
    assertThat(DisplayWidth.of(0x20000)).isEqualTo(2);
  }

  @Test
  void clustersKeepEmojiAndSelectorsTogether() {
    String s = "☸️│";
    assertThat(DisplayWidth.clusterEnd(s, 0)).isEqualTo(2);
    assertThat(DisplayWidth.clusterWidth(s, 0, 2)).isEqualTo(2);
    String family = "👨‍👩‍👧x";
    assertThat(family.substring(0, DisplayWidth.clusterEnd(family, 0))).isEqualTo("👨‍👩‍👧");
  }

  @Test
  void boxDrawingTableComesFromCharacterNames() {
    assertThat(Glyphs.stubs('┌')).isEqualTo(Dir.E | Dir.S);
    assertThat(Glyphs.stubs('┼')).isEqualTo(Dir.N | Dir.E | Dir.S | Dir.W);
    assertThat(Glyphs.stubs('╴')).isEqualTo(Dir.W);
    assertThat(Glyphs.stubs('╱')).isEqualTo(Dir.NE | Dir.SW);
    assertThat(Glyphs.horizontalStyle('━')).isEqualTo(Glyphs.HEAVY);
    assertThat(Glyphs.horizontalStyle('═')).isEqualTo(Glyphs.DOUBLE);
    assertThat(Glyphs.horizontalStyle('┄')).isEqualTo(Glyphs.DASHED);
    assertThat(Glyphs.verticalStyle('┇')).isEqualTo(Glyphs.HEAVY_DASHED);
    assertThat(Glyphs.horizontalStyle('╞')).isEqualTo(Glyphs.DOUBLE);
    assertThat(Glyphs.verticalStyle('╞')).isEqualTo(Glyphs.LIGHT);
    assertThat(Glyphs.verticalStyle('┍')).isEqualTo(Glyphs.LIGHT);
    assertThat(Glyphs.horizontalStyle('┍')).isEqualTo(Glyphs.HEAVY);
    assertThat(Glyphs.isRounded('╭')).isTrue();
    assertThat(Glyphs.isRounded('┌')).isFalse();
    for (int cp = 0x2500; cp <= 0x257F; cp++) {
      assertThat(Glyphs.stubs(cp)).as("U+%04X has strokes", cp).isNotZero();
    }
    assertThat(Glyphs.arrowDirection('▼')).isEqualTo(Dir.S);
    assertThat(Glyphs.arrowDirection('←')).isEqualTo(Dir.W);
    assertThat(Glyphs.hasShaft('→')).isTrue();
    assertThat(Glyphs.hasShaft('▶')).isFalse();
  }

  @Test
  void directionsAreConsistent() {
    for (int dir : Dir.ALL) {
      assertThat(Dir.opposite(Dir.opposite(dir))).isEqualTo(dir);
      assertThat(Dir.rowStep(Dir.opposite(dir))).isEqualTo(-Dir.rowStep(dir));
      assertThat(Dir.colStep(Dir.opposite(dir))).isEqualTo(-Dir.colStep(dir));
    }
  }
}
