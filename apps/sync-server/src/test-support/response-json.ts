/**
 * A response's JSON body for assertions. Typed loosely on purpose: the test's expectations check the
 * shape (fetch types it as unknown, which would need a cast at every property).
 */
// biome-ignore lint/suspicious/noExplicitAny: checked by the test's assertions, not by types
export async function jsonOf(response: Response): Promise<any> {
  return response.json();
}
