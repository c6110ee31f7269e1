// Reads lines on stdin and prints, for each, the index terms the search client makes of it (words, folded and
// stemmed, joined by spaces). TermIdentityTest compares this with versus.search.Tokenizer line by line.
"use strict";
const { loadClient } = require("./harness.js");
const { VersusSearch } = loadClient();
const I = VersusSearch.internals;
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const lines = input.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const out = lines.map((line) => I.words(line).map((w) => (w.word.length > 40 ? "" : I.stem(w.word))).join(" "));
  process.stdout.write(out.join("\n") + "\n");
});
