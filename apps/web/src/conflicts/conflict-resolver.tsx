import { differingFields } from '@registry/domain';
import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';
import { useWriter } from '../app/use-writer';
import { ProblemsAlert } from '../forms/problems-alert';
import { formatValue, type ValueWords } from '../history/format-value';
import type { AnyState } from '../local/patient-summary';
import { formatWhen } from '../shell/format-time';
import { deletionDiffers, initialResolution, type Resolution, wholeSide } from './resolution';
import { saveResolution } from './save-resolution';

interface ConflictResolverProps {
  state: AnyState;
  /** Every record of the chart, for checking dates against the operation. */
  states: ReadonlyMap<string, AnyState>;
  author: (authorId: string) => string;
  label: (field: string) => string;
  words: ValueWords;
  onResolved: () => void;
}

/**
 * A coordinator's resolution of a conflict: one side whole, or each differing field from the side
 * chosen for it. Saving writes one version over every head; every side stays in the history.
 */
export function ConflictResolver({ state, states, author, label, words, onResolved }: ConflictResolverProps) {
  const { t, i18n } = useTranslation('conflicts');
  const writer = useWriter();
  const [resolution, setResolution] = useState<Resolution>(() => initialResolution(state));
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const { heads } = state;
  const fields = differingFields(heads);
  const askDeletion = deletionDiffers(heads);
  const side = (versionId: string) => heads.findIndex((h) => h.versionId === versionId) + 1;

  const choose = (field: string, versionId: string) =>
    setResolution((r) => ({ ...r, fields: { ...r.fields, [field]: versionId } }));

  const save = async () => {
    setSaving(true);
    const outcome = await saveResolution(writer, state, resolution, states);
    setSaving(false);
    if (outcome.ok) onResolved();
    else setProblems(outcome.problems);
  };

  return (
    <section aria-labelledby="resolve-heading" className="mb-4" data-testid="conflict-resolver">
      <h2 id="resolve-heading" className="h5">
        {t('resolve.title')}
      </h2>
      <p>{t('resolve.explain')}</p>
      <div className="d-flex flex-wrap gap-2 mb-3">
        {heads.map((head, i) => (
          <Button
            key={head.versionId}
            variant="outline-primary"
            onClick={() => setResolution(wholeSide(state, head.versionId))}
          >
            {t('resolve.keepWhole', { n: i + 1 })}
          </Button>
        ))}
      </div>
      <Table responsive bordered size="sm" className="align-middle">
        <caption className="caption-top">{t('resolve.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('resolve.field')}</th>
            {heads.map((head, i) => (
              <th scope="col" key={head.versionId}>
                {t('resolve.side', {
                  n: i + 1,
                  who: author(head.authorId),
                  when: formatWhen(head.createdAt, i18n.language),
                })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">{label(field)}</th>
              {heads.map((head, i) => (
                <td key={head.versionId}>
                  <Form.Check
                    type="radio"
                    id={`resolve-${field}-${head.versionId}`}
                    name={`resolve-${field}`}
                    checked={resolution.fields[field] === head.versionId}
                    onChange={() => choose(field, head.versionId)}
                    label={
                      <>
                        <span className="visually-hidden">{t('resolve.fromSide', { n: i + 1 })} </span>
                        {formatValue(field, head.data[field], words)}
                      </>
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
          {askDeletion && (
            <tr>
              <th scope="row">{t('resolve.deletion')}</th>
              {heads.map((head, i) => (
                <td key={head.versionId}>
                  <Form.Check
                    type="radio"
                    id={`resolve-deleted-${head.versionId}`}
                    name="resolve-deleted"
                    checked={resolution.deletedFrom === head.versionId}
                    onChange={() => setResolution((r) => ({ ...r, deletedFrom: head.versionId }))}
                    label={
                      <>
                        <span className="visually-hidden">{t('resolve.fromSide', { n: i + 1 })} </span>
                        {head.deleted ? t('resolve.deleted') : t('resolve.kept')}
                      </>
                    }
                  />
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </Table>
      <p className="small text-body-secondary">
        {t('resolve.summary', {
          choices: fields
            .map((f) => `${label(f)}: ${t('resolve.sideShort', { n: side(resolution.fields[f] ?? '') })}`)
            .join('; '),
        })}
      </p>
      <ProblemsAlert problems={problems} />
      <Button variant="primary" onClick={save} disabled={saving} data-testid="save-resolution">
        {saving ? t('resolve.saving') : t('resolve.save')}
      </Button>
    </section>
  );
}
