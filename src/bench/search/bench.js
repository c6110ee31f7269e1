// Versus search side by side with Pagefind, on the 5 seed notes and on generated 1,000- and 10,000-note sites. For
// each: index size on disk, bytes a browser loads for the first query of QUERIES (and each other query), time to
// index; for Versus also the build overhead of indexing and the per-keystroke latency. Not part of `mvn test`.
//
//   mvn -q -DskipTests package && (cd src/bench/search && npm install) && node src/bench/search/bench.js [SIZES…]
//
// Bytes: headless Chromium runs each query in a fresh session against a local HTTP server that gzips text files (as
// GitHub Pages does); the server adds up what it sent after the page had loaded (so a Web Worker's requests count
// too). Pagefind's own index files are stored compressed and sent as they are.
"use strict";
const fs = require("fs");
const path = require("path");
const http = require("http");
const zlib = require("zlib");
const { execFileSync, spawnSync } = require("child_process");
const { generate } = require("./generate-corpus.js");
const webdriver = require("./webdriver.js");

const ROOT = path.join(__dirname, "..", "..", "..");
const JAR = path.join(ROOT, "target", "versus.jar");
const PAGEFIND = path.join(__dirname, "node_modules", ".bin", "pagefind");
const WORK = process.env.BENCH_DIR || "/tmp/versus-search-bench";
const QUERIES = ["fargate gpu", "control plane", "kubernets", "hpa", "load balancer", "who manages the control plane"];

function seconds(f) {
  const t = process.hrtime.bigint();
  const out = f();
  return { out, s: Number(process.hrtime.bigint() - t) / 1e9 };
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function duBytes(dir, filter = () => true) {
  let total = 0;
  let files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const d = duBytes(p, filter);
      total += d.total;
      files += d.files;
    } else if (filter(p)) {
      total += fs.statSync(p).size;
      files++;
    }
  }
  return { total, files };
}

function project(name, notes) {
  const dir = path.join(WORK, name);
  if (notes === 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const f of ["content", "themes"]) fs.cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "versus.yml"), path.join(dir, "versus.yml"));
  } else if (!fs.existsSync(path.join(dir, "content"))) {
    generate(notes, dir, 42);
  }
  // The theme (with the search client) and versus.yml always come fresh from the repository.
  fs.rmSync(path.join(dir, "themes"), { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, "themes"), path.join(dir, "themes"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "versus.yml"), path.join(dir, "versus.yml"));
  return dir;
}

/**
 * Builds with Versus `runs` times: median wall and CPU seconds of the whole build and of its search-index step (as
 * `build --timings` reports them). CPU time is the steadier measure on a shared machine.
 */
function buildVersus(dir, runs) {
  const runsOut = [];
  for (let i = 0; i < runs; i++) {
    const r = seconds(() =>
      spawnSync("/usr/bin/time", ["-f", "cpu %U %S", "java", "-jar", JAR, "build", "--source", dir, "--timings", "--force"], { encoding: "utf8" }));
    if (r.out.status !== 0) throw new Error("versus build failed: " + r.out.stderr);
    const m = /(\d+) ms +(\d+) ms  search index/.exec(r.out.stderr);
    const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(r.out.stderr);
    runsOut.push({ build: r.s, index: Number(m[1]) / 1000, buildCpu: Number(cpu[1]) + Number(cpu[2]), indexCpu: Number(m[2]) / 1000 });
  }
  const pick = (k) => median(runsOut.map((x) => x[k]));
  return { build: pick("build"), index: pick("index"), buildCpu: pick("buildCpu"), indexCpu: pick("indexCpu"), runs: runsOut };
}

/** A static server that gzips text; log holds [path, bytes sent] of every request (workers' too). */
function serve(root) {
  const log = [];
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".wasm": "application/wasm" };
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (p.endsWith("/")) p += "index.html";
    const file = path.join(root, p);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    const body = fs.readFileSync(file);
    const type = types[path.extname(file)];
    const headers = { "content-type": type || "application/octet-stream", "cache-control": "no-store" };
    const sent = type && /gzip/.test(req.headers["accept-encoding"] || "") ? zlib.gzipSync(body, { level: 6 }) : body;
    if (sent !== body) headers["content-encoding"] = "gzip";
    log.push([p, sent.length]);
    res.writeHead(200, headers);
    res.end(sent);
  });
  server.log = log;
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const VERSUS_QUERY = `
  const [q, done] = [arguments[0], arguments[arguments.length - 1]];
  VersusSearch.load().then(() => VersusSearch.search(q, { limit: 10 })).then((a) => {
    done({ results: a.results.length, exact: a.exact, top: a.results.slice(0, 3).map((r) => r.url) });
  }, (e) => done({ error: String(e) }));`;

const PAGEFIND_QUERY = `
  const [q, done] = [arguments[0], arguments[arguments.length - 1]];
  import(new URL("pagefind/pagefind.js", location.href).href).then(async (pf) => {
    await pf.init();
    const s = await pf.search(q);
    const data = await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
    done({ results: s.results.length, top: data.slice(0, 3).map((d) => d.url) });
  }, (e) => done({ error: String(e) }));`;

/**
 * Bytes the server sent for one query in a fresh browser session (nothing cached), counting only requests made after
 * the page loaded: the search scripts and the index.
 */
async function queryBytes(server, url, script, q) {
  const b = await webdriver.start();
  try {
    await b.timeouts(120000);
    await b.go(url);
    await new Promise((r) => setTimeout(r, 300));
    const from = server.log.length;
    const answer = await b.runAsync(script, q);
    const sent = server.log.slice(from);
    return Object.assign(answer, { bytes: sent.reduce((s, x) => s + x[1], 0), files: sent.length });
  } finally {
    await b.quit();
  }
}

/** Per-keystroke latency of the box, typing each query one character at a time, after its files are loaded. */
async function keystrokes(url) {
  const b = await webdriver.start();
  try {
    await b.timeouts(300000);
    await b.go(url);
    return await b.runAsync(`
      const [queries, done] = [arguments[0], arguments[arguments.length - 1]];
      (async () => {
        await VersusSearch.load();
        const engine = VersusSearch.search;
        const times = [];
        const ui = [];
        const slow = [];
        const input = document.getElementById("v-search-input");
        const panel = document.querySelector(".search-panel");
        for (const q of queries) {
          for (let i = 1; i <= q.length; i++) await engine(q.slice(0, i), { limit: 8 }); // load what each prefix needs
          for (let i = 1; i <= q.length; i++) {
            const t0 = performance.now();
            await engine(q.slice(0, i), { limit: 8 });
            times.push(performance.now() - t0);
            if (times[times.length - 1] > 30) slow.push(q.slice(0, i) + " " + times[times.length - 1].toFixed(1));
            // The same keystroke through the box: input event to results drawn.
            const t1 = performance.now();
            await new Promise((resolve) => {
              const seen = new MutationObserver(() => { seen.disconnect(); resolve(); });
              seen.observe(panel, { childList: true, subtree: true, characterData: true, attributes: true });
              input.value = q.slice(0, i);
              input.dispatchEvent(new Event("input"));
              setTimeout(() => { seen.disconnect(); resolve(); }, 2000);
            });
            ui.push(performance.now() - t1);
          }
        }
        const stat = (xs) => { const s = xs.slice().sort((a, b) => a - b); return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)], max: s[s.length - 1], n: s.length }; };
        done({ engine: stat(times), box: stat(ui), slow });
      })().catch((e) => done({ error: String(e) }));`, QUERIES);
  } finally {
    await b.quit();
  }
}

async function main() {
  if (!fs.existsSync(JAR)) throw new Error("build the jar first: mvn -q -DskipTests package");
  if (!fs.existsSync(PAGEFIND)) throw new Error("install Pagefind first: (cd src/bench/search && npm install)");
  fs.mkdirSync(WORK, { recursive: true });
  const sizes = process.argv.slice(2).length ? process.argv.slice(2).map(Number) : [0, 1000, 10000];
  const rows = [];
  for (const n of sizes) {
    const name = n === 0 ? "seed-5" : "gen-" + n;
    const dir = project(name, n);
    const site = path.join(dir, "site");
    process.stderr.write(`[${name}] building with Versus…\n`);
    const v = buildVersus(dir, n >= 10000 ? 2 : 3);
    const versusIndex = duBytes(path.join(site, "search"), (p) => !p.endsWith("index.html"));
    const versusClient = duBytes(path.join(site, "assets"), (p) => /search/.test(path.basename(p)));
    process.stderr.write(`[${name}] indexing with Pagefind…\n`);
    fs.rmSync(path.join(site, "pagefind"), { recursive: true, force: true });
    const pf = seconds(() => execFileSync(PAGEFIND, ["--site", site], { stdio: "ignore" }));
    const pfAll = duBytes(path.join(site, "pagefind"));
    const pfIndex = duBytes(path.join(site, "pagefind"), (p) => /\.pf_|pagefind-entry\.json$/.test(p));
    const server = await serve(site);
    const url = "http://127.0.0.1:" + server.address().port + "/";
    const per = {};
    for (const q of QUERIES) {
      process.stderr.write(`[${name}] query "${q}"…\n`);
      per[q] = { versus: await queryBytes(server, url, VERSUS_QUERY, q), pagefind: await queryBytes(server, url, PAGEFIND_QUERY, q) };
    }
    let keys = null;
    if (n >= 10000 || sizes.length === 1) {
      process.stderr.write(`[${name}] keystroke latency…\n`);
      keys = await keystrokes(url);
    }
    server.close();
    rows.push({ name, notes: n || 5, v, versusIndex, versusClient, pf: pf.s, pfAll, pfIndex, per, keys });
    report(rows);
  }
}

function kb(b) {
  return (b / 1024).toFixed(1) + " KB";
}

function report(rows) {
  const lines = [];
  lines.push("| site | engine | index on disk | files | bytes for \"" + QUERIES[0] + "\" | time to index |");
  lines.push("|---|---|---|---|---|---|");
  for (const r of rows) {
    const first = r.per[QUERIES[0]];
    lines.push(`| ${r.name} | Versus | ${kb(r.versusIndex.total)} (+ client ${kb(r.versusClient.total)}) | ${r.versusIndex.files} | ${kb(first.versus.bytes)} | ${r.v.index.toFixed(2)} s (build ${r.v.build.toFixed(1)} s: +${((100 * r.v.index) / (r.v.build - r.v.index)).toFixed(0)}%; CPU ${r.v.indexCpu.toFixed(1)} of ${r.v.buildCpu.toFixed(1)} s: +${((100 * r.v.indexCpu) / (r.v.buildCpu - r.v.indexCpu)).toFixed(0)}%) |`);
    lines.push(`| ${r.name} | Pagefind 1.6.0 | ${kb(r.pfIndex.total)} (+ runtime ${kb(r.pfAll.total - r.pfIndex.total)}) | ${r.pfAll.files} | ${kb(first.pagefind.bytes)} | ${r.pf.toFixed(2)} s |`);
  }
  lines.push("");
  lines.push("Bytes loaded per query (Versus / Pagefind):");
  for (const r of rows) {
    lines.push("- " + r.name + ": " + QUERIES.map((q) => `"${q}" ${kb(r.per[q].versus.bytes)} / ${kb(r.per[q].pagefind.bytes)}`).join("; "));
  }
  for (const r of rows) {
    if (r.keys) lines.push(`\nKeystroke latency on ${r.name} (ms, files loaded): engine ${JSON.stringify(r.keys.engine)}; box (input event to results drawn) ${JSON.stringify(r.keys.box)}`);
  }
  const text = lines.join("\n");
  fs.writeFileSync(path.join(WORK, "report.md"), text + "\n\n" + JSON.stringify(rows, null, 1) + "\n");
  console.log(text + "\n");
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { serve, keystrokes, queryBytes };
