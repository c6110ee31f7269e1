/* Versus search box and results page: draws what search.js finds. Text from the index (titles, headings, snippets)
   comes from notes and is treated as hostile: it is only ever inserted with createTextNode/textContent. */
(function (global) {
  "use strict";

  var doc = global.document;
  var VS = global.VersusSearch;
  var form = doc.querySelector("form[data-search-scripts]");
  if (!form || VS.ui) return;
  var input = form.querySelector("input[type=search]");
  var panel = form.querySelector(".search-panel");
  var list = form.querySelector("[data-search-results]");
  var status = panel.querySelector(".search-status");
  var root = form.getAttribute("data-search-root") || "";
  var fromDisk = global.location.protocol === "file:";
  var engine = new VS.Engine(root + "search/");

  VS.ui = { engine: engine };
  /** Resolves to the full answer: {query, results, total, suggestions, skipped}. */
  VS.search = function (q, options) { return engine.search(q, options); };
  /** Resolves to the results of q, best first: [{url, page, anchor, title, trail, snippet, score}]. */
  VS.query = function (q) { return engine.search(q, { limit: 10 }).then(function (a) { return a.results; }); };

  /** A URL relative to the site root, made relative to this page (and naming index.html when read from disk). */
  function href(url) {
    var hash = url.indexOf("#");
    var path = hash < 0 ? url : url.slice(0, hash);
    var fragment = hash < 0 ? "" : url.slice(hash);
    if (fromDisk && (path === "" || path.slice(-1) === "/")) path += "index.html";
    return root + path + fragment;
  }

  function searchPage(q) {
    return href("search/") + "?q=" + encodeURIComponent(q);
  }

  function el(tag, className, text) {
    var e = doc.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  /** One result: a link with the page title, the heading trail and the snippet, matched words in <mark>. */
  function resultItem(r) {
    var a = el("a", "search-hit");
    a.href = href(r.url);
    a.appendChild(el("span", "search-hit-title", r.title));
    if (r.trail.length) a.appendChild(el("span", "search-hit-trail", r.trail.join(" › ")));
    if (r.snippet.length) {
      var s = el("span", "search-hit-snippet");
      r.snippet.forEach(function (part) {
        s.appendChild(part.mark ? el("mark", "", part.text) : doc.createTextNode(part.text));
      });
      a.appendChild(s);
    }
    return a;
  }

  /** The status line: a count, or "no results" with the closest known spellings as buttons that search for them. */
  function showStatus(target, answer, run) {
    target.textContent = "";
    var n = answer.results.length;
    if (n > 0) {
      var of = answer.total.toLocaleString("en") + (answer.totalIsAtLeast ? "+" : "");
      target.textContent =
        answer.total > n ? "Top " + n + " of " + of + " sections" : n + (n === 1 ? " section" : " sections");
      return;
    }
    if (answer.onlyCommonWords) {
      target.textContent = "“" + answer.query.trim() + "” is too common to search for; add another word.";
      return;
    }
    target.appendChild(doc.createTextNode("No results for “" + answer.query.trim() + "”."));
    if (answer.suggestions.length) {
      target.appendChild(doc.createTextNode(" Did you mean "));
      answer.suggestions.forEach(function (s, i) {
        if (i > 0) target.appendChild(doc.createTextNode(i === answer.suggestions.length - 1 ? " or " : ", "));
        var b = el("button", "search-suggestion", s);
        b.type = "button";
        b.addEventListener("click", function () { run(s); });
        target.appendChild(b);
      });
      target.appendChild(doc.createTextNode("?"));
    }
  }

  function failed(target, error) {
    target.textContent = "Search is unavailable: " + error.message;
  }

  // ---- The box in the header: results as you type, arrows to move, Enter to open, Escape to close -------------

  var active = -1;
  var asked = 0;

  function setOpen(open) {
    // A search box (type=search) may not carry aria-expanded; the results' live status tells screen readers instead.
    panel.hidden = !open;
    if (!open) setActive(-1);
  }

  function setActive(i) {
    var items = list.children;
    if (active >= 0 && items[active]) {
      items[active].classList.remove("is-active");
      items[active].setAttribute("aria-selected", "false");
    }
    active = i;
    if (i >= 0 && items[i]) {
      items[i].classList.add("is-active");
      items[i].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", items[i].id);
      items[i].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function runBox(q) {
    var ticket = ++asked;
    if (!q.trim()) {
      list.textContent = "";
      setOpen(false);
      return;
    }
    engine.search(q, { limit: 8 }).then(function (answer) {
      if (ticket !== asked) return; // a newer query is under way
      list.textContent = "";
      active = -1;
      answer.results.forEach(function (r, i) {
        var li = el("li", "search-result");
        li.id = "v-search-result-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.appendChild(resultItem(r));
        list.appendChild(li);
      });
      showStatus(status, answer, function (s) { input.value = s; runBox(s); input.focus(); });
      if (answer.results.length) {
        var more = el("li", "search-more");
        var a = el("a", "", "All results for “" + q.trim() + "”");
        a.href = searchPage(q);
        more.appendChild(a);
        list.appendChild(more);
      }
      setOpen(true);
    }, function (e) {
      if (ticket === asked) { failed(status, e); setOpen(true); }
    });
  }

  input.addEventListener("input", function () { runBox(input.value); });
  input.addEventListener("focus", function () { if (input.value.trim() && list.children.length) setOpen(true); });
  input.addEventListener("keydown", function (e) {
    var items = list.querySelectorAll("[role=option]");
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (panel.hidden && input.value.trim()) runBox(input.value);
      if (!items.length) return;
      e.preventDefault();
      // -1 is the input itself: down goes -1, 0, 1, … last, -1; up goes the other way.
      var next = active + (e.key === "ArrowDown" ? 1 : -1);
      if (next < -1) next = items.length - 1;
      if (next >= items.length) next = -1;
      setActive(next);
    } else if (e.key === "Enter" && active >= 0 && items[active]) {
      e.preventDefault();
      global.location.href = items[active].querySelector("a").href;
    } else if (e.key === "Escape") {
      if (!panel.hidden) { e.preventDefault(); setOpen(false); }
      else if (input.value) { e.preventDefault(); input.value = ""; runBox(""); }
    }
  });
  doc.addEventListener("click", function (e) { if (!form.contains(e.target)) setOpen(false); });
  form.addEventListener("focusout", function (e) {
    if (!e.relatedTarget || !form.contains(e.relatedTarget)) setOpen(false);
  });

  // ---- The results page: search/?q=… ---------------------------------------------------------------------------

  var pageList = doc.querySelector("[data-search-results=page]");
  if (pageList) {
    var pageInput = doc.getElementById("v-search-page-input");
    var pageStatus = doc.querySelector("[data-search-status]");
    var pageAsked = 0;
    var runPage = function (q) {
      var ticket = ++pageAsked;
      try {
        global.history.replaceState(null, "", q ? "?q=" + encodeURIComponent(q) : "?");
      } catch (e) {
        // Some browsers refuse to change the address of a page read from disk; the results still show.
      }
      if (!q.trim()) { pageList.textContent = ""; pageStatus.textContent = ""; return; }
      engine.search(q, { limit: 50 }).then(function (answer) {
        if (ticket !== pageAsked) return;
        pageList.textContent = "";
        answer.results.forEach(function (r) {
          var li = el("li", "search-result");
          li.appendChild(resultItem(r));
          pageList.appendChild(li);
        });
        showStatus(pageStatus, answer, function (s) { pageInput.value = s; runPage(s); });
      }, function (e) { if (ticket === pageAsked) failed(pageStatus, e); });
    };
    var initial = new URLSearchParams(global.location.search).get("q") || "";
    pageInput.value = initial;
    pageInput.addEventListener("input", function () { runPage(pageInput.value); });
    pageInput.form.addEventListener("submit", function (e) { e.preventDefault(); runPage(pageInput.value); });
    runPage(initial);
  }

  // The reader may have typed while the scripts loaded.
  if (doc.activeElement === input && input.value.trim()) runBox(input.value);
})(window);
