// The search benchmark's corpus: the shared generator (src/bench/corpus/generate-corpus.js) without diagrams, so
// that the corpus, and so the figures in README.md, stay exactly what they were before the generator was shared.
"use strict";
const shared = require("../corpus/generate-corpus.js");

module.exports = { generate: (n, out, seed) => shared.generate(n, out, seed, { diagrams: false }) };
