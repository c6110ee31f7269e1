// Runs the theme's search client under node: the same files a browser loads, in a vm context, with index files read
// from a built site folder. Used by the relevance test, the client tests and the benchmarks.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");

const ASSETS = path.join(__dirname, "..", "..", "..", "themes", "default", "assets");
const CLIENT = ["search-porter2.js", "search.js", "search-rank.js", "search-query.js"];

/** A fresh context with the client loaded: {VersusSearch, context}. */
function loadClient() {
  const context = vm.createContext({ console });
  for (const f of CLIENT) {
    vm.runInContext(fs.readFileSync(path.join(ASSETS, f), "utf8"), context, { filename: f });
  }
  return { VersusSearch: context.VersusSearch, context };
}

/**
 * An engine over siteDir/search/. Every file it loads is recorded in `loaded` with its size and gzip size, so
 * callers can measure what a query costs.
 */
function engineFor(siteDir) {
  const { VersusSearch, context } = loadClient();
  const loaded = [];
  const load = (url) =>
    new Promise((resolve, reject) => {
      fs.readFile(url, (err, buf) => {
        if (err) return reject(err);
        loaded.push({ file: path.relative(siteDir, url), bytes: buf.length, gzip: zlib.gzipSync(buf).length });
        vm.runInContext(buf.toString("utf8"), context, { filename: url });
        resolve();
      });
    });
  const engine = new VersusSearch.Engine(path.join(siteDir, "search") + path.sep, load);
  return { engine, loaded, VersusSearch };
}

/** The client's own files with their sizes, as a browser loads them before the index. */
function clientFiles() {
  return CLIENT.concat(["search-ui.js"]).map((f) => {
    const buf = fs.readFileSync(path.join(ASSETS, f));
    return { file: f, bytes: buf.length, gzip: zlib.gzipSync(buf).length };
  });
}

module.exports = { loadClient, engineFor, clientFiles, ASSETS };
