import { defineConfig } from 'vite';

// The renderer build. Node entries (main, preload, CLI, web host) are bundled by esbuild in
// electron/scripts/build.mjs; the renderer goes through Vite for CSS, assets and code splitting.
export default defineConfig({
  root: 'renderer',
  base: './',
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
