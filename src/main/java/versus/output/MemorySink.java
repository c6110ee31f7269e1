package versus.output;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps a build's files in memory, for tests and {@code serve}. Thread-safe. */
public final class MemorySink implements OutputSink {

  private final ConcurrentHashMap<String, OutputFile> files = new ConcurrentHashMap<>();

  @Override
  public void write(OutputFile file) {
    files.put(file.path(), file);
  }

  /** Every file written, sorted by path. */
  public List<OutputFile> sorted() {
    List<OutputFile> out = new ArrayList<>(files.values());
    out.sort(null);
    return List.copyOf(out);
  }
}
