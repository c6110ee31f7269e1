package versus.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading ids exactly as GitHub makes them, so links written for GitHub ({@code #1-amazon-ecs-elastic-container-service},
 * {@code #-conclusion}) work on our pages: lower-case the text, drop every character that is not a letter, mark,
 * digit, connector punctuation, space or hyphen, turn spaces into hyphens, and number repeats {@code -1}, {@code -2}.
 * One instance per page, because repeats are counted per page.
 */
public final class HeadingIds {

  private final Map<String, Integer> occurrences = new HashMap<>();

  /** The id for the next heading with this plain text. */
  public String next(String text) {
    String base = slug(text);
    String id = base;
    while (occurrences.containsKey(id)) {
      int n = occurrences.merge(base, 1, Integer::sum);
      id = base + "-" + n;
    }
    occurrences.put(id, 0);
    return id;
  }

  /** The id of {@code text} without repeat numbering. */
  public static String slug(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        out.append('-');
      } else if (keeps(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean keeps(int cp) {
    if (cp == '-') {
      return true;
    }
    if (Character.isAlphabetic(cp)) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.CONNECTOR_PUNCTUATION -> true;
      default -> false;
    };
  }
}
