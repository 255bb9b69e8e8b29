// Who is asking: the socket's address, unless TRUST_PROXY names the proxies in front of the API.
// Then the X-Forwarded-For chain is walked from the right, past every trusted hop, and the first
// untrusted address is the client's (proxy-addr's rule): a client can prepend anything it likes to
// the header, but it cannot make an untrusted hop look trusted.
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import proxyaddr from 'proxy-addr';
import type { AppEnv } from './context';

export type TrustProxy = (address: string, hop: number) => boolean;

/** Compiles TRUST_PROXY ("10.0.0.1, 10.1.0.0/16", or proxy-addr's names such as "loopback"); throws on a bad entry. */
export function compileTrustProxy(list: string): TrustProxy {
  const entries = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error('names no address');
  return proxyaddr.compile(entries);
}

/** The client of a request that came from `socket` with this X-Forwarded-For header. */
export function addressOf(socket: string, forwardedFor: string | undefined, trust: TrustProxy | undefined): string {
  if (!trust) return socket;
  // proxy-addr reads only these two fields of a Node request.
  const request = { socket: { remoteAddress: socket }, headers: { 'x-forwarded-for': forwardedFor } };
  return proxyaddr(request as unknown as IncomingMessage, trust);
}

export function clientAddress(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socket = env?.incoming?.socket?.remoteAddress;
  if (!socket) return 'unknown';
  return addressOf(socket, c.req.header('x-forwarded-for'), c.var.deps.trustProxy);
}
