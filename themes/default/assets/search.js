/* Versus search engine: reads the index that `versus build` writes under search/ and ranks heading sections.
   No DOM here (search-ui.js draws results), so tests run it under node. Index files are scripts that call
   VersusSearch.add(name, data): they load with <script src> from file:// as well as over http. */
(function (global) {
  "use strict";

  var VS = global.VersusSearch || (global.VersusSearch = {});
  var stemmer = global.VersusPorter2;

  // ---- Words and terms: the same rules as versus.search.Tokenizer (a test runs both over a word list) ----------

  var WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019\u02BC][\p{L}\p{N}\p{M}]+)*/gu;
  var NOT_WORD_CHAR = /[^\p{L}\p{N}']/gu;
  var MAX_WORD = 40;

  function fold(word) {
    var s = word.replace(/[\u2019\u02BC]/g, "'").toLowerCase().normalize("NFKD").replace(NOT_WORD_CHAR, "");
    return s.replace(/^'+|'+$/g, "");
  }

  /** The words of text with their places: [{start, end, word}], word folded. */
  function words(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      var w = fold(m[0]);
      if (w) out.push({ start: m.index, end: m.index + m[0].length, word: w });
    }
    return out;
  }

  var stemCache = new Map();
  function stem(folded) {
    var s = stemCache.get(folded);
    if (s === undefined) {
      s = stemmer.stem(folded);
      if (stemCache.size > 50000) {
        var old = stemCache.keys();
        for (var n = 0; n < 10000; n++) stemCache.delete(old.next().value);
      }
      stemCache.set(folded, s);
    }
    return s;
  }

  /** The first two code points of a term: which vocabulary file lists it. */
  function vocabKey(term) {
    return Array.from(term).slice(0, 2).join("");
  }

  /** Optimal-string-alignment distance (a swap of neighbours counts 1), or max + 1 once it must exceed max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null;
    var prev = new Array(b.length + 1);
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      var row = new Array(b.length + 1);
      row[0] = i;
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        row[j] = v;
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  /** How many typos a query word may have: none below 4 letters, 1 from 4, 2 from 8. */
  function typoBudget(word) {
    return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  }

  // ---- Index file decoding (versus.search.Codec) --------------------------------------------------------------

  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = new Int8Array(128);
  for (var d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;

  /** Reads variable-length numbers from s; calls each(value) for each. */
  function readVarints(s, each) {
    var value = 0;
    var shift = 0;
    for (var i = 0; i < s.length; i++) {
      var digit = DIGIT[s.charCodeAt(i)];
      value += (digit & 31) * Math.pow(2, shift);
      if (digit < 32) {
        each(value);
        value = 0;
        shift = 0;
      } else {
        shift += 5;
      }
    }
  }

  /** A posting list: section ids (ascending) and the term's weight level in each. */
  function decodePostings(s, count) {
    var ids = new Int32Array(count);
    var levels = new Uint8Array(count);
    var n = 0;
    var sid = -1;
    for (var i = 0; i < s.length && n < count; ) {
      var gap = 0;
      var shift = 0;
      var digit;
      do {
        digit = DIGIT[s.charCodeAt(i++)];
        gap += (digit & 31) * Math.pow(2, shift);
        shift += 5;
      } while (digit >= 32);
      sid += gap + 1;
      ids[n] = sid;
      levels[n] = DIGIT[s.charCodeAt(i++)];
      n++;
    }
    return { ids: ids.subarray(0, n), levels: levels.subarray(0, n) };
  }

  // ---- Query parsing ------------------------------------------------------------------------------------------

  /**
   * A query as parts: words, and "quoted phrases" (an unclosed quote runs to the end). The last word may be
   * unfinished (the reader is typing), unless the query ends with a space.
   */
  function parseQuery(q) {
    var parts = [];
    var re = /"([^"]*)"?/g;
    var at = 0;
    var m;
    function plain(text) {
      words(text).forEach(function (w) { parts.push({ phrase: false, words: [w.word] }); });
    }
    while ((m = re.exec(q)) !== null) {
      plain(q.slice(at, m.index));
      var ws = words(m[1]).map(function (w) { return w.word; });
      if (ws.length === 1) parts.push({ phrase: false, words: ws });
      else if (ws.length > 1) parts.push({ phrase: true, words: ws });
      at = re.lastIndex;
    }
    plain(q.slice(at));
    var last = parts[parts.length - 1];
    var open = last && !last.phrase && /[\p{L}\p{N}]$/u.test(q);
    return { parts: parts, lastOpen: !!open };
  }

  // ---- The engine ---------------------------------------------------------------------------------------------

  var arrived = Object.create(null);
  /** Called by every index file as it loads. */
  VS.add = function (name, data) {
    arrived[name] = data;
  };

  /**
   * An engine over the index at base (a URL ending in "/"). loadScript(url) returns a promise that settles when the
   * script has run; the default adds a <script> element.
   */
  function Engine(base, loadScript) {
    this.base = base;
    this.loadScript = loadScript || addScript;
    this.files = new Map();
    this.vocab = new Map();
    this.postings = new Map();
    this.meta = null;
  }

  function addScript(url) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = url;
      s.onload = function () { s.remove(); resolve(); };
      s.onerror = function () { s.remove(); reject(new Error("search index file missing: " + url)); };
      document.head.appendChild(s);
    });
  }

  /** Loads index file name once; resolves to its data. */
  Engine.prototype.file = function (name) {
    var self = this;
    var p = this.files.get(name);
    if (!p) {
      p = this.loadScript(this.base + name + ".js").then(function () {
        var data = arrived[name];
        delete arrived[name];
        if (data === undefined) throw new Error("search index file did not register: " + name);
        return data;
      });
      p.catch(function () { self.files.delete(name); });
      this.files.set(name, p);
    }
    return p;
  };

  Engine.prototype.ready = function () {
    var self = this;
    if (this.meta) return Promise.resolve(this.meta);
    return this.file("index").then(function (m) {
      if (m.v !== 1) throw new Error("search index format " + m.v + " is not supported; rebuild the site");
      var starts = [0];
      readVarints(m.ps, function (n) { starts.push(starts[starts.length - 1] + n); });
      var fileOfKey = new Map();
      var k = 0;
      var fileNo = 0;
      readVarints(m.kf, function (n) {
        for (var end = k + n; k < end; k++) fileOfKey.set(m.keys[k], fileNo);
        fileNo++;
      });
      self.meta = {
        sections: m.sections,
        scale: Math.fround(m.w.max),
        cost: m.cost,
        firstTier: m.tier,
        weights: {
          k1: Math.fround(m.w.k1), b: Math.fround(m.w.b), heading: Math.fround(m.w.heading),
          title: Math.fround(m.w.title), trail: Math.fround(m.w.trail), max: Math.fround(m.w.max), avg: Math.fround(m.w.avg)
        },
        levels: m.levels,
        keys: fileOfKey,
        pageStarts: Int32Array.from(starts),
        stop: new Set(m.stop),
        synonyms: m.syn
      };
      return self.meta;
    });
  };

  /** The vocabulary entries under key: [{term, df, file, forms}], or [] when no term starts so. */
  Engine.prototype.vocabulary = function (key) {
    var self = this;
    var n = this.meta.keys.get(key);
    if (n === undefined) return Promise.resolve([]);
    var cached = this.vocab.get(n);
    var parsed = cached
      ? Promise.resolve(cached)
      : this.file("v/" + n).then(function (flat) {
          var byKey = new Map();
          for (var i = 0; i < flat.length; i += 4) {
            var e = { term: flat[i], df: flat[i + 1], file: flat[i + 2], forms: flat[i + 3] ? flat[i + 3].split(" ") : [] };
            var k = vocabKey(e.term);
            if (!byKey.has(k)) byKey.set(k, []);
            byKey.get(k).push(e);
          }
          self.vocab.set(n, byKey);
          return byKey;
        });
    return parsed.then(function (byKey) { return byKey.get(key) || []; });
  };

  /**
   * The decoded posting list of a vocabulary entry: {ids, levels, rest}. rest > 0 means the list holds only the
   * term's heaviest tiers so far, and the next tier (see loadRest) has postings weighing up to rest.
   */
  Engine.prototype.postingsOf = function (entry) {
    var self = this;
    var cached = this.postings.get(entry.term);
    if (cached) return Promise.resolve(cached);
    return this.file("p/" + entry.file).then(function (flat) {
      for (var i = 0; i < flat.length; i += 3) {
        if (flat[i] === entry.term) {
          var list = decodePostings(flat[i + 1], entry.df);
          list.rest = flat[i + 2];
          list.df = entry.df;
          list.tier = 1;
          list.tierFile = "p/" + entry.file + "-" + i / 3 + "-";
          self.postings.set(entry.term, list);
          return list;
        }
      }
      return { ids: new Int32Array(0), levels: new Uint8Array(0), rest: 0 };
    });
  };

  /** Adds the next tier of a partly loaded list (in place), keeping section order. */
  Engine.prototype.loadRest = function (list) {
    if (!list.rest) return Promise.resolve(list);
    return this.file(list.tierFile + list.tier).then(function (data) {
      var more = decodePostings(data[0], data[0].length);
      var n = list.ids.length + more.ids.length;
      var ids = new Int32Array(n);
      var levels = new Uint8Array(n);
      for (var a = 0, b = 0, k = 0; k < n; k++) {
        if (b >= more.ids.length || (a < list.ids.length && list.ids[a] < more.ids[b])) {
          ids[k] = list.ids[a];
          levels[k] = list.levels[a++];
        } else {
          ids[k] = more.ids[b];
          levels[k] = more.levels[b++];
        }
      }
      list.ids = ids;
      list.levels = levels;
      list.rest = data[1];
      list.tier++;
      return list;
    });
  };

  /** Which page holds section sid (binary search over the pages' first sections). */
  Engine.prototype.pageOf = function (sid) {
    var starts = this.meta.pageStarts;
    var lo = 0;
    var hi = starts.length - 2;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= sid) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  VS.Engine = Engine;
  VS.internals = {
    fold: fold, words: words, stem: stem, vocabKey: vocabKey, distance: distance, typoBudget: typoBudget,
    decodePostings: decodePostings, readVarints: readVarints, parseQuery: parseQuery
  };
})(typeof window !== "undefined" ? window : globalThis);
