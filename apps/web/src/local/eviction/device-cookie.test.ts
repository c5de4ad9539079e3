import { describe, expect, it } from 'vitest';
import {
  DEVICE_COOKIE,
  type DeviceCookie,
  deviceCookieLine,
  parseDeviceCookie,
  readDeviceCookie,
  writeDeviceCookie,
} from './device-cookie';
import { MemoryCookieJar } from './memory-cookie-jar';

const DEVICE = '0192f4c3-0000-7000-8000-00000000000a';

describe('the device cookie', () => {
  it('reads back what was written, among other cookies', () => {
    const jar = new MemoryCookieJar();
    jar.write('theme=dark; Path=/');
    const cookie: DeviceCookie = {
      deviceId: DEVICE,
      held: true,
      pending: 3,
      oldestPendingAt: '2026-11-22T10:41:07.123Z',
    };
    writeDeviceCookie(jar, cookie);
    jar.write('other=1; Path=/');
    expect(readDeviceCookie(jar)).toEqual(cookie);
    expect(parseDeviceCookie(jar.read())).toEqual(cookie);
  });

  it('says nothing of an oldest time when nothing waits', () => {
    const jar = new MemoryCookieJar();
    writeDeviceCookie(jar, { deviceId: DEVICE, held: false, pending: 0 });
    expect(readDeviceCookie(jar)).toEqual({ deviceId: DEVICE, held: false, pending: 0 });
  });

  it('holds only characters a cookie value may hold', () => {
    const line = deviceCookieLine(
      { deviceId: DEVICE, held: true, pending: 12, oldestPendingAt: '2026-11-22T10:41:07.123Z' },
      false,
    );
    const value = line.split(';')[0]?.slice(DEVICE_COOKIE.length + 1) ?? '';
    // RFC 6265 cookie-octet: no controls, whitespace, double quote, comma, semicolon or backslash.
    expect(value).toMatch(/^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/);
  });

  it('lasts ten years, for the whole site, sent to the same site only; Secure over HTTPS', () => {
    const line = deviceCookieLine({ deviceId: DEVICE, held: true, pending: 0 }, false);
    const attributes = line.split('; ').slice(1);
    expect(attributes).toEqual(['Path=/', 'Max-Age=315360000', 'SameSite=Strict']);
    expect(deviceCookieLine({ deviceId: DEVICE, held: true, pending: 0 }, true)).toMatch(/; Secure$/);
  });

  it('is absent when there is none, and a garbled one says nothing', () => {
    expect(parseDeviceCookie('')).toBeUndefined();
    expect(parseDeviceCookie('theme=dark')).toBeUndefined();
    for (const value of [
      '',
      'h=1&n=2',
      `d=${DEVICE}&n=2`,
      `d=${DEVICE}&h=yes&n=2`,
      `d=${DEVICE}&h=1&n=-1`,
      `d=${DEVICE}&h=1&n=two`,
      `d=${DEVICE}&h=1&n=1.5`,
      'd=a%3Bb&h=1&n=0',
      `d=${'x'.repeat(65)}&h=1&n=0`,
    ])
      expect(parseDeviceCookie(`${DEVICE_COOKIE}=${value}`), value).toBeUndefined();
  });

  it('drops an oldest time that is not a time, keeping the rest', () => {
    expect(parseDeviceCookie(`${DEVICE_COOKIE}=d=${DEVICE}&h=1&n=2&o=soon`)).toEqual({
      deviceId: DEVICE,
      held: true,
      pending: 2,
    });
  });
});
