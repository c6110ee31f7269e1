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
 * @param timings each phase's wall and CPU milliseconds ({@code {wall, cpu}}), in the order they ran
 * @param fileCount how many files the build wrote (to memory or to its sink)
 */
public record BuildResult(
    List<OutputFile> files,
    List<Diagnostic> diagnostics,
    int notes,
    java.util.Map<String, long[]> timings,
    int fileCount) {

  public BuildResult {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
    timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
  }

  /** The same result holding {@code all}, the files a build into memory made. */
  public BuildResult withFiles(List<OutputFile> all) {
    return new BuildResult(all, diagnostics, notes, timings, all.size());
  }

  public boolean failed() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
