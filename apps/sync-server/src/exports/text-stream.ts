/**
 * A response body made from text produced piece by piece (CSV rows, Bundle entries, NDJSON lines).
 * Pull-based, so a slow client slows the database reads instead of filling memory; a client that goes
 * away stops them. A failure half-way errors the stream, so the client sees a broken download rather
 * than a file that merely looks shorter; `onError` logs it.
 */
export function textStream(
  pieces: AsyncIterable<string>,
  onError: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  const iterator = pieces[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        onError(error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
