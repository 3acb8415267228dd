// Loads the bundled Liberation Serif TTFs (metric-compatible with Times New Roman, complete
// Vietnamese) for the PDF renderer. The folder is found from the source tree, from the esbuild
// bundles in build/ (and build/chunks/), and from electron-builder's resources/templates.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { type FontSet } from '../../shared/format';

export type { FontSet };

export const FONT_FILES: Record<keyof FontSet, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

function here(): string {
  // import.meta.url is set in ESM (source, vitest, build/*.mjs); __dirname in the CJS main bundle.
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return typeof __dirname === 'string' ? __dirname : process.cwd();
  }
}

/** Every place templates/ may live, most specific first. */
export function templatesDirCandidates(): string[] {
  const out: string[] = [];
  if (process.env.VANTHU_TEMPLATES_DIR) out.push(path.resolve(process.env.VANTHU_TEMPLATES_DIR));
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resources) out.push(path.join(resources, 'templates'));
  // Walk up from this module: electron/documents → repo root; build/ or build/chunks → repo root.
  let dir = here();
  for (let i = 0; i < 5; i += 1) {
    out.push(path.join(dir, 'templates'));
    dir = path.dirname(dir);
  }
  out.push(path.join(process.cwd(), 'templates'));
  return out;
}

/** The templates/ folder (fonts, templates, demo data). */
export function templatesDir(): string {
  const hit = templatesDirCandidates().find((d) => fs.existsSync(path.join(d, 'fonts', FONT_FILES.regular)));
  if (!hit) throw new AppError('IO', 'Không tìm thấy thư mục mẫu văn bản và phông chữ (templates/).', templatesDirCandidates());
  return hit;
}

let cache: FontSet | null = null;

/** The four Liberation Serif faces, each read on first use and then kept for the process. */
export function loadFonts(): FontSet {
  if (cache) return cache;
  const dir = path.join(templatesDir(), 'fonts');
  const bytes: Partial<FontSet> = {};
  const set = {} as FontSet;
  for (const face of Object.keys(FONT_FILES) as (keyof FontSet)[]) {
    Object.defineProperty(set, face, { enumerable: true, get: () => (bytes[face] ??= new Uint8Array(fs.readFileSync(path.join(dir, FONT_FILES[face])))) });
  }
  cache = set;
  return cache;
}
