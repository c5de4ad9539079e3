import { bulkPutBaseline } from './baseline';
import type { WebBenchApi } from './bench-api';
import { searchPatients } from './search-measure';
import { firstSync, noopSync, pullNew, reopen } from './sync-measures';

declare global {
  interface Window {
    webBench: WebBenchApi;
  }
}

window.webBench = {
  ready: true,
  firstSync,
  reopen,
  noopSync,
  pullNew,
  bulkPutBaseline,
  search: searchPatients,
};
