package versus.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lines such as {@code #Amazon ECS & Amazon EKS}: meant as headings, but CommonMark needs a space after the
 * hashes. Such a line counts when it starts a paragraph, its first character after the hashes is a letter, an
 * emphasis mark or an emoji (not a digit: {@code #1 priority}; not {@code #!}, {@code #include <x>}), and it is
 * outside code. The Markdown stage renders them as headings and reports each, so {@code check} and {@code fix} can
 * point at them.
 */
final class LenientHeadings {

  private static final Pattern CANDIDATE = Pattern.compile("^ {0,3}(#{1,6})([^\\s#][^\\r]*)\\r?$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern DIRECTIVE =
      Pattern.compile("^(include|define|if|ifdef|ifndef|endif|else|elif|pragma|undef|import|region|endregion)\\b");

  private LenientHeadings() {}

  /** The text with a space inserted after the hashes of each such line, and the 1-based lines changed. */
  record Result(String text, List<Integer> lines) {}

  static Result fix(String body) {
    String[] lines = body.split("\n", -1);
    List<Integer> changed = new ArrayList<>();
    String fence = null;
    boolean previousBlank = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher f = FENCE.matcher(line);
      if (fence == null && f.find()) {
        fence = f.group(1).substring(0, 3);
      } else if (fence != null) {
        if (line.strip().startsWith(fence)) {
          fence = null;
        }
      } else if (previousBlank && !line.startsWith("    ")) {
        Matcher m = CANDIDATE.matcher(line);
        if (m.matches() && meantAsHeading(m.group(2))) {
          lines[i] = line.substring(0, m.end(1)) + " " + line.substring(m.end(1));
          changed.add(i + 1);
        }
      }
      previousBlank = line.isBlank();
    }
    return changed.isEmpty() ? new Result(body, List.of()) : new Result(String.join("\n", lines), changed);
  }

  private static boolean meantAsHeading(String rest) {
    int first = rest.codePointAt(0);
    if (DIRECTIVE.matcher(rest).find()) {
      return false;
    }
    if (Character.isLetter(first) || first == '*' || first == '_') {
      return true;
    }
    int type = Character.getType(first);
    return type == Character.OTHER_SYMBOL || type == Character.SURROGATE;
  }
}
