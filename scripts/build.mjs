#!/usr/bin/env node
// Builds everything the demo and the tests need: the TypeScript packages (ES modules
// and declarations, via project references) and the standalone browser bundle.
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
run('npx', ['tsc', '-b']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
