package versus.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The safe automatic fixes of {@code versus fix --rules}: each rewrites a note's Markdown source (front matter left
 * alone, code left alone, line endings kept) and says how many places it changed. They match what the lint rules of
 * the same names report.
 */
public final class SourceFixes {

  /** A fixed text and how many places changed. */
  public record Fixed(String text, int count) {}

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern BOLD_HEADING =
      Pattern.compile("^( {0,3}#{1,6}[ \\t]+)(\\*\\*|__)(?!\\s)(.+?)(?<!\\s)\\2([ \\t]*#*[ \\t]*)(\\r?)$");
  private static final Pattern EMPHASIS = Pattern.compile("[*_`]+");

  private SourceFixes() {}

  /** {@code #Title} becomes {@code # Title} where it starts a paragraph outside code (rule heading-space). */
  public static Fixed headingSpace(String text) {
    Split s = Split.of(text);
    LenientHeadings.Result r = LenientHeadings.fix(s.body);
    return new Fixed(s.front + r.text(), r.lines().size());
  }

  /** {@code ### **Title**} becomes {@code ### Title} (rule bold-heading). */
  public static Fixed boldHeadings(String text) {
    Split s = Split.of(text);
    String[] lines = s.body.split("\n", -1);
    int count = 0;
    boolean inFence = false;
    String fence = "";
    for (int i = 0; i < lines.length; i++) {
      Matcher f = FENCE.matcher(lines[i]);
      if (!inFence && f.find()) {
        inFence = true;
        fence = f.group(1).substring(0, 3);
        continue;
      }
      if (inFence) {
        inFence = !lines[i].strip().startsWith(fence);
        continue;
      }
      Matcher m = BOLD_HEADING.matcher(lines[i]);
      if (m.matches() && !m.group(3).contains(m.group(2))) {
        lines[i] = m.group(1) + m.group(3) + m.group(4) + m.group(5);
        count++;
      }
    }
    return new Fixed(s.front + String.join("\n", lines), count);
  }

  /**
   * Paragraphs that read like a chat assistant's sign-off are deleted, with the blank line before them (rule
   * chat-residue).
   */
  public static Fixed chatResidue(String text) {
    Split s = Split.of(text);
    String[] lines = s.body.split("\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    int count = 0;
    boolean inFence = false;
    String fence = "";
    int i = 0;
    while (i < lines.length) {
      Matcher f = FENCE.matcher(lines[i]);
      if (!inFence && f.find()) {
        inFence = true;
        fence = f.group(1).substring(0, 3);
        out.add(lines[i++]);
        continue;
      }
      if (inFence) {
        inFence = !lines[i].strip().startsWith(fence);
        out.add(lines[i++]);
        continue;
      }
      boolean startsParagraph = (out.isEmpty() || out.get(out.size() - 1).isBlank()) && !lines[i].isBlank();
      if (startsParagraph && !lines[i].startsWith("    ") && !lines[i].stripLeading().matches("^([#>|]|[*+-]\\s|\\d+[.)]\\s).*")) {
        int end = i;
        StringBuilder paragraph = new StringBuilder();
        while (end < lines.length && !lines[end].isBlank()) {
          paragraph.append(' ').append(lines[end].strip());
          end++;
        }
        if (ChatResidue.isResidue(EMPHASIS.matcher(paragraph).replaceAll(""))) {
          count++;
          while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
          }
          i = end;
          continue;
        }
      }
      out.add(lines[i++]);
    }
    String body = String.join("\n", out);
    if (count > 0 && !body.endsWith("\n") && s.body.endsWith("\n")) {
      body = body + (s.body.endsWith("\r\n") ? "\r\n" : "\n");
    }
    return new Fixed(s.front + body, count);
  }

  /** A note split before its body, so fixes never touch front matter. */
  private record Split(String front, String body) {
    static Split of(String text) {
      if (!text.startsWith("---")) {
        return new Split("", text);
      }
      int firstEnd = text.indexOf('\n');
      if (firstEnd < 0 || !text.substring(0, firstEnd).strip().equals("---")) {
        return new Split("", text);
      }
      int pos = firstEnd + 1;
      while (pos < text.length()) {
        int end = text.indexOf('\n', pos);
        String line = (end < 0 ? text.substring(pos) : text.substring(pos, end)).strip();
        if (line.equals("---") || line.equals("...")) {
          int bodyStart = end < 0 ? text.length() : end + 1;
          return new Split(text.substring(0, bodyStart), text.substring(bodyStart));
        }
        if (end < 0) {
          break;
        }
        pos = end + 1;
      }
      return new Split("", text);
    }
  }
}
