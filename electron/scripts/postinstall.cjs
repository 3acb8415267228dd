// After `npm install`/`npm ci`: build the Node entries so `npx vanthu` works at once.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { nodeTooOld } = require('./node-guard.cjs');
if (nodeTooOld()) {
  console.warn('Bỏ qua bước build sau cài đặt: Node 22 chưa có trên PATH. Chạy "npm run build" sau.');
  process.exit(0);
}
const r = spawnSync(process.execPath, [path.join(__dirname, 'build.mjs'), '--node'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
