import type { Rate, Share } from '@registry/domain';
import type { Translate } from '../episodes/list-labels';

/**
 * A fraction as a percentage in the screen's language: whole percents from 10 %, one decimal below
 * (where 0.4 % and 0 % must not look the same).
 */
export function formatPercent(fraction: number, language: string): string {
  const digits = fraction > 0 && fraction < 0.1 ? 1 : 0;
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: digits }).format(
    fraction,
  );
}

/** "12% (6 of 50)": a share with the counts it comes from, so that 100 % of 1 is not read as a trend. */
export function shareText(t: Translate, language: string, share: Share): string {
  if (share.of === 0) return t('reports:shareOfNone');
  return t('reports:share', {
    percent: formatPercent(share.count / share.of, language),
    count: share.count,
    of: share.of,
  });
}

/** A rate with the operations it could not count: "12% (6 of 50) · 3 not recorded". */
export function rateText(t: Translate, language: string, rate: Rate): string {
  const share = shareText(t, language, rate);
  return rate.notRecorded === 0
    ? share
    : `${share} · ${t('reports:notRecordedCount', { count: rate.notRecorded })}`;
}
