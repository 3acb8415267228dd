// The template ids code refers to by name are real built-in templates.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS } from '../../shared/templates/ids';

const templatesDir = path.resolve(__dirname, '../../templates');

describe('TEMPLATE_IDS', () => {
  it.each(Object.values(TEMPLATE_IDS))('%s is templates/%s.json with that id', (id) => {
    const file = path.join(templatesDir, `${id}.json`);
    expect(fs.existsSync(file)).toBe(true);
    expect((JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string }).id).toBe(id);
  });
});
