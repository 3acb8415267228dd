import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterAll, beforeAll } from 'vitest';
import { openAppContext, type AppContext } from '../../../electron/context';
import { SAMPLE_PROFILES } from '../../../shared/domain/profile';
import { draftReport } from '../../../shared/report/report';
import { requireTools } from '../../helpers/tools';
import { tempDir } from '../../helpers/tmp';

const dir = path.resolve(__dirname, '../../fixtures/report');
const SEED_ARTICLES = ['news-hcmc-midterm-2023.txt', 'news-hcmc-conference-31-2024.txt', 'news-haiphong-midterm-2023.txt', 'news-khoi-dan-chinh-dang-2021.txt'];
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.runIf(requireTools('pdftotext', 'pdffonts', 'soffice'))('Thông báo nhanh draft through the document engine', () => {
  const report = draftReport(SEED_ARTICLES.map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') })));
  const headings = report.draft.sections.map((s) => s.heading).filter((h): h is string => !!h);
  const now = new Date('2024-06-20T08:00:00Z');
  // The Tuyên Quang sample, not the Quận 1 one: the header must come from the office in the database.
  let ctx: AppContext;
  beforeAll(async () => {
    ctx = openAppContext({ dataDir: tempDir(), clock: () => now });
    const { key: _k, label: _l, ...office } = SAMPLE_PROFILES[1]!;
    expect((await ctx.dispatch('profile:save', { ...office, validFrom: '2024-01-01' })).ok).toBe(true);
  });
  afterAll(() => ctx?.close());
  const renderDraft = async (d: typeof report.draft, format: 'docx' | 'pdf') => (await ctx.services.report.render(d, format, { date: '2024-06-20' })).bytes;

  it('renders a PDF whose text holds the title, the subject and every section heading, fonts embedded', async () => {
    const out = path.join(tempDir(), 'tbn.pdf');
    fs.writeFileSync(out, await renderDraft(report.draft, 'pdf'));
    const text = flat(spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout);
    expect(text).toContain('THÔNG BÁO NHANH');
    expect(text).toContain('TỈNH ỦY TUYÊN QUANG');
    expect(text).not.toContain('QUẬN ỦY QUẬN 1');
    expect(text).toContain('ngày 20 tháng 6 năm 2024');
    expect(text).toContain(flat(report.draft.subject).slice(0, 40));
    expect(headings.length).toBeGreaterThanOrEqual(2);
    for (const h of headings) expect(text).toContain(flat(h).replace(/^([IVX]+)\.\s*/, '$1. ').slice(0, 30));
    const fonts = spawnSync('pdffonts', [out], { encoding: 'utf8' }).stdout;
    expect(fonts).toMatch(/yes\s+yes/);
  });

  it('renders a DOCX that LibreOffice opens and converts, with the same headings', async () => {
    const tmp = tempDir();
    const out = path.join(tmp, 'tbn.docx');
    fs.writeFileSync(out, await renderDraft(report.draft, 'docx'));
    const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo`, '--convert-to', 'txt:Text', '--outdir', tmp, out], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const text = flat(fs.readFileSync(path.join(tmp, 'tbn.txt'), 'utf8'));
    expect(text).toContain('THÔNG BÁO NHANH');
    for (const h of headings) expect(text).toContain(flat(h).slice(0, 30));
  }, 150_000);
});
