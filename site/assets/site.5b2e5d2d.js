// Versus default theme script. Loaded with "defer"; the page works without it.
(function () {
  "use strict";
  // Pages link to folders ("ecs/") so addresses stay clean on the web. A browser opening the site from disk does not
  // turn a folder into its index.html, so add it there.
  if (location.protocol === "file:") {
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") return;
      var hash = href.indexOf("#");
      var path = hash < 0 ? href : href.slice(0, hash);
      var rest = hash < 0 ? "" : href.slice(hash);
      if (path === "" ) return;
      if (path.slice(-1) === "/") a.setAttribute("href", path + "index.html" + rest);
      else if (path === "." || path === "..") a.setAttribute("href", path + "/index.html" + rest);
    });
  }
})();
