// Versus comparison: the subject picker. Deferred like every script; the theme's inline head script has already applied
// a choice in the address (compare/?s=ecs,eks) before the matrix was first drawn, so nothing moves on load. This
// checks that choice against the real subjects, ticks the boxes, and handles changes. Without JavaScript the picker
// stays hidden and every column is shown.
(function () {
  "use strict";
  var picker = document.querySelector("[data-compare-picker]");
  if (!picker) return;
  var boxes = Array.prototype.slice.call(picker.querySelectorAll("input[type=checkbox]"));
  var all = boxes.map(function (b) { return b.value; });
  var status = picker.querySelector("[data-picker-status]");

  // Columns and rows are hidden by a style sheet built here (CSP allows constructed sheets, not inline styles).
  var sheet = null;
  try {
    if ("adoptedStyleSheets" in document && typeof CSSStyleSheet === "function") {
      sheet = new CSSStyleSheet();
      // Replaces the head script's sheet (it only ever holds the picker's rules).
      document.adoptedStyleSheets = [sheet];
    }
  } catch (e) {
    sheet = null;
  }

  function fromAddress() {
    var m = /[?&]s=([^&#]*)/.exec(location.search);
    if (!m) return all.slice();
    var wanted = decodeURIComponent(m[1].replace(/\+/g, " ")).split(/[\s,]+/);
    var picked = all.filter(function (id) { return wanted.indexOf(id) >= 0; });
    return picked.length >= 2 ? picked : all.slice();
  }

  function rules(picked) {
    var hidden = all.filter(function (id) { return picked.indexOf(id) < 0; });
    var out = hidden.map(function (id) { return ".matrix .s-" + id + "{display:none}"; });
    if (hidden.length) {
      // A row where none of the picked subjects has a statement says nothing about them.
      out.push(".matrix tbody tr" + picked.map(function (id) { return ":not(.has-" + id + ")"; }).join("")
        + "{display:none}");
    }
    return out.join("\n");
  }

  function withoutSheet(picked) {
    document.querySelectorAll(".matrix [class*='s-']").forEach(function (cell) {
      var id = (/(?:^|\s)s-([a-z0-9-]+)/.exec(cell.className) || [])[1];
      if (id) cell.hidden = picked.indexOf(id) < 0;
    });
    document.querySelectorAll(".matrix tbody tr").forEach(function (row) {
      row.hidden = !picked.some(function (id) { return row.classList.contains("has-" + id); });
    });
  }

  function apply(picked) {
    if (sheet) {
      sheet.replaceSync(rules(picked));
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", function () { withoutSheet(picked); });
    } else {
      withoutSheet(picked);
    }
  }

  function remember(picked) {
    var query = picked.length === all.length ? "" : "?s=" + picked.join(",");
    try {
      history.replaceState(history.state, "", location.pathname + query + location.hash);
    } catch (e) {
      // Some browsers refuse to change the address of a page opened from disk; the choice still applies.
    }
  }

  function picked() {
    return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  }

  var initial = fromAddress();
  boxes.forEach(function (b) { b.checked = initial.indexOf(b.value) >= 0; });
  apply(initial);

  boxes.forEach(function (b) {
    b.addEventListener("change", function () {
      var now = picked();
      if (now.length < 2) {
        b.checked = true;
        status.textContent = "Show at least two subjects.";
        return;
      }
      apply(now);
      remember(now);
      status.textContent = "Showing " + now.length + " of " + all.length + " subjects.";
    });
  });
})();
