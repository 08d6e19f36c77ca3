import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Answers 413 to a request whose body is over `limit` bytes, so that Next.js never parses it: its
 * own check answers 500 with an empty error page. A declared Content-Length is judged at once (Node
 * never reads past it). A chunked body declares none, so it is counted as it arrives; Next.js's
 * server-action limit is the same figure, so on the chunk that crosses it Next.js stops too, and its
 * own answer is dropped because this one went first. Returns true when the request was answered here.
 */
export function refuseOversizeBody(request: IncomingMessage, response: ServerResponse, limit: number): boolean {
  const declared = request.headers['content-length'];
  if (declared !== undefined) {
    if (Number(declared) <= limit) return false;
    tooLarge(response, limit);
    return true;
  }
  if (request.headers['transfer-encoding'] === undefined) return false; // no body at all
  let received = 0;
  const count = (chunk: Buffer) => {
    received += chunk.length;
    if (received <= limit) return;
    request.off('data', count);
    tooLarge(response, limit);
  };
  request.on('data', count);
  // Listening must not start the flow: Next.js reads the body when it is ready, and would miss what came before.
  request.pause();
  // A body nobody read is drained once answered (Node skips that for a stream someone listens to), so the connection can serve the next request.
  response.once('finish', () => {
    if (!request.complete) request.resume();
  });
  return false;
}

function tooLarge(response: ServerResponse, limit: number) {
  if (response.headersSent) return; // answered already (a page that never read the body): nothing to refuse
  const megabytes = (limit / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 });
  response.writeHead(413, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  // The body still arriving is read and dropped by Node, so the client gets to read this answer (closing now could reset the connection first).
  response.end(`Too large: the server accepts at most ${megabytes} MB per request. Nothing was saved; shorten the text and try again.\n`);
}
