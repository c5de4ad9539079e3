/// <reference lib="webworker" />
import { type DuplicateCandidate, findDuplicates } from '@registry/domain';

// Scoring tens of thousands of patients takes seconds: off the main thread, the screen stays usable.
self.onmessage = (event: MessageEvent<DuplicateCandidate[]>) => {
  self.postMessage(findDuplicates(event.data));
};
