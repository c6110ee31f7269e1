package versus.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import versus.markdown.SourceFixes;
import versus.repair.DecodedText;
import versus.repair.MojibakeRepairer;
import versus.repair.RepairResult;
import versus.repair.TextDecoder;
import versus.source.ContentScanner;

/**
 * {@code versus fix}: writes the repaired text into the notes themselves, the one command that changes content
 * files. Each file is replaced atomically (a new file renamed over the old), keeping its line endings and whether it
 * had a byte-order mark; a file in a legacy code page is saved as UTF-8.
 */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
      "Repair mojibake in the given notes or folders, in place, and apply the chosen safe fixes.",
      "With --dry-run, print a unified diff instead of writing."
    })
final class FixCommand implements Callable<Integer> {

  static final List<String> RULES = List.of("heading-space", "bold-heading", "chat-residue");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Notes or folders of notes.")
  List<Path> paths;

  @Option(names = "--dry-run", description = "Print what would change as a unified diff; write nothing.")
  boolean dryRun;

  @Option(
      names = "--rules",
      split = ",",
      paramLabel = "RULE",
      description = "Also apply these fixes: heading-space, bold-heading, chat-residue.")
  List<String> rules = List.of();

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (String rule : rules) {
      if (!RULES.contains(rule)) {
        err.println("error: unknown fix '" + rule + "'; the fixes are " + String.join(", ", RULES));
        return 2;
      }
    }
    Set<Path> files = new LinkedHashSet<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> Files.isRegularFile(f) && ContentScanner.isNoteName(f.getFileName().toString()))
              .filter(f -> Arrays.stream(p.relativize(f).toString().split("/")).noneMatch(s -> s.startsWith(".")))
              .sorted()
              .forEach(files::add);
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        err.println(p + ": error: no such file or folder");
        return 1;
      }
    }
    TextDecoder decoder = new TextDecoder();
    MojibakeRepairer repairer = new MojibakeRepairer();
    int changed = 0;
    for (Path file : files) {
      if (!dryRun) {
        // A run killed between writing a file's new text and renaming it leaves that text beside the note; the note
        // itself is still the old one, so it is repaired again below.
        Files.deleteIfExists(tempFile(file));
      }
      byte[] bytes = Files.readAllBytes(file);
      DecodedText decoded = decoder.decode(bytes);
      String name = BuildCommand.display(file);
      name = name.substring(0, name.length() - 1);
      if (decoded.binary()) {
        err.println(name + ": warning[binary]: not a text file; left as it is");
        continue;
      }
      RepairResult repair = repairer.repair(decoded.text());
      String text = repair.text();
      List<String> done = new ArrayList<>();
      if (repair.changed()) {
        done.add(repair.summary(name).substring(name.length() + 2));
      }
      if (decoded.warning().isPresent() && !decoded.charset().equals("UTF-8")) {
        done.add("saved as UTF-8 (was " + decoded.charset() + ")");
      }
      for (String rule : rules) {
        SourceFixes.Fixed f =
            switch (rule) {
              case "heading-space" -> SourceFixes.headingSpace(text);
              case "bold-heading" -> SourceFixes.boldHeadings(text);
              default -> SourceFixes.chatResidue(text);
            };
        if (f.count() > 0) {
          done.add(rule + ": " + f.count() + (f.count() == 1 ? " fix" : " fixes"));
          text = f.text();
        }
      }
      byte[] updated = encode(text, decoded.bom() && decoded.charset().startsWith("UTF-8"));
      if (Arrays.equals(updated, bytes)) {
        continue;
      }
      changed++;
      if (dryRun) {
        List<String> before = decoded.text().lines().toList();
        List<String> after = text.lines().toList();
        UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before, DiffUtils.diff(before, after), 3)
            .forEach(out::println);
      } else {
        replace(file, updated);
        out.println(name + ": " + String.join("; ", done));
      }
    }
    if (!dryRun || changed == 0) {
      out.printf(Locale.ROOT, "%s %d of %d note%s.%n", dryRun ? "Would change" : "Changed", changed, files.size(),
          files.size() == 1 ? "" : "s");
    }
    return 0;
  }

  private static byte[] encode(String text, boolean bom) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return body;
    }
    byte[] out = new byte[body.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }

  /**
   * Writes {@code bytes} to a new file beside {@code file} and renames it over {@code file}: a fix killed half-way
   * leaves the old file or the new one, never a truncated mix.
   */
  static void replace(Path file, byte[] bytes) throws IOException {
    Path tmp = tempFile(file);
    // A leftover of a killed run (or anything else by that name, such as a planted link) is removed, not written
    // through.
    Files.deleteIfExists(tmp);
    Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      Files.setPosixFilePermissions(tmp, perms);
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system: the new file keeps the defaults.
    }
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Where {@link #replace} writes the new text of {@code file} before renaming it over: a hidden name in the same folder
   * (so the rename stays on one file system), which {@code build} skips like every hidden file.
   */
  static Path tempFile(Path file) {
    return file.resolveSibling("." + file.getFileName() + ".versus-fix");
  }
}
