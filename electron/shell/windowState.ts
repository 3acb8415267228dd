// Remembered window size and position: a small JSON file in the data folder, written atomically,
// and pure checks that the saved bounds still fit one of the connected displays.
import path from 'node:path';
import { z } from 'zod';
import { createLogger } from '../log';
import { readJsonFile, writeFileAtomic } from './atomicFile';

const log = createLogger('window-state');

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = { bounds: Rect; maximized: boolean };
export type DisplayLike = { workArea: Rect };

const coord = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const stateSchema = z.strictObject({
  version: z.literal(1),
  bounds: z.strictObject({ x: coord, y: coord, width: size, height: size }),
  maximized: z.boolean(),
});

export const windowStateFile = (dir: string): string => path.join(dir, 'window-state.json');

export function parseWindowState(value: unknown): WindowState | null {
  const r = stateSchema.safeParse(value);
  return r.success ? { bounds: r.data.bounds, maximized: r.data.maximized } : null;
}

const overlap = (a: Rect, b: Rect): Rect | null => {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.width, b.x + b.width) - x;
  const h = Math.min(a.y + a.height, b.y + b.height) - y;
  return w > 0 && h > 0 ? { x, y, width: w, height: h } : null;
};

/** The title bar must be reachable: at least this much of the window's top strip on one display. */
const GRIP = { width: 120, height: 24 };

/**
 * Bounds to open the window with. Saved bounds are kept only when their top strip lies on a
 * connected display (a monitor may have been unplugged); the size is clamped to that display.
 * Without a usable position, only the size is returned and Electron centres the window.
 */
export function fitWindowBounds(
  saved: WindowState | null,
  displays: readonly DisplayLike[],
  defaults: { width: number; height: number },
  min: { width: number; height: number },
): { bounds: { width: number; height: number; x?: number; y?: number }; maximized: boolean } {
  const primary = displays[0]?.workArea;
  const clampTo = (area: Rect | undefined, w: number, h: number) => ({
    width: Math.max(Math.min(w, area?.width ?? w), Math.min(min.width, area?.width ?? min.width)),
    height: Math.max(Math.min(h, area?.height ?? h), Math.min(min.height, area?.height ?? min.height)),
  });
  if (!saved) return { bounds: clampTo(primary, defaults.width, defaults.height), maximized: false };
  const b = saved.bounds;
  const strip: Rect = { x: b.x, y: b.y, width: b.width, height: Math.min(GRIP.height * 2, b.height) };
  const host = displays.find((d) => {
    const o = overlap(strip, d.workArea);
    return o !== null && o.width >= Math.min(GRIP.width, b.width) && o.height >= Math.min(GRIP.height, strip.height);
  });
  if (!host) return { bounds: clampTo(primary, b.width, b.height), maximized: saved.maximized };
  const { width, height } = clampTo(host.workArea, b.width, b.height);
  const area = host.workArea;
  // Pull the window fully inside the work area when it was clamped or hanging off an edge.
  const x = Math.min(Math.max(b.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(b.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

export function loadWindowState(dir: string): WindowState | null {
  try {
    return parseWindowState(readJsonFile(windowStateFile(dir)));
  } catch (e) {
    log.warn('ignoring unreadable window state', e);
    return null;
  }
}

export function saveWindowState(dir: string, state: WindowState): void {
  const parsed = parseWindowState({ version: 1, ...state });
  if (!parsed) return;
  try {
    writeFileAtomic(windowStateFile(dir), JSON.stringify({ version: 1, ...parsed }, null, 2));
  } catch (e) {
    log.warn('could not save window state', e);
  }
}
