package versus.build;

import java.util.List;
import versus.diag.Diagnostic;
import versus.diag.Severity;
import versus.output.OutputFile;

/**
 * What a build made: the site's files sorted by path, and what it had to say, sorted by position.
 *
 * @param files every output file, sorted by path; empty when the build failed
 * @param diagnostics errors, warnings and notes, sorted
 * @param notes how many notes became pages
 */
public record BuildResult(List<OutputFile> files, List<Diagnostic> diagnostics, int notes) {

  public BuildResult {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean failed() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
