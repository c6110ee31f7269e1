package versus.hostile;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Makes the inputs too big or too odd to commit, from the {@code generate:} lines of a case's expect.txt. */
final class Recipes {

  private Recipes() {}

  /** Applies one recipe in {@code dir}; true when the case must run as an unprivileged user. */
  static boolean apply(String recipe, Path dir) throws IOException {
    List<String> args = words(recipe);
    Path content = dir.resolve("content");
    Files.createDirectories(content);
    switch (args.get(0)) {
      case "big-note" -> bigNote(content.resolve("huge.md"), Integer.parseInt(args.get(1)));
      case "repeat" -> {
        String text = args.get(3).repeat(Integer.parseInt(args.get(2))) + args.get(4) + "\n";
        Files.writeString(dir.resolve(args.get(1)), text, StandardCharsets.UTF_8);
      }
      case "wide-table" -> {
        int n = Integer.parseInt(args.get(1));
        StringBuilder t = new StringBuilder("# Wide\n\n|");
        for (int i = 0; i < n; i++) {
          t.append(" c").append(i).append(" |");
        }
        t.append("\n|").append(" --- |".repeat(n)).append("\n|").append(" v |".repeat(n)).append('\n');
        Files.writeString(content.resolve("wide.md"), t);
      }
      case "diagram-grid" -> {
        int n = Integer.parseInt(args.get(1));
        StringBuilder d = new StringBuilder("# Grid\n\n```diagram\n");
        String[] tile = {"┌──────┐  ", "│ box  │─▶", "└──────┘  ", "    │     ", "    ▼     "};
        for (int r = 0; r < n; r++) {
          String row = tile[r % tile.length];
          d.append(row.repeat(n / row.length())).append('\n');
        }
        Files.writeString(content.resolve("grid.md"), d.append("```\n"));
      }
      case "symlink" -> Files.createSymbolicLink(dir.resolve(args.get(1)), Path.of(args.get(2)));
      case "unreadable" -> {
        Path secret = dir.resolve(args.get(1));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        // Root reads everything, so the build runs as nobody: it needs to read the rest and write site/.
        if ("root".equals(System.getProperty("user.name"))) {
          try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
              if (!p.startsWith(secret)) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
              }
            }
          }
          for (Path p = dir.getParent(); p != null && !p.equals(p.getRoot()); p = p.getParent()) {
            if (p.startsWith(Path.of(System.getProperty("java.io.tmpdir")))) {
              Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
          }
          return true;
        }
      }
      default -> throw new IllegalArgumentException("unknown recipe " + recipe);
    }
    return false;
  }

  /** About {@code megabytes} MB of sections, lists and tables. */
  static void bigNote(Path file, int megabytes) throws IOException {
    String[] words = "the ecs task runs on fargate with eks and kubernetes pods nodes cluster service".split(" ");
    Random random = new Random(1);
    long size = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; size < megabytes * 1024L * 1024L; i++) {
        StringBuilder s = new StringBuilder("## Section ").append(i).append("\n\n");
        for (int k = 0; k < 120; k++) {
          s.append(words[random.nextInt(words.length)]).append(' ');
        }
        s.append("\n\n- a\n- b\n\n| A | B |\n|---|---|\n| x | y |\n\n");
        w.write(s.toString());
        size += s.length();
      }
    }
  }

  private static List<String> words(String recipe) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(recipe);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return out;
  }
}
