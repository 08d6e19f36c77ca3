import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admitBody } from './body-limit';

const LIMIT = 64 * 1024;
let server: http.Server;
let url: string;

// Stands in for Next.js: reads whatever body it is handed and says what it got.
beforeAll(async () => {
  server = http.createServer(async (request, response) => {
    const admitted = await admitBody(request, response, LIMIT);
    if (!admitted) return;
    let received = 0;
    for await (const chunk of admitted) received += (chunk as Buffer).length;
    response.end(
      JSON.stringify({ received, length: admitted.headers['content-length'] ?? null, chunked: 'transfer-encoding' in admitted.headers, path: admitted.url }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  url = `http://localhost:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Posts `size` bytes, in 8 kB chunks without a length unless `declared`; stops sending once answered. */
function post(size: number, { declared = false } = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/path?x=1`, { method: 'POST', headers: declared ? { 'Content-Length': String(size) } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, text: Buffer.concat(chunks).toString() }));
    });
    request.on('error', reject);
    let answered = false;
    request.once('response', () => (answered = true));
    const send = (sent: number) => {
      if (sent >= size || answered) return void request.end();
      const chunk = Buffer.alloc(Math.min(8 * 1024, size - sent), 'x');
      if (request.write(chunk)) setImmediate(send, sent + chunk.length);
      else request.once('drain', () => send(sent + chunk.length));
    };
    send(0);
  });
}

describe('the request body limit', () => {
  it('hands a chunked body under the limit on whole, with its length stated', async () => {
    const { status, text } = await post(LIMIT);
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ received: LIMIT, length: String(LIMIT), chunked: false, path: '/path?x=1' });
  });

  it('answers 413 to a chunked body over the limit, which the client gets to read', async () => {
    const { status, text } = await post(LIMIT * 20);
    expect(status).toBe(413);
    expect(text).toContain('Too large: the server accepts at most 0.1 MB per request.');
  });

  it('answers 413 to a declared length over the limit without reading it, and lets a body within it through untouched', async () => {
    expect((await post(LIMIT + 1, { declared: true })).status).toBe(413);
    const { status, text } = await post(LIMIT, { declared: true });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ received: LIMIT, length: String(LIMIT) });
  });

  it('keeps serving after refusals', async () => {
    await Promise.all([post(LIMIT * 4), post(LIMIT * 4, { declared: true })]);
    const response = await fetch(`${url}/after`);
    expect(JSON.parse(await response.text())).toMatchObject({ received: 0, path: '/after' });
  });
});
