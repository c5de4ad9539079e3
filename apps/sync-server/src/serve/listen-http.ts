import { maxHeaderSize, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { serve } from '@hono/node-server';

type Fetch = Parameters<typeof serve>[0]['fetch'];

/**
 * Node refuses some requests itself, before the app sees them: headers or an address too large, HTTP it
 * cannot parse, a body that ends before its Content-Length. Its own answers have no body; these keep the
 * API's promise that every refusal is JSON {error, message}.
 */
const CLIENT_ERRORS: Record<string, { status: number; reason: string; error: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    error: 'too_large',
    message: `The request's address and headers are larger than ${Math.round(maxHeaderSize / 1024)} KB, the most this server accepts.`,
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    reason: 'Payload Too Large',
    error: 'too_large',
    message: 'The request body carries more chunk extensions than this server accepts.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    error: 'request_timeout',
    message: 'The request took too long to arrive. Try again.',
  },
  HPE_INVALID_EOF_STATE: {
    status: 400,
    reason: 'Bad Request',
    error: 'bad_request',
    message: 'The connection closed before the whole request arrived.',
  },
};
const NOT_HTTP = {
  status: 400,
  reason: 'Bad Request',
  error: 'bad_request',
  message: 'The request is not valid HTTP.',
};

/** Answers a request Node could not take (see CLIENT_ERRORS), then closes the connection. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // Answer only if the client still listens and no request of this connection is with the app. Node
  // answers 400 as long as the app has not started its answer, but the app may already have acted on
  // the request (one that needs no body acts on its headers alone): a refusal then would be a lie, and
  // written into the middle of the app's answer it would corrupt it. Closing says "unknown" honestly.
  const inFlight = (socket as Duplex & { _httpMessage?: unknown })._httpMessage;
  if (error.code !== 'ECONNRESET' && socket.writable && !inFlight) {
    const { status, reason, ...body } = CLIENT_ERRORS[error.code ?? ''] ?? NOT_HTTP;
    const json = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(error);
}

/** Serves `fetch` (the app's) on a port; the one way the server listens, in production and in tests. */
export function listenHttp(
  fetch: Fetch,
  { port, hostname }: { port: number; hostname?: string },
  onListening?: (info: AddressInfo) => void,
): Server {
  const server = serve({ fetch, port, ...(hostname ? { hostname } : {}) }, onListening) as Server;
  server.on('clientError', answerClientError);
  return server;
}
