// The layer rules are enforced by ESLint zones: prove that breaking one is an error.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const lint = async (file: string, code: string) => {
  // The probe files do not exist, so lint without type information and run only the zone rules.
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => ruleId.startsWith('no-restricted-'),
  });
  const [res] = await eslint.lintText(code, { filePath: file });
  return res!.messages.map((m) => m.ruleId);
};

describe('layer zones', () => {
  it('shared/ may not import node:fs, electron or react', async () => {
    expect(await lint('shared/zz-probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toContain('no-restricted-imports');
    expect(await lint('shared/zz-probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
    expect(await lint('shared/zz-probe.ts', "export const x = document.title;\n")).toContain('no-restricted-globals');
  }, 60_000);

  it('renderer/ may not import electron/ or Node', async () => {
    expect(await lint('renderer/zz-probe.ts', "import { openDatabase } from '../electron/db/open';\nexport const x = openDatabase;\n")).toContain('no-restricted-imports');
    expect(await lint('renderer/zz-probe.ts', "import os from 'node:os';\nexport const x = os;\n")).toContain('no-restricted-imports');
  }, 60_000);

  it('electron/ may not import renderer/', async () => {
    expect(await lint('electron/zz-probe.ts', "import { vi } from '../renderer/i18n/vi';\nexport const x = vi;\n")).toContain('no-restricted-imports');
  }, 60_000);

  it('components may not call window.api directly', async () => {
    expect(await lint('renderer/pages/zz-probe.ts', 'export const x = window.api;\n')).toContain('no-restricted-syntax');
  }, 60_000);
});
