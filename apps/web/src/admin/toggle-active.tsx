import { useTranslation } from 'react-i18next';
import type { Translate } from '../episodes/list-labels';
import { ConfirmModal } from '../forms/confirm-modal';
import { adminOutcome } from './admin-error';

// Accounts and hospitals are deactivated, never deleted (old records name them), and can come back.
// Their words differ (what deactivating one does), so each kind keeps its own under the same keys.

/** What can be deactivated, by the name of its words in the 'admin' namespace. */
export type ActivatableKind = 'users' | 'hospitals';

interface Activatable {
  id: string;
  active: boolean;
}

/** The words of deactivating an active one, or reactivating an inactive one. */
export function toggleWords(t: Translate, kind: ActivatableKind, active: boolean, name: string) {
  const action = active ? 'deactivate' : 'reactivate';
  return {
    label: t(action),
    /** "Deactivate Amina Mushi": the button's name and the confirmation's title. */
    named: t(`${kind}.${action}Of`, { name }),
    body: t(`${kind}.${action}Body`, { name }),
  };
}

interface ToggleActiveModalProps<T extends Activatable> {
  kind: ActivatableKind;
  /** The account or hospital as it is now. */
  item: T;
  nameOf: (item: T) => string;
  /** Asks the server for the other state; answers the item as the server now has it. */
  setActive: (id: string, active: boolean) => Promise<T>;
  /** The item as the server now has it, and what happened in words. */
  onChanged: (item: T, words: string) => void;
  onClose: () => void;
}

/** Says what deactivating (or reactivating) does before doing it; the server's refusal keeps it open. */
export function ToggleActiveModal<T extends Activatable>({
  kind,
  item,
  nameOf,
  setActive,
  onChanged,
  onClose,
}: ToggleActiveModalProps<T>) {
  const { t } = useTranslation('admin');
  const words = toggleWords(t, kind, item.active, nameOf(item));
  return (
    <ConfirmModal
      title={words.named}
      confirmLabel={words.label}
      variant={item.active ? 'danger' : 'primary'}
      onConfirm={() =>
        adminOutcome(t, async () => {
          const changed = await setActive(item.id, !item.active);
          const done = changed.active ? 'reactivated' : 'deactivated';
          onChanged(changed, t(`${kind}.${done}`, { name: nameOf(changed) }));
        })
      }
      onClose={onClose}
    >
      {words.body}
    </ConfirmModal>
  );
}
