import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';

/** The header and signature values of the report, as the API speaks them; null: not set. */
export interface ProvinceSettings {
  parentBody: string | null;
  issuingBody: string | null;
  symbol: string | null;
  place: string | null;
  signerAuthority: string | null;
  signerPosition: string | null;
  signerName: string | null;
  recipients: string[];
}

export const settingsColumns = [
  'parent_body as parentBody',
  'issuing_body as issuingBody',
  'symbol',
  'place',
  'signer_authority as signerAuthority',
  'signer_position as signerPosition',
  'signer_name as signerName',
  'recipients',
] as const;

/** The one row the migration inserts. */
export async function findProvinceSettings(db: Kysely<Database>): Promise<ProvinceSettings> {
  return db.selectFrom('province_settings').select(settingsColumns).where('id', '=', 1).executeTakeFirstOrThrow();
}

/** The row locked for a change, so two saves at once are audited one after the other. */
export async function lockProvinceSettings(trx: Kysely<Database>): Promise<ProvinceSettings> {
  return trx.selectFrom('province_settings').select(settingsColumns).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
}

export async function updateProvinceSettings(trx: Kysely<Database>, s: ProvinceSettings, at: Date): Promise<void> {
  await trx
    .updateTable('province_settings')
    .set({
      parent_body: s.parentBody,
      issuing_body: s.issuingBody,
      symbol: s.symbol,
      place: s.place,
      signer_authority: s.signerAuthority,
      signer_position: s.signerPosition,
      signer_name: s.signerName,
      recipients: s.recipients,
      updated_at: at,
    })
    .where('id', '=', 1)
    .execute();
}
