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

// ---- Search loader ------------------------------------------------------------------------------------------------
// Search costs nothing until it is used: its scripts (listed on the form) and index load when the reader focuses the
// search box or presses "/" or Ctrl/Cmd-K, or at once on the search results page. window.VersusSearch.query(q)
// loads them too, then resolves to the results.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search-scripts]");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var api = window.VersusSearch || (window.VersusSearch = {});
  var loading = null;
  function load() {
    if (!loading) {
      loading = Promise.all(form.getAttribute("data-search-scripts").split(" ").map(function (src) {
        return new Promise(function (resolve, reject) {
          var s = document.createElement("script");
          s.src = src;
          s.async = false; // run in the listed order
          s.onload = resolve;
          s.onerror = function () { reject(new Error("cannot load " + src)); };
          document.head.appendChild(s);
        });
      }));
      loading.catch(function () { loading = null; });
    }
    return loading;
  }
  var beforeLoad = function (q) {
    return load().then(function () {
      if (api.query === beforeLoad) throw new Error("search did not start");
      return api.query(q);
    });
  };
  api.query = beforeLoad;
  api.load = load;
  input.addEventListener("focus", load);
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if ((e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      input.focus();
      input.select();
    } else if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      input.focus();
    }
  });
  // From disk a folder address does not open its index.html, so name it.
  form.addEventListener("submit", function (e) {
    if (location.protocol !== "file:") return;
    e.preventDefault();
    location.href = form.getAttribute("action") + "index.html?q=" + encodeURIComponent(input.value);
  });
  if (document.querySelector("[data-search-results=page]")) load();
})();
