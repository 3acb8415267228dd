import { useEffect, useState } from 'react';
import type { IncomingRecord } from '../../../shared/domain/incoming';
import { todayIn } from '../../../shared/text/today';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { vi } from '../../i18n/vi';
import { fromPrefill, type ComposeDoc } from '../../lib/composeDoc';
import { useComposeStore } from '../../stores/composeStore';
import { useImporterStore } from '../../stores/importerStore';
import { useIncomingStore } from '../../stores/incomingStore';
import { useOutgoingStore } from '../../stores/outgoingStore';
import { useProfileStore } from '../../stores/profileStore';
import { useUi, type ComposeTarget } from '../../stores/uiStore';
import { useShortcut } from '../../shortcuts';
import { ComposeEditor } from './ComposeEditor';
import { QuickReportSources } from './QuickReportSources';

const today = () => todayIn(new Date());
const keyOf = (t: ComposeTarget) => `${t.kind}:${t.incomingId ?? ''}:${t.draftId ?? ''}:${t.fromOutgoingId ?? ''}`;

/** A forwarding letter prefilled from the incoming record (re-read from its text when there is one). */
async function freshForwarding(incoming: IncomingRecord | null): Promise<ComposeDoc | null> {
  const compose = useComposeStore.getState();
  let ref = { number: incoming?.number ?? null, docType: incoming?.docType ?? null, typeCode: incoming?.typeCode ?? null, date: incoming?.docDate ?? null, issuer: incoming?.issuer ?? null, parentBody: null as string | null, subject: incoming?.subject ?? null };
  if (incoming?.fullText.trim()) {
    // The text gives the issuer and its parent body separately, which the citation needs.
    const m = (await useImporterStore.getState().extract({ text: incoming.fullText }))?.metadata;
    if (m) ref = { ...ref, issuer: m.issuer ?? ref.issuer, parentBody: m.parentBody, docType: ref.docType || m.docType };
  }
  const data = await compose.prefill({ incoming: ref });
  return data ? fromPrefill('forwarding', data, { incomingId: incoming?.id ?? null, date: today() }) : null;
}

export function ComposePage() {
  const target = useUi((s) => s.compose);
  const startCompose = useUi((s) => s.startCompose);
  const profile = useProfileStore((s) => s.profile);
  const { doc, drafts, busy, loadTemplates, loadDrafts, open, discard, openedKey: opened, setOpenedKey: setOpened } = useComposeStore();
  const incoming = useIncomingStore((s) => (target?.incomingId && s.current?.id === target.incomingId ? s.current : null));
  const [deleting, setDeleting] = useState<{ id: number; title: string } | null>(null);

  useEffect(() => {
    void loadTemplates();
    void loadDrafts();
  }, [loadTemplates, loadDrafts]);
  useShortcut('new', () => startCompose({ kind: 'forwarding', incomingId: null, draftId: null }));

  const key = target ? keyOf(target) : null;
  useEffect(() => {
    if (!target || key === opened) return;
    let live = true;
    void (async () => {
      const inc = target.incomingId ? await useIncomingStore.getState().open(target.incomingId) : null;
      if (!live) return;
      await open({ draftId: target.draftId, kind: target.kind, incomingId: target.incomingId }, async () => {
        if (target.fromOutgoingId) {
          const prev = await useOutgoingStore.getState().get(target.fromOutgoingId);
          if (prev?.templateData) return fromPrefill(target.kind, JSON.parse(prev.templateData) as Record<string, unknown>, { incomingId: prev.incomingId, date: today() });
        }
        return target.kind === 'quickReport' ? null : freshForwarding(inc);
      });
      if (live) setOpened(key);
    })();
    return () => {
      live = false;
    };
  }, [key, opened, target, open, setOpened]);

  if (!profile) return null;
  if (target && key !== opened) return <p>{busy ? vi.loading : vi.loading}</p>;
  if (target && doc) return <ComposeEditor profile={profile} title={doc.kind === 'quickReport' ? vi.compose.quickTitle : vi.compose.forwardingTitle} />;
  if (target?.kind === 'quickReport') {
    return <QuickReportSources profile={profile} incomingId={target.incomingId} date={today()} initial={incoming?.fullText ? [{ name: incoming.number || vi.nav.incoming, text: incoming.fullText }] : []} />;
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
