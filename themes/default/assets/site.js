// Versus default theme script. Loaded with "defer"; every page works without it.
(function () {
  "use strict";
  var root = document.documentElement;
  var MODE_KEY = "versus-color-mode";

  // Pages link to folders ("ecs/") so addresses stay clean on the web. A browser opening the site from disk does not
  // turn a folder into its index.html, so add it there.
  function fixLinksForFiles() {
    if (location.protocol !== "file:") return;
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") return;
      var cut = href.search(/[?#]/);
      var path = cut < 0 ? href : href.slice(0, cut);
      var rest = cut < 0 ? "" : href.slice(cut);
      if (path === "") return;
      if (path.slice(-1) === "/") a.setAttribute("href", path + "index.html" + rest);
      else if (path === "." || path === "..") a.setAttribute("href", path + "/index.html" + rest);
    });
  }

  // Colour mode: system (follow the OS), light or dark. The inline head script applies the stored choice before the
  // first paint; this wires the button that changes it.
  function storedMode() {
    try {
      var m = localStorage.getItem(MODE_KEY);
      return m === "light" || m === "dark" ? m : "system";
    } catch (e) {
      return "system";
    }
  }
  function applyMode(mode) {
    if (mode === "system") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", mode);
    root.setAttribute("data-mode", mode);
    document.querySelectorAll("[data-mode-toggle]").forEach(function (b) {
      var next = { system: "light", light: "dark", dark: "system" }[mode];
      b.setAttribute("aria-label", "Colour mode: " + mode + " (switch to " + next + ")");
      b.setAttribute("title", "Colour mode: " + mode);
    });
  }
  function initModeToggle() {
    applyMode(storedMode());
    document.querySelectorAll("[data-mode-toggle]").forEach(function (b) {
      b.addEventListener("click", function () {
        var next = { system: "light", light: "dark", dark: "system" }[storedMode()];
        try {
          if (next === "system") localStorage.removeItem(MODE_KEY);
          else localStorage.setItem(MODE_KEY, next);
        } catch (e) {
          // Storage may be off (private mode); the choice then lasts for this page only.
        }
        applyMode(next);
      });
    });
    // A page restored from the back/forward cache keeps the mode it had when left; the reader may have changed it since.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) applyMode(storedMode());
    });
  }

  // The outline marks the section being read.
  function initOutline() {
    var links = {};
    document.querySelectorAll(".toc a[href^='#']").forEach(function (a) {
      links[decodeURIComponent(a.getAttribute("href").slice(1))] = a;
    });
    var headings = Array.prototype.filter.call(document.querySelectorAll(".note-body [id]"), function (h) {
      return /^H[1-6]$/.test(h.tagName) && links[h.id];
    });
    if (!headings.length || !("IntersectionObserver" in window)) return;
    var current = null;
    function mark(id) {
      if (id === current) return;
      if (current && links[current]) links[current].removeAttribute("aria-current");
      current = id;
      if (id && links[id]) links[id].setAttribute("aria-current", "location");
    }
    function update() {
      // Right after following a link to a section, that section is the current one, even if the next heading is
      // close enough to have reached the top too.
      var hashId = location.hash ? decodeURIComponent(location.hash.slice(1)) : "";
      var target = hashId && links[hashId] ? document.getElementById(hashId) : null;
      if (target) {
        var top = target.getBoundingClientRect().top;
        if (top >= -10 && top <= 200) {
          mark(hashId);
          return;
        }
      }
      var active = null;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= 120) active = headings[i].id;
        else break;
      }
      mark(active || headings[0].id);
    }
    var observer = new IntersectionObserver(update, { rootMargin: "0px 0px -60% 0px" });
    headings.forEach(function (h) { observer.observe(h); });
    window.addEventListener("hashchange", update);
    update();
  }

  // Heading links copy their address; the browser still follows them.
  function initHeadingAnchors() {
    document.querySelectorAll(".heading-anchor").forEach(function (a) {
      a.addEventListener("click", function () {
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(a.href).catch(function () {});
        }
      });
    });
  }

  // A "Copy" button on every code listing.
  function initCopyButtons() {
    if (!(navigator.clipboard && window.isSecureContext)) return;
    document.querySelectorAll(".note-body pre").forEach(function (pre) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-code";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy code to clipboard");
      button.addEventListener("click", function () {
        var code = pre.querySelector("code") || pre;
        navigator.clipboard.writeText(code.innerText).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy"; }, 1500);
        }, function () {
          button.textContent = "Copy failed";
        });
      });
      pre.appendChild(button);
    });
  }

  // Remote images that cannot load (offline, moved) become a framed placeholder with their description instead of a
  // broken-image icon. The placeholder takes exactly the box the broken image had, so nothing on the page moves.
  function initImageFallbacks() {
    function replace(img) {
      if (img.dataset.fallback) return;
      img.dataset.fallback = "1";
      var box = img.getBoundingClientRect();
      var label = img.alt || "Image";
      var span = document.createElement("span");
      span.className = "img-fallback " + (img.classList.contains("remote-block") ? "block" : "inline");
      span.setAttribute("role", "img");
      span.setAttribute("aria-label", label);
      span.textContent = label;
      if (box.width > 0 && box.height > 0) {
        span.style.width = box.width + "px";
        span.style.height = box.height + "px";
        span.style.boxSizing = "border-box";
      }
      img.replaceWith(span);
    }
    document.querySelectorAll("img.remote").forEach(function (img) {
      if (img.complete && img.naturalWidth > 0) {
        img.classList.add("loaded");
      } else if (img.complete && img.getAttribute("src")) {
        replace(img);
      } else {
        img.addEventListener("load", function () { img.classList.add("loaded"); });
        img.addEventListener("error", function () { replace(img); });
      }
    });
  }

  fixLinksForFiles();
  initModeToggle();
  initOutline();
  initHeadingAnchors();
  initCopyButtons();
  initImageFallbacks();
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
