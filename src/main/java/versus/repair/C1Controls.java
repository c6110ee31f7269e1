package versus.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Stray C1 controls (U+0080..U+009F) that are not part of any UTF-8 sequence: windows-1252 text read as Latin-1. They
 * become the windows-1252 character of the same byte, e.g. U+0085 → {@code …}; bytes windows-1252 leaves undefined
 * stay as they are.
 */
final class C1Controls {

  private static final CodePage WINDOWS_1252 = CodePage.ALL.get(0);

  private C1Controls() {}

  static List<TextEdit> edits(String text) {
    List<TextEdit> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c < 0xA0 && WINDOWS_1252.isDefined(c)) {
        out.add(new TextEdit(i, i + 1, String.valueOf(WINDOWS_1252.charOf(c)), WINDOWS_1252.name, 0, List.of()));
      }
    }
    return out;
  }
}
