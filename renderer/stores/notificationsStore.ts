import { create } from 'zustand';
import { AppError } from '../../shared/errors';

export type Notice = { id: number; kind: 'error' | 'info'; message: string; details?: string[] };
type NotificationsState = {
  items: Notice[];
  push: (e: unknown, kind?: Notice['kind']) => void;
  /** A short confirmation ("Đã lưu."), removed after a few seconds. */
  info: (message: string) => void;
  dismiss: (id: number) => void;
};

let nextId = 1;
export const useNotifications = create<NotificationsState>((set) => ({
  items: [],
  push(e, kind = 'error') {
    const notice: Notice =
      e instanceof AppError
        ? { id: nextId++, kind, message: e.message, ...(e.details ? { details: e.details } : {}) }
        : { id: nextId++, kind, message: typeof e === 'string' ? e : 'Đã xảy ra lỗi không mong muốn.' };
    set((s) => ({ items: [...s.items.slice(-4), notice] }));
  },
  info(message) {
    const notice: Notice = { id: nextId++, kind: 'info', message };
    // Confirmations never pile up over the work: at most two at a time, gone after 4 s.
    set((s) => ({ items: [...s.items.filter((n) => n.kind === 'error').slice(-3), ...s.items.filter((n) => n.kind === 'info').slice(-1), notice] }));
    setTimeout(() => useNotifications.getState().dismiss(notice.id), 4000);
  },
  dismiss: (id) => set((s) => ({ items: s.items.filter((n) => n.id !== id) })),
}));
