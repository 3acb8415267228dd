import { afterEach, describe, expect, it } from 'vitest';
import { setApiForTests } from '../../renderer/api/client';
import { shortcutFor } from '../../renderer/shortcuts';
import { dateInCurrentTerm } from '../../renderer/stores/countersStore';
import { useDirectoryStore } from '../../renderer/stores/directoryStore';
import { fakeApi } from './fakeApi';

describe('directoryStore', () => {
  afterEach(() => setApiForTests(null));

  it('re-fetches units and groups after every write', async () => {
    let units = [{ id: 1, name: 'Đảng ủy phường Bến Nghé' }];
    const { api, calls } = fakeApi({
      'directory:listUnits': () => units,
      'directory:listGroups': () => [],
      'directory:importUnits': () => {
        units = [...units, { id: 2, name: 'Đảng ủy phường Đa Kao' }];
        return { added: [units[1]], skipped: ['Đảng ủy phường Bến Nghé'] };
      },
    });
    setApiForTests(api);
    await useDirectoryStore.getState().load();
    expect(useDirectoryStore.getState().units).toHaveLength(1);
    const r = await useDirectoryStore.getState().importUnits('- Đảng ủy phường Bến Nghé;\n- Đảng ủy phường Đa Kao.', 'cap-uy');
    expect(r?.skipped).toEqual(['Đảng ủy phường Bến Nghé']);
    expect(useDirectoryStore.getState().units.map((u) => u.name)).toEqual(['Đảng ủy phường Bến Nghé', 'Đảng ủy phường Đa Kao']);
    expect(calls.map((c) => c.channel)).toEqual(['directory:listUnits', 'directory:listGroups', 'directory:importUnits', 'directory:listUnits', 'directory:listGroups']);
  });
});

describe('shortcuts and numbering dates', () => {
  it('maps Ctrl/Cmd+N, F, S, P and nothing else', () => {
    expect(shortcutFor({ ctrlKey: true, metaKey: false, altKey: false, key: 'n' })).toBe('new');
    expect(shortcutFor({ ctrlKey: false, metaKey: true, altKey: false, key: 'F' })).toBe('search');
    expect(shortcutFor({ ctrlKey: true, metaKey: false, altKey: false, key: 's' })).toBe('save');
    expect(shortcutFor({ ctrlKey: true, metaKey: false, altKey: false, key: 'p' })).toBe('print');
    expect(shortcutFor({ ctrlKey: true, metaKey: false, altKey: true, key: 'p' })).toBeNull();
    expect(shortcutFor({ ctrlKey: false, metaKey: false, altKey: false, key: 'n' })).toBeNull();
  });

  it('addresses the current term, or the last one when today is past it', () => {
    const terms = [{ name: 'XI', start: '2015-10-01', end: '2020-09-30' }, { name: 'XII', start: '2020-10-01', end: '2025-06-30' }];
    expect(dateInCurrentTerm(terms, '2023-07-12')).toBe('2023-07-12');
    expect(dateInCurrentTerm(terms, '2026-11-22')).toBe('2025-06-30');
    expect(dateInCurrentTerm([], '2026-11-22')).toBe('2026-11-22');
  });
});
