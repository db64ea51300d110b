export { createDb } from './create-db.ts';
export type { CreateDbOptions, Db } from './create-db.ts';
export type { QueryListener } from './query-observer.ts';
export { sqlStatement } from './sql-executor.ts';
export type { SqlExecutor, SqlStatement } from './sql-executor.ts';
// PrismaClient, the Prisma namespace, the enums and the model types.
export * from './generated/prisma/client.ts';
export { MigrationFailedError, FailedMigrationInHistoryError } from './migrate/migration-history.ts';
export type { MigrationStatus } from './migrate/migration-history.ts';
export {
  takeBackup,
  restoreBackup,
  restoreBackupLines,
  writeBackup,
  checkBackup,
  BackupMismatchError,
} from './backup/backup.ts';
export { backupToFile, restoreFromFile, backupFileLines } from './backup/backup-file.ts';
export { NOTIFY_DATA_REPLACED } from './data-replaced.ts';
export type { Backup } from './backup/backup.ts';
export { eraseInspectionData, ERASED_REFERENCE_PREFIX, ERASED_VALUE } from './erasure/erase-inspection.ts';
export type { ErasureCounts, ErasureSql, KeptFacts } from './erasure/erase-inspection.ts';
