import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../app/use-reference';
import { useUser } from '../app/use-session';
import type { AnyState } from '../local/patient-summary';
import { formatDate } from '../shell/format-time';
import type { DetailLookups } from './episode-details';
import { nameOf } from './reference-choices';

/** The start of an id, enough to tell two unknown ones apart on a screen. */
const shortId = (id: string) => id.slice(0, 8);

/**
 * Names for the ids and dates an episode holds, from the directory and the chart on this device.
 * An id the device does not know is still shown (shortened), never left blank.
 */
export function useEpisodeLookups(states: ReadonlyMap<string, AnyState>): DetailLookups {
  const { t, i18n } = useTranslation('episodes');
  const { staff, hospitals } = useReference();
  const user = useUser();
  return useMemo(() => {
    const date = (value: string) => formatDate(value, i18n.language);
    return {
      date,
      staffName: (id: string) =>
        nameOf(staff, id) ?? (id === user.id ? user.fullName : t('form.unknownPerson', { id: shortId(id) })),
      hospitalName: (id: string) => nameOf(hospitals, id) ?? t('form.unknownHospital', { id: shortId(id) }),
      operationName: (id: string) => {
        const operationDate = states.get(id)?.preferred.data.date;
        return typeof operationDate === 'string'
          ? t('form.operation', { date: date(operationDate) })
          : t('form.operationUndated');
      },
    };
  }, [t, i18n.language, staff, hospitals, user, states]);
}
