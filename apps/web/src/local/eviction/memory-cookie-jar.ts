import type { CookieJar } from './device-cookie';

/**
 * Cookies kept as `document.cookie` keeps them, for tests: a write sets one cookie by name (or
 * removes it when its Max-Age is 0 or less), a read lists `name=value` pairs. Attributes are kept
 * apart so that tests can check them.
 */
export class MemoryCookieJar implements CookieJar {
  readonly values = new Map<string, string>();
  readonly attributes = new Map<string, string[]>();

  read(): string {
    return [...this.values].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  write(cookie: string): void {
    const [pair = '', ...attributes] = cookie.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const maxAge = attributes.find((a) => a.toLowerCase().startsWith('max-age='));
    if (maxAge && Number(maxAge.slice('max-age='.length)) <= 0) {
      this.values.delete(name);
      this.attributes.delete(name);
      return;
    }
    this.values.set(name, pair.slice(at + 1));
    this.attributes.set(name, attributes);
  }
}
