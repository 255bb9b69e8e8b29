export { createDb, type DbConfig, type PoolOptions } from './create-db';
export { migrateToLatest } from './migrate';
export { seedIfEmpty, sipasQuestionnaire, halfYearOf } from './seed';
export type * from './types';
export { acquireDataDirLock, heldMessage, lockHolder } from './data-dir-lock';
