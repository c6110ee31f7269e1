/* Versus search ranking: adds up the stored term weights of a query's expansions per section, and makes the top
   results exact although the commonest terms are loaded in part (their heaviest postings first). What a partly
   loaded list could still add is bounded; a section whose place depends on it is settled by recomputing its weights
   from its text (the page file that shows it as a result anyway), exactly as the build computed them; only what
   cannot be settled so loads the rest of a list. Extends the engine of search.js; no DOM. */
(function (global) {
  "use strict";

  var VS = global.VersusSearch;
  var I = VS.internals;
  var E = VS.Engine.prototype;
  var f32 = Math.fround;

  var IN_HEADING = 1;
  var IN_TITLE = 2;
  var IN_TRAIL = 4;
  /**
   * What one query may spend, in uncompressed bytes, on further tiers and on texts read only to settle the ranking
   * (about 70 KB compressed); past it, the top k stays as good as what is loaded allows (answer.exact is false).
   */
  var BUDGET = 160000;
  /** Rescoring rounds one query may take. */
  var MAX_ROUNDS = 12;

  function idf(n, df) {
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * The stored weight level (0–63) of every term of a section, from its title, heading trail and text: the formula of
   * versus.search.SearchIndexer with its float arithmetic, so the result is the level the build stored.
   */
  function levelsOf(hit, meta) {
    var w = meta.weights;
    var trail = hit.section[1];
    var acc = new Map();
    function add(text, field, counted) {
      var ws = I.words(text);
      ws.forEach(function (x) {
        if (meta.stop.has(x.word) || x.word.length > 40) return;
        var term = I.stem(x.word);
        var a = acc.get(term);
        if (!a) acc.set(term, (a = { tf: 0, fields: 0 }));
        if (counted) a.tf++;
        a.fields |= field;
      });
      return ws.length;
    }
    add(hit.doc.t, trail.length ? IN_TITLE : IN_TITLE | IN_HEADING, false);
    if (trail.length) add(trail[trail.length - 1], IN_HEADING, false);
    for (var i = 0; i < trail.length - 1; i++) add(trail[i], IN_TRAIL, false);
    var length = add(hit.section[2], 0, true);
    var norm = f32(f32(1 - w.b) + f32(f32(w.b * length) / w.avg));
    var levels = new Map();
    acc.forEach(function (a, term) {
      var weight = f32(f32(a.tf * f32(w.k1 + 1)) / f32(a.tf + f32(w.k1 * norm)));
      if (a.fields & IN_HEADING) weight = f32(weight + w.heading);
      if (a.fields & IN_TITLE) weight = f32(weight + w.title);
      if (a.fields & IN_TRAIL) weight = f32(weight + w.trail);
      levels.set(term, Math.max(1, Math.min(meta.levels, Math.round(f32(f32(weight / w.max) * meta.levels)))));
    });
    return levels;
  }

  /**
   * Scratch arrays, one value per section, reused from query to query: a keystroke allocates nothing large. An array
   * is zeroed through the list of sections it touched when it is handed out again.
   */
  function Pool(n) {
    this.n = n;
    this.arrays = [];
    this.used = 0;
  }
  Pool.prototype.reset = function () {
    for (var i = 0; i < this.used; i++) {
      var a = this.arrays[i];
      for (var j = 0; j < a.touched.length; j++) a.vals[a.touched[j]] = 0;
      a.touched.length = 0;
    }
    this.used = 0;
  };
  Pool.prototype.take = function () {
    if (this.used === this.arrays.length) this.arrays.push({ vals: new Float64Array(this.n), touched: [] });
    return this.arrays[this.used++];
  };
  /** Raises a[sid] to v (values are positive; 0 means none). */
  function raise(a, sid, v) {
    if (a.vals[sid] === 0) a.touched.push(sid);
    if (v > a.vals[sid]) a.vals[sid] = v;
  }

  /**
   * Scores every section that matches a slot: per slot the best unit, per position the best expansion of
   * weight × idf × stored level; the sum is scaled by the share of slots matched. Sections in plan.exact use their
   * recomputed levels. Returns {top, count, scores, slots}: top is the best max(k, 200) as [{sid, score}], best
   * first (ties in reading order); slots keep per position the known values and delta, the most a not-yet-loaded
   * posting could give.
   */
  E.score = function (plan, k) {
    var meta = this.meta;
    var n = meta.sections;
    var unit = meta.scale / meta.levels;
    var exact = plan.exact;
    var pool = this.pool || (this.pool = new Pool(n));
    pool.reset();
    var slots = plan.slots.map(function (slot) {
      var best = pool.take();
      var units = slot.units.map(function (u) {
        var div = u.sum ? 1 : u.positions.length;
        var positions = u.positions.map(function (expansions) {
          var a = pool.take();
          var delta = 0;
          expansions.forEach(function (x) {
            var f = x.weight * idf(n, x.entry.df) * unit;
            var ids = x.list.ids;
            var levels = x.list.levels;
            for (var j = 0; j < ids.length; j++) raise(a, ids[j], f * levels[j]);
            if (x.list.rest) delta = Math.max(delta, f * x.list.rest);
          });
          exact.forEach(function (levels, sid) {
            var v = 0;
            expansions.forEach(function (x) {
              var level = levels.get(x.entry.term);
              if (level) v = Math.max(v, x.weight * idf(n, x.entry.df) * unit * level);
            });
            if (a.vals[sid] === 0 && v > 0) a.touched.push(sid);
            a.vals[sid] = v;
          });
          return { vals: a.vals, touched: a.touched, delta: delta };
        });
        var shortest = positions.reduce(function (m, p) { return p.touched.length < m.touched.length ? p : m; });
        shortest.touched.forEach(function (sid) {
          var sum = 0;
          for (var i = 0; i < positions.length; i++) {
            var v = positions[i].vals[sid];
            if (v === 0) return;
            sum += v;
          }
          raise(best, sid, sum / div);
        });
        return { positions: positions, div: div };
      });
      return { vals: best.vals, touched: best.touched, units: units };
    });
    var total = pool.take();
    var matched = pool.take();
    slots.forEach(function (slot) {
      slot.touched.forEach(function (sid) {
        var v = slot.vals[sid];
        if (v === 0) return;
        if (total.vals[sid] === 0) {
          total.touched.push(sid);
          matched.touched.push(sid);
        }
        total.vals[sid] += v;
        matched.vals[sid] += 1;
      });
    });
    var scores = total.vals;
    var count = total.touched.length;
    for (var i = 0; i < count; i++) {
      var sid = total.touched[i];
      scores[sid] = (scores[sid] * matched.vals[sid]) / slots.length;
    }
    return {
      top: topOf(total.touched, scores, Math.max(k, 200)),
      count: count,
      scores: scores,
      matched: matched.vals,
      candidates: total.touched,
      slots: slots
    };
  };

  /** The m best of the sections sids by score (ties: reading order), best first. */
  function topOf(sids, scores, m) {
    var better = function (a, b) { return scores[a] > scores[b] || (scores[a] === scores[b] && a < b); };
    var heap = []; // the m best so far, worst at the root
    sids.forEach(function (sid) {
      if (heap.length < m) {
        heap.push(sid);
        for (var i = heap.length - 1; i > 0; ) {
          var parent = (i - 1) >> 1;
          if (!better(heap[parent], heap[i])) break;
          var t = heap[i]; heap[i] = heap[parent]; heap[parent] = t; i = parent;
        }
      } else if (better(sid, heap[0])) {
        heap[0] = sid;
        for (var j = 0; ; ) {
          var l = 2 * j + 1;
          var r = l + 1;
          var w = j;
          if (l < heap.length && better(heap[w], heap[l])) w = l;
          if (r < heap.length && better(heap[w], heap[r])) w = r;
          if (w === j) break;
          var u = heap[j]; heap[j] = heap[w]; heap[w] = u; j = w;
        }
      }
    });
    heap.sort(function (a, b) { return better(a, b) ? -1 : 1; });
    return heap.map(function (sid) { return { sid: sid, score: scores[sid] }; });
  }

  /**
   * A slot's bounds in a form quick to apply to every candidate: single-position units add at most their delta to
   * what is known (a section's best value already covers theirs); units of several positions are kept to be summed.
   */
  function boundsOf(slot) {
    var single = 0;
    var multi = [];
    slot.units.forEach(function (u) {
      if (u.positions.length === 1) single = Math.max(single, u.positions[0].delta);
      else multi.push(u);
    });
    return { vals: slot.vals, single: single, multi: multi };
  }

  /**
   * The most a slot could give section sid (-1: a section in no loaded list) once every unloaded posting is counted
   * at the largest weight it may have; 0 when it cannot match.
   */
  function slotBound(b, sid) {
    var bound = sid < 0 ? b.single : Math.max(b.vals[sid], b.single);
    for (var m = 0; m < b.multi.length; m++) {
      var u = b.multi[m];
      var sum = 0;
      for (var i = 0; i < u.positions.length; i++) {
        var p = u.positions[i];
        var v = Math.max(sid < 0 ? 0 : p.vals[sid], p.delta);
        if (v === 0) { sum = 0; break; } // this position cannot match, so neither can the unit
        sum += v;
      }
      if (sum / u.div > bound) bound = sum / u.div;
    }
    return bound;
  }

  function bound(bounds, sid) {
    var sum = 0;
    var m = 0;
    for (var i = 0; i < bounds.length; i++) {
      var v = slotBound(bounds[i], sid);
      if (v > 0) { sum += v; m++; }
    }
    return (sum * m) / bounds.length;
  }

  /**
   * What keeps the top k from being final: {unseen} when a section in no loaded list could still enter it, else the
   * sections (best bound first) that could enter it or move within it; null when nothing can.
   */
  function uncertain(scored, k, exact) {
    var slots = scored.slots;
    var open = slots.some(function (s) {
      return s.units.some(function (u) { return u.positions.some(function (p) { return p.delta > 0; }); });
    });
    if (!open) return null;
    var bounds = slots.map(boundsOf);
    var top = scored.top;
    var kth = top.length >= k ? top[k - 1].score : 0;
    if (bound(bounds, -1) > kth) return { unseen: true };
    var inTop = new Set(top.slice(0, k).map(function (r) { return r.sid; }));
    var sids = [];
    var candidates = scored.candidates;
    // Without units of several positions, a section can gain at most the sum of the slots' deltas: most sections
    // are ruled out by that alone.
    var quick = !bounds.some(function (b) { return b.multi.length; });
    var gain = bounds.reduce(function (s, b) { return s + b.single; }, 0);
    for (var i = 0; i < candidates.length; i++) {
      var sid = candidates[i];
      if (quick && (scored.scores[sid] * slots.length) / scored.matched[sid] + gain <= kth && !inTop.has(sid)) continue;
      var b = bound(bounds, sid);
      if (b <= kth && !inTop.has(sid)) continue;
      if (exact.has(sid)) continue;
      var isTop = inTop.has(sid);
      if (isTop ? b > scored.scores[sid] : b > kth) sids.push({ sid: sid, bound: b, top: isTop });
    }
    if (!sids.length) return null;
    return { sids: sids.sort(function (a, b) { return b.bound - a.bound || a.sid - b.sid; }) };
  }

  /** The expansions of a plan whose lists still miss their rest, the heaviest possible first. */
  E.truncated = function (plan) {
    var n = this.meta.sections;
    var out = [];
    plan.slots.forEach(function (s) {
      s.units.forEach(function (u) {
        u.positions.forEach(function (p) {
          p.forEach(function (x) {
            if (x.list.rest) out.push({ list: x.list, bound: x.weight * idf(n, x.entry.df) * x.list.rest });
          });
        });
      });
    });
    return out.sort(function (a, b) { return b.bound - a.bound; });
  };

  /**
   * The ranking of a plan, {top, count, exact}, with a final top k (exact) unless that would cost more than BUDGET.
   * Uncertain sections are settled from their text when that costs less than the next tier of the list that makes
   * them uncertain; the top k's texts are needed for display anyway, so they cost nothing.
   */
  E.rank = function (plan, k) {
    var self = this;
    var cost = this.meta.cost;
    if (this.complete && this.truncated(plan).length) {
      // Tests compare with this: every tier loaded before ranking.
      return Promise.all(this.truncated(plan).map(function (t) { return self.loadRest(t.list); })).then(function () {
        return self.rank(plan, k);
      });
    }
    plan.exact = plan.exact || new Map();
    plan.spent = plan.spent || 0;
    plan.rounds = plan.rounds || 0;
    var scored = this.score(plan, k);
    var todo = uncertain(scored, k, plan.exact);
    var result = { top: scored.top, count: scored.count, exact: !todo };
    if (!todo) return Promise.resolve(result);
    // Rounds are bounded too: each rescores everything, and a keystroke should stay well under 30 ms.
    if (++plan.rounds > MAX_ROUNDS) return Promise.resolve(result);
    var levels = this.levels || (this.levels = new Map());
    var settle = function (list) {
      return Promise.all(list.map(function (c) {
        var known = levels.get(c.sid);
        if (known) {
          plan.exact.set(c.sid, known);
          return null;
        }
        return self.section(c.sid).then(function (hit) {
          if (levels.size >= 4000) {
            // Forget the oldest quarter (a Map iterates in insertion order), not everything at once.
            var old = levels.keys();
            for (var n = 0; n < 1000; n++) levels.delete(old.next().value);
          }
          levels.set(c.sid, levelsOf(hit, self.meta));
          plan.exact.set(c.sid, levels.get(c.sid));
        });
      })).then(function () { return self.rank(plan, k); });
    };
    var next = this.truncated(plan)[0];
    var tierSize = next ? Math.min(next.list.df - next.list.ids.length, this.meta.firstTier * Math.pow(4, next.list.tier)) : 0;
    var tierBytes = next ? tierSize * cost.posting : Infinity;
    if (todo.sids) {
      // Settling a section whose page text is loaded costs no bytes; the best bounds first, 4k at a time.
      var free = [];
      for (var i = 0; i < todo.sids.length && free.length < 4 * k; i++) {
        var c = todo.sids[i];
        if (c.top || self.files.has("d/" + self.pageOf(c.sid))) free.push(c);
      }
      if (free.length) return settle(free);
      var batch = todo.sids.slice(0, k);
      var textBytes = new Set(batch.map(function (c) { return self.pageOf(c.sid); })).size * cost.doc;
      if (textBytes <= tierBytes && plan.spent + textBytes <= BUDGET) {
        plan.spent += textBytes;
        return settle(batch);
      }
    }
    if (!next || plan.spent + tierBytes > BUDGET) return Promise.resolve(result);
    plan.spent += tierBytes;
    return this.loadRest(next.list).then(function () { return self.rank(plan, k); });
  };

  VS.internals.levelsOf = levelsOf;
})(typeof window !== "undefined" ? window : globalThis);
