import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, serverPackageRoot } from './paths';

/** The server package's version, plus the git commit when a .git folder says it ("0.1.0+055d9f5"). */
export function readVersion(): string {
  const { version } = JSON.parse(readFileSync(join(serverPackageRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const commit = gitCommit(repoRoot);
  return commit ? `${version}+${commit.slice(0, 7)}` : version;
}

// Read the files instead of running git: no process to spawn, and it works where git is not installed.
function gitCommit(root: string): string | undefined {
  try {
    const gitDir = join(root, '.git');
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head;
    const ref = head.slice(5);
    const loose = join(gitDir, ref);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    const packed = readFileSync(join(gitDir, 'packed-refs'), 'utf8')
      .split('\n')
      .find((line) => line.endsWith(` ${ref}`));
    return packed?.split(' ')[0];
  } catch {
    return undefined;
  }
}
