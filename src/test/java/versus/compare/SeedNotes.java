package versus.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import versus.diag.DiagnosticSink;
import versus.markdown.MarkdownRenderer;
import versus.markdown.RenderedNote;
import versus.note.NoteParser;

/**
 * The repository's notes as the comparison will read them once the build repairs mojibake: each line that is UTF-8
 * read as windows-1254 or Mac Roman ({@code ğŸš€}, {@code ‚ò∏Ô∏è}) is decoded back, and lines that are not stay as they
 * are. A stand-in for the repair stage, so these tests depend neither on it nor on the broken bytes.
 */
final class SeedNotes {

  static final Path CONTENT = Path.of("content");

  private static final List<Charset> MISREAD = List.of(Charset.forName("windows-1254"), Charset.forName("x-MacRoman"));

  private SeedNotes() {}

  static String repair(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      out.add(repairLine(line));
    }
    return String.join("\n", out);
  }

  private static String repairLine(String line) {
    if (line.chars().allMatch(c -> c < 0x80)) {
      return line;
    }
    for (Charset cs : MISREAD) {
      if (!cs.newEncoder().canEncode(line)) {
        continue;
      }
      try {
        byte[] bytes = line.getBytes(cs);
        String decoded = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
        if (!decoded.equals(line)) {
          return decoded;
        }
      } catch (CharacterCodingException e) {
        // Not this code page, or an emoji whose last bytes the code page could not keep ("ğŸ" of 🏁): then drop
        // the broken sequence, as a reader would.
        String lead = cs.name().equals("windows-1254") ? "ğŸ" : "\u00F0\u0178";
        if (line.contains(lead)) {
          return new String(line.getBytes(cs), StandardCharsets.UTF_8).replace("\uFFFD", "");
        }
      }
    }
    return line;
  }

  /** A note of content/ parsed and rendered, mojibake repaired when {@code repaired}. */
  static RenderedNote render(String file, boolean repaired) {
    try {
      String text = Files.readString(CONTENT.resolve(file));
      String slug = file.replaceFirst("\\.md$", "");
      var note = new NoteParser().parse("content/" + file, file, repaired ? repair(text) : text, DiagnosticSink.ignoring());
      return new MarkdownRenderer(List.of()).render(note, DiagnosticSink.ignoring());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> files() {
    return List.of("ecs-eks-app-runner.md", "ecs-eks-basics.md", "ecs-eks-fargate-ecr.md", "ecs-vs-eks-deep-dive.md",
        "ecs-vs-kubernetes.md");
  }
}
