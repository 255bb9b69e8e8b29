// Which databases the suites run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
export type Backend = 'pglite' | 'postgres';

/** The migrated, seeded database each PostgreSQL test file copies; two checkouts testing on one server at once need their own. */
export const templateDatabase = process.env.TEST_TEMPLATE_DATABASE || 'sipas_test_template';

export function postgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export const backends: Backend[] = postgresUrl() ? ['pglite', 'postgres'] : ['pglite'];

/** The date the seed treats as "now": 2026-H2 is open and 2026-H1 closed. */
export const seedDate = new Date('2026-08-01T00:00:00Z');

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}
