package versus.serve;

import java.nio.charset.StandardCharsets;

/** The reload script and the overlay's stylesheet that {@code serve} adds to pages. */
final class Resources {

  private Resources() {}

  /**
   * Listens for rebuilds and reloads the page when it changed (or always, when the build broke or recovered). It
   * reconnects by itself after the server restarts.
   */
  static final byte[] LIVE_JS =
      ("(function () {\n"
              + "  \"use strict\";\n"
              + "  var source = new EventSource(\"" + DevServer.EVENTS + "\");\n"
              + "  source.addEventListener(\"reload\", function (e) {\n"
              + "    var data = JSON.parse(e.data);\n"
              + "    var here = decodeURI(location.pathname).replace(/index\\.html$/, \"\");\n"
              + "    if (data.all || data.paths.indexOf(here) >= 0) location.reload();\n"
              + "  });\n"
              + "})();\n")
          .getBytes(StandardCharsets.UTF_8);

  static final byte[] OVERLAY_CSS =
      ("#versus-overlay { position: fixed; inset: 1rem; z-index: 2147483647; overflow: auto; padding: 1rem 1.5rem;"
              + " background: #1b1d21; color: #f1f1f1; border: 3px solid #e5484d; border-radius: 8px;"
              + " font: 15px/1.5 ui-monospace, Menlo, Consolas, monospace; box-shadow: 0 10px 40px rgba(0,0,0,.5); }\n"
              + "#versus-overlay .versus-overlay-title { color: #ff8c8f; font-weight: bold; font-size: 1.1rem; }\n"
              + "#versus-overlay code { color: #ffd479; }\n"
              + "#versus-overlay pre { background: #111; padding: .6rem .8rem; overflow-x: auto; }\n")
          .getBytes(StandardCharsets.UTF_8);
}
