package versus.output;

/**
 * Where a build puts its files as it makes them: into memory (tests, {@code serve}) or onto disk through
 * {@link SiteWriter.Staging}. Writing as pages are made, instead of holding a whole site until the end, keeps a large
 * build's memory to what it is working on. Implementations must accept files from several threads at once.
 */
@FunctionalInterface
public interface OutputSink {

  void write(OutputFile file);
}
