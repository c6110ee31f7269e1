package versus.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged command line ({@code target/versus.jar}) run as a separate process, as a user runs it, and the file-tree
 * snapshots the durability and reproducibility tests compare.
 */
final class Jar {

  static final Path JAR = Path.of("target/versus.jar").toAbsolutePath();

  private Jar() {}

  /** How a finished run ended. */
  record Result(int exit, String stdout, String stderr, long millis) {
    String output() {
      return stderr + stdout;
    }
  }

  /** A command to run: {@code [prefix…] java [jvm…] -jar versus.jar [args…]} in {@code dir} with extra {@code env}. */
  record Command(Path dir, Map<String, String> env, List<String> prefix, List<String> jvm, List<String> args) {
    static Command of(Path dir, String... args) {
      return new Command(dir, Map.of(), List.of(), List.of(), List.of(args));
    }

    Command env(Map<String, String> more) {
      Map<String, String> all = new TreeMap<>(env);
      all.putAll(more);
      return new Command(dir, all, prefix, jvm, args);
    }

    Command prefix(String... words) {
      return new Command(dir, env, List.of(words), jvm, args);
    }

    Command jvm(String... options) {
      return new Command(dir, env, prefix, List.of(options), args);
    }

    /** Starts the process; its output goes to files in {@code logs}. */
    Started start(Path logs) throws IOException {
      assertThat(JAR).as("the integration tests run after 'mvn package'").exists();
      List<String> cmd = new ArrayList<>(prefix);
      cmd.add("java");
      cmd.addAll(jvm);
      cmd.addAll(List.of("-jar", JAR.toString()));
      cmd.addAll(args);
      Files.createDirectories(logs);
      Path out = Files.createTempFile(logs, "stdout", ".txt");
      Path err = Files.createTempFile(logs, "stderr", ".txt");
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
      pb.environment().putAll(env);
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      return new Started(pb.start(), System.nanoTime(), out, err);
    }

    /** Runs the command to its end (at most {@code seconds}). */
    Result run(Path logs, long seconds) throws IOException, InterruptedException {
      Started s = start(logs);
      if (!s.process.waitFor(seconds, TimeUnit.SECONDS)) {
        s.kill();
        throw new AssertionError(String.join(" ", args) + " took longer than " + seconds + " s");
      }
      return s.result();
    }
  }

  /** A running command. */
  record Started(Process process, long startNanos, Path out, Path err) {
    /** Sends SIGKILL to the process and everything it started, and waits until it is gone. */
    void kill() throws InterruptedException {
      List<ProcessHandle> children = process.descendants().toList();
      process.destroyForcibly();
      children.forEach(ProcessHandle::destroyForcibly);
      process.waitFor();
      for (ProcessHandle child : children) {
        child.onExit().join();
      }
    }

    Result result() {
      try {
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8), (System.nanoTime() - startNanos) / 1_000_000);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Every file under {@code root} (hidden ones too), by path relative to it, with the SHA-256 of its bytes; an empty map
   * when {@code root} does not exist.
   */
  static TreeMap<String, String> snapshot(Path root) throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    }
    return files;
  }

  /** The first path (in sorted order) that is missing from one snapshot or differs between them; null if none. */
  static String firstDifference(Map<String, String> a, Map<String, String> b) {
    TreeSet<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    for (String path : all) {
      if (!Objects.equals(a.get(path), b.get(path))) {
        return path + (a.containsKey(path) ? b.containsKey(path) ? " (different bytes)" : " (only in the first)"
            : " (only in the second)");
      }
    }
    return null;
  }

  /** Copies a folder tree. */
  static void copy(Path from, Path to) throws IOException {
    mirror(from, to, (source, target) -> Files.copy(source, target));
  }

  /**
   * A copy of a tree made of hard links: instant, and safe for a site because a build never writes into an existing
   * site, it only renames and deletes.
   */
  static void linkTree(Path from, Path to) throws IOException {
    mirror(from, to, (source, target) -> Files.createLink(target, source));
  }

  private interface FileAction {
    void apply(Path source, Path target) throws IOException;
  }

  /** Recreates the folders of {@code from} under {@code to} and applies {@code action} to each file. */
  private static void mirror(Path from, Path to, FileAction action) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          action.apply(p, target);
        }
      }
    }
  }

  /** Deletes a folder tree if it exists. */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
