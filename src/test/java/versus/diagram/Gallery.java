package versus.diagram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The golden files under src/test/resources/diagram: reading them, and rewriting them with -Dgolden.update=true. */
final class Gallery {

  static final Path DIR = Path.of("src", "test", "resources", "diagram");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Gallery() {}

  /** Names (without extension) of the gallery drawings, in order. */
  static List<String> names() {
    try (Stream<Path> files = Files.list(DIR.resolve("gallery"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The expected content of a golden file; with {@code -Dgolden.update=true}, first writes {@code actual} there so the
   * change shows up in {@code git diff}.
   */
  static String golden(Path path, String actual) {
    if (UPDATE) {
      try {
        Files.writeString(path, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!Files.exists(path)) {
      throw new AssertionError("missing golden file " + path + "; run mvn test -Dgolden.update=true to create it");
    }
    return read(path);
  }

  /** Hand-written expectations for one drawing, from its {@code .expect} sidecar. */
  record Expect(int boxes, int arrows, List<String> issueKinds, List<String> labels) {

    static Expect load(String name) {
      int boxes = -1;
      int arrows = -1;
      List<String> kinds = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (String line : read(DIR.resolve("gallery").resolve(name + ".expect")).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(": ");
        String key = line.substring(0, colon);
        String value = line.substring(colon + 2);
        switch (key) {
          case "boxes" -> boxes = Integer.parseInt(value.strip());
          case "arrows" -> arrows = Integer.parseInt(value.strip());
          case "issues" -> {
            if (!value.strip().equals("none")) {
              kinds.addAll(List.of(value.strip().split(" ")));
            }
          }
          case "label" -> labels.add(value);
          default -> throw new AssertionError("unknown key " + key + " in " + name + ".expect");
        }
      }
      return new Expect(boxes, arrows, kinds, labels);
    }
  }
}
