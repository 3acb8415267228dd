// SQL only: the office_profile, office_signer and office_term tables.
import type { Db } from '../db/open';
import type { OfficeProfile, OfficeProfileData } from '../../shared/domain/profile';

type ProfileRow = {
  id: number;
  parent_body: string;
  issuer: string;
  issuer_code: string;
  place: string;
  short_name: string;
  numbering_policy: 'party' | 'state';
  format_profile: string;
  valid_from: string;
  valid_to: string | null;
  created_at: string;
  updated_at: string;
};

export function createProfileRepo(db: Db) {
  const byDate = db.prepare<{ date: string }, ProfileRow>(
    `SELECT * FROM office_profile WHERE deleted_at IS NULL AND valid_from <= @date AND (valid_to IS NULL OR valid_to >= @date)
     ORDER BY valid_from DESC, id DESC LIMIT 1`,
  );
  const latest = db.prepare<[], ProfileRow>(`SELECT * FROM office_profile WHERE deleted_at IS NULL ORDER BY valid_from DESC, id DESC LIMIT 1`);
  const byId = db.prepare<{ id: number }, ProfileRow>(`SELECT * FROM office_profile WHERE id = @id AND deleted_at IS NULL`);
  const signers = db.prepare<{ id: number }, { name: string; title: string; authority: string }>(
    `SELECT name, title, authority FROM office_signer WHERE profile_id = @id ORDER BY position`,
  );
  const terms = db.prepare<{ id: number }, { name: string; start: string; end: string | null; label: string }>(
    `SELECT name, start_date AS start, end_date AS "end", label FROM office_term WHERE profile_id = @id ORDER BY start_date`,
  );
  const history = db.prepare<[], ProfileRow>(`SELECT * FROM office_profile WHERE deleted_at IS NULL ORDER BY valid_from DESC, id DESC`);
  const insert = db.prepare(
    `INSERT INTO office_profile (parent_body, issuer, issuer_code, place, short_name, numbering_policy, format_profile, valid_from, valid_to, created_at, updated_at)
     VALUES (@parentBody, @issuer, @issuerCode, @place, @shortName, @numberingPolicy, @formatProfile, @validFrom, @validTo, @now, @now)`,
  );
  const insertSigner = db.prepare(`INSERT INTO office_signer (profile_id, position, name, title, authority) VALUES (?, ?, ?, ?, ?)`);
  const insertTerm = db.prepare(`INSERT INTO office_term (profile_id, name, start_date, end_date, label) VALUES (?, ?, ?, ?, ?)`);

  const hydrate = (row: ProfileRow | undefined): OfficeProfile | null =>
    row
      ? {
          id: row.id,
          parentBody: row.parent_body,
          issuer: row.issuer,
          issuerCode: row.issuer_code,
          place: row.place,
          shortName: row.short_name,
          numberingPolicy: row.numbering_policy,
          formatProfile: row.format_profile,
          validFrom: row.valid_from,
          validTo: row.valid_to,
          signers: signers.all({ id: row.id }),
          terms: terms.all({ id: row.id }),
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        }
      : null;

  return {
    findValidOn: (date: string) => hydrate(byDate.get({ date })),
    findLatest: () => hydrate(latest.get()),
    findById: (id: number) => hydrate(byId.get({ id })),
    /** Every saved version, newest first. */
    listVersions: () => history.all().map((r) => hydrate(r)!),
    insert(data: OfficeProfileData, now: string): number {
      const id = Number(insert.run({ ...data, now }).lastInsertRowid);
      data.signers.forEach((s, i) => insertSigner.run(id, i, s.name, s.title, s.authority));
      for (const t of data.terms) insertTerm.run(id, t.name, t.start, t.end, t.label);
      return id;
    },
  };
}
