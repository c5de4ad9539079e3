import fc from 'fast-check';

// Hostile inputs for every place a client can put text: JSON bodies, query strings, headers, paths.

/** Strings that have broken servers before: SQL, escapes, unicode oddities, prototype keys, sizes. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n',
  "'; DROP TABLE versions; --",
  "' OR '1'='1",
  '" OR 1=1 --',
  "Robert'); DROP TABLE users;--",
  '\\',
  "\\\\'",
  '%',
  '_',
  '%_%',
  '*',
  'admin.*',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udc00',
  'x\ud83dy',
  '\u202egnp.exe',
  '\u200f\u200e\u2066',
  '\ufeff',
  '\u00a0',
  '😀'.repeat(40),
  '👨‍👩‍👧‍👦',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  'é',
  'İ',
  'ß',
  'ﬀ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '${7*7}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  "=cmd|' /C calc'!A0",
  '+1',
  '@SUM(1+1)',
  'NaN',
  'Infinity',
  '-0',
  '1e999',
  '0x10',
  'null',
  'undefined',
  'true',
  '2026-02-30',
  '2026-13-45',
  '9999-12-31',
  '0000-00-00',
  '0001-01-01',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '2026-01-01T00:00:00.1234567890123456789012345678901234567890Z',
  '9007199254740993',
  '2147483648',
  '-1',
  '0192F4C1-0000-7000-8000-000000000001',
  '0192f4c1-0000-7000-8000-000000000001\n',
  'c1:1:all',
  'YzE6OTk5OTk5OTk5OTk5OTk5OTk5Ojo=',
  'x'.repeat(65),
  'x'.repeat(300),
  'x'.repeat(5000),
];

/** Any text: the list above, random unicode (lone surrogates included), and the two glued together. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...HOSTILE_STRINGS))
      .map(([a, b]) => a + b),
    weight: 1,
  },
);

/** Field names: real ones of the API (so a hostile value lands where it is read) and hostile ones. */
export const FIELD_NAMES = [
  'username',
  'password',
  'deviceId',
  'fullName',
  'role',
  'hospitalIds',
  'name',
  'address',
  'region',
  'zone',
  'versions',
  'versionId',
  'entity',
  'entityId',
  'parents',
  'data',
  'deleted',
  'authorId',
  'createdAt',
  'schema',
  'registeredHospitalId',
  'hospitalId',
  'cursor',
  'limit',
] as const;

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FIELD_NAMES),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'role'),
  hostileString,
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, Number.MAX_SAFE_INTEGER, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Any JSON value, with hostile strings, numbers and keys, a few levels deep. */
export const hostileJson: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** `{"__proto__": …}` written as text: JSON.parse makes it an own key, as a client's body would. */
export const protoPollution = (inner: string) =>
  `{"__proto__": {"role": "admin", "isAdmin": true, "active": true}, "constructor": {"prototype": {"x": 1}}, ${inner}}`;

/** JSON text a client might get wrong, or send on purpose. */
export const malformedJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '{',
    '{"deviceId": "x", "versions": [',
    '{"a":1,}',
    "{'a': 1}",
    '{"a": undefined}',
    '{"a": NaN}',
    '[1, 2',
    'nul',
    '\ufeff{}',
    '{} {}',
    '{"a": "\\ud800"}',
    '{"a": "\\u0000"}',
    '{"a": 1e99999}',
    '"just a string"',
    '12345678901234567890123',
    '[]',
    'null',
    'true',
    '\u0000',
    '<?xml version="1.0"?><a/>',
    'username=admin&password=x',
    '   ',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.json().map((text) => text.slice(0, Math.max(1, Math.floor(text.length / 2)))),
);

/** Deeply nested JSON (as text: building the value would overflow the test's own stack). */
export const deepJsonText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('[', '{"a":', '{"__proto__":'), fc.integer({ min: 500, max: 60_000 }))
  .map(([open, depth]) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}${open === '[' ? '' : '1'}${close.repeat(depth)}`;
  });

/** Valid JSON with a huge array in it. */
export const hugeArrayText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom('0', '"x"', '{}', '[]', 'null'))
  .map(([n, item]) => `{"versions": [${Array(n).fill(item).join(',')}], "hospitalIds": [], "items": []}`);

// Header values: what fetch's Headers accepts (latin-1, no NUL/CR/LF); anything else a client cannot send.
const headerChar = fc
  .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff }))
  .map((code) => String.fromCharCode(code));

export const isHeaderSafe = (value: string) => /^[\t\x20-\x7e\xa0-\xff]*$/.test(value);

export const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: headerChar, maxLength: 60 }),
  fc.constantFrom(...HOSTILE_STRINGS.filter(isHeaderSafe)),
  fc.constantFrom(
    '9007199254740991',
    '2147483648',
    '99999999999999999999',
    '-5',
    '1.5',
    '1e3',
    '0x1F',
    '+010000-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '0999-12-31T23:59:59Z',
    'Sat, 01 Jan 10000 00:00:00 GMT',
    '-000001-01-01T00:00:00Z',
    '0',
    '1',
    'x'.repeat(8000),
    'é'.repeat(70),
  ),
);

export const contentTypes: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant('application/json'),
  fc.constant(undefined),
  fc.constantFrom(
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=----x',
    'application/json; charset=utf-16',
    'application/json; charset=\u00ff',
    '*/*',
    ';;;',
  ),
  headerValue,
);

/**
 * encodeURIComponent, except that a lone surrogate (which it refuses) is written as the bytes a sloppy
 * client would send for it (WTF-8, e.g. %ED%A0%80): invalid UTF-8 that the server must still survive.
 */
export function encodeAny(text: string): string {
  return text.replace(/[\ud800-\udfff]|[^\ud800-\udfff]+/gu, (part) => {
    if (part.length !== 1 || !/[\ud800-\udfff]/u.test(part)) return encodeURIComponent(part);
    const code = part.charCodeAt(0);
    const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
    return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  });
}

/** A query-string value or key, percent-encoded, or raw (stray %, broken escapes) as some clients send. */
export const queryText = (values: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: values.map(encodeAny), weight: 4 },
    {
      arbitrary: fc.constantFrom(
        '%',
        '%zz',
        '%E0%A4%A',
        '%ED%A0%80',
        '%00',
        '%2F..%2F',
        '+',
        '%25%',
        '&&',
        '==',
      ),
      weight: 1,
    },
  );

/** A path parameter: encoded hostile text, or a raw segment that routers trip on. */
export const pathParam = (realIds: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...realIds), weight: 3 },
    { arbitrary: fc.uuid().map((id) => id.toLowerCase()), weight: 1 },
    { arbitrary: hostileString.filter((s) => s.length > 0).map(encodeAny), weight: 3 },
    {
      arbitrary: fc.constantFrom('%', '%zz', '%ED%A0%80', '%00', '%2F', '..', '.', '%20', 'x'.repeat(3000)),
      weight: 1,
    },
  );
