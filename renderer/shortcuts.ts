// Keyboard shortcuts: Ctrl+N new, Ctrl+F search, Ctrl+S save, Ctrl+P print/export.
// The visible screen registers handlers; the most recently mounted one wins.
import { useEffect, useRef } from 'react';

export type ShortcutName = 'new' | 'search' | 'save' | 'print';
const KEYS: Record<string, ShortcutName> = { n: 'new', f: 'search', s: 'save', p: 'print' };

type Entry = { name: ShortcutName; run: () => void };
const stack: Entry[] = [];

export function shortcutFor(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'key'>): ShortcutName | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  return KEYS[e.key.toLowerCase()] ?? null;
}

/** Runs the newest handler for the shortcut; Ctrl+F without one focuses the page's search box. */
export function runShortcut(name: ShortcutName): boolean {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i]!.name === name) {
      stack[i]!.run();
      return true;
    }
  }
  if (name === 'search') {
    const box = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (box) {
      box.focus();
      box.select();
      return true;
    }
  }
  return false;
}

export function installShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    const name = shortcutFor(e);
    if (!name) return;
    // Ctrl+F/P/S/N must never open the browser's own dialogs while the app is in front.
    e.preventDefault();
    runShortcut(name);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

export function useShortcut(name: ShortcutName, run: (() => void) | null) {
  const ref = useRef(run);
  useEffect(() => {
    ref.current = run;
  });
  const enabled = run !== null;
  useEffect(() => {
    if (!enabled) return;
    const entry: Entry = { name, run: () => ref.current?.() };
    stack.push(entry);
    return () => {
      const i = stack.indexOf(entry);
      if (i >= 0) stack.splice(i, 1);
    };
  }, [name, enabled]);
}
