/** `commercial` covers many products, so a surgery with it also records `meshBrand`. */
export const MESH_TYPES = ['tnmhp', 'kcmcNorthumbria', 'herniaInternational', 'commercial', 'none'] as const;
export type MeshType = (typeof MESH_TYPES)[number];
