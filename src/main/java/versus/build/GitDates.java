package versus.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When each note last changed, from git history: one {@code git log} over {@code content/} per build (not one per
 * note), taking the committer date of the newest commit that touched each file. The date is the one recorded in the
 * commit, so it is the same on every machine and in every time zone. Outside a git repository, or without git, there
 * are no dates; nothing fails.
 */
final class GitDates {

  private GitDates() {}

  /** Dates by path relative to {@code sourceRoot} ({@code content/ecs.md}); empty when unknown. */
  static Map<String, LocalDate> of(Path sourceRoot) {
    if (!Files.isDirectory(sourceRoot.resolve("content"))) {
      return Map.of();
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                "git", "-c", "core.quotepath=off", "log", "--format=%x01%cs", "--name-only", "--no-renames",
                "--", "content")
            .directory(sourceRoot.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    String output;
    try {
      Process p = pb.start();
      byte[] bytes;
      try (InputStream in = p.getInputStream()) {
        bytes = in.readAllBytes();
      }
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return Map.of();
      }
      output = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Map.of(); // no git on this machine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
    // git prints paths relative to the repository's top, which may be above the source root.
    String prefix = topRelativePrefix(sourceRoot);
    Map<String, LocalDate> dates = new HashMap<>();
    LocalDate current = null;
    for (String line : output.split("\n")) {
      if (line.startsWith("\u0001")) {
        current = LocalDate.parse(line.substring(1).strip());
      } else if (!line.isBlank() && current != null && line.startsWith(prefix)) {
        dates.putIfAbsent(line.substring(prefix.length()), current);
      }
    }
    return dates;
  }

  private static String topRelativePrefix(Path sourceRoot) {
    try {
      Process p =
          new ProcessBuilder("git", "rev-parse", "--show-prefix")
              .directory(sourceRoot.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      p.waitFor(10, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
