import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env';
import { defaultDataDir, defaultWebDist } from './paths';

describe('loadEnv', () => {
  it('has defaults for everything', () => {
    expect(loadEnv({})).toEqual({
      DATABASE_URL: undefined,
      PORT: 8080,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      WEB_DIST: defaultWebDist,
      DATA_DIR: defaultDataDir,
      SEED_DEMO: true,
      WORKERS: 1,
    });
    expect(defaultWebDist).toMatch(/apps\/web\/dist$/);
  });

  it('treats empty values as unset and resolves relative paths from where the command was typed', () => {
    const env = loadEnv({ PORT: '', DATABASE_URL: ' ', DATA_DIR: 'mine', INIT_CWD: '/srv/registry' });
    expect(env.PORT).toBe(8080);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe('/srv/registry/mine');
  });

  it('explains bad values in one sentence', () => {
    expect(() => loadEnv({ PORT: 'eighty', LOG_FORMAT: 'xml' })).toThrow(EnvError);
    expect(() => loadEnv({ PORT: 'eighty', LOG_FORMAT: 'xml' })).toThrow(
      'Invalid environment: PORT must be a port number (got "eighty"); LOG_FORMAT must be json or pretty (got "xml").',
    );
    expect(() => loadEnv({ PORT: '70000' })).toThrow('PORT must be from 1 to 65535 (got "70000")');
    expect(loadEnv({ SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
    expect(() => loadEnv({ SEED_DEMO: 'no' })).toThrow('SEED_DEMO must be true or false (got "no")');
  });

  it('never repeats a bad DATABASE_URL, which may hold a password', () => {
    expect(() => loadEnv({ DATABASE_URL: 'postgres://u:s3cret@h/db' })).toThrow(
      'Invalid environment: DATABASE_URL must look like mysql://user:password@host:3306/registry.',
    );
  });
});
