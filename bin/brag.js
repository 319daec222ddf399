#!/usr/bin/env node
require("../lib/brag.js");
