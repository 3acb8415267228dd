// Public surface of the parser (pure; runs in the main process, the CLI and the renderer alike).
export { extractMetadata } from './extract';
export { parseCitation } from './references';
export { METADATA_FIELDS } from './types';
