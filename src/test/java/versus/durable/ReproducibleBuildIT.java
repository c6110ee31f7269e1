package versus.durable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Determinism and reproducibility": the repository's own project, copied to two folders with different names and
 * depths, built through the packaged jar on different days (the clock is moved with faketime), from different working
 * folders, under different locales (Turkish, whose dotless i breaks naive lower-casing, and C, whose default charset
 * is ASCII) and time zones (UTC+14 and UTC−10), gives byte-identical sites. A third build under C.UTF-8 covers a
 * UTF-8 default charset even where the Turkish locale is not installed.
 *
 * <p>Both copies are git repositories with the same single commit, made just before midnight UTC, so the "Updated"
 * dates come from git and fall on another day in either time zone: a date taken in local time would show.
 */
class ReproducibleBuildIT {

  static final String COMMIT_DATE = "2024-02-29T23:30:00+00:00";

  @TempDir Path work;

  record Setting(String name, Path cwd, Path project, String day, Map<String, String> env, List<String> jvm,
      List<String> args) {}

  @Test
  void buildsInDifferentPlacesDaysLocalesAndTimeZonesAreByteIdentical() throws Exception {
    requireFaketime();
    Path a = work.resolve("first place/versus-notes");
    Path b = work.resolve("elsewhere/deeper/another-name");
    Path c = work.resolve("third");
    for (Path project : List.of(a, b, c)) {
      copyProject(project);
      commitAll(project);
    }
    Path logs = work.resolve("logs");
    List<Setting> settings =
        List.of(
            new Setting("tr_TR.UTF-8, Pacific/Kiritimati (UTC+14), 4 July 2031, run inside the project", a, a,
                "2031-07-04 23:59:30",
                Map.of("LANG", "tr_TR.UTF-8", "LC_ALL", "tr_TR.UTF-8", "TZ", "Pacific/Kiritimati"),
                List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati"),
                List.of("build", "--quiet")),
            new Setting("C, America/Adak (UTC-10), 1 January 2019, run from another folder with --source", work, b,
                "2019-01-01 00:00:05", Map.of("LANG", "C", "LC_ALL", "C", "TZ", "America/Adak"),
                List.of("-Duser.timezone=America/Adak"), List.of("build", "--quiet", "--source", b.toString())),
            new Setting("C.UTF-8, Asia/Kathmandu (UTC+5:45), 29 February 2028, run from the folder above", c.getParent(),
                c, "2028-02-29 12:00:00", Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8", "TZ", "Asia/Kathmandu"),
                List.of("-Duser.timezone=Asia/Kathmandu"), List.of("build", "--quiet", "--source", "third")));

    TreeMap<String, String> first = null;
    String firstName = null;
    for (Setting s : settings) {
      System.out.println("ReproducibleBuildIT: " + s.name() + ": " + jvmView(s, logs));
      Jar.Result r =
          Jar.Command.of(s.cwd(), s.args().toArray(String[]::new))
              .env(s.env())
              .prefix("faketime", s.day())
              .jvm(s.jvm().toArray(String[]::new))
              .run(logs, 180);
      assertThat(r.exit()).as("%s: %s", s.name(), r.output()).isZero();
      TreeMap<String, String> site = Jar.snapshot(s.project().resolve("site"));
      System.out.printf(Locale.ROOT, "ReproducibleBuildIT: %s: %d files in %d ms%n", s.name(), site.size(), r.millis());
      if (first == null) {
        first = site;
        firstName = s.name();
        assertThat(Files.readString(a.resolve("site/ecs-vs-kubernetes/index.html"), StandardCharsets.UTF_8))
            .as("the page dates come from the commit, not from the clock or the time zone")
            .contains("<time datetime=\"2024-02-29\">29 February 2024</time>");
      } else {
        String diff = Jar.firstDifference(first, site);
        assertThat(diff)
            .as("first file that differs between the build under %s and the one under %s: %s%s", firstName, s.name(),
                diff, diff == null ? "" : firstDifferingLine(a, s.project(), diff))
            .isNull();
      }
    }
  }

  /** What the JVM makes of a setting's environment: default charset, file-name charset, locale, time zone. */
  static String jvmView(Setting s, Path logs) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("faketime", s.day(), "java"));
    cmd.addAll(s.jvm());
    cmd.addAll(List.of("-XshowSettings:properties", "-version"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(s.env());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    List<String> wanted = List.of("file.encoding", "sun.jnu.encoding", "user.language", "user.country", "user.timezone");
    List<String> seen = new ArrayList<>();
    for (String line : out.lines().toList()) {
      String t = line.strip();
      for (String key : wanted) {
        if (t.startsWith(key + " = ")) {
          seen.add(t);
        }
      }
    }
    return String.join(", ", seen);
  }

  /** For a failure message: the first line where two versions of a file differ. */
  static String firstDifferingLine(Path a, Path b, String diff) throws IOException {
    String path = diff.substring(0, diff.indexOf(" ("));
    Path fa = a.resolve("site").resolve(path);
    Path fb = b.resolve("site").resolve(path);
    if (!Files.exists(fa) || !Files.exists(fb)) {
      return "";
    }
    List<String> la = new String(Files.readAllBytes(fa), StandardCharsets.UTF_8).lines().toList();
    List<String> lb = new String(Files.readAllBytes(fb), StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
      String x = i < la.size() ? la.get(i) : "(end)";
      String y = i < lb.size() ? lb.get(i) : "(end)";
      if (!x.equals(y)) {
        return String.format(Locale.ROOT, "%nline %d:%n  %s%n  %s", i + 1, abbreviate(x), abbreviate(y));
      }
    }
    return "";
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  static void copyProject(Path project) throws IOException {
    Files.createDirectories(project);
    Jar.copy(Path.of("content"), project.resolve("content"));
    Jar.copy(Path.of("themes"), project.resolve("themes"));
    Files.copy(Path.of("versus.yml"), project.resolve("versus.yml"));
  }

  /** Makes {@code project} a git repository with one commit of everything, with a fixed author, committer and date. */
  static void commitAll(Path project) throws IOException, InterruptedException {
    Map<String, String> env =
        Map.of("GIT_AUTHOR_NAME", "Versus Test", "GIT_AUTHOR_EMAIL", "test@versus.invalid", "GIT_AUTHOR_DATE",
            COMMIT_DATE, "GIT_COMMITTER_NAME", "Versus Test", "GIT_COMMITTER_EMAIL", "test@versus.invalid",
            "GIT_COMMITTER_DATE", COMMIT_DATE);
    for (List<String> git :
        List.of(
            List.of("git", "init", "-q"),
            List.of("git", "add", "-A"),
            List.of("git", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "notes"))) {
      ProcessBuilder pb = new ProcessBuilder(git).directory(project.toFile()).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("%s: %s", git, out).isTrue();
    }
  }

  static void requireFaketime() {
    try {
      Process p = new ProcessBuilder("faketime", "2001-02-03 04:05:06", "date", "+%F").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      p.waitFor(30, TimeUnit.SECONDS);
      assertThat(out).as("faketime moves the clock").isEqualTo("2001-02-03");
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(
          "faketime is needed to build on a different day (apt-get install faketime; .ci/run installs it when missing): "
              + e.getMessage(), e);
    }
  }
}
