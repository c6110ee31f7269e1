package versus.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept in the repository next to the tests. Run the tests with
 * {@code -Dgolden.update=true} to rewrite them from the current output; the change then shows in {@code git diff},
 * where a reviewer reads it.
 */
public final class Golden {

  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Asserts that {@code actual} equals the golden file, or rewrites it when updating. */
  public static void assertMatches(Path golden, String actual) {
    try {
      if (updating()) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        fail("no golden file " + golden + "; run the tests with -Dgolden.update=true to create it");
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        fail(
            golden
                + " differs from the output (run with -Dgolden.update=true to accept the new output):\n"
                + firstDifference(expected, actual));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first differing line of two texts, with its neighbours, in a small unified-diff style. */
  public static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int i = 0;
    while (i < e.length && i < a.length && e[i].equals(a[i])) {
      i++;
    }
    StringBuilder out = new StringBuilder("@@ line " + (i + 1) + " @@\n");
    for (int k = Math.max(0, i - 2); k < i; k++) {
      out.append("  ").append(e[k]).append('\n');
    }
    for (int k = i; k < Math.min(e.length, i + 3); k++) {
      out.append("- ").append(e[k]).append('\n');
    }
    for (int k = i; k < Math.min(a.length, i + 3); k++) {
      out.append("+ ").append(a[k]).append('\n');
    }
    return out.toString();
  }
}
