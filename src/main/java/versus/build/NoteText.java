package versus.build;

import java.util.Optional;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.Severity;
import versus.diag.SourcePos;
import versus.repair.DecodedText;
import versus.repair.MojibakeRepairer;
import versus.repair.Repair;
import versus.repair.RepairResult;
import versus.repair.TextDecoder;
import versus.source.SourceFile;

/**
 * A note file's bytes to the text the Markdown stage reads: decoded (BOMs, UTF-16, and files saved in a legacy code
 * page are recognised), then repaired (mojibake undone, lost bytes restored). The file itself is never changed; what
 * was done is reported: a summary per file, each repaired site, and each site where the repair had to choose.
 */
final class NoteText {

  /** Rule of the one-line summary per repaired file. */
  static final String REPAIR = "repair";
  /** Rule of each repaired site ({@code --verbose}). */
  static final String REPAIR_SITE = "repair-site";

  private final TextDecoder decoder = new TextDecoder();
  private final MojibakeRepairer repairer = new MojibakeRepairer();
  private final Severity choiceSeverity;

  /** @param choiceSeverity how loudly to report a site where the repair chose among candidates */
  NoteText(Severity choiceSeverity) {
    this.choiceSeverity = choiceSeverity;
  }

  /** The note's repaired text, or empty for a binary file (reported and skipped). */
  Optional<String> read(SourceFile file, DiagnosticSink sink) {
    DecodedText decoded = decoder.decode(file.bytes());
    if (decoded.binary()) {
      sink.report(
          Diagnostic.warning(SourcePos.of(file.relPath()), "binary",
              "skipped: this is not a text file; move it out of content/ or rename it"));
      return Optional.empty();
    }
    decoded.warning()
        .ifPresent(w -> sink.report(Diagnostic.warning(SourcePos.of(file.relPath()), "encoding", w
            + "; 'versus fix " + file.relPath() + "' saves it as UTF-8")));
    String text = decoded.text();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    RepairResult result = repairer.repair(text);
    if (result.changed()) {
      String summary = result.summary(file.relPath()).substring(file.relPath().length() + 2);
      sink.report(Diagnostic.info(SourcePos.of(file.relPath()), REPAIR, summary));
      for (Repair r : result.repairs()) {
        String site = r.format(file.relPath());
        sink.report(
            Diagnostic.info(SourcePos.of(file.relPath(), r.line(), r.column()), REPAIR_SITE,
                site.substring(site.indexOf(": ") + 2)));
        if (r.isChoice()) {
          sink.report(
              new Diagnostic(choiceSeverity, SourcePos.of(file.relPath(), r.line(), r.column()), "mojibake",
                  "'" + r.before() + "' was repaired as '" + r.after() + "', chosen over "
                      + String.join(" ", r.alternatives()) + "; check it, then 'versus fix' writes the repair into"
                      + " the file"));
        }
      }
    }
    return Optional.of(result.text());
  }
}
