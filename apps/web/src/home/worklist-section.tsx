import { useState } from 'react';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import ListGroup from 'react-bootstrap/ListGroup';
import { useTranslation } from 'react-i18next';
import { PatientRow } from './patient-row';
import type { WorklistItem } from './worklists';

const PAGE = 5;

/** One worklist: its count in the heading, the first lines, and more on request. */
export function WorklistSection({
  id,
  title,
  items,
  detail,
  hospitalName,
  link,
}: {
  id: string;
  title: string;
  items: WorklistItem[];
  detail?: (item: WorklistItem) => string | undefined;
  hospitalName: (id: string | undefined) => string | undefined;
  link?: (item: WorklistItem) => string;
}) {
  const { t } = useTranslation('home');
  const [shown, setShown] = useState(PAGE);
  return (
    <section className="mb-4" aria-labelledby={`${id}-title`} data-testid={`worklist-${id}`}>
      <h2 id={`${id}-title`} className="h6 d-flex align-items-center gap-2">
        {title}
        <Badge bg={items.length > 0 ? 'primary' : 'secondary'} pill>
          {items.length}
        </Badge>
      </h2>
      {items.length === 0 ? (
        <p className="text-body-secondary small">{t('emptyList')}</p>
      ) : (
        <ListGroup>
          {items.slice(0, shown).map((item) => (
            <PatientRow
              key={`${item.summary.patientId}:${item.surgeryId ?? ''}`}
              summary={item.summary}
              hospitalName={hospitalName(item.summary.patient?.registeredHospitalId)}
              detail={detail?.(item)}
              to={link?.(item)}
            />
          ))}
        </ListGroup>
      )}
      {items.length > shown && (
        <Button variant="link" onClick={() => setShown(shown + 20)}>
          {t('showMore', { count: Math.min(items.length - shown, 20) })}
        </Button>
      )}
    </section>
  );
}
