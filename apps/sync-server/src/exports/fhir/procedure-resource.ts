import type { SurgeryEpisodeData } from '@registry/domain';
import type { ExportRecord } from '../records/export-record';
import { capitalised, codeLabel } from './code-labels';
import { conditionIds } from './condition-resources';
import { type EpisodeContext, patientReference, staffReference } from './episode-context';
import { derivedId, referenceTo, registryIdentifier } from './fhir-references';
import type { Annotation, Procedure } from './fhir-types';

const SURGEON_ROLES = [
  ['primarySurgeonId', 'Primary surgeon'],
  ['secondarySurgeonId', 'Secondary surgeon'],
  ['tertiarySurgeonId', 'Tertiary surgeon'],
] as const;

/**
 * The operation of a surgery episode as a Procedure. Its details have no codes FHIR would know, so
 * they go as text (body site, mesh as the device used, the rest as a note), without extensions.
 */
export function procedureResource(record: ExportRecord, context: EpisodeContext): Procedure {
  const data = record.data as SurgeryEpisodeData;
  const performer = SURGEON_ROLES.flatMap(([field, role]) => {
    const id = data[field];
    return id ? [{ function: { text: role }, actor: staffReference(id, context) }] : [];
  });
  const site = data.herniaSite === 'other' ? (data.herniaSiteOther ?? 'other') : data.herniaSite;
  const side = data.side && data.side !== 'notApplicable' ? `, ${codeLabel(data.side)}` : '';
  const complications = conditionIds(record);
  const notes: Annotation[] = [details(data), data.comments ?? '']
    .filter((text) => text !== '')
    .map((text) => ({ text }));
  return {
    resourceType: 'Procedure',
    id: derivedId(record.entityId, 'procedure'),
    identifier: [registryIdentifier(derivedId(record.entityId, 'procedure'))],
    status: record.deleted ? 'entered-in-error' : 'completed',
    code: { text: data.meshType === 'none' ? 'Hernia repair without mesh' : 'Mesh hernia repair' },
    subject: patientReference(record, context),
    encounter: referenceTo(record.entityId),
    ...(data.date ? { performedDateTime: data.date } : {}),
    ...(performer.length > 0 ? { performer } : {}),
    ...(site ? { bodySite: [{ text: `${capitalised(codeLabel(site))} hernia${side}` }] } : {}),
    ...(data.meshType && data.meshType !== 'none'
      ? {
          usedCode: [
            { text: capitalised(codeLabel(data.meshType)) + (data.meshBrand ? ` (${data.meshBrand})` : '') },
          ],
        }
      : {}),
    ...(complications.length > 0 ? { complicationDetail: complications.map((id) => referenceTo(id)) } : {}),
    ...(notes.length > 0 ? { note: notes } : {}),
  };
}

/** "CEPOD: emergency. Occurrence: recurrent (previous repair: mesh, 2 earlier). …" */
function details(data: SurgeryEpisodeData): string {
  const label = (code: string | undefined) => (code ? codeLabel(code) : undefined);
  const other = (code: string | undefined, text: string | undefined) =>
    code === 'other' && text ? text : label(code);
  const previous = [
    label(data.previousRepair),
    data.previousRepairCount ? `${data.previousRepairCount} earlier` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const timings = (data.antibioticTimings ?? []).map(codeLabel).join(', ');
  const parts: [string, string | undefined][] = [
    ['CEPOD', label(data.cepod)],
    [
      'Occurrence',
      data.occurrence && label(data.occurrence) + (previous ? ` (previous repair: ${previous})` : ''),
    ],
    ['Hernia type', label(data.herniaType)],
    ['Size', label(data.size)],
    ['Complexity', label(data.complexity)],
    ['Anaesthetic', other(data.anaesthetic, data.anaestheticOther)],
    ['Diathermy used', label(data.diathermyUsed)],
    [
      'Prophylactic antibiotics',
      data.prophylacticAntibiotics && label(data.prophylacticAntibiotics) + (timings ? ` (${timings})` : ''),
    ],
    ['Additional procedure', other(data.additionalProcedure, data.additionalProcedureOther)],
  ];
  return parts
    .filter((part): part is [string, string] => Boolean(part[1]))
    .map(([name, value]) => `${name}: ${value}.`)
    .join(' ');
}
