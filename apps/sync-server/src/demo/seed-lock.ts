import type { RowDataPacket } from 'mysql2/promise';
import type { RegistryDb } from '../db/registry-db';

const LOCK_WAIT_SECONDS = 60;

/**
 * Runs `work` holding a named lock of this database, so that two servers starting together on an
 * empty database do not both seed it: the second waits, then finds users and leaves it alone.
 */
export async function withSeedLock<T>(db: RegistryDb, work: () => Promise<T>): Promise<T> {
  const holder = await db.$client.getConnection();
  try {
    const [rows] = await holder.query<RowDataPacket[]>(
      "SELECT GET_LOCK(CONCAT('registry-demo-seed:', DATABASE()), ?) AS got",
      [LOCK_WAIT_SECONDS],
    );
    if (rows[0]?.got !== 1) {
      throw new Error(`Another server held the demo-seed lock for over ${LOCK_WAIT_SECONDS} s; try again.`);
    }
    try {
      return await work();
    } finally {
      await holder.query("SELECT RELEASE_LOCK(CONCAT('registry-demo-seed:', DATABASE()))");
    }
  } finally {
    holder.release();
  }
}
