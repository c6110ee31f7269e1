package versus.testing;

/** Helpers shared by the fuzz tests. */
public final class Fuzzing {

  private static final int MAX_SHOWN = 2000;

  private Fuzzing() {}

  /**
   * {@code text} as a Java string literal body — printable ASCII as it is, everything else as {@code \\uXXXX} — so a
   * failing input can be pasted into a unit test. Long inputs are cut (the fuzzer saves the whole input anyway).
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder("\"");
    int end = Math.min(text.length(), MAX_SHOWN);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            sb.append(c);
          } else {
            sb.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    sb.append('"');
    return end < text.length() ? sb + " … (" + text.length() + " chars)" : sb.toString();
  }
}
