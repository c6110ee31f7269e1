package versus.output;

/**
 * Where a build puts its files as it makes them: into memory (tests, {@code serve}) or onto disk through
 * {@link SiteWriter.Staging}. Writing as pages are made, instead of holding a whole site until the end, keeps a large
 * build's memory to what it is working on. Implementations must accept files from several threads at once.
 */
@FunctionalInterface
public interface OutputSink {

  void write(OutputFile file);

  /**
   * Writes a UTF-8 text file that {@code content} produces piece by piece: a sink that writes to disk streams it there,
   * so a file of tens of megabytes (the comparison's data at 10,000 notes) is never held whole. This default collects
   * it and hands it to {@link #write(OutputFile)}.
   */
  default void write(String path, Content content) {
    write(OutputFile.text(path, content.text()));
  }

  /** Text made piece by piece into a writer. */
  @FunctionalInterface
  interface Content {
    void writeTo(java.io.Writer out) throws java.io.IOException;

    /** All of it as one string, for a destination that keeps files whole. */
    default String text() {
      java.io.StringWriter text = new java.io.StringWriter();
      try {
        writeTo(text);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
      }
      return text.toString();
    }
  }
}
