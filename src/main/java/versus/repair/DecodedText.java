package versus.repair;

import java.util.Objects;
import java.util.Optional;

/**
 * A file's bytes as text, with what a later write-back needs to know to keep the file's conventions.
 *
 * @param text the decoded text without byte order mark ({@code ""} for a binary file)
 * @param charset the encoding used, e.g. {@code UTF-8}, {@code UTF-16LE}, {@code windows-1252}
 * @param bom whether the bytes started with a byte order mark
 * @param binary whether the bytes look like a binary file (NUL bytes, an image or archive signature): skip it
 * @param lineEnding the line-ending style found
 * @param warning what the caller should tell the user (binary file, not UTF-8, malformed bytes replaced)
 */
public record DecodedText(
    String text, String charset, boolean bom, boolean binary, LineEnding lineEnding, Optional<String> warning) {

  /** How lines end in the text. */
  public enum LineEnding {
    LF,
    CRLF,
    CR,
    /** More than one style. */
    MIXED,
    /** No line break at all. */
    NONE
  }

  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(lineEnding, "lineEnding");
    Objects.requireNonNull(warning, "warning");
  }
}
