#!/usr/bin/env node
// Side-by-side comparison of Versus's diagram renderer with svgbob (the svgbob-wasm package, which bundles
// svgbob 0.6.6). Not part of the build. See README.md next to this file.
//
//   mvn -q -DskipTests package && node src/bench/diagram/compare-svgbob.js [--out DIR] [FILE.txt ...]
//
// Writes DIR/index.html (default target/diagram-compare/) with each diagram's source text, our SVG and svgbob's SVG
// side by side, and prints a table of facts measured on both SVGs.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync, spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..", "..", "..");
const SVGBOB_PACKAGE = "svgbob-wasm@1.0.0"; // the package's only version; its wasm is built from svgbob 0.6.6
const SVGBOB_VERSION = "svgbob-0.6.6";
const GALLERY = "src/test/resources/diagram/gallery";
const DEFAULT_DIAGRAMS = [
  // the seed: the "Architecture Diagram" block of content/ecs-eks-app-runner.md after repair, indent stripped
  // (identical to the block in src/test/resources/repair/golden/000_7b90d3b6d097471d.md)
  "src/test/resources/diagram/seed-000.txt",
  `${GALLERY}/18-mixed-styles.txt`, // heavy, light, double and dashed lines, ╜ corner
  `${GALLERY}/08-ascii-flowchart.txt`, // ASCII boxes and a decision diamond
  `${GALLERY}/09-tree-output.txt`, // `tree` output
  `${GALLERY}/11-emoji-labels.txt`, // rounded boxes, emoji with ZWJ and flag sequences
  `${GALLERY}/04-arrows-four-directions.txt`, // ▲▼◀▶ arrowheads, a ┼ crossing, and → ← ↑ ↓ in text
];

function usage() {
  return `usage: node src/bench/diagram/compare-svgbob.js [options] [FILE.txt ...]

Renders each diagram text file with Versus (java -jar JAR diagram FILE) and with svgbob-wasm, writes an HTML
page showing both beside the source text, and prints a table of measured facts.
Without FILE arguments: the seed diagram and five gallery diagrams.

  --out DIR      where to write index.html and the SVGs (default: target/diagram-compare)
  --jar FILE     the Versus jar (default: target/versus.jar)
  --npm-dir DIR  where ${SVGBOB_PACKAGE} is installed when missing (default: $TMPDIR/versus-svgbob-wasm)
  -h, --help     this text`;
}

function parseArgs(argv) {
  const opts = {
    out: path.join(ROOT, "target", "diagram-compare"),
    jar: path.join(ROOT, "target", "versus.jar"),
    npmDir: path.join(os.tmpdir(), "versus-svgbob-wasm"),
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "-h" || a === "--help") {
      console.log(usage());
      process.exit(0);
    } else if (a === "--out") opts.out = path.resolve(value());
    else if (a === "--jar") opts.jar = path.resolve(value());
    else if (a === "--npm-dir") opts.npmDir = path.resolve(value());
    else if (a.startsWith("-")) throw new Error(`unknown option ${a}\n${usage()}`);
    else opts.files.push(path.resolve(a));
  }
  if (opts.files.length === 0) opts.files = DEFAULT_DIAGRAMS.map((f) => path.join(ROOT, f));
  return opts;
}

// ---------------------------------------------------------------------------------------------------------------
// svgbob: install the package once, then drive its wasm directly. The package is built for bundlers (it imports the
// .wasm file as an ES module), which node 20 cannot load without a flag, so this instantiates the module itself and
// calls its one export, render(ascii) -> svg, through the wasm-bindgen calling convention: the string goes in as
// UTF-8 bytes in wasm memory, the result comes back as a (pointer, length) pair written at a stack slot.

function loadSvgbob(npmDir) {
  const pkgDir = path.join(npmDir, "node_modules", "svgbob-wasm");
  const wasmFile = path.join(pkgDir, "svgbob_wasm_bg.wasm");
  if (!fs.existsSync(wasmFile)) {
    console.error(`installing ${SVGBOB_PACKAGE} into ${npmDir}`);
    fs.mkdirSync(npmDir, { recursive: true });
    const r = spawnSync("npm", ["install", "--prefix", npmDir, "--no-save", "--no-audit", "--no-fund", SVGBOB_PACKAGE], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (r.status !== 0) throw new Error(`npm install ${SVGBOB_PACKAGE} failed`);
  }
  const bytes = fs.readFileSync(wasmFile);
  if (!bytes.includes(Buffer.from(SVGBOB_VERSION))) {
    throw new Error(`${wasmFile} does not mention ${SVGBOB_VERSION}; the comparison was written against that version`);
  }
  const packageVersion = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).version;
  const w = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
  const render = (ascii) => {
    const input = new TextEncoder().encode(ascii);
    const ptr = w.__wbindgen_malloc(input.length);
    new Uint8Array(w.memory.buffer).set(input, ptr);
    const slot = w.__wbindgen_add_to_stack_pointer(-16);
    try {
      w.render(slot, ptr, input.length); // the callee frees the input
      const words = new Int32Array(w.memory.buffer, slot, 2);
      const [outPtr, outLen] = [words[0], words[1]];
      const svg = new TextDecoder().decode(new Uint8Array(w.memory.buffer, outPtr, outLen));
      w.__wbindgen_free(outPtr, outLen);
      return svg;
    } finally {
      w.__wbindgen_add_to_stack_pointer(16);
    }
  };
  return { render, label: `svgbob-wasm ${packageVersion} (${SVGBOB_VERSION.replace("-", " ")})` };
}

function renderVersus(jar, file, title) {
  const r = spawnSync("java", ["-jar", jar, "diagram", "--title", title, file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`versus diagram ${file} failed:\n${r.stderr}`);
  return r.stdout;
}

// ---------------------------------------------------------------------------------------------------------------
// Facts measured on an SVG string. Regular expressions suffice: both renderers write flat, attribute-quoted SVG.

const attr = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return m ? m[1] : null;
};
const num = (tag, name) => parseFloat(attr(tag, name));

function decodeXml(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function textNodes(svg) {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decodeXml(m[1].replace(/<[^>]+>/g, "")));
}

// Horizontal and vertical strokes of lines, rectangles and paths (outside <defs>), in user units.
function strokes(svg) {
  const body = svg.replace(/<defs>[\s\S]*?<\/defs>/g, "").replace(/<style>[\s\S]*?<\/style>/g, "");
  const h = []; // [y, x1, x2]
  const v = []; // [x, y1, y2]
  const rects = [];
  const blobs = []; // bounding boxes of filled polygons (arrowheads): [x1, y1, x2, y2]
  const add = (x1, y1, x2, y2) => {
    if (Math.abs(y1 - y2) < 0.01 && Math.abs(x1 - x2) > 0.01) h.push([y1, Math.min(x1, x2), Math.max(x1, x2)]);
    else if (Math.abs(x1 - x2) < 0.01 && Math.abs(y1 - y2) > 0.01) v.push([x1, Math.min(y1, y2), Math.max(y1, y2)]);
  };
  for (const [tag] of body.matchAll(/<line\b[^>]*>/g)) add(num(tag, "x1"), num(tag, "y1"), num(tag, "x2"), num(tag, "y2"));
  for (const [tag] of body.matchAll(/<rect\b[^>]*>/g)) {
    const cls = attr(tag, "class") || "";
    if (/backdrop/.test(cls)) continue;
    const [x, y, w, hh] = [num(tag, "x"), num(tag, "y"), num(tag, "width"), num(tag, "height")];
    rects.push([x, y, x + w, y + hh]);
    add(x, y, x + w, y);
    add(x, y + hh, x + w, y + hh);
    add(x, y, x, y + hh);
    add(x + w, y, x + w, y + hh);
  }
  for (const [tag] of body.matchAll(/<polygon\b[^>]*>/g)) {
    const p = (attr(tag, "points") || "").split(/[\s,]+/).filter(Boolean).map(parseFloat);
    const xs = p.filter((_, i) => i % 2 === 0);
    const ys = p.filter((_, i) => i % 2 === 1);
    if (xs.length) blobs.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
  }
  for (const [tag] of body.matchAll(/<path\b[^>]*>/g)) {
    const d = attr(tag, "d") || "";
    const tokens = d.match(/[MLHVZAmlhvza]|-?[0-9]*\.?[0-9]+(?:e-?[0-9]+)?/g) || [];
    let i = 0;
    let cmd = null;
    let [x, y, sx, sy] = [0, 0, 0, 0];
    const next = () => parseFloat(tokens[i++]);
    while (i < tokens.length) {
      if (/[A-Za-z]/.test(tokens[i])) cmd = tokens[i++];
      const rel = cmd === cmd.toLowerCase();
      const c = cmd.toUpperCase();
      if (c === "Z") {
        add(x, y, sx, sy);
        [x, y] = [sx, sy];
        continue;
      }
      if (c === "M" || c === "L") {
        let [nx, ny] = [next(), next()];
        if (rel) [nx, ny] = [x + nx, y + ny];
        if (c === "L") add(x, y, nx, ny);
        else [sx, sy] = [nx, ny];
        [x, y] = [nx, ny];
        if (c === "M") cmd = rel ? "l" : "L";
      } else if (c === "H") {
        const nx = rel ? x + next() : next();
        add(x, y, nx, y);
        x = nx;
      } else if (c === "V") {
        const ny = rel ? y + next() : next();
        add(x, y, x, ny);
        y = ny;
      } else if (c === "A") {
        const [rx, ry] = [next(), next()];
        next(); // rotation
        next(); // large-arc flag
        const sweep = next();
        let [nx, ny] = [next(), next()];
        if (rel) [nx, ny] = [x + nx, y + ny];
        // A small quarter arc between points that differ in x and in y is a rounded box corner: stand in the
        // square corner it replaces (the candidate away from the arc's centre), so a rounded box counts as closed.
        // Other arcs (svgbob draws "(" and ")" as half circles) add nothing.
        const dx = Math.abs(nx - x);
        const dy = Math.abs(ny - y);
        if (dx > 0.01 && dy > 0.01 && Math.abs(dx - dy) < 0.01 && Math.abs(rx - dx) < 0.01 && Math.abs(ry - dy) < 0.01) {
          const centres = [
            [x, ny],
            [nx, y],
          ];
          const cross = ([cx, cy]) => (x - cx) * (ny - cy) - (y - cy) * (nx - cx);
          const centre = centres.find((ctr) => (sweep === 1 ? cross(ctr) > 0 : cross(ctr) < 0));
          const corner = centre === centres[0] ? centres[1] : centres[0];
          add(x, y, corner[0], corner[1]);
          add(corner[0], corner[1], nx, ny);
        }
        [x, y] = [nx, ny];
      } else {
        i++; // a command this reader does not follow (neither renderer writes one)
      }
    }
  }
  return { h, v, rects, blobs };
}

// Merges collinear strokes into maximal runs, keyed by the fixed coordinate.
function runs(segments) {
  const by = new Map();
  for (const [k, a, b] of segments) {
    const key = Math.round(k * 100) / 100;
    if (!by.has(key)) by.set(key, []);
    by.get(key).push([a, b]);
  }
  for (const [key, list] of by) {
    list.sort((p, q) => p[0] - q[0]);
    const merged = [];
    for (const [a, b] of list) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1] + 0.5) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    by.set(key, merged);
  }
  return by;
}

// Whether the stroke from a to b at k is drawn: by runs of strokes, and where those leave a gap, by an arrowhead
// drawn over the gap (svgbob breaks a box's edge where an arrow enters it and fills the break with the arrowhead;
// Versus draws the edge through).
function covered(runsByKey, blobs, horizontal, k, a, b) {
  let at = a; // everything before `at` is covered
  const list = runsByKey.get(Math.round(k * 100) / 100) || [];
  const bridged = (from, to) => blobs.some(([x1, y1, x2, y2]) => horizontal
    ? y1 - 0.5 <= k && k <= y2 + 0.5 && x1 - 0.5 <= from && to <= x2 + 0.5
    : x1 - 0.5 <= k && k <= x2 + 0.5 && y1 - 0.5 <= from && to <= y2 + 0.5);
  for (const [p, q] of list) {
    if (q < at) continue;
    if (p > b) break;
    if (p > at + 0.5 && !bridged(at, p)) return false;
    at = Math.max(at, q);
    if (at >= b - 0.5) return true;
  }
  return at >= b - 0.5 || bridged(at, b);
}

// Closed rectangles: four sides fully stroked, at least one grid cell (8 x 16) in size, not split through by a
// stroke from side to side (so a table counts its cells, not their unions), and not counted again when it sits
// within 4 units inside another one (the inner outline of a double-line box).
function closedRectangles(svg) {
  const { h, v, blobs } = strokes(svg);
  const H = runs(h);
  const V = runs(v);
  const ys = [...H.keys()].sort((a, b) => a - b);
  const xs = [...V.keys()].sort((a, b) => a - b);
  const found = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const [x1, x2] = [xs[i], xs[j]];
      if (x2 - x1 < 8) continue;
      for (let k = 0; k < ys.length; k++) {
        const y1 = ys[k];
        if (!covered(H, blobs, true, y1, x1, x2)) continue;
        for (let l = k + 1; l < ys.length; l++) {
          const y2 = ys[l];
          if (y2 - y1 < 16) continue;
          if (!covered(V, blobs, false, x1, y1, y2) || !covered(V, blobs, false, x2, y1, y2)) break; // taller ones cannot close either
          if (!covered(H, blobs, true, y2, x1, x2)) continue;
          const split =
            xs.some((x) => x > x1 + 0.5 && x < x2 - 0.5 && covered(V, blobs, false, x, y1, y2)) ||
            ys.some((y) => y > y1 + 0.5 && y < y2 - 0.5 && covered(H, blobs, true, y, x1, x2));
          if (!split) found.push([x1, y1, x2, y2]);
          break; // the first closing bottom is this top's rectangle at these sides
        }
      }
    }
  }
  const inside = (r, o) => r !== o && r[0] > o[0] && r[1] > o[1] && r[2] < o[2] && r[3] < o[3] &&
    r[0] - o[0] <= 4 && r[1] - o[1] <= 4 && o[2] - r[2] <= 4 && o[3] - r[3] <= 4;
  return found.filter((r) => !found.some((o) => inside(r, o))).length;
}

const BOX_DRAWING = /[\u2500-\u257F]/gu;
const ARROW_GLYPHS = /[\u2190-\u2193\u25B2\u25B6\u25BA\u25BC\u25C0\u25C4\u2B05-\u2B07\u27A1]/gu;
const HEAVY = /[\u2501\u2503\u2505\u2507\u2509\u250B\u250F\u2513\u2517\u251B\u2523\u252B\u2533\u253B\u254B]/u;

// Grapheme clusters of more than one code point that are pictographs (emoji with U+FE0F, ZWJ sequences, flags).
function emojiClusters(source) {
  const seg = new Intl.Segmenter("en", { granularity: "grapheme" });
  const out = new Set();
  for (const { segment } of seg.segment(source)) {
    if ([...segment].length > 1 && /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment)) out.add(segment);
  }
  return [...out];
}

// "(", ")" and "/" that belong to a label: a letter or digit within two columns on the same line.
function labelPunctuation(source) {
  let n = 0;
  for (const line of source.split("\n")) {
    const chars = [...line];
    chars.forEach((ch, i) => {
      if (!"()/".includes(ch)) return;
      const near = chars.slice(Math.max(0, i - 2), i + 3).join("");
      if (/[\p{L}\p{N}]/u.test(near)) n++;
    });
  }
  return n;
}

function facts(svg, source, expectedBoxes) {
  const texts = textNodes(svg);
  const allText = texts.join("\n");
  const emoji = emojiClusters(source);
  const keptEmoji = emoji.filter((e) => texts.some((t) => t.includes(e)));
  const punct = labelPunctuation(source);
  const keptPunct = Math.min(punct, (allText.match(/[()/]/g) || []).length);
  const heavySource = HEAVY.test(source);
  // heavy strokes drawn heavier: some element carries a stroke-width above the lightest line width used
  const widths = [...svg.matchAll(/stroke-width(?:=|:)"?([0-9.]+)/g)].map((m) => parseFloat(m[1]));
  const heavyDrawn = widths.length > 1 && Math.max(...widths) > Math.min(...widths) && /heavy/.test(svg);
  return {
    texts: texts.length,
    boxChars: (allText.match(BOX_DRAWING) || []).length,
    arrowChars: (allText.match(ARROW_GLYPHS) || []).length,
    title: /<title\b/.test(svg),
    roleImg: /role="img"/.test(svg),
    emoji: emoji.length ? `${keptEmoji.length}/${emoji.length}` : "n/a",
    wheel: source.includes("\u2638\uFE0F") ? (texts.some((t) => t.includes("\u2638\uFE0F")) ? "yes" : "no") : "n/a",
    punct: punct ? `${keptPunct}/${punct}` : "n/a",
    heavy: heavySource ? (heavyDrawn ? "yes" : "no") : "n/a",
    rects: closedRectangles(svg),
    expectedBoxes,
    bytes: Buffer.byteLength(svg, "utf8"),
  };
}

function expectedBoxes(file) {
  const expect = file.replace(/\.txt$/, ".expect");
  if (fs.existsSync(expect)) {
    const m = fs.readFileSync(expect, "utf8").match(/^boxes:\s*(\d+)/m);
    if (m) return parseInt(m[1], 10);
  }
  return path.basename(file) === "seed-000.txt" ? 11 : null; // the seed's 11 boxes, counted by hand in issue 4
}

// ---------------------------------------------------------------------------------------------------------------

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function svgWidth(svg) {
  const root = svg.match(/<svg\b[^>]*>/)[0];
  const vb = root.match(/viewBox="[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)"/);
  if (vb) return parseFloat(vb[1]);
  const w = root.match(/\swidth="([0-9.]+)"/);
  return w ? parseFloat(w[1]) : 400;
}

const ROWS = [
  ["texts", "`<text>` elements"],
  ["boxChars", "box-drawing characters left in text"],
  ["arrowChars", "arrow characters left in text"],
  ["title", "`<title>`"],
  ["roleImg", 'role="img"'],
  ["wheel", "☸️ in one text node"],
  ["emoji", "multi-code-point emoji kept whole"],
  ["punct", "label ( ) / kept as text"],
  ["heavy", "heavy lines drawn heavier"],
  ["rects", "closed rectangles (expected)"],
  ["bytes", "SVG bytes"],
];

function cell(f, key) {
  const v = f[key];
  if (key === "rects") return f.expectedBoxes == null ? `${v}` : `${v} (${f.expectedBoxes})`;
  if (typeof v === "boolean") return v ? "yes" : "no";
  return String(v);
}

function markdownTable(results) {
  const head = ["diagram", ...ROWS.map((r) => r[1])];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const r of results) {
    for (const [who, f] of [["Versus", r.ours], ["svgbob", r.theirs]]) {
      lines.push(`| ${r.name} ${who} | ${ROWS.map(([k]) => cell(f, k)).join(" | ")} |`);
    }
  }
  return lines.join("\n");
}

function html(results, svgbobLabel, versusVersion) {
  const sections = results.map((r) => {
    const table = ROWS.map(([k, label]) =>
      `<tr><th>${esc(label.replace(/`/g, ""))}</th><td>${esc(cell(r.ours, k))}</td><td>${esc(cell(r.theirs, k))}</td></tr>`).join("");
    const scale = 1.25;
    return `<section>
<h2>${esc(r.name)}</h2>
<div class="row">
<figure><figcaption>Versus</figcaption><img src="${esc(r.name)}.versus.svg" width="${Math.round(svgWidth(r.oursSvg) * scale)}" alt=""></figure>
<figure><figcaption>svgbob</figcaption><img src="${esc(r.name)}.svgbob.svg" width="${Math.round(svgWidth(r.theirsSvg) * scale)}" alt=""></figure>
</div>
<div class="row">
<figure><figcaption>source</figcaption><pre>${esc(r.source)}</pre></figure>
<table><tr><th></th><th>Versus</th><th>svgbob</th></tr>${table}</table>
</div>
</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Versus vs svgbob diagrams</title>
<style>
body{font:14px system-ui,sans-serif;margin:16px;background:#fff;color:#111}
h1{font-size:18px;margin:0 0 4px}h2{font-size:15px;margin:14px 0 4px}
.row{display:flex;gap:18px;align-items:flex-start;flex-wrap:nowrap;margin-bottom:8px}
figure{margin:0}figcaption{font-weight:600;margin-bottom:4px}
pre{font:12px/1.25 "Noto Sans Mono","DejaVu Sans Mono",monospace;margin:0;padding:6px;background:#f4f4f4}
img{border:1px solid #ccc;display:block}
table{border-collapse:collapse;font-size:12px}th,td{border:1px solid #ddd;padding:1px 5px;text-align:left}
</style></head><body>
<h1>Versus ${esc(versusVersion)} and ${esc(svgbobLabel)}, same text (each SVG at 1.25&times; its own size)</h1>
${sections.join("\n")}
</body></html>
`;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(opts.jar)) throw new Error(`${opts.jar} is missing: run mvn -q -DskipTests package first`);
  const svgbob = loadSvgbob(opts.npmDir);
  const versusVersion = execFileSync("java", ["-jar", opts.jar, "--version"], { encoding: "utf8" }).trim();
  fs.mkdirSync(opts.out, { recursive: true });
  const results = [];
  for (const file of opts.files) {
    const name = path.basename(file, ".txt");
    const source = fs.readFileSync(file, "utf8").replace(/\r\n/g, "\n");
    const oursSvg = renderVersus(opts.jar, file, name);
    const theirsSvg = svgbob.render(source);
    fs.writeFileSync(path.join(opts.out, `${name}.versus.svg`), oursSvg);
    fs.writeFileSync(path.join(opts.out, `${name}.svgbob.svg`), theirsSvg);
    const expected = expectedBoxes(file);
    results.push({
      name,
      source,
      oursSvg,
      theirsSvg,
      ours: facts(oursSvg, source, expected),
      theirs: facts(theirsSvg, source, expected),
    });
  }
  const page = path.join(opts.out, "index.html");
  fs.writeFileSync(page, html(results, svgbob.label, versusVersion));
  console.log(`Versus: ${versusVersion}; svgbob: ${svgbob.label}\n`);
  console.log(markdownTable(results));
  console.log(`\n${page}`);
}

try {
  main();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
