// The tiny router: which screen is open, with which record. No URL routing: the desktop app has
// one window, and browser mode keeps the token in the fragment.
import { create } from 'zustand';
import type { DraftKind } from '../../shared/ipc/drafts';

export type Screen = 'incoming' | 'due' | 'outgoing' | 'compose' | 'templates' | 'recipients' | 'settings';
export const SCREENS: readonly Screen[] = ['incoming', 'due', 'outgoing', 'compose', 'templates', 'recipients', 'settings'];

/** `fromOutgoingId`: start from an issued document's wording ("soạn văn bản mới từ văn bản này"). */
export type ComposeTarget = { kind: DraftKind; incomingId: number | null; draftId: number | null; fromOutgoingId?: number; templateId?: string };

type UiState = {
  screen: Screen;
  /** Văn bản đến: the record open in the detail view, or null for the register. */
  incomingId: number | null;
  /** Văn bản đi: the record open in the detail view. */
  outgoingId: number | null;
  /** Soạn thảo: what is being composed; null shows the start page. */
  compose: ComposeTarget | null;
  navigate: (screen: Screen) => void;
  openIncoming: (id: number | null) => void;
  openOutgoing: (id: number | null) => void;
  startCompose: (target: ComposeTarget) => void;
  endCompose: () => void;
};

export const useUi = create<UiState>((set) => ({
  screen: 'incoming',
  incomingId: null,
  outgoingId: null,
  compose: null,
  navigate: (screen) => set({ screen }),
  openIncoming: (incomingId) => set({ screen: 'incoming', incomingId }),
  openOutgoing: (outgoingId) => set({ screen: 'outgoing', outgoingId }),
  startCompose: (compose) => set({ screen: 'compose', compose }),
  endCompose: () => set({ compose: null }),
}));
