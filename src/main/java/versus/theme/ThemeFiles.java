package versus.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a theme and of the themes it falls back to, looked up in order: the chosen theme's folder, then
 * {@code themes/default/}, then the default theme built into Versus. The first that has a file wins, so a theme only
 * holds what it changes.
 */
final class ThemeFiles {

  static final String BUILT_IN = "versus/themes/default";

  private final List<Path> roots;

  private ThemeFiles(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  static ThemeFiles of(List<Path> themeDirs) {
    List<Path> roots = new ArrayList<>(themeDirs);
    builtIn().ifPresent(roots::add);
    return new ThemeFiles(roots);
  }

  /** The text of {@code relPath} ({@code templates/page.mustache}) from the first root that has it. */
  Optional<String> read(String relPath) {
    for (Path root : roots) {
      Path p = root.resolve(relPath);
      if (Files.isRegularFile(p)) {
        try {
          return Optional.of(Files.readString(p));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read theme file " + p, e);
        }
      }
    }
    return Optional.empty();
  }

  /** Which root provides {@code relPath}, for messages. */
  Optional<Path> origin(String relPath) {
    return roots.stream().filter(r -> Files.isRegularFile(r.resolve(relPath))).findFirst().map(r -> r.resolve(relPath));
  }

  /** Every file under {@code assets/} of every root, by path below assets/, earlier roots winning; sorted. */
  Map<String, byte[]> assets() {
    Map<String, byte[]> out = new TreeMap<>();
    for (Path root : roots) {
      Path dir = root.resolve("assets");
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          String rel = dir.relativize(p).toString().replace('\\', '/');
          if (!rel.startsWith(".") && !out.containsKey(rel)) {
            out.put(rel, Files.readAllBytes(p));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read theme assets in " + dir, e);
      }
    }
    return out;
  }

  /** The Markdown files under {@code docs/} of every root, by file name, earlier roots winning; sorted. */
  Map<String, String> docs() {
    Map<String, String> out = new TreeMap<>();
    for (Path root : roots) {
      Path dir = root.resolve("docs");
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> list = Files.list(dir)) {
        for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
          out.putIfAbsent(p.getFileName().toString(), Files.readString(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read theme documentation in " + dir, e);
      }
    }
    return out;
  }

  /** The built-in default theme as a path, inside the jar or in the class folder during development. */
  private static Optional<Path> builtIn() {
    URL url = ThemeFiles.class.getClassLoader().getResource(BUILT_IN + "/templates/layout.mustache");
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return Optional.of(fs.getPath("/" + BUILT_IN));
      }
      return Optional.of(Path.of(uri).getParent().getParent());
    } catch (URISyntaxException | IOException e) {
      return Optional.empty();
    }
  }
}
