/**
 * What the device keeps to check a password offline: a salted PBKDF2-SHA-256 hash made with WebCrypto,
 * never the password itself. Enough iterations to make guessing slow, few enough for a cheap phone.
 */
export interface PasswordCheck {
  salt: string;
  hash: string;
  iterations: number;
}

export const PASSWORD_ITERATIONS = 150_000;

const toBase64 = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes))));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return toBase64(bits);
}

export async function makePasswordCheck(
  password: string,
  iterations = PASSWORD_ITERATIONS,
): Promise<PasswordCheck> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: await derive(password, salt, iterations), iterations };
}

export async function passwordMatches(password: string, check: PasswordCheck): Promise<boolean> {
  const hash = await derive(password, fromBase64(check.salt), check.iterations);
  // Both are base64 of 32 bytes; compare every character so timing says nothing.
  let diff = hash.length ^ check.hash.length;
  for (let i = 0; i < hash.length; i++) diff |= hash.charCodeAt(i) ^ check.hash.charCodeAt(i);
  return diff === 0;
}
