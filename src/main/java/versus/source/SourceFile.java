package versus.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file found under {@code content/}: a note to render or a static file (image, PDF) to copy as it is.
 *
 * @param relPath the path relative to the source root with forward slashes, as diagnostics print it
 *     ({@code content/ecs.md})
 * @param path the file on disk
 * @param bytes its bytes, read once
 * @param note true for Markdown notes ({@code .md}, {@code .markdown}), false for static files
 */
public record SourceFile(String relPath, Path path, byte[] bytes, boolean note) {

  public SourceFile {
    Objects.requireNonNull(relPath, "relPath");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The path below {@code content/} ({@code dir/ecs.md} for {@code content/dir/ecs.md}). */
  public String contentPath() {
    int slash = relPath.indexOf('/');
    return slash < 0 ? relPath : relPath.substring(slash + 1);
  }
}
