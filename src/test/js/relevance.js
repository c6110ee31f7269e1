// Runs every query of a queries.tsv file through the search client over a built site and prints, per query, a JSON
// line with the top results (page + anchor). RelevanceTest checks the expected section is among the top 3.
"use strict";
const fs = require("fs");
const { engineFor } = require("./harness.js");

async function main(siteDir, queryFile) {
  const { engine } = engineFor(siteDir);
  const lines = fs.readFileSync(queryFile, "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#"));
  for (const line of lines) {
    const [query] = line.split("\t");
    const answer = await engine.search(query, { limit: 5 });
    const top = answer.results.map((r) => r.page + "#" + r.anchor);
    process.stdout.write(JSON.stringify({ query, top }) + "\n");
  }
}

main(process.argv[2], process.argv[3]).catch((e) => {
  console.error(e);
  process.exit(1);
});
