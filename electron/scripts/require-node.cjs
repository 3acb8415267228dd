// Fails fast with a clear message when a script runs under an older Node.
'use strict';
const { nodeTooOld, tooOldMessage } = require('./node-guard.cjs');
if (nodeTooOld()) {
  console.error(tooOldMessage());
  process.exit(1);
}
