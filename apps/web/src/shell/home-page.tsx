import { useEffect, useState } from 'react';
import Alert from 'react-bootstrap/Alert';

type ServerState =
  | { kind: 'checking' }
  | { kind: 'ok'; version: string }
  | { kind: 'unreachable'; why: string };

/** The shell's landing screen: says what this is and whether the sync server answers. */
export function HomePage() {
  const [server, setServer] = useState<ServerState>({ kind: 'checking' });
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/health', { signal: controller.signal })
      .then(async (res) => {
        const body = (await res.json()) as { status?: string; version?: string };
        setServer(
          res.ok
            ? { kind: 'ok', version: body.version ?? '' }
            : { kind: 'unreachable', why: `the server reports ${body.status}` },
        );
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setServer({ kind: 'unreachable', why: String(error) });
      });
    return () => controller.abort();
  }, []);

  return (
    <>
      <h1 className="h3">Surgical Registry</h1>
      <p>Record hernia operations, discharges and follow-ups, with or without a network.</p>
      {server.kind === 'checking' && <Alert variant="light">Checking the sync server…</Alert>}
      {server.kind === 'ok' && (
        <Alert variant="success" data-testid="server-state">
          Sync server reachable (version {server.version}).
        </Alert>
      )}
      {server.kind === 'unreachable' && (
        <Alert variant="warning" data-testid="server-state">
          The sync server cannot be reached right now. Work saved on this device is kept.
        </Alert>
      )}
    </>
  );
}
