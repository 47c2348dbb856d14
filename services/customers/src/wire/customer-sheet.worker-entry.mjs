// The entry of the sheet parser's worker thread (customer-sheet.reader.ts): loads its TypeScript
// with tsx, which runs our services too. A worker thread inherits neither the main thread's module
// loaders nor jest's transform, so the worker's own code cannot be TypeScript without this.
import { tsImport } from 'tsx/esm/api';

await tsImport('./customer-sheet.worker.ts', import.meta.url);
