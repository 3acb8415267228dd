// Public surface of the parser (pure; runs in the main process, the CLI and the renderer alike).
export { extractMetadata, emptyMetadata } from './extract';
export { parseCitation, findReferences, type Citation } from './references';
export { METADATA_FIELDS, type IncomingMetadata, type Reference, type Confidence, type MetadataField } from './types';
