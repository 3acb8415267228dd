// Loaded with `node --import` by the offline OCR test: every way to reach the network throws. Worker
// threads inherit the parent's execArgv, so the tesseract.js worker runs with it too.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const refuse = () => {
  throw new Error('network access blocked by the offline test');
};
globalThis.fetch = async () => refuse();
for (const m of [http, https]) Object.assign(m, { request: refuse, get: refuse });
Object.assign(net, { connect: refuse, createConnection: refuse });
Object.assign(tls, { connect: refuse });
Object.assign(dns, { lookup: refuse });
