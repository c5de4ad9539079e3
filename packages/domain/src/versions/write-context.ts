/** Who writes, where, and when: passed in so that domain code holds no clock, random source or session. */
export interface WriteContext {
  now: Date;
  newId: () => string;
  authorId: string;
  deviceId: string;
}
