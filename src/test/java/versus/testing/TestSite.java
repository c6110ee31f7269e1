package versus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import versus.build.BuildOptions;
import versus.build.BuildResult;
import versus.build.SiteBuilder;
import versus.output.OutputFile;

/**
 * A project written into a temporary folder from inline files, built in memory (Hugo's integration-test idea):
 * {@code TestSite.with("content/a.md", "# A").build()}.
 */
public final class TestSite {

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private TestSite() {}

  public static TestSite with(String path, String text) {
    return new TestSite().and(path, text);
  }

  public TestSite and(String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public TestSite andBytes(String path, byte[] bytes) {
    files.put(path, bytes);
    return this;
  }

  /** Writes the files under {@code dir} (which must exist). */
  public Path writeTo(Path dir) {
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, e.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Built buildIn(Path dir) {
    writeTo(dir);
    return new Built(new SiteBuilder().build(BuildOptions.of(dir)));
  }

  /** A build's result with lookups for assertions. */
  public record Built(BuildResult result) {
    public String file(String path) {
      return result.files().stream()
          .filter(f -> f.path().equals(path))
          .findFirst()
          .map(OutputFile::text)
          .orElseThrow(() -> new AssertionError("no output file " + path + " in " + paths()));
    }

    public java.util.List<String> paths() {
      return result.files().stream().map(OutputFile::path).toList();
    }

    public java.util.List<String> messages() {
      return result.diagnostics().stream().map(Object::toString).toList();
    }
  }
}
