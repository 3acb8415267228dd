import { useEffect, useState } from 'react';
import { draftKindOf } from '../../../shared/domain/compose';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { vi } from '../../i18n/vi';
import { useComposeStore } from '../../stores/composeStore';
import { useIncomingStore } from '../../stores/incomingStore';
import { useProfileStore } from '../../stores/profileStore';
import { useUi, type ComposeTarget } from '../../stores/uiStore';
import { useShortcut } from '../../shortcuts';
import { ComposeEditor } from './ComposeEditor';
import { QuickReportSources } from './QuickReportSources';

const keyOf = (t: ComposeTarget) => `${t.kind}:${t.templateId ?? ''}:${t.incomingId ?? ''}:${t.draftId ?? ''}:${t.fromOutgoingId ?? ''}`;
/** The target being opened right now: a remount while it loads must not open it twice. */
let openingKey: string | null = null;
const TEMPLATE_FOR: Record<ComposeTarget['kind'], string> = { forwarding: 'forwarding-letter', quickReport: 'quick-report', other: 'forwarding-letter' };

export function ComposePage() {
  const target = useUi((s) => s.compose);
  const startCompose = useUi((s) => s.startCompose);
  const profile = useProfileStore((s) => s.profile);
  const { doc, drafts, busy, templates, loadTemplates, loadDrafts, open, discard, openedKey: opened, setOpenedKey: setOpened } = useComposeStore();
  const incoming = useIncomingStore((s) => (target?.incomingId && s.current?.id === target.incomingId ? s.current : null));
  const [deleting, setDeleting] = useState<{ id: number; title: string } | null>(null);

  // The start page lists the library and the drafts; a document being composed brings its own template.
  const onStartPage = target === null;
  useEffect(() => {
    if (!onStartPage) return;
    void loadTemplates();
    void loadDrafts();
  }, [onStartPage, loadTemplates, loadDrafts]);
  useShortcut('new', () => startCompose({ kind: 'forwarding', incomingId: null, draftId: null }));

  const key = target ? keyOf(target) : null;
  useEffect(() => {
    if (!target || key === opened || openingKey === key) return;
    openingKey = key;
    void (async () => {
      // A Thông báo nhanh starts from its sources (the step before any draft exists).
      const fromSources = target.kind === 'quickReport' && target.draftId === null && !target.fromOutgoingId;
      if (fromSources) {
        if (target.incomingId) await useIncomingStore.getState().open(target.incomingId);
        useComposeStore.setState({ doc: null, facts: null, draftId: null, savedAt: null, issued: null });
      } else {
        await open({
          templateId: target.templateId ?? TEMPLATE_FOR[target.kind],
          incomingId: target.incomingId,
          ...(target.draftId !== null ? { draftId: target.draftId } : {}),
          ...(target.fromOutgoingId ? { fromOutgoingId: target.fromOutgoingId } : {}),
        });
      }
      // The opened document belongs to this target even if the screen was left meanwhile (an unmount must
      // not make the next visit open it a second time); only a newer target supersedes it.
      const now = useUi.getState().compose;
      if (now && keyOf(now) === key) setOpened(key);
      openingKey = null;
    })();
  }, [key, opened, target, open, setOpened]);

  if (!profile) return null;
  if (target && key !== opened) return <p>{busy ? vi.loading : vi.loading}</p>;
  const composeTitle = (id: string): string => {
    const kind = draftKindOf(id);
    if (kind === 'quickReport') return vi.compose.quickTitle;
    if (kind === 'forwarding') return vi.compose.forwardingTitle;
    return vi.compose.templateTitle(templates.find((t) => t.id === id)?.name ?? id);
  };
  if (target && doc) return <ComposeEditor profile={profile} title={composeTitle(doc.templateId)} />;
  if (target?.kind === 'quickReport') {
    return <QuickReportSources profile={profile} incomingId={target.incomingId} initial={incoming?.fullText ? [{ name: incoming.number || vi.nav.incoming, text: incoming.fullText }] : []} />;
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>{vi.compose.startTitle}</h1>
        <button type="button" onClick={() => startCompose({ kind: 'quickReport', incomingId: null, draftId: null })}>
          {vi.compose.newQuick}
        </button>
        <button type="button" className="primary" onClick={() => startCompose({ kind: 'forwarding', incomingId: null, draftId: null })}>
          {vi.compose.newForwarding}
        </button>
      </div>
      <p className="lead">{vi.compose.startHint}</p>
      <section className="panel" aria-labelledby="drafts-h">
        <h2 id="drafts-h">{vi.compose.drafts}</h2>
        {drafts.length === 0 ? (
          <EmptyState title={vi.compose.noDrafts} />
        ) : (
          <ul className="plain-list">
            {drafts.map((d) => {
              const title = d.title || vi.compose.untitled;
              return (
                <li key={d.id}>
                  <button type="button" className="link-button" aria-label={vi.compose.openDraft(title)} onClick={() => startCompose({ kind: d.kind, incomingId: d.incomingId, draftId: d.id })}>
                    {title}
                  </button>{' '}
                  <span className="muted">{new Date(d.updatedAt).toLocaleString('vi-VN')}</span>{' '}
                  <button type="button" className="link-button" aria-label={vi.compose.deleteDraft(title)} onClick={() => setDeleting({ id: d.id, title })}>
                    {vi.common.remove}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {deleting && (
        <ConfirmDialog
          title={vi.compose.deleteDraft(deleting.title)}
          message={vi.compose.discardConfirm}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            const id = deleting.id;
            setDeleting(null);
            useComposeStore.setState({ draftId: id, doc: null });
            await discard();
          }}
        />
      )}
    </div>
  );
}
