import { connect } from 'node:net';

// HTTP/1.1 written by hand on a TCP socket, for what fetch will not send: a Content-Length that lies, a
// body sent slowly or cut off, headers past the server's limits.

export interface RawAnswer {
  /** The status of the answer, or undefined when the connection closed without one. */
  status?: number;
  headers: Record<string, string>;
  body: string;
  /** How the exchange ended: the server closed, the socket failed, or this side gave up waiting. */
  ending: 'closed' | 'error' | 'gave-up';
}

export interface RawPlan {
  /** Written in order, `gapMs` apart. */
  pieces: (string | Buffer)[];
  gapMs?: number;
  /** After the last piece: half-close (the body is over), hang up at once, or wait for the answer. */
  finish?: 'end' | 'destroy' | 'wait';
  /** Give up waiting for the answer after this long, and hang up. */
  waitMs?: number;
}

/** The head of a request: start line and headers, `Connection: close` so the server ends the exchange. */
export function requestHead(
  method: string,
  target: string,
  headers: Record<string, string | number>,
): string {
  const lines = Object.entries({ Host: '127.0.0.1', ...headers, Connection: 'close' }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return `${method} ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

/** Sends the plan on a new connection and reads whatever answer comes back. */
export function rawExchange(port: number, plan: RawPlan): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let ending: RawAnswer['ending'] = 'closed';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ ...parseAnswer(Buffer.concat(chunks)), ending });
    };
    const timer = setTimeout(() => {
      ending = 'gave-up';
      socket.destroy();
      finish();
    }, plan.waitMs ?? 10_000);
    socket.on('data', (chunk) => chunks.push(chunk));
    // The server may answer and close while a large body is still being written: that is an answer.
    socket.on('error', () => {
      if (chunks.length === 0) ending = 'error';
    });
    socket.on('close', finish);
    socket.once('connect', async () => {
      for (const [i, piece] of plan.pieces.entries()) {
        if (socket.destroyed) return;
        if (i > 0 && plan.gapMs) await new Promise((r) => setTimeout(r, plan.gapMs));
        socket.write(piece);
      }
      if (plan.finish === 'end') socket.end();
      else if (plan.finish === 'destroy') {
        ending = 'gave-up';
        socket.destroy();
      }
    });
  });
}

function parseAnswer(bytes: Buffer): Omit<RawAnswer, 'ending'> {
  const headEnd = bytes.indexOf('\r\n\r\n');
  const head = bytes.subarray(0, Math.max(headEnd, 0)).toString('latin1');
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(head);
  if (!match || headEnd < 0) return { headers: {}, body: bytes.toString('utf8') };
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = bytes.subarray(headEnd + 4);
  const body = headers['transfer-encoding']?.includes('chunked') ? unchunk(rest) : rest;
  return { status: Number(match[1]), headers, body: body.toString('utf8') };
}

/** A chunked body's content: each chunk is its size in hex, CRLF, that many bytes, CRLF; size 0 ends. */
function unchunk(bytes: Buffer): Buffer {
  const pieces: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const lineEnd = bytes.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    pieces.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(pieces);
}
