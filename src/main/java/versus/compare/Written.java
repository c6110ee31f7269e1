package versus.compare;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Text files that are streamed to a writer a chunk at a time (the comparison's JSON and CSV: 70 and 45 MB at 10,000
 * notes, never held whole), or collected into one string (for {@code serve}).
 */
final class Written {

  /** Characters gathered in a builder before they are passed on to the writer. */
  static final int CHUNK = 64 * 1024;

  private Written() {}

  /** Passes what {@code out} holds on to {@code sink} and empties it, once it holds a {@link #CHUNK} or more. */
  static void drain(StringBuilder out, Writer sink) throws IOException {
    if (out.length() >= CHUNK) {
      sink.append(out);
      out.setLength(0);
    }
  }

  /** What writes text to a writer. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** All that {@code body} writes, as one string. */
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
