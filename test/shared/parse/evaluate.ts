// Field-by-field comparison of extracted metadata with a fixture's expected JSON.
import { METADATA_FIELDS, type IncomingMetadata, type MetadataField } from '../../../shared/parse/types';

export type FieldMiss = { field: MetadataField; got: unknown; want: unknown; confidence: number };

export function compareMetadata(got: IncomingMetadata, want: Record<string, unknown>): FieldMiss[] {
  const misses: FieldMiss[] = [];
  for (const f of METADATA_FIELDS) {
    if (JSON.stringify(got[f]) !== JSON.stringify(want[f] ?? null)) misses.push({ field: f, got: got[f], want: want[f] ?? null, confidence: got.confidence[f] });
  }
  return misses;
}
