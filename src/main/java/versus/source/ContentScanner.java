package versus.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.SourcePos;

/**
 * Finds the files under {@code content/}, in a stable order, without ever leaving that folder: symbolic links are
 * followed only when they point at a file inside it, hidden files and folders are skipped, unreadable ones are reported
 * and skipped, and files above a size cap are refused. Nothing here throws for a bad file; it becomes a diagnostic.
 */
public final class ContentScanner {

  /**
   * Notes larger than this are refused: no note needs it (8 MB is about a million and a half words), and it bounds the
   * time and memory one file can take.
   */
  public static final long DEFAULT_MAX_NOTE_BYTES = 8L * 1024 * 1024;

  /** Static files larger than this are refused (GitHub Pages itself refuses files over 100 MB). */
  public static final long DEFAULT_MAX_STATIC_BYTES = 100L * 1024 * 1024;

  private final long maxNoteBytes;
  private final long maxStaticBytes;

  public ContentScanner() {
    this(DEFAULT_MAX_NOTE_BYTES, DEFAULT_MAX_STATIC_BYTES);
  }

  public ContentScanner(long maxNoteBytes, long maxStaticBytes) {
    this.maxNoteBytes = maxNoteBytes;
    this.maxStaticBytes = maxStaticBytes;
  }

  /**
   * Reads every file of {@code sourceRoot/content}, sorted by path. A missing content folder is an error diagnostic,
   * not an exception.
   */
  public List<SourceFile> scan(Path sourceRoot, DiagnosticSink sink) {
    Path content = sourceRoot.resolve("content");
    if (!Files.isDirectory(content)) {
      sink.report(
          Diagnostic.error(
              SourcePos.of("content/"),
              "no-content",
              "no content folder here; create content/ and put your Markdown notes in it"));
      return List.of();
    }
    Path realContent;
    try {
      realContent = content.toRealPath();
    } catch (IOException e) {
      sink.report(Diagnostic.error(SourcePos.of("content/"), "unreadable", "cannot open content/: " + reason(e)));
      return List.of();
    }
    List<SourceFile> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          content, EnumSet.noneOf(FileVisitOption.class), 64, new Visitor(sourceRoot, realContent, files, sink));
    } catch (IOException e) {
      sink.report(Diagnostic.error(SourcePos.of("content/"), "unreadable", "cannot list content/: " + reason(e)));
    }
    files.sort(Comparator.comparing(SourceFile::relPath));
    return List.copyOf(files);
  }

  /**
   * True when a path came back from the file system with bytes the JVM could not decode: on JDK 17 file names follow
   * the locale's charset, so under {@code LANG=C} a note named {@code café.md} arrives as {@code caf\uFFFD\uFFFD.md}.
   */
  static boolean garbledName(String path) {
    return path.indexOf('\uFFFD') >= 0;
  }

  /** True for the file names Versus renders as notes. */
  public static boolean isNoteName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Path sourceRoot;
    private final Path realContent;
    private final List<SourceFile> files;
    private final DiagnosticSink sink;

    Visitor(Path sourceRoot, Path realContent, List<SourceFile> files, DiagnosticSink sink) {
      this.sourceRoot = sourceRoot;
      this.realContent = realContent;
      this.files = files;
      this.sink = sink;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (isHidden(dir) && !dir.equals(sourceRoot.resolve("content"))) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
        sink.report(
            Diagnostic.warning(
                SourcePos.of(rel(dir) + "/"), "unreadable", "folder skipped: no permission to read it"));
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (isHidden(file)) {
        return FileVisitResult.CONTINUE;
      }
      String rel = rel(file);
      if (garbledName(rel)) {
        sink.report(
            Diagnostic.warning(
                SourcePos.of(rel),
                "file-name",
                "the file name has characters this system's locale cannot spell ("
                    + System.getProperty("sun.jnu.encoding", "?")
                    + "), so its URL and links to it may be wrong; run Versus under a UTF-8 locale (LANG=C.UTF-8)"));
      }
      Path target = file;
      if (attrs.isSymbolicLink()) {
        try {
          target = file.toRealPath();
        } catch (IOException e) {
          sink.report(Diagnostic.warning(SourcePos.of(rel), "symlink", "skipped: broken symbolic link"));
          return FileVisitResult.CONTINUE;
        }
        if (!target.startsWith(realContent)) {
          sink.report(
              Diagnostic.warning(
                  SourcePos.of(rel),
                  "symlink",
                  "skipped: symbolic link points outside content/; copy the file in instead"));
          return FileVisitResult.CONTINUE;
        }
        if (Files.isDirectory(target)) {
          sink.report(
              Diagnostic.warning(
                  SourcePos.of(rel), "symlink", "skipped: symbolic links to folders are not followed"));
          return FileVisitResult.CONTINUE;
        }
      } else if (!attrs.isRegularFile()) {
        return FileVisitResult.CONTINUE;
      }
      boolean note = isNoteName(file.getFileName().toString());
      long cap = note ? maxNoteBytes : maxStaticBytes;
      try {
        long size = Files.size(target);
        if (size > cap) {
          sink.report(
              Diagnostic.error(
                  SourcePos.of(rel),
                  "too-large",
                  String.format(
                      Locale.ROOT,
                      "file of %.1f MB is larger than the %d MB limit; split it into several notes or move it out of content/",
                      size / 1048576.0,
                      cap / 1048576)));
          return FileVisitResult.CONTINUE;
        }
        files.add(new SourceFile(rel, file, Files.readAllBytes(target), note));
      } catch (NoSuchFileException e) {
        // Deleted while we were walking (an editor's swap file): nothing to build.
      } catch (IOException | SecurityException e) {
        sink.report(Diagnostic.warning(SourcePos.of(rel), "unreadable", "file skipped: " + reason(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      boolean loop = e instanceof java.nio.file.FileSystemLoopException;
      sink.report(
          Diagnostic.warning(
              SourcePos.of(rel(file)),
              loop ? "symlink" : "unreadable",
              loop ? "skipped: symbolic link loop" : "skipped: " + reason(e)));
      return FileVisitResult.CONTINUE;
    }

    private String rel(Path p) {
      return sourceRoot.relativize(p).toString().replace('\\', '/');
    }
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

}
