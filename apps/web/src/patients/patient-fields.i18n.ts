// Labels of the patient record's fields, as forms, history and conflict views show them.
export const patientFields = { en: {}, sw: {} } as const;
