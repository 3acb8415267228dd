// Builds the app: esbuild for the Node entries (Electron main, preload, CLI, web host, bench)
// and Vite for the renderer. `--node` or `--renderer` builds one half only.
import { builtinModules, createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { nodeTooOld, tooOldMessage } = require('./node-guard.cjs');
if (nodeTooOld()) {
  console.error(tooOldMessage());
  process.exit(1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'build');
const args = new Set(process.argv.slice(2));
const doNode = !args.has('--renderer');
const doRenderer = !args.has('--node');

// `import sql from './x.sql?raw'` works in Vite/Vitest; teach esbuild the same.
const rawPlugin = {
  name: 'raw',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (a) => ({ path: path.resolve(a.resolveDir, a.path.replace(/\?raw$/, '')), namespace: 'raw' }));
    build.onLoad({ filter: /.*/, namespace: 'raw' }, (a) => ({ contents: fs.readFileSync(a.path, 'utf8'), loader: 'text' }));
  },
};

// pdf-lib's CommonJS build evaluates all of pdf-lib at start-up (forms, PNG, standard-font
// tables). Its ES build, treated as free of side effects, lets esbuild keep only the modules the
// code uses.
const PDF_LIB_ES = /[\\/]node_modules[\\/](pdf-lib|@pdf-lib[\\/]standard-fonts)[\\/]es[\\/]/;
const pdfLibEsPlugin = {
  name: 'pdf-lib-es',
  setup(build) {
    build.onResolve({ filter: /^pdf-lib$/ }, () => ({ path: path.join(root, 'node_modules/pdf-lib/es/index.js'), sideEffects: false }));
    build.onResolve({ filter: /.*/ }, async (a) => {
      if (a.pluginData === 'pdf-lib-es' || !PDF_LIB_ES.test(a.importer)) return undefined;
      const r = await build.resolve(a.path, { kind: a.kind, importer: a.importer, resolveDir: a.resolveDir, pluginData: 'pdf-lib-es' });
      if (r.errors.length) return { errors: r.errors };
      const mod = a.path === '@pdf-lib/standard-fonts' ? path.join(root, 'node_modules/@pdf-lib/standard-fonts/es/index.js') : r.path;
      return { path: mod, external: r.external, sideEffects: PDF_LIB_ES.test(mod) ? false : r.sideEffects };
    });
  },
};

// An ES `import` of a Node built-in builds a facade that reads every export, which runs the lazy
// getters (node:fs loads its streams, node:util its TextDecoder and more): tens of ms of a cold
// start. Through the bundles' `require` (see the banner), only what the code touches is loaded.
const BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})$`);
const builtinsByRequirePlugin = {
  name: 'builtins-by-require',
  setup(build) {
    build.onResolve({ filter: BUILTIN }, (a) => (a.namespace === 'builtin' ? { path: a.path, external: true } : { path: a.path, namespace: 'builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (a) => ({ contents: `module.exports = require(${JSON.stringify(a.path)});`, loader: 'js' }));
  },
};

// tesseract.js starts its worker from a file path inside its package: it stays in node_modules.
const NODE_EXTERNALS = ['better-sqlite3', 'electron', 'pdfjs-dist', 'pdfjs-dist/*', 'tesseract.js', 'playwright-core', 'vite', 'esbuild', 'eslint', '@doyensec/electronegativity'];

async function buildNode() {
  const esbuild = await import('esbuild');
  fs.mkdirSync(out, { recursive: true });
  // Chunk names carry content hashes: clear old ones so build/ holds only what this build made.
  fs.rmSync(path.join(out, 'chunks'), { recursive: true, force: true });
  const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: 'linked', logLevel: 'warning', plugins: [rawPlugin], packages: 'external', absWorkingDir: root };
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'build/main.cjs', format: 'cjs', external: ['electron'] }),
    // Sandboxed preloads cannot require node_modules: bundle everything but electron.
    esbuild.build({ ...common, packages: undefined, entryPoints: ['electron/preload.ts'], outfile: 'build/preload.cjs', format: 'cjs', external: ['electron'], sourcemap: false }),
    // CLI, web host and bench bundle their pure-JS dependencies (pdf-lib, docx, zod, fflate…):
    // resolving and compiling them from node_modules file by file dominated the CLI's start-up.
    // Native, very large or tool-only packages stay external.
    esbuild.build({
      ...common,
      packages: undefined,
      external: NODE_EXTERNALS,
      entryPoints: { 'cli.main': 'electron/cli/main.ts', 'web.main': 'electron/host/web.ts', 'bench.main': 'test/bench/index.ts' },
      plugins: [rawPlugin, pdfLibEsPlugin, builtinsByRequirePlugin],
      outdir: 'build',
      format: 'esm',
      outExtension: { '.js': '.mjs' },
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      // CommonJS packages inside an ESM bundle still call require() for Node built-ins.
      banner: { js: "import { createRequire as __vanthuCreateRequire } from 'node:module'; const require = __vanthuCreateRequire(import.meta.url);" },
    }),
    // The OCR worker thread (electron/ocr/worker.ts), started by file path from any of the bundles
    // above: one file of its own, no shared chunks, so the package can unpack it from the asar.
    esbuild.build({
      ...common,
      packages: undefined,
      external: NODE_EXTERNALS,
      entryPoints: { 'ocr-worker': 'electron/ocr/worker.ts' },
      plugins: [rawPlugin, pdfLibEsPlugin, builtinsByRequirePlugin],
      outdir: 'build',
      format: 'esm',
      outExtension: { '.js': '.mjs' },
      banner: { js: "import { createRequire as __vanthuCreateRequire } from 'node:module'; const require = __vanthuCreateRequire(import.meta.url);" },
    }),
  ]);
  // Launchers check the Node version before any native module is loaded.
  // A short-lived CLI allocates ~20 MB, mostly kept: let the young generation grow 8× (not 2×) per
  // scavenge, so far fewer scavenges copy the same survivors (GC ~50 → ~30 ms of a cold render).
  const cliFlags = "\n// Young generation grows 8x per scavenge: a short run then copies its survivors far fewer times.\nreq('node:v8').setFlagsFromString('--semi-space-growth-factor=8');";
  for (const name of ['cli', 'web', 'bench']) {
    fs.writeFileSync(
      path.join(out, `${name}.mjs`),
      `#!/usr/bin/env node\nimport module, { createRequire } from 'node:module';\nconst req = createRequire(import.meta.url);\nconst g = req('../electron/scripts/node-guard.cjs');\nif (g.nodeTooOld()) { console.error(g.tooOldMessage()); process.exit(1); }${name === 'cli' ? cliFlags : ''}\n// V8 code cache on disk: later starts skip compiling the bundle.\nmodule.enableCompileCache?.();\nawait import('./${name}.main.mjs');\n`,
    );
  }
}

async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const started = Date.now();
if (doNode) await buildNode();
if (doRenderer) await buildRenderer();
console.log(`Đã build (${[doNode && 'node', doRenderer && 'renderer'].filter(Boolean).join(' + ')}) trong ${Date.now() - started} ms → build/`);
