import {
  type Entity,
  type RecordDataByEntity,
  type SurgeryReference,
  type ValidationResult,
  type Version,
  validateRecordData,
  type WriteContext,
} from '@registry/domain';
import { useCallback, useMemo } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { useServices } from './services-context';
import { useUser } from './use-session';

export interface Writer {
  /** Who, where and when for the domain's version builders: this user, this device, now. */
  context(): WriteContext;
  /**
   * The domain's check of a record's data, as the server will make it: on success the data to store
   * (trimmed, blanks removed); otherwise each impossible value with its sentence. Missing is never refused.
   */
  check<E extends Entity>(
    entity: E,
    data: unknown,
    surgery?: SurgeryReference,
  ): ValidationResult<RecordDataByEntity[E]>;
  /** Saves versions on the device and in the outbox at once; never waits for the network. */
  save(versions: Version | readonly Version[]): Promise<void>;
}

export function useWriter(): Writer {
  const { store, deviceId } = useServices();
  const user = useUser();
  const context = useCallback(
    (): WriteContext => ({ now: new Date(), newId: uuidv7, authorId: user.id, deviceId }),
    [user.id, deviceId],
  );
  const check = useCallback(
    <E extends Entity>(entity: E, data: unknown, surgery?: SurgeryReference) =>
      validateRecordData(entity, data, { now: new Date(), surgery }),
    [],
  );
  const save = useCallback((versions: Version | readonly Version[]) => store.save(versions), [store]);
  return useMemo(() => ({ context, check, save }), [context, check, save]);
}
