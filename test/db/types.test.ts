// db/src/types.ts is written by hand; these tests hold it against the schema the migrations build, so the two cannot drift apart.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { readDatabaseType } from '../helpers/database-type';
import { freshDb, type TestDb } from '../helpers/db';

interface SchemaColumn {
  table: string;
  column: string;
  dataType: string;
  nullable: boolean;
  hasDefault: boolean;
}

/** The TypeScript kind node-postgres and PGlite give each PostgreSQL type (see db/src/create-db.ts for int8, numeric and date). */
const kindOfDataType: Record<string, string> = {
  smallint: 'number',
  integer: 'number',
  bigint: 'number',
  numeric: 'number',
  'double precision': 'number',
  text: 'string',
  uuid: 'string',
  date: 'string',
  boolean: 'boolean',
  'timestamp with time zone': 'Date',
  jsonb: 'json',
  ARRAY: 'array',
};

/** Columns whose default only filled the rows there were when the column was added: the type makes every insert give them. */
const backfillDefaults = ['sessions.csrf_token'];

const typed = readDatabaseType();
const typedColumns = Object.entries(typed).flatMap(([table, columns]) =>
  Object.entries(columns).map(([column, c]) => ({ table, column, ...c })),
);
const name = (c: { table: string; column: string }) => `${c.table}.${c.column}`;

test('declares no column with `?`: a column that may be empty is `T | null`, one with a default `Generated<T>`', () => {
  expect(typedColumns.filter((c) => c.optionalProperty).map(name)).toEqual([]);
});

describe.each(backends)('db/src/types.ts against the migrated schema on %s', (backend) => {
  let t: TestDb;
  let schema: SchemaColumn[];
  beforeAll(async () => {
    t = await freshDb(backend, { seed: false });
    const { rows } = await sql<SchemaColumn>`
      select table_name as "table", column_name as "column", data_type as "dataType",
             is_nullable = 'YES' as nullable, (column_default is not null or is_identity = 'YES') as "hasDefault"
      from information_schema.columns
      where table_schema = 'public' and table_name not like 'kysely_migration%'
      order by table_name, column_name`.execute(t.db);
    schema = rows;
  });
  afterAll(() => t.destroy());

  test('names every table of the schema, and no other', () => {
    expect(Object.keys(typed).sort()).toEqual([...new Set(schema.map((c) => c.table))]);
  });

  test('names every column of each table, and no other', () => {
    expect(typedColumns.map(name).sort()).toEqual(schema.map(name));
  });

  test('makes exactly the nullable columns `T | null`', () => {
    expect(
      typedColumns
        .filter((c) => c.nullable)
        .map(name)
        .sort(),
    ).toEqual(schema.filter((c) => c.nullable).map(name));
  });

  test('lets an insert leave out exactly the columns that have a default or take null', () => {
    expect(
      typedColumns
        .filter((c) => c.insertOptional)
        .map(name)
        .sort(),
    ).toEqual(schema.filter((c) => (c.hasDefault && !backfillDefaults.includes(name(c))) || c.nullable).map(name));
  });

  test('gives each column the kind of value the database returns for it', () => {
    const typeOf = new Map(typedColumns.map((c) => [name(c), c.kinds]));
    const mismatches = schema
      .filter((c) => typeOf.has(name(c)))
      .map((c) => ({
        column: name(c),
        dataType: c.dataType,
        expected: kindOfDataType[c.dataType] ?? `(no kind for ${c.dataType})`,
        typed: typeOf.get(name(c)),
      }))
      .filter((c) => !c.typed!.includes(c.expected));
    expect(mismatches).toEqual([]);
  });
});
