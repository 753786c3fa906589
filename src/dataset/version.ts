// Node-only: stamps a built dataset with a content hash of everything it was made from.
import { createHash } from 'node:crypto';
import type { UnversionedDataset } from './build';
import type { Dataset } from './types';

/** sha256 over the assembled dataset, first 16 hex digits: any change to the data or texts changes it. */
export function withVersion(dataset: UnversionedDataset): Dataset {
  const version = createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 16);
  return { ...dataset, version };
}
