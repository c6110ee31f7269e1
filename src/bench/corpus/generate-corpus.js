// Writes a project of N generated notes shaped like the seed notes in content/: a title, an intro, ## and ###
// sections with paragraphs, lists, tables and code blocks. Sentences are the seed notes' own, with words swapped for
// other seed words and for words of a long made-up tail (service names, identifiers), so common words stay common and
// the vocabulary keeps growing with N as real notes do. One note in ten also gets a box-drawing diagram like the
// seed note's architecture diagram, alternately in a ```diagram fence and in an unlabelled indented block (the two
// forms Versus draws as SVG). Titles are distinct (each ends with the note's number). Deterministic: the same N, seed
// and options give the same files.
//
//   node src/bench/corpus/generate-corpus.js N OUT_DIR [SEED] [--no-diagrams]
//
// Shared by the build benchmark (src/bench/run.sh) and the search benchmark (src/bench/search/bench.js, which asks for
// no diagrams so that its corpus, and so its published figures, stay what they were).
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..", "..", "..");

/** mulberry32: a small seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences, headings, code blocks and word frequencies of the seed notes (ASCII words only: they hold mojibake). */
function harvest() {
  const dir = path.join(ROOT, "content");
  const sentences = [];
  const headings = [];
  const code = [];
  const freq = new Map();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
    const text = fs.readFileSync(path.join(dir, f), "utf8");
    const blocks = text.split(/^```[a-z]*\n([\s\S]*?)^```\n/m);
    for (let i = 0; i < blocks.length; i++) {
      if (i % 2 === 1) { code.push(blocks[i]); continue; }
      for (let line of blocks[i].split("\n")) {
        line = line.replace(/<[^>]*>|!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[^\x20-\x7e]+/g, " ");
        const h = /^#{1,6}\s*(.*)$/.exec(line);
        const clean = (s) => s.replace(/[*_`|#>]+/g, " ").replace(/\s+/g, " ").trim();
        if (h) { if (clean(h[1]).length > 3) headings.push(clean(h[1]).replace(/:$/, "")); continue; }
        for (const s of clean(line.replace(/^\s*([-*]|\d+\.)\s+/, "")).split(/(?<=[.!?])\s+/)) {
          if (s.split(" ").length >= 4) sentences.push(s);
        }
      }
    }
  }
  for (const s of sentences.concat(headings)) {
    for (const w of s.toLowerCase().match(/[a-z0-9]+/g) || []) freq.set(w, (freq.get(w) || 0) + 1);
  }
  const words = [...freq.keys()].sort();
  return { sentences, headings, code, words, weights: words.map((w) => freq.get(w)) };
}

const SYLLABLES = ["ka", "lo", "mi", "ner", "sta", "vex", "qua", "dor", "pli", "tur", "zen", "gra", "fo", "bel",
  "cri", "sun", "ox", "rya", "mon", "tel", "pra", "ski", "hub", "net", "flo", "gar", "ion", "vak", "de", "um"];

function makeTail(size, random) {
  const seen = new Set();
  const out = [];
  while (out.length < size) {
    let w = "";
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (random() < 0.15) w += Math.floor(random() * 100);
    if (!seen.has(w)) { seen.add(w); out.push(w); }
  }
  return out;
}

/**
 * Draws a flow like the seed note's architecture diagram: a source box fanning out to 1–3 columns of 1–3 boxes,
 * joined again in a sink box. Box-drawing characters, arrowheads into each box, labels from the given function.
 */
function diagram(random, label) {
  const cols = 1 + Math.floor(random() * 3);
  const rows = 1 + Math.floor(random() * 3);
  const w = 18; // box width, even, so that the middle of three columns lines up with the full-width boxes
  const gap = 3;
  const width = cols * w + (cols - 1) * gap;
  const grid = [];
  const put = (y, x, ch) => {
    while (grid.length <= y) grid.push(Array(width).fill(" "));
    grid[y][x] = ch;
  };
  const centre = (x0, x1) => Math.floor((x0 + x1) / 2);
  const mid = centre(0, width - 1);
  const columns = [...Array(cols).keys()];
  const colX = (c) => c * (w + gap);
  const colMid = (c) => centre(colX(c), colX(c) + w - 1);
  // A three-line box at row y from x0 to x1 with a centred label, arrowheads on its top edge where lines come in,
  // and a tee on its bottom edge when a line leaves it.
  const box = (y, x0, x1, text, arrowsIn, out) => {
    for (let x = x0 + 1; x < x1; x++) { put(y, x, "─"); put(y + 2, x, "─"); }
    put(y, x0, "┌"); put(y, x1, "┐"); put(y + 1, x0, "│"); put(y + 1, x1, "│"); put(y + 2, x0, "└"); put(y + 2, x1, "┘");
    for (const x of arrowsIn) put(y, x, "▼");
    const t = text.slice(0, x1 - x0 - 3);
    const start = x0 + 1 + Math.floor((x1 - x0 - 1 - t.length) / 2);
    [...t].forEach((ch, i) => put(y + 1, start + i, ch));
    if (out) put(y + 2, centre(x0, x1), "┬");
  };
  box(0, 0, width - 1, label(), [], true);
  // The fan-out: one line down from the source, a bar over the columns, one line down into each column.
  let y = 3;
  put(y++, mid, "│");
  if (cols > 1) {
    for (let x = colMid(0); x <= colMid(cols - 1); x++) put(y, x, "─");
    put(y, colMid(0), "┌");
    put(y, colMid(cols - 1), "┐");
    for (let c = 1; c < cols - 1; c++) put(y, colMid(c), colMid(c) === mid ? "┼" : "┬");
    if (!columns.some((c) => colMid(c) === mid)) put(y, mid, "┴");
    y++;
    for (const c of columns) put(y, colMid(c), "│");
    y++;
  }
  for (let r = 0; r < rows; r++) {
    for (const c of columns) box(y, colX(c), colX(c) + w - 1, label(), [colMid(c)], true);
    y += 3;
    for (const c of columns) put(y, colMid(c), "│");
    y++;
  }
  box(y, 0, width - 1, label(), columns.map(colMid), false);
  return grid.map((row) => row.join("").trimEnd());
}

function generate(n, out, seed, options = {}) {
  const diagramEvery = options.diagrams === false ? 0 : 10;
  const random = rng(seed);
  const seedData = harvest();
  const tail = makeTail(Math.max(200, n * 6), random);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Zipf-like choice from the tail: low indexes are much commoner.
  const tailWord = () => tail[Math.floor(tail.length * Math.pow(random(), 2.2))];
  const cumulative = [];
  seedData.weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const seedWord = () => {
    const x = random() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid] < x) lo = mid + 1; else hi = mid; }
    return seedData.words[lo];
  };
  const mutate = (s) => s.split(" ").map((w) => {
    const r = random();
    return r < 0.08 ? tailWord() : r < 0.16 ? seedWord() : w;
  }).join(" ");
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const paragraph = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => mutate(pick(seedData.sentences))).join(" ");

  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, "content"), { recursive: true });
  fs.copyFileSync(path.join(ROOT, "versus.yml"), path.join(out, "versus.yml"));
  fs.cpSync(path.join(ROOT, "themes"), path.join(out, "themes"), { recursive: true });
  const digits = String(n).length;
  for (let i = 0; i < n; i++) {
    const topic = cap(tail[i % tail.length]);
    const title = topic + " " + cap(seedWord()) + " and " + cap(tailWord()) + ": " + mutate(pick(seedData.headings)) + " (" + (i + 1) + ")";
    const lines = ["# " + title, "", paragraph(), ""];
    const sections = 4 + Math.floor(random() * 5);
    for (let s = 0; s < sections; s++) {
      lines.push("## " + mutate(pick(seedData.headings)) + " " + cap(tailWord()), "", paragraph(), "");
      // One note in ten draws a diagram after its first section's paragraph. Whether a note has one depends only on
      // its number, so no random number is drawn for the others and the corpus without diagrams is unchanged.
      if (s === 0 && diagramEvery > 0 && (i + 1) % diagramEvery === 0) {
        const art = diagram(random, () => cap(seedWord()) + " " + tailWord());
        if ((i + 1) % (2 * diagramEvery) === 0) lines.push(...art.map((l) => "    " + l), "");
        else lines.push("```diagram", ...art, "```", "");
      }
      const kind = random();
      if (kind < 0.35) {
        for (let k = 0; k < 3 + Math.floor(random() * 4); k++) lines.push("- **" + cap(seedWord()) + "**: " + mutate(pick(seedData.sentences)));
        lines.push("");
      } else if (kind < 0.55) {
        lines.push("| Feature | " + topic + " | " + cap(tailWord()) + " |", "|---|---|---|");
        for (let k = 0; k < 3 + Math.floor(random() * 4); k++) {
          lines.push("| " + cap(seedWord()) + " | " + mutate(pick(seedData.sentences)).slice(0, 60) + " | " + cap(seedWord()) + " " + tailWord() + " |");
        }
        lines.push("");
      } else if (kind < 0.7) {
        lines.push("```yaml", pick(seedData.code).replace(/my-[a-z]+/g, () => "my-" + tailWord()).trimEnd(), "```", "");
      }
      if (random() < 0.4) lines.push("### " + cap(seedWord()) + " " + tailWord(), "", paragraph(), "");
    }
    const name = "note-" + String(i + 1).padStart(digits, "0") + ".md";
    fs.writeFileSync(path.join(out, "content", name), lines.join("\n"));
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const diagrams = !args.includes("--no-diagrams");
  const [n, out, seed] = args.filter((a) => a !== "--no-diagrams");
  if (!/^[0-9]+$/.test(n || "") || !out || (seed !== undefined && !/^[0-9]+$/.test(seed))) {
    console.error("usage: node generate-corpus.js N OUT_DIR [SEED] [--no-diagrams]");
    process.exit(2);
  }
  generate(Number(n), path.resolve(out), Number(seed || 42), { diagrams });
  console.log("wrote " + n + " notes to " + out);
}

module.exports = { generate };
