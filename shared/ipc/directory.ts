import { z } from 'zod';
import {
  groupInputSchema,
  importUnitsInputSchema,
  unitInputSchema,
  type ImportUnitsResult,
  type RecipientGroup,
  type Unit,
} from '../domain/directory';
import { defineChannel } from './define';

const byId = z.strictObject({ id: z.number().int().positive() });

export const directoryContract = {
  'directory:listUnits': defineChannel(z.strictObject({})).returns<Unit[]>(),
  'directory:saveUnit': defineChannel(unitInputSchema).returns<Unit>(),
  /** Soft delete; the unit also leaves every group. */
  'directory:deleteUnit': defineChannel(byId).returns<null>(),
  'directory:listGroups': defineChannel(z.strictObject({})).returns<RecipientGroup[]>(),
  'directory:saveGroup': defineChannel(groupInputSchema).returns<RecipientGroup>(),
  'directory:deleteGroup': defineChannel(byId).returns<null>(),
  /** A list pasted from Word, one unit per line. */
  'directory:importUnits': defineChannel(importUnitsInputSchema).returns<ImportUnitsResult>(),
} as const;
