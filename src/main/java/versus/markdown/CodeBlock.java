package versus.markdown;

import java.util.Objects;
import versus.diag.SourcePos;

/**
 * A fenced or indented code block as a {@link CodeBlockRenderer} sees it.
 *
 * @param info the info string after the fence ({@code json}, {@code diagram}); empty for indented blocks
 * @param text the block's text, without fences and indentation
 * @param pos where its first line of text is in the note file
 * @param title the nearest heading above it, else the note's title: a name for figures made from it
 * @param idPrefix a prefix unique in the page, for ids inside whatever is rendered
 */
public record CodeBlock(String info, String text, SourcePos pos, String title, String idPrefix) {

  public CodeBlock {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(idPrefix, "idPrefix");
  }

  /** The language: the first word of the info string, lower-cased; empty when none. */
  public String language() {
    String s = info.strip();
    int space = s.indexOf(' ');
    return (space < 0 ? s : s.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
  }
}
