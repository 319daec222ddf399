#!/usr/bin/env node
require("../dist/cli/brag.js");
