/**
 * {@code versus serve}: {@link versus.serve.DevServer} builds into memory, serves with the JDK's HTTP server, watches
 * the sources and reloads open pages through Server-Sent Events, showing build errors in an overlay.
 */
package versus.serve;
