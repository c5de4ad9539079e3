import { AUDIT_OUTCOMES, type AuditOutcome } from '@registry/domain';
import { type AuditFilters, NO_AUDIT_FILTERS } from './admin-api';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEYS = ['actor', 'action', 'outcome', 'from', 'to'] as const;

const isOutcome = (value: string): value is AuditOutcome =>
  (AUDIT_OUTCOMES as readonly string[]).includes(value);

/**
 * The audit log's filters from the address bar, so that a view can be bookmarked, shared and
 * returned to. Values the screen would never write there (an unknown outcome, a malformed date) are
 * dropped rather than sent to the server to be refused.
 */
export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const outcome = params.get('outcome') ?? '';
  const date = (key: 'from' | 'to') => {
    const value = params.get(key) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    outcome: isOutcome(outcome) ? outcome : '',
    from: date('from'),
    to: date('to'),
  };
}

/** The filters as address-bar parameters: only those given, trimmed. */
export function paramsFromFilters(filters: AuditFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of KEYS) {
    const value = filters[key].trim();
    if (value) params[key] = value;
  }
  return params;
}

export const hasFilters = (filters: AuditFilters): boolean =>
  KEYS.some((key) => filters[key] !== NO_AUDIT_FILTERS[key]);
