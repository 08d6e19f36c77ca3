import http, { type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * The request for Next.js to handle, or null when its body is over `limit` bytes and this has
 * answered 413: Next.js's own check answers 500 and an empty error page. A declared Content-Length
 * is judged at once (Node never reads past it). A chunked body declares none: it is read here, up
 * to the limit, and Next.js gets a copy with its length stated. (Counting alongside Next.js does
 * not work: its own limit then trips on the same chunk and resets the connection before the 413
 * reaches the client.)
 */
export async function admitBody(request: IncomingMessage, response: ServerResponse, limit: number): Promise<IncomingMessage | null> {
  const declared = request.headers['content-length'];
  if (declared !== undefined) return Number(declared) > limit ? tooLarge(response, limit) : request;
  if (request.headers['transfer-encoding'] === undefined) return request; // no body at all
  const body = await readUpTo(request, limit);
  return body ? withBody(request, body) : tooLarge(response, limit);
}

/** The whole body, or null as soon as it passes `limit` (the rest is then read and dropped). */
function readUpTo(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.off('data', onData).off('end', onEnd);
      request.resume();
      resolve(null);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    request.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

/** The same request with the body already read, as if it had been sent with a Content-Length. */
function withBody(request: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new http.IncomingMessage(request.socket);
  const { 'transfer-encoding': _chunked, ...headers } = request.headers;
  Object.assign(copy, {
    method: request.method,
    url: request.url,
    httpVersion: request.httpVersion,
    httpVersionMajor: request.httpVersionMajor,
    httpVersionMinor: request.httpVersionMinor,
    headers: { ...headers, 'content-length': String(body.length) },
    complete: true,
  });
  copy.push(body);
  copy.push(null);
  return copy;
}

function tooLarge(response: ServerResponse, limit: number): null {
  const megabytes = (limit / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 });
  response.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  // Node reads and drops the rest of the body, so the client gets to read this (closing now could reset the connection first).
  response.end(`Too large: the server accepts at most ${megabytes} MB per request. Nothing was saved; shorten the text and try again.\n`);
  return null;
}
