package versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/versus}, the launcher README tells users to run, as a separate process: it finds its jar, uses the
 * class-data archive {@code mvn package} made for it, falls back quietly when the archive does not fit, and builds the
 * same site as {@code java -jar}.
 */
class LauncherIT {

  static final Path TARGET = Path.of("target").toAbsolutePath();
  static final Path LAUNCHER = TARGET.resolve("versus");

  @TempDir Path work;

  record Run(int exit, String stdout, String stderr) {}

  private Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    Path out = Files.createTempFile(work, "stdout", ".txt");
    Path err = Files.createTempFile(work, "stderr", ".txt");
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    pb.environment().remove("VERSUS_JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run launcher(Path launcher, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return run(command, env);
  }

  @Test
  void packageMakesAnExecutableLauncherBesideTheJarAndItsArchive() {
    assertThat(LAUNCHER).as("mvn package writes the launcher").exists();
    assertThat(Files.isExecutable(LAUNCHER)).as("the launcher is executable").isTrue();
    assertThat(TARGET.resolve("versus.jar")).exists();
    assertThat(TARGET.resolve("versus.jsa")).as("mvn package makes the class-data archive").exists();
  }

  @Test
  void theLauncherLoadsItsClassesFromTheArchive() throws Exception {
    // -Xshare:on makes a JVM that cannot map the archive fail instead of falling back, and the class log says where
    // each class came from.
    Run r = launcher(LAUNCHER, Map.of("VERSUS_JAVA_OPTS", "-Xshare:on -Xlog:class+load=info"), "--version");
    assertThat(r.exit()).as("exit; stderr: %s", r.stderr()).isZero();
    assertThat(r.stdout()).contains("versus.cli.Main source: shared objects file (top)");
    assertThat(r.stdout()).containsPattern("(?m)^versus \\S+$");
  }

  @Test
  void anArchiveThatNoLongerFitsItsJarIsLeftOutQuietly() throws Exception {
    Path copy = Files.createDirectories(work.resolve("moved"));
    for (String name : List.of("versus", "versus.jar", "versus.jsa")) {
      Files.copy(TARGET.resolve(name), copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
    }
    // The archive records the jar's path and time: in another folder it does not apply.
    Run r = launcher(copy.resolve("versus"), Map.of(), "--version");
    assertThat(r.exit()).isZero();
    assertThat(r.stderr()).as("no warning about the archive").isEmpty();
    assertThat(r.stdout()).containsPattern("(?m)^versus \\S+$");
  }

  @Test
  void theLauncherBuildsTheSameSiteAsJavaDashJar() throws Exception {
    Path project = work.resolve("project");
    copyTree(Path.of("content"), project.resolve("content"));
    copyTree(Path.of("themes"), project.resolve("themes"));
    Files.copy(Path.of("versus.yml"), project.resolve("versus.yml"));

    Run launched = launcher(LAUNCHER, Map.of(), "build", "--source", project.toString(), "--out",
        work.resolve("launched").toString(), "--quiet");
    assertThat(launched.exit()).as("launcher build; stderr: %s", launched.stderr()).isZero();
    assertThat(launched.stderr()).isEmpty();
    Run plain = run(List.of("java", "-jar", TARGET.resolve("versus.jar").toString(), "build", "--source",
        project.toString(), "--out", work.resolve("plain").toString(), "--quiet"), Map.of());
    assertThat(plain.exit()).as("java -jar build; stderr: %s", plain.stderr()).isZero();

    Map<String, String> a = tree(work.resolve("launched"));
    assertThat(a).containsKey("index.html").hasSizeGreaterThan(20);
    assertThat(a).isEqualTo(tree(work.resolve("plain")));
  }

  @Test
  void aBuildGetsTheQuickCompilerServeKeepsTheOptimisingOneAndTheUsersOptionsWin() throws Exception {
    Map<String, String> printFlags = Map.of("VERSUS_JAVA_OPTS", "-XX:+PrintFlagsFinal");
    assertThat(launcher(LAUNCHER, printFlags, "build", "--help").stdout())
        .containsPattern("TieredStopAtLevel\\s+= 1 ").containsPattern("UseSerialGC\\s+= true ")
        .containsPattern("MinHeapFreeRatio\\s+= 20 ").containsPattern("MaxHeapFreeRatio\\s+= 50 ");
    assertThat(launcher(LAUNCHER, printFlags, "serve", "--help").stdout())
        .containsPattern("TieredStopAtLevel\\s+= 4 ").containsPattern("UseSerialGC\\s+= false ")
        .containsPattern("MaxHeapFreeRatio\\s+= 70 ");
    Run own = launcher(LAUNCHER, Map.of("VERSUS_JAVA_OPTS", "-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=4"),
        "build", "--help");
    assertThat(own.exit()).isZero();
    assertThat(own.stdout()).containsPattern("TieredStopAtLevel\\s+= 4 ");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path dest = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(f, dest);
        }
      }
    }
  }

  /** Every file under {@code dir} by relative path, with its content. */
  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString().replace('\\', '/'),
            java.util.HexFormat.of().formatHex(Files.readAllBytes(f)));
      }
    }
    return out;
  }
}
