/**
 * A small first-party cookie that mirrors what this browser's store holds. Browsers that evict an
 * origin's storage under pressure take IndexedDB, Cache Storage, localStorage and the service worker
 * together, but keep its cookies: so the cookie still says, after an eviction, that the store had
 * been used, under which device id, and how many versions had not yet reached the server.
 * It holds no secret and nothing about patients: the device id is sent with every sync anyway.
 */
export interface DeviceCookie {
  deviceId: string;
  /** Someone signed in here, or something waited to sync: losing the store would lose something. */
  held: boolean;
  /** Versions in the outbox (waiting or refused): on this device only. */
  pending: number;
  /** When the oldest of them was saved (ISO time), when any waits. */
  oldestPendingAt?: string;
}

/** Where cookies are read and written: `document.cookie` in the browser. */
export interface CookieJar {
  /** Every cookie as `name=value; name=value`, as `document.cookie` gives them. */
  read(): string;
  /** One cookie with its attributes, as `document.cookie = …` takes it. */
  write(cookie: string): void;
}

export const DEVICE_COOKIE = 'registry-device';
/** Ten years: the cookie must outlive any gap between two uses of the app. */
const MAX_AGE_SECONDS = 10 * 365 * 24 * 60 * 60;
const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const documentCookies: CookieJar = {
  read: () => globalThis.document?.cookie ?? '',
  write: (cookie) => {
    // The Cookie Store API is missing from some browsers the app runs in; the line is built and
    // encoded in one place (deviceCookieLine).
    // biome-ignore lint/suspicious/noDocumentCookie: the one writer of the device cookie
    if (globalThis.document) globalThis.document.cookie = cookie;
  },
};

/**
 * The cookie's value: `d=<device id>&h=1&n=3&o=<ISO time>`, form-encoded, which leaves only
 * characters a cookie value may hold (no space, comma, semicolon, quote or backslash).
 */
export function formatDeviceCookie(cookie: DeviceCookie): string {
  const fields = new URLSearchParams({
    d: cookie.deviceId,
    h: cookie.held ? '1' : '0',
    n: String(cookie.pending),
  });
  if (cookie.oldestPendingAt) fields.set('o', cookie.oldestPendingAt);
  return fields.toString();
}

/**
 * The device cookie among all of them (`document.cookie`), or undefined when there is none or it
 * cannot be read: a garbled cookie says nothing, so it can never raise an alarm.
 */
export function parseDeviceCookie(cookies: string): DeviceCookie | undefined {
  const raw = cookies
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${DEVICE_COOKIE}=`))
    ?.slice(DEVICE_COOKIE.length + 1);
  if (!raw) return undefined;
  const fields = new URLSearchParams(raw);
  const deviceId = fields.get('d') ?? '';
  const held = fields.get('h');
  const pending = Number(fields.get('n'));
  if (!DEVICE_ID.test(deviceId) || (held !== '0' && held !== '1')) return undefined;
  if (!Number.isSafeInteger(pending) || pending < 0) return undefined;
  const oldest = fields.get('o');
  return {
    deviceId,
    held: held === '1',
    pending,
    ...(oldest && !Number.isNaN(Date.parse(oldest)) ? { oldestPendingAt: oldest } : {}),
  };
}

/** The whole `Set-Cookie`-style line: first-party, whole site, sent to the same site only. */
export function deviceCookieLine(cookie: DeviceCookie, secure: boolean): string {
  return [
    `${DEVICE_COOKIE}=${formatDeviceCookie(cookie)}`,
    'Path=/',
    `Max-Age=${MAX_AGE_SECONDS}`,
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function readDeviceCookie(jar: CookieJar): DeviceCookie | undefined {
  return parseDeviceCookie(jar.read());
}

export function writeDeviceCookie(jar: CookieJar, cookie: DeviceCookie): void {
  jar.write(deviceCookieLine(cookie, globalThis.location?.protocol === 'https:'));
}
