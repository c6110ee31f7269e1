package versus.diagram;

/**
 * Thrown when a diagram is too large to draw (more than about four million cells); the message gives the size and the
 * limit. Callers show the block as plain text instead.
 */
public final class DiagramTooLargeException extends RuntimeException {

  public DiagramTooLargeException(String message) {
    super(message, null, false, false);
  }
}
