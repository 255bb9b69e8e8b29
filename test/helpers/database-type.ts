// Reads the Database type of db/src/types.ts as the TypeScript compiler sees it, so a test can hold it against the migrated schema.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** What a column's TypeScript type promises, in the terms a schema states. */
export interface TypedColumn {
  /** The kinds of value a select gives, null apart: 'number', 'string', 'boolean', 'Date', 'array' or 'json'. */
  kinds: string[];
  /** The select type includes null. */
  nullable: boolean;
  /** An insert may leave the column out: its insert type takes undefined (Generated<>, ColumnType<…, … | undefined>) or null. */
  insertOptional: boolean;
  /** Declared with `?`, which the `T | null` convention rules out. */
  optionalProperty: boolean;
}

export const typesFile = fileURLToPath(new URL('../../db/src/types.ts', import.meta.url));

/** Every table of the Database type and its columns, table → column → what its type promises. */
export function readDatabaseType(file = typesFile): Record<string, Record<string, TypedColumn>> {
  const program = ts.createProgram([file], { strict: true, exactOptionalPropertyTypes: false, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  const database = module && checker.getExportsOfModule(module).find((s) => s.name === 'Database');
  if (!database) throw new Error(`${file} exports no Database type`);

  const typeOf = (symbol: ts.Symbol) => checker.getTypeOfSymbol(symbol);
  const members = (type: ts.Type): ts.Type[] => (type.isUnion() ? type.types : [type]);
  // Kysely's ColumnType<S, I, U> is an object with __select__, __insert__ and __update__; a plain type is all three.
  const side = (type: ts.Type, key: '__select__' | '__insert__'): ts.Type[] =>
    members(type).flatMap((member) => {
      const property = member.getProperty(key);
      return property ? members(typeOf(property)) : [member];
    });
  const kindOf = (type: ts.Type): string => {
    if (type.flags & ts.TypeFlags.Null) return 'null';
    if (type.flags & ts.TypeFlags.Undefined) return 'undefined';
    if (type.flags & ts.TypeFlags.NumberLike) return 'number';
    if (type.flags & ts.TypeFlags.StringLike) return 'string';
    if (type.flags & ts.TypeFlags.BooleanLike) return 'boolean';
    if (checker.isArrayType(type)) return 'array';
    if (type.getSymbol()?.name === 'Date') return 'Date';
    return 'json';
  };

  const tables: Record<string, Record<string, TypedColumn>> = {};
  for (const table of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(database))) {
    const columns: Record<string, TypedColumn> = {};
    for (const column of checker.getPropertiesOfType(typeOf(table))) {
      const selected = side(typeOf(column), '__select__').map(kindOf);
      const inserted = side(typeOf(column), '__insert__').map(kindOf);
      const optionalProperty = (column.flags & ts.SymbolFlags.Optional) !== 0;
      columns[column.name] = {
        kinds: [...new Set(selected.filter((k) => k !== 'null' && k !== 'undefined'))].sort(),
        nullable: selected.includes('null'),
        insertOptional: optionalProperty || inserted.includes('undefined') || inserted.includes('null'),
        optionalProperty,
      };
    }
    tables[table.name] = columns;
  }
  return tables;
}
