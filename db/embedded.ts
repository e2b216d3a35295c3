import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { envValue } from '@/lib/env';

export type EmbeddedHandle = { client: PGlite; close: () => Promise<void> };

/** `PGLITE_DATA_DIR=memory://` gives a throwaway in-memory database (tests); default `.data/pglite`. */
export function embeddedDataDir(): string {
  return envValue('PGLITE_DATA_DIR') ?? path.join(process.cwd(), '.data', 'pglite');
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no lock of its own: two processes on one folder silently lose writes. We hold a lock file
 * beside the data folder and refuse a second opener with one clear line. A lock left by a process that
 * died is taken over.
 */
function acquireLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8'));
      if (holder === process.pid) return () => {};
      if (Number.isInteger(holder) && holder > 0 && processAlive(holder)) {
        throw new Error(
          `The embedded database at ${dataDir} is already open in process ${holder}. ` +
            'Stop that process first (only one process may use the embedded database), or set DATABASE_URL.',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database at ${dataDir}.`);
}

export async function openEmbedded(): Promise<EmbeddedHandle> {
  const dataDir = embeddedDataDir();
  const [{ PGlite }, { pg_trgm }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/contrib/pg_trgm')]);
  // pg_trgm: the member search's trigram indexes (migration 0010).
  const extensions = { pg_trgm };
  if (dataDir.startsWith('memory://')) {
    const client = new PGlite({ extensions });
    await client.waitReady;
    return { client, close: () => client.close() };
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const release = acquireLock(dataDir);
  try {
    const client = new PGlite(dataDir, { extensions });
    await client.waitReady;
    return {
      client,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
