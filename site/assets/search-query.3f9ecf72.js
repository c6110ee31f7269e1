/* Versus search ranking: turns a query into index terms (completions, typo corrections, synonyms), adds up their
   BM25F weights per section, checks "quoted phrases" against the text, and cuts snippets. Extends the engine of
   search.js; no DOM. */
(function (global) {
  "use strict";

  var VS = global.VersusSearch;
  var I = VS.internals;
  var E = VS.Engine.prototype;

  var PREFIX_MAX = 6; // completions tried for the word being typed
  var FUZZY_MAX = 4; // corrections tried for a word that is not in the index
  var PHRASE_CHECKS = 200; // candidates whose text is checked for a quoted phrase
  var SNIPPET = 170; // characters of text shown around the matches

  function unique(list) {
    return list.filter(function (x, i) { return list.indexOf(x) === i; });
  }

  function concatUnique(lists) {
    var seen = new Set();
    var out = [];
    lists.forEach(function (l) {
      l.forEach(function (e) {
        if (!seen.has(e.term)) { seen.add(e.term); out.push(e); }
      });
    });
    return out;
  }

  /** Keys of the vocabulary files where a misspelt word's term may be when a typo hit its first two letters. */
  function typoKeys(word) {
    var c = Array.from(word);
    return c.length < 3 ? [] : [c[1] + c[0], c[0] + c[2]];
  }

  /**
   * The index terms a folded query word may stand for, as [{entry, weight}]: the word's own term (1), completions
   * when it is being typed (up to 0.9, more the more of the word is typed), or, when the index lacks it, terms within
   * the typo budget (0.7 for one edit, 0.45 for two).
   */
  E.expand = function (word, open) {
    var self = this;
    var term = I.stem(word);
    var keys = unique([I.vocabKey(term), I.vocabKey(word)]);
    return Promise.all(keys.map(function (k) { return self.vocabulary(k); })).then(function (lists) {
      var entries = concatUnique(lists);
      var out = [];
      var exact = entries.find(function (e) { return e.term === term; });
      if (exact) out.push({ entry: exact, weight: 1 });
      if (open && word.length >= 2) {
        entries
          .map(function (e) {
            if (e === exact) return null;
            var len = e.term.indexOf(word) === 0 ? e.term.length : 0;
            e.forms.forEach(function (f) {
              if (f.indexOf(word) === 0 && (!len || f.length < len)) len = f.length;
            });
            return len ? { entry: e, weight: 0.5 + 0.4 * Math.min(1, word.length / len) } : null;
          })
          .filter(Boolean)
          .sort(function (a, b) { return b.entry.df - a.entry.df || (a.entry.term < b.entry.term ? -1 : 1); })
          .slice(0, PREFIX_MAX)
          .forEach(function (x) { out.push(x); });
      }
      var budget = I.typoBudget(word);
      if (out.length > 0 || budget === 0) return out;
      return Promise.all(typoKeys(word).map(function (k) { return self.vocabulary(k); })).then(function (more) {
        return closest(concatUnique([entries].concat(more)), word, term, budget)
          .slice(0, FUZZY_MAX)
          .map(function (c) { return { entry: c.entry, weight: c.distance === 1 ? 0.7 : 0.45 }; });
      });
    });
  };

  /** Entries within max edits of the word (its spellings) or of its term, nearest and commonest first. */
  function closest(entries, word, term, max) {
    var out = [];
    entries.forEach(function (e) {
      var d = I.distance(term, e.term, max);
      e.forms.forEach(function (f) { d = Math.min(d, I.distance(word, f, max)); });
      if (d <= max) out.push({ entry: e, distance: d });
    });
    return out.sort(function (a, b) { return a.distance - b.distance || b.entry.df - a.entry.df; });
  }

  /** The entry of an exact term, as an expansion list. */
  E.exact = function (term) {
    return this.vocabulary(I.vocabKey(term)).then(function (entries) {
      var e = entries.find(function (x) { return x.term === term; });
      return e ? [{ entry: e, weight: 1 }] : [];
    });
  };

  /**
   * The query's slots. A slot is one thing the reader asked for (a word, a synonym group, a phrase) and holds
   * alternative units; a unit is a list of positions that must all match, each a list of expansions.
   */
  E.plan = function (q) {
    var self = this;
    var meta = this.meta;
    var stopTerms = new Set(Array.from(meta.stop).map(I.stem));
    var parsed = I.parseQuery(q);
    var parts = parsed.parts;
    var slots = [];
    var skipped = [];
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i];
      var open = parsed.lastOpen && i === parts.length - 1;
      if (part.phrase) {
        var kept = part.words.filter(function (w) { return !meta.stop.has(w); });
        slots.push({
          phrase: part.words.map(I.stem),
          units: [{
            sum: true,
            positions: (kept.length ? kept : part.words).map(function (w) { return self.exact(I.stem(w)); })
          }]
        });
        continue;
      }
      var syn = synonymAt(meta.synonyms, parts, i);
      if (syn) {
        var typed = syn.member;
        slots.push({
          units: syn.group.map(function (member) {
            if (member === typed && member.length === 1) return { positions: [self.expand(parts[i].words[0], open)] };
            var terms = member.filter(function (t) { return !stopTerms.has(t); });
            return { positions: (terms.length ? terms : member).map(function (t) { return self.exact(t); }) };
          })
        });
        i += typed.length - 1;
        continue;
      }
      var word = part.words[0];
      if (meta.stop.has(word) || word.length > 40) {
        skipped.push(word);
        continue;
      }
      slots.push({ units: [{ positions: [self.expand(word, open)] }] });
    }
    // Positions hold promises of expansions; settle them all.
    var pending = [];
    slots.forEach(function (s) {
      s.units.forEach(function (u) {
        u.positions.forEach(function (p, k) {
          pending.push(p.then(function (x) { u.positions[k] = x; }));
        });
      });
    });
    return Promise.all(pending).then(function () { return { slots: slots, skipped: skipped }; });
  };

  /** The longest synonym-group member that the words from parts[i] on spell out, with its group. */
  function synonymAt(groups, parts, i) {
    var best = null;
    groups.forEach(function (group) {
      group.forEach(function (member) {
        if (best && best.member.length >= member.length) return;
        for (var k = 0; k < member.length; k++) {
          var p = parts[i + k];
          if (!p || p.phrase || I.stem(p.words[0]) !== member[k]) return;
        }
        best = { group: group, member: member };
      });
    });
    return best;
  }

  /** Loads the posting lists of every expansion in a plan. */
  E.loadPostings = function (plan) {
    var self = this;
    var jobs = [];
    plan.slots.forEach(function (s) {
      s.units.forEach(function (u) {
        u.positions.forEach(function (p) {
          p.forEach(function (x) { jobs.push(self.postingsOf(x.entry).then(function (l) { x.list = l; })); });
        });
      });
    });
    return Promise.all(jobs);
  };

  /** The section sid as {page, doc, section}, loading its page's file. */
  E.section = function (sid) {
    var self = this;
    var page = this.pageOf(sid);
    return this.file("d/" + page).then(function (doc) {
      return { page: page, doc: doc, section: doc.s[sid - self.meta.pageStarts[page]] };
    });
  };

  /** Whether the terms occur one after the other in the section's heading or text. */
  function hasPhrase(hit, terms) {
    var texts = [hit.section[2], hit.section[1].join(" . "), hit.doc.t];
    return texts.some(function (text) {
      var ts = I.words(text).map(function (w) { return I.stem(w.word); });
      for (var i = 0; i + terms.length <= ts.length; i++) {
        var k = 0;
        while (k < terms.length && ts[i + k] === terms[k]) k++;
        if (k === terms.length) return true;
      }
      return false;
    });
  }

  /**
   * Searches: resolves to {query, results, total, totalIsAtLeast, exact, suggestions, skipped, onlyCommonWords}.
   * Each result is {url, page, anchor, title, trail, snippet, score}: url relative to the site root, snippet a list
   * of {text, mark}.
   */
  E.search = function (q, options) {
    var self = this;
    var limit = (options && options.limit) || 10;
    return this.ready().then(function () {
      return self.plan(q);
    }).then(function (plan) {
      return self.loadPostings(plan).then(function () {
        return self.rank(plan, limit);
      }).then(function (ranking) {
        var ranked = ranking.top;
        var phrases = plan.slots.filter(function (s) { return s.phrase; }).map(function (s) { return s.phrase; });
        var lists = [];
        plan.slots.forEach(function (s) {
          s.units.forEach(function (u) {
            u.positions.forEach(function (p) { p.forEach(function (x) { lists.push(x); }); });
          });
        });
        var pick = phrases.length ? self.checkPhrases(ranked, phrases, limit) : Promise.resolve(ranked.slice(0, limit));
        return pick.then(function (top) {
          return Promise.all(top.map(function (r) { return self.result(r, matchedTerms(lists, r.sid)); }));
        }).then(function (results) {
          var answer = {
            query: q,
            results: results,
            total: phrases.length ? results.length : ranking.count,
            totalIsAtLeast: self.truncated(plan).length > 0,
            exact: ranking.exact,
            suggestions: [],
            skipped: plan.skipped,
            onlyCommonWords: plan.slots.length === 0 && plan.skipped.length > 0
          };
          if (results.length > 0) return answer;
          return self.suggest(q).then(function (s) { answer.suggestions = s; return answer; });
        });
      });
    });
  };

  /** The terms of the expansions whose posting lists hold section sid: the words to mark in its snippet. */
  function matchedTerms(expansions, sid) {
    var out = new Set();
    expansions.forEach(function (x) {
      var ids = x.list.ids;
      var lo = 0;
      var hi = ids.length - 1;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (ids[mid] === sid) { out.add(x.entry.term); return; }
        if (ids[mid] < sid) lo = mid + 1;
        else hi = mid - 1;
      }
    });
    return out;
  }

  /**
   * The best-ranked sections, in order, whose text holds every quoted phrase: checks candidates limit at a time, in
   * rank order, until limit are found or PHRASE_CHECKS were read.
   */
  E.checkPhrases = function (ranked, phrases, limit) {
    var self = this;
    var found = [];
    function from(i) {
      if (found.length >= limit || i >= Math.min(ranked.length, PHRASE_CHECKS)) {
        return Promise.resolve(found.slice(0, limit));
      }
      var batch = ranked.slice(i, i + limit);
      return Promise.all(batch.map(function (r) { return self.section(r.sid); })).then(function (hits) {
        batch.forEach(function (r, j) {
          if (phrases.every(function (p) { return hasPhrase(hits[j], p); })) found.push(r);
        });
        return from(i + limit);
      });
    }
    return from(0);
  };

  E.result = function (r, marks) {
    return this.section(r.sid).then(function (hit) {
      var s = hit.section;
      return {
        url: hit.doc.u + "#" + s[0],
        page: hit.doc.u,
        anchor: s[0],
        title: hit.doc.t,
        trail: s[1],
        snippet: snippet(s[2], marks),
        score: r.score
      };
    });
  };

  /**
   * About SNIPPET characters of text around the stretch with the most different matched terms, as [{text, mark}];
   * cut at word boundaries, with "…" where text was left out.
   */
  function snippet(text, marks) {
    var ws = I.words(text).filter(function (w) { return marks.has(I.stem(w.word)); });
    var start = 0;
    if (ws.length) {
      var bestCount = -1;
      for (var i = 0; i < ws.length && i < 200; i++) {
        var seen = new Set();
        for (var j = i; j < ws.length && ws[j].end - ws[i].start <= SNIPPET; j++) seen.add(I.stem(ws[j].word));
        if (seen.size > bestCount) { bestCount = seen.size; start = ws[i].start; }
      }
      start = start < 60 ? 0 : start - 30;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (start > 0) {
      // Start at a word: back to the space before, or else on to the next one.
      var before = text.lastIndexOf(" ", start);
      var after = text.indexOf(" ", start);
      if (before >= 0 && before > start - 25) start = before + 1;
      else if (after >= 0 && after < start + 25) start = after + 1;
    }
    if (end < text.length) { var back = text.lastIndexOf(" ", end); if (back > start + 40) end = back; }
    var out = [];
    if (start > 0) out.push({ text: "…", mark: false });
    var at = start;
    ws.forEach(function (w) {
      if (w.start < start || w.end > end) return;
      if (w.start > at) out.push({ text: text.slice(at, w.start), mark: false });
      out.push({ text: text.slice(w.start, w.end), mark: true });
      at = w.end;
    });
    if (at < end) out.push({ text: text.slice(at, end), mark: false });
    if (end < text.length) out.push({ text: "…", mark: false });
    return out;
  }

  /** Queries like q with one word replaced by the closest spelling the index knows, for "did you mean". */
  E.suggest = function (q) {
    var self = this;
    var parsed = I.parseQuery(q);
    var words = [];
    parsed.parts.forEach(function (p) { p.words.forEach(function (w) { words.push(w); }); });
    var jobs = words.map(function (word) {
      if (self.meta.stop.has(word) || word.length < 3) return Promise.resolve([]);
      var keys = unique([I.vocabKey(I.stem(word)), I.vocabKey(word)].concat(typoKeys(word)));
      return Promise.all(keys.map(function (k) { return self.vocabulary(k); })).then(function (lists) {
        var max = Math.max(2, I.typoBudget(word));
        return closest(concatUnique(lists), word, I.stem(word), max).slice(0, 3).map(function (c) {
          var forms = c.entry.forms.slice().sort(function (a, b) {
            return I.distance(word, a, 9) - I.distance(word, b, 9);
          });
          return forms[0] || c.entry.term;
        }).filter(function (f) { return f !== word; });
      });
    });
    return Promise.all(jobs).then(function (alternatives) {
      var out = [];
      alternatives.forEach(function (alts, i) {
        alts.forEach(function (alt) {
          var replaced = words.map(function (w, k) { return k === i ? alt : w; }).join(" ");
          if (out.indexOf(replaced) < 0) out.push(replaced);
        });
      });
      return out.slice(0, 5);
    });
  };

  VS.internals.snippet = snippet;
})(typeof window !== "undefined" ? window : globalThis);
