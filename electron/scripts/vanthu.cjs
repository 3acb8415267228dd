#!/usr/bin/env node
// The `vanthu` command. Under an older Node it re-runs itself with the project's Node 22
// toolchain (node_modules/node), so `npx vanthu` works from any shell.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { nodeTooOld, tooOldMessage } = require('./node-guard.cjs');

const root = path.resolve(__dirname, '../..');
if (nodeTooOld()) {
  const toolchain = path.join(root, 'node_modules', 'node', 'bin', 'node');
  if (!fs.existsSync(toolchain)) {
    console.error(tooOldMessage());
    process.exit(1);
  }
  const r = spawnSync(toolchain, [__filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const entry = path.join(root, 'build', 'cli.mjs');
if (!fs.existsSync(entry)) {
  const b = spawnSync(process.execPath, [path.join(__dirname, 'build.mjs'), '--node'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
import(require('node:url').pathToFileURL(entry).href).catch((e) => {
  console.error('Lỗi khi khởi động vanthu:', e && e.message ? e.message : e);
  process.exit(1);
});
