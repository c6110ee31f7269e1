package versus.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import versus.note.Slugs;

/** {@code versus new "Title"}: starts a note with front matter; never overwrites one. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Create content/<slug>.md for a new note.")
final class NewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TITLE", description = "The note's title; its file name is made from it.")
  String title;

  @Option(names = "--source", paramLabel = "DIR", description = "Project folder (default: the current folder).")
  Path source = Path.of(".");

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    if (title.isBlank()) {
      spec.commandLine().getErr().println("error: the title is empty; give the note a title");
      return 2;
    }
    Path content = source.resolve("content");
    Files.createDirectories(content);
    Path file = content.resolve(Slugs.of(title) + ".md");
    String text =
        "---\n"
            + "title: " + yamlString(title.strip()) + "\n"
            + "description: \"\"\n"
            + "tags: []\n"
            + "---\n\n"
            + "Write the note here. Headings start with '## '.\n";
    try {
      // CREATE_NEW fails if the file exists, even if it appears between a check and the write.
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println(display(file) + ": error: a note with this name exists already; pick another title or edit it");
      return 1;
    }
    spec.commandLine().getOut().println("Created " + display(file));
    return 0;
  }

  /** The title as a YAML double-quoted string, so colons, quotes and '#' in it stay text. */
  static String yamlString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String display(Path p) {
    String s = BuildCommand.display(p);
    return s.substring(0, s.length() - 1);
  }
}
