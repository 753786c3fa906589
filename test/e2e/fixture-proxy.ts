// A tiny HTTP proxy for Firefox on 127.0.0.1: serves saved pages at their real http:// addresses, refuses the rest.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtureFor } from '../fixtures/sites/sites';

export interface FixtureProxy {
  port: number;
  /** Every address the browser asked for that was not a fixture (what would have gone to the network). */
  refused: string[];
  close(): Promise<void>;
}

/** `extra`: more pages by address (http or https form of the same URL), served besides the site fixtures. */
export async function startFixtureProxy(extra: (url: string) => string | null = () => null): Promise<FixtureProxy> {
  const refused: string[] = [];
  const server: Server = createServer((req, res) => {
    // Through a proxy, the request line carries the absolute URL ("GET http://www.rnz.co.nz/... HTTP/1.1").
    const url = req.url ?? '';
    const html = url.startsWith('http://') ? (extra(url) ?? fixtureFor(url)) : null;
    if (html === null) {
      refused.push(url);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('offline test proxy: not a fixture');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  // HTTPS goes through CONNECT tunnels; never open one.
  server.on('connect', (req, socket) => {
    refused.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
