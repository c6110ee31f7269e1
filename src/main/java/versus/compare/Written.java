package versus.compare;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** A file's text that is normally streamed to a writer, collected into one string instead (for {@code serve}). */
final class Written {

  private Written() {}

  /** What writes text to a writer. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  static String text(Body body) {
    StringWriter text = new StringWriter();
    try {
      body.writeTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }
}
