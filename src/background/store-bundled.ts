// The datasets bundled with the extension (written by `npm run build:data`), the store's source and fallback.

import type { Dataset } from '../dataset/types';
import datasets from '../../build/data/datasets.json';

export function bundledDatasets(): readonly Dataset[] {
  return datasets as unknown as readonly Dataset[];
}
