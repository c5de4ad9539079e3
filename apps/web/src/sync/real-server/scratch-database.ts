import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';

// The web package has no MySQL driver: the database is reached with the `mariadb` command-line client,
// which the machines that run the MariaDB tests have beside the server.

/** The test MariaDB (TEST_DATABASE_URL or root@127.0.0.1:3306), as the server's own tests find it. */
function serverUrl(): URL {
  return new URL(process.env.TEST_DATABASE_URL?.trim() || 'mysql://root@127.0.0.1:3306');
}

function clientArgs(url: URL): string[] {
  const args = [`-h${url.hostname}`, `-P${url.port || '3306'}`, `-u${decodeURIComponent(url.username)}`];
  if (url.password) args.push(`-p${decodeURIComponent(url.password)}`);
  return args;
}

/** Runs SQL and returns the rows, tab-separated columns, without a header. */
export function sql(statement: string, database?: string): Promise<string[][]> {
  const url = serverUrl();
  const args = [...clientArgs(url), '-N', '-B', ...(database ? [database] : []), '-e', statement];
  return run('mariadb', args).catch((error: NodeJS.ErrnoException) =>
    // Older installations name the client mysql.
    error.code === 'ENOENT' ? run('mysql', args) : Promise.reject(error),
  );
}

function run(program: string, args: string[]): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error?.code === 'ENOENT') reject(error);
      else if (error) reject(new Error(`${program} failed: ${stderr || error.message}`));
      else
        resolve(
          stdout
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => line.split('\t')),
        );
    });
  });
}

export interface ScratchDatabase {
  name: string;
  /** mysql://… of this database, for DATABASE_URL. */
  url: string;
  query(statement: string): Promise<string[][]>;
  drop(): Promise<void>;
}

/** A new, empty database that only this run uses; the servers migrate and seed it themselves. */
export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await sql(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = serverUrl();
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    query: (statement) => sql(statement, name),
    drop: async () => {
      await sql(`DROP DATABASE IF EXISTS \`${name}\``);
    },
  };
}
