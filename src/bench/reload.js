// Reload latency of `versus serve`: the time from writing a note to the `reload` Server-Sent Event that lists its
// page, as an open browser tab would receive it. Starts the real jar on a free port, listens on /_versus/events,
// appends a sentence to one note per edit (a few warm-up edits first, not counted) and prints median, p90 and max,
// (with --kind table, a comparison table whose cells change what the comparison says, so its pages are made again)
// the server's own rebuild times from its log, and its peak RSS.
//
//   node src/bench/reload.js [--notes 5|N] [--edits 20] [--warmup 3] [--kind prose|table] [--jar target/versus.jar] [--row]
//
// --notes 5 serves a copy of the repository's own notes; any other N a generated corpus (src/bench/corpus, seed 42).
// --row prints only a Markdown table row (for src/bench/run.sh). Exits 1 when an edit gets no reload in time.
"use strict";
const fs = require("fs");
const http = require("http");
const net = require("net");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const { performance } = require("perf_hooks");
const { generate } = require("./corpus/generate-corpus.js");

const ROOT = path.join(__dirname, "..", "..");
const EVENTS = "/_versus/events";
const START_LIMIT_MS = 15 * 60 * 1000; // the first build of a large site is slow: that is not what we measure
const RELOAD_LIMIT_MS = 60 * 1000;
const QUIET_MS = 300; // pause after a rebuild has finished, before the next edit

function parseArgs(argv) {
  const opts = { notes: 5, edits: 20, warmup: 3, kind: "prose", jar: path.join(ROOT, "target", "versus.jar"), row: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage("missing value for " + a);
      return argv[++i];
    };
    if (a === "--notes") opts.notes = Number(value());
    else if (a === "--edits") opts.edits = Number(value());
    else if (a === "--warmup") opts.warmup = Number(value());
    else if (a === "--jar") opts.jar = path.resolve(value());
    else if (a === "--row") opts.row = true;
    else if (a === "--kind") opts.kind = value();
    else if (a === "-h" || a === "--help") usage();
    else usage("unknown option " + a);
  }
  for (const k of ["notes", "edits"]) if (!(Number.isInteger(opts[k]) && opts[k] > 0)) usage("--" + k + " must be a positive whole number");
  if (!(Number.isInteger(opts.warmup) && opts.warmup >= 0)) usage("--warmup must be a whole number");
  if (opts.kind !== "prose" && opts.kind !== "table") usage("--kind must be prose or table");
  return opts;
}

function usage(problem) {
  if (problem) console.error("reload.js: " + problem);
  console.error("usage: node src/bench/reload.js [--notes 5|N] [--edits 20] [--warmup 3] [--kind prose|table] [--jar target/versus.jar] [--row]");
  process.exit(problem ? 2 : 0);
}

const say = (msg) => console.error("reload.js: " + msg);

/** A project to serve, and the note to edit with the page it becomes. */
function makeProject(notes, dir) {
  if (notes === 5) {
    fs.mkdirSync(dir, { recursive: true });
    fs.cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
    fs.cpSync(path.join(ROOT, "themes"), path.join(dir, "themes"), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "versus.yml"), path.join(dir, "versus.yml"));
    return { file: path.join(dir, "content", "ecs-eks-basics.md"), page: "/ecs-eks-basics/" };
  }
  generate(notes, dir, 42);
  // A note from the middle: its page is neither first nor last in any listing.
  const name = "note-" + String(Math.ceil(notes / 2)).padStart(String(notes).length, "0");
  return { file: path.join(dir, "content", name + ".md"), page: "/" + name + "/" };
}

/** A port that was free a moment ago (the server is given a fixed port, so the script need not parse its output). */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Opens the event stream, retrying while the server is still doing its first build; calls onEvent(name, data). */
function connectEvents(port, onEvent, deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = http.get({ host: "127.0.0.1", port, path: EVENTS, headers: { Accept: "text/event-stream" } }, (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(EVENTS + " answered " + res.statusCode));
          return;
        }
        res.setEncoding("utf8");
        let buffer = "";
        res.on("data", (chunk) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let event = "message";
            const data = [];
            for (const line of block.split("\n")) {
              if (line.startsWith("event:")) event = line.slice(6).trim();
              else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
            }
            if (data.length) onEvent(event, data.join("\n"), performance.now());
          }
        });
        resolve(req);
      });
      req.on("error", () => {
        if (Date.now() > deadline) reject(new Error("the server did not answer within " + START_LIMIT_MS / 1000 + " s"));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function quantile(sorted, q) {
  // Nearest rank: the smallest value with at least q of the values at or below it.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Peak resident memory of a process so far (Linux), in KB, or null. */
function peakRssKb(pid) {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync("/proc/" + pid + "/status", "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(opts.jar)) {
    say(opts.jar + " is missing: build it first with 'mvn -q -DskipTests package'");
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "versus-reload-"));
  let server = null;
  let stream = null;
  try {
    const { file, page } = makeProject(opts.notes, dir);
    const port = await freePort();
    say(opts.notes + " notes: serving on port " + port + ", editing " + path.relative(dir, file) + " (" + page + ")");
    server = spawn("java", ["-jar", opts.jar, "serve", "--source", dir, "--port", String(port)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const rebuildMs = [];
    let serverLog = "";
    const onLog = (chunk) => {
      serverLog = (serverLog + chunk).slice(-20000);
      for (const m of String(chunk).matchAll(/Rebuilt in (\d+) ms/g)) rebuildMs.push(Number(m[1]));
    };
    server.stdout.on("data", onLog);
    server.stderr.on("data", onLog);
    let exited = null;
    server.on("exit", (code) => { exited = code; });

    // Each edit waits for the first reload event whose paths list the page (or that reloads everything).
    let waiting = null;
    const otherReloads = [];
    const started = performance.now();
    stream = await connectEvents(port, (event, data, at) => {
      if (event !== "reload" || !waiting) return;
      let parsed;
      try { parsed = JSON.parse(data); } catch { parsed = { all: false, paths: [] }; }
      if (parsed.all || (parsed.paths || []).includes(page)) {
        const w = waiting;
        waiting = null;
        w.resolve({ at, all: !!parsed.all, changed: (parsed.paths || []).length });
      } else {
        otherReloads.push(data.slice(0, 200));
      }
    }, Date.now() + START_LIMIT_MS);
    say("first build and connection took " + ((performance.now() - started) / 1000).toFixed(1) + " s");

    const latencies = [];
    const changed = [];
    const total = opts.warmup + opts.edits;
    for (let k = 1; k <= total; k++) {
      if (exited !== null) throw new Error("the server stopped (exit " + exited + "):\n" + serverLog);
      let timer;
      const got = new Promise((resolve, reject) => {
        waiting = { resolve };
        timer = setTimeout(() => {
          waiting = null;
          reject(new Error("no reload listing " + page + " within " + RELOAD_LIMIT_MS / 1000 + " s of edit " + k +
            "; other reloads: " + JSON.stringify(otherReloads.slice(-3)) + "\nserver log:\n" + serverLog.slice(-3000)));
        }, RELOAD_LIMIT_MS);
      }).finally(() => clearTimeout(timer));
      fs.appendFileSync(file, opts.kind === "table"
        ? "\n\n| Feature | ECS | EKS |\n|---|---|---|\n| Scaling | edit " + k + " says ECS | edit " + k + " says EKS |\n"
        : "\nBenchmark edit " + k + " appends this sentence to measure how fast the page reloads.\n");
      const written = performance.now(); // the write has returned: from here on the watcher can see it
      const r = await got;
      const ms = r.at - written;
      if (k > opts.warmup) {
        latencies.push(ms);
        changed.push(r.changed);
      }
      say("edit " + k + (k <= opts.warmup ? " (warm-up)" : "") + ": " + ms.toFixed(0) + " ms" + (r.all ? " (full reload)" : ", " + r.changed + " paths changed"));
      // The reload comes before the server has finished (the comparison and the search index follow it): wait for
      // its "Rebuilt in" line, so the next edit never queues behind this one.
      const idleBy = performance.now() + RELOAD_LIMIT_MS;
      while (rebuildMs.length < k && performance.now() < idleBy) await sleep(10);
      await sleep(QUIET_MS);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const result = {
      notes: opts.notes,
      edits: latencies.length,
      median: median(latencies),
      p90: quantile(sorted, 0.9),
      max: sorted[sorted.length - 1],
      rebuild: rebuildMs.length > opts.warmup ? median(rebuildMs.slice(opts.warmup)) : null,
      rssKb: peakRssKb(server.pid),
      changed: median(changed),
    };
    const fmt = (ms) => Math.round(ms) + " ms";
    const rebuild = result.rebuild === null ? "n/a" : fmt(result.rebuild);
    const rss = result.rssKb === null ? "n/a" : Math.round(result.rssKb / 1024) + " MiB";
    const notes = (opts.notes === 5 ? "5 repository notes" : opts.notes.toLocaleString("en-US") + " generated notes") +
      (opts.kind === "table" ? ", table edits" : "");
    if (opts.row) {
      console.log(`| ${notes} | ${result.edits} | ${fmt(result.median)} | ${fmt(result.p90)} | ${fmt(result.max)} | ${rebuild} | ${rss} |`);
    } else {
      console.log(`${notes}: ${result.edits} edits after ${opts.warmup} warm-up; reload after write median ${fmt(result.median)}, ` +
        `p90 ${fmt(result.p90)}, max ${fmt(result.max)}; server rebuild (with search index) median ${rebuild}; median ${result.changed} paths changed per edit; ` +
        `serve peak RSS ${rss}`);
    }
  } finally {
    if (stream) stream.destroy();
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await Promise.race([new Promise((r) => server.once("exit", r)), sleep(5000)]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  say(e.message);
  process.exit(1);
});
