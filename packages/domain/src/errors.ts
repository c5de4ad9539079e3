/** A refusal the person can act on: the message is shown as it is, so it is written for them. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
}
