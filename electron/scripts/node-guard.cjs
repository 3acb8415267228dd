// Shared by every entry point: better-sqlite3 13, vitest 5 and Electron 45 tooling need Node 22+.
'use strict';
const MIN_MAJOR = 22;
const major = Number(process.versions.node.split('.')[0]);
function nodeTooOld() {
  return major < MIN_MAJOR;
}
function tooOldMessage() {
  return (
    `Văn thư Tuyên giáo cần Node ${MIN_MAJOR} trở lên, nhưng đang chạy bằng Node ${process.versions.node}.\n` +
    `Hãy chạy qua npm (npm test, npm run web, npx vanthu ...): npm tự dùng Node ${MIN_MAJOR} cài trong node_modules.\n` +
    `(This app needs Node >= ${MIN_MAJOR}; run it through npm, which uses the Node ${MIN_MAJOR} toolchain from node_modules.)`
  );
}
module.exports = { MIN_MAJOR, nodeTooOld, tooOldMessage };
