// Words of the patient screens (register, patient page, edit).
export const patients = { en: {}, sw: {} } as const;
