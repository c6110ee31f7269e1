package versus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Inputs for the benchmarks: the repository's notes as they are, and bigger texts made from them. */
final class BenchData {

  static final Path CONTENT = Path.of("content");

  private BenchData() {}

  static String note(String name) {
    try {
      return Files.readString(CONTENT.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The clean notes (no mojibake), repeated to about {@code bytes} bytes of UTF-8. */
  static String clean(int bytes) {
    return repeat(note("ecs-eks-basics.md") + note("ecs-vs-kubernetes.md"), bytes);
  }

  /** Clean text broken the way the seeds were: UTF-8 read as Windows-1252, about {@code bytes} bytes. */
  static String broken(int bytes) {
    String clean = clean(bytes);
    return new String(clean.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
  }

  /** The three broken seeds as they arrived, repeated to about {@code bytes} bytes. */
  static String seeds(int bytes) {
    return repeat(
        note("ecs-eks-app-runner.md") + note("ecs-eks-fargate-ecr.md") + note("ecs-vs-eks-deep-dive.md"), bytes);
  }

  /** {@code unit} repeated until the text reaches {@code bytes} bytes of UTF-8 or {@code bytes} chars. */
  private static String repeat(String unit, int bytes) {
    StringBuilder out = new StringBuilder(bytes + unit.length());
    int unitBytes = utf8Length(unit); // whole notes: the UTF-8 length of the repeats adds up
    for (long utf8 = 0; utf8 < bytes && out.length() < bytes; utf8 += unitBytes) {
      out.append(unit);
    }
    return out.toString();
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  static List<String> noteNames() {
    return List.of(
        "ecs-eks-app-runner.md", "ecs-eks-basics.md", "ecs-eks-fargate-ecr.md", "ecs-vs-eks-deep-dive.md",
        "ecs-vs-kubernetes.md");
  }
}
