// Tests of the search client (themes/default/assets/search*.js) under node's test runner. The engine tests read the
// index of a fixture site that ClientTest builds with the real Java build and names in VERSUS_FIXTURE_SITE.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { loadClient, engineFor, ASSETS } = require("./harness.js");

const { VersusSearch } = loadClient();
// Values made in the client's vm context have that context's prototypes: compare them as plain data.
const plain = (x) => JSON.parse(JSON.stringify(x));
const I = VersusSearch.internals;
const SITE = process.env.VERSUS_FIXTURE_SITE;

test("words are found with their places and folded", () => {
  const ws = I.words("Crème BRÛLÉE, AWS’s ﬁne k8s");
  assert.deepEqual(plain(ws.map((w) => w.word)), ["creme", "brulee", "aws's", "fine", "k8s"]);
  assert.deepEqual([ws[0].start, ws[0].end], [0, 5]);
  assert.equal(I.stem("containers"), "contain");
});

test("edit distance counts a swap of neighbours as one and stops past the limit", () => {
  assert.equal(I.distance("kubernetes", "kuberentes", 2), 1);
  assert.equal(I.distance("fargte", "fargate", 1), 1);
  assert.equal(I.distance("abc", "xyz", 1), 2);
  assert.equal(I.distance("same", "same", 0), 0);
  assert.deepEqual(["gpu", "node", "autoscal", "kubernetes"].map((w) => I.typoBudget(w)), [0, 1, 2, 2]);
});

test("queries split into words and quoted phrases; the last word is open while typed", () => {
  let q = I.parseQuery('who "control plane" hp');
  assert.deepEqual(plain(q.parts.map((p) => [p.phrase, p.words])), [[false, ["who"]], [true, ["control", "plane"]], [false, ["hp"]]]);
  assert.equal(q.lastOpen, true);
  q = I.parseQuery("fargate gpu ");
  assert.equal(q.lastOpen, false);
  q = I.parseQuery('"unclosed phrase here');
  assert.deepEqual(plain(q.parts.map((p) => p.phrase)), [true]);
});

test("posting lists decode gaps and weights", () => {
  // sections 0 (weight 5), 33 (weight 63), 1000033 (weight 1), as the Java Codec writes them
  const list = I.decodePostings("05W1__nmU1", 3);
  assert.deepEqual(Array.from(list.ids), [0, 33, 1000033]);
  assert.deepEqual(Array.from(list.levels), [5, 63, 1]);
});

test("snippets keep text as text and mark the matched words", () => {
  const parts = I.snippet('<b>bold</b> text & "pods" here', new Set(["pod"]));
  assert.equal(parts.map((p) => p.text).join(""), '<b>bold</b> text & "pods" here');
  assert.deepEqual(plain(parts.filter((p) => p.mark).map((p) => p.text)), ["pods"]);
});

test("the theme's scripts never parse strings as HTML", () => {
  for (const f of fs.readdirSync(ASSETS).filter((f) => f.endsWith(".js"))) {
    const src = fs.readFileSync(path.join(ASSETS, f), "utf8");
    assert.doesNotMatch(src, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/, f);
  }
});

async function search(q, limit) {
  const { engine } = engineFor(SITE);
  return engine.search(q, { limit: limit || 5 });
}
const where = (answer) => plain(answer.results.map((r) => r.url));

test("finds table cells, accents without accents, and completions of the last word", { skip: !SITE && "no fixture" }, async () => {
  assert.equal(where(await search("awsvpc"))[0], "alpha/#networking-modes");
  assert.equal(where(await search("creme brulee"))[0], "alpha/#crème-brûlée");
  assert.equal(where(await search("resume cafe"))[0], "alpha/#crème-brûlée");
  assert.equal(where(await search("gatew"))[0], "alpha/#alpha-img-srcx-onerroralert1-notes");
});

test("corrects typos within the budget and suggests beyond it", { skip: !SITE && "no fixture" }, async () => {
  assert.equal(where(await search("netwroking"))[0], "alpha/#networking-modes");
  const none = await search("brdgee");
  assert.equal(none.results.length, 0);
  assert.ok(none.suggestions.includes("bridge"), JSON.stringify(none.suggestions));
  const common = await search("the and");
  assert.equal(common.onlyCommonWords, true);
});

test("synonyms work both ways, also across several words", { skip: !SITE && "no fixture" }, async () => {
  assert.equal(where(await search("hpa"))[0], "alpha/#scaling");
  assert.equal(where(await search("kubernetes"))[0], "beta/#beta");
  assert.equal(where(await search("k8s"))[0], "beta/#beta");
});

test("quoted phrases must appear in order", { skip: !SITE && "no fixture" }, async () => {
  assert.deepEqual(where(await search('"control plane"')).sort(), ["alpha/#scaling", "beta/#control"]);
  assert.deepEqual(where(await search('"plane control"')), ["beta/#control"]);
  assert.deepEqual(where(await search('"pod scaling"')), []);
});

test("hostile titles and code come back as plain strings", { skip: !SITE && "no fixture" }, async () => {
  const a = await search("gateways");
  assert.equal(a.results[0].title, "Alpha <img src=x onerror=alert(1)> notes");
  const b = await search("kubectl");
  assert.match(b.results[0].snippet.map((p) => p.text).join(""), /<script>alert\("code"\)<\/script> kubectl/);
});

test("loads only the files a query needs", { skip: !SITE && "no fixture" }, async () => {
  const { engine, loaded } = engineFor(SITE);
  await engine.search("awsvpc", { limit: 5 });
  const files = loaded.map((f) => f.file.replace(/\\/g, "/"));
  assert.ok(files.includes("search/index.js"));
  assert.ok(files.includes("search/d/0.js"));
  assert.ok(!files.includes("search/d/1.js"), files.join(" "));
});

test("the client recomputes from text exactly the weight levels the build stored", { skip: !SITE && "no fixture" }, async () => {
  const { engine } = engineFor(SITE);
  await engine.ready();
  const dir = path.join(SITE, "search", "p");
  let checked = 0;
  for (const f of fs.readdirSync(dir).filter((f) => /^\d+\.js$/.test(f))) {
    const flat = await engine.file("p/" + f.replace(".js", ""));
    for (let i = 0; i < flat.length; i += 3) {
      const list = I.decodePostings(flat[i + 1], flat[i + 1].length);
      for (let j = 0; j < list.ids.length; j++) {
        const hit = await engine.section(list.ids[j]);
        assert.equal(I.levelsOf(hit, engine.meta).get(flat[i]), list.levels[j], flat[i] + " in section " + list.ids[j]);
        checked++;
      }
    }
  }
  assert.ok(checked > 50, "checked " + checked);
});

const TIERED = process.env.VERSUS_TIERED_SITE;

test("with lists loaded in tiers the top results are those of complete lists", { skip: !TIERED && "no fixture" }, async () => {
  const queries = ["common", "common rare", "common word", "word", "rare", "common another", "another word rare", "commo"];
  let approximate = 0;
  for (const q of queries) {
    for (const limit of [3, 10]) {
      const tiered = engineFor(TIERED);
      const complete = engineFor(TIERED);
      complete.engine.complete = true;
      const a = await tiered.engine.search(q, { limit });
      const b = await complete.engine.search(q, { limit });
      if (!a.exact) { approximate++; continue; }
      assert.deepEqual(where(a), where(b), q + " top " + limit);
      assert.ok(tiered.loaded.length <= complete.loaded.length, q);
    }
  }
  assert.equal(approximate, 0);
  // The site is big enough that tiers exist and a query saves loading some of them.
  const t = engineFor(TIERED);
  await t.engine.search("common", { limit: 10 });
  const c = engineFor(TIERED);
  c.engine.complete = true;
  await c.engine.search("common", { limit: 10 });
  assert.ok(c.loaded.some((f) => /-\d+-1\.js$/.test(f.file)), "a second tier exists");
  assert.ok(t.loaded.length < c.loaded.length, t.loaded.length + " < " + c.loaded.length);
});
