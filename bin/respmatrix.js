#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled into lib/ by `npm install` (the prepare script).
require('../lib/cli/main.js').main(process.argv.slice(2));
