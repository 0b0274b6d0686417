#!/usr/bin/env node
/**
 * The executable the package's `bin` names (bundled as dist/cli.js by scripts/buildCli.mjs):
 * `blotbypass --version` is answered here, before anything else loads (not even commander);
 * every other command line goes to cli.ts.
 */
import { TOOL_VERSION } from './version.js';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${TOOL_VERSION}\n`);
else (await import('./cli.js')).start();
