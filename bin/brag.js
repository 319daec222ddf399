#!/usr/bin/env node
"use strict";
// `brag` starts like a native tool: its one bundled file (lib/brag.js) is compiled from V8's code cache
// when one is there, so most of its functions are not parsed and compiled again on every run. Node 22
// has this built in (module.enableCompileCache); before it, the same by hand with vm.Script's cachedData.
const fs = require("fs");
const path = require("path");
const Module = require("module");

const file = path.join(__dirname, "..", "lib", "brag.js");

if (typeof Module.enableCompileCache === "function") {
  Module.enableCompileCache(path.join(__dirname, "..", "lib", ".compile-cache"));
  require(file);
} else {
  const vm = require("vm");
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
}
