// A small logger factory with named children. Never log document contents, only ids and counts.
type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = (): number => order[(process.env.VANTHU_LOG as Level | undefined) ?? 'warn'] ?? order.warn;

export type Logger = Record<Level, (msg: string, detail?: unknown) => void> & { child: (name: string) => Logger };

export function createLogger(name: string): Logger {
  const emit = (level: Level) => (msg: string, detail?: unknown) => {
    if (order[level] < threshold()) return;
    const line = `[${new Date().toISOString()}] ${level.toUpperCase()} ${name}: ${msg}`;
    if (detail === undefined) console.error(line);
    else console.error(line, toLogFormat(detail));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error'), child: (n) => createLogger(`${name}.${n}`) };
}

export function toLogFormat(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}
