#!/usr/bin/env node
"use strict";
// `brag` starts like a native tool: its one bundled file (lib/brag.js) is compiled from V8's code cache
// (vm.Script's cachedData) when one is there, so most of its functions are not parsed and compiled again
// on every run. The build warms the cache; a run remakes it only when there is none or V8 refuses it.
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");

const file = path.join(__dirname, "..", "lib", "brag.js");
const cacheFile = `${file}.cache`;
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  // no cache yet: this run makes it
}
const script = new vm.Script(Module.wrap(fs.readFileSync(file, "utf8")), { filename: file, cachedData });
const bundle = new Module(file, module);
bundle.filename = file;
bundle.paths = Module._nodeModulePaths(path.dirname(file));
process.once("exit", () => {
  if (cachedData && !script.cachedDataRejected) return;
  try {
    // after the run, so the functions it compiled lazily are in the cache too
    fs.writeFileSync(cacheFile, script.createCachedData());
  } catch {
    // a read-only install runs without a cache, as fast as before
  }
});
script.runInThisContext().call(bundle.exports, bundle.exports, (id) => bundle.require(id), bundle, file, path.dirname(file));
