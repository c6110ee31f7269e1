package versus.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of the generated site: a relative path with forward slashes ({@code ecs/index.html}) and its bytes.
 */
public record OutputFile(String path, byte[] bytes) implements Comparable<OutputFile> {

  public OutputFile {
    requireSitePath(path);
    Objects.requireNonNull(bytes, "bytes");
  }

  /** Checks that {@code path} is a relative, normalised file path with forward slashes; returns it. */
  public static String requireSitePath(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.endsWith("/")) {
      throw new IllegalArgumentException("not a relative file path: " + path);
    }
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("not a normalised path: " + path);
      }
    }
    return path;
  }

  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public int compareTo(OutputFile o) {
    return path.compareTo(o.path);
  }
}
