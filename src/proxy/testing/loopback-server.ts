// A throw-away HTTP server on 127.0.0.1 for tests: records what arrives, counts requests in flight,
// and answers with whatever the test's handler does.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  remotePort: number | undefined;
}

export interface LoopbackServer {
  url: string;
  host: string;
  requests: RecordedRequest[];
  /** Most requests that were open at the same moment. */
  peakInFlight: () => number;
  inFlight: () => number;
  connections: () => number;
  /** Requests whose connection went away before an answer was sent. */
  abandoned: () => number;
  close: () => Promise<void>;
}

export async function startLoopbackServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, index: number) => void,
): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let peak = 0;
  let connections = 0;
  let abandoned = 0;
  const server = http.createServer((req, res) => {
    const index = requests.length;
    requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      remotePort: req.socket.remotePort,
    });
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.on('close', () => {
      inFlight--;
      if (!res.writableFinished) abandoned++;
    });
    handler(req, res, index);
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    peakInFlight: () => peak,
    inFlight: () => inFlight,
    connections: () => connections,
    abandoned: () => abandoned,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** How long tests wait for a state (vi.waitFor's own default of 1 s is short on a loaded machine). */
export const WAIT = { timeout: 5_000, interval: 5 };
