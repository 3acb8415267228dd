import { vi } from '../i18n/vi';
import { Dialog } from './Dialog';

type Props = { title: string; message: string; confirmLabel?: string; onConfirm: () => void; onClose: () => void };

export function ConfirmDialog({ title, message, confirmLabel = vi.common.confirm, onConfirm, onClose }: Props) {
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {vi.common.cancel}
          </button>
          <button type="button" className="primary" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{message}</p>
    </Dialog>
  );
}
