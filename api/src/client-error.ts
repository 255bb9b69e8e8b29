// What Node itself answers, before Hono sees a request (a malformed request line, headers over
// Node's limit): the same error envelope and headers as every other answer, then the socket closes.
import type { Duplex } from 'node:stream';
import { errorBody } from './errors';

export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset or a timeout: nobody to answer.
  if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify(
    tooLarge ? errorBody('invalid_input', 'The request headers are too large.') : errorBody('invalid_input', 'The request is malformed.'),
  );
  socket.end(
    `HTTP/1.1 ${status}\r\n` +
      'content-type: application/json\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      'cache-control: no-store\r\n' +
      'x-content-type-options: nosniff\r\n' +
      'x-frame-options: DENY\r\n' +
      "content-security-policy: default-src 'none'; frame-ancestors 'none'\r\n" +
      'referrer-policy: same-origin\r\n' +
      'connection: close\r\n\r\n' +
      body,
  );
}
