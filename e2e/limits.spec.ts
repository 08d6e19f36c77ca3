import http from 'node:http';
import { type APIRequestContext, expect, type Locator, type Page, request as playwrightRequest, test } from '@playwright/test';
import { createTestAccount, pageSignedInAs, signInViaApi } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { callServerAction, listServerActions } from './fixtures/server-actions';

const MB = 1_000_000;

/** A real paste (Ctrl+V) of `length` characters into `field`, through the system clipboard. */
async function paste(page: Page, field: Locator, length: number) {
  await page.evaluate((count) => navigator.clipboard.writeText('x'.repeat(count)), length);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
}

test('an oversize paste into a meeting’s summary is refused with a message, and the text already there is kept', async ({ browser, baseURL }) => {
  const officer = await createTestAccount(baseURL!, 'officer', 'paste');
  const page = await pageSignedInAs(browser, officer);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/meetings/new');
  const summary = page.getByLabel('Summary');
  await expect(summary).toHaveAccessibleDescription('Up to 20,000 characters.');

  await summary.fill('Met the deputy minister on the digital package.');
  for (const [length, shown] of [
    [1.1 * MB, '1,100,000'],
    [10 * MB, '10,000,000'],
  ] as const) {
    await paste(page, summary, length);
    const refusal = page.getByRole('alert').filter({ hasText: 'That paste is' });
    await expect(refusal).toHaveText(`That paste is ${shown} characters; Summary holds at most 20,000. Nothing was pasted — shorten it first.`);
    await expect(summary).toHaveValue('Met the deputy minister on the digital package.');
    await expect(summary).toHaveAccessibleDescription(new RegExp(`That paste is ${shown} characters`));
  }

  // Near the limit the count shows, and is part of the field's description.
  await summary.fill('y'.repeat(16_500));
  await expect(page.getByText('16,500 / 20,000')).toBeVisible();
  await expect(summary).toHaveAccessibleDescription('Up to 20,000 characters. 16,500 / 20,000 characters');
  // A paste one character too long is refused whole; one that fits is taken whole.
  await paste(page, summary, 3_501);
  await expect(page.getByRole('alert').filter({ hasText: 'That paste is' })).toHaveText(
    'That paste is 3,501 characters; Summary holds at most 20,000 and has 3,500 left. Nothing was pasted — shorten it first.',
  );
  await expect(summary).toHaveValue('y'.repeat(16_500));
  await paste(page, summary, 3_500);
  await expect(summary).toHaveValue(`${'y'.repeat(16_500)}${'x'.repeat(3_500)}`);
  await expect(page.getByText('20,000 / 20,000')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'That paste is' })).toHaveCount(0);
  await expectAccessible(page);
  await page.context().close();
});

/** A POST whose body is sent in chunks, with no Content-Length (Transfer-Encoding: chunked). */
function postChunked(url: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, text: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    const chunkSize = 64 * 1024;
    // Stop sending once refused, as a real client would; until then, respect back-pressure.
    const send = (offset: number) => {
      if (offset >= body.length || request.destroyed) return void request.end();
      if (request.write(body.subarray(offset, offset + chunkSize))) setImmediate(send, offset + chunkSize);
      else request.once('drain', () => send(offset + chunkSize));
    };
    send(0);
  });
}

async function signedInClient(baseURL: string) {
  const officer = await createTestAccount(baseURL, 'officer', 'big-post');
  const client = await playwrightRequest.newContext({ baseURL });
  await signInViaApi(client, officer.email, officer.password);
  const cookie = (await client.storageState()).cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  return { client, cookie };
}

/** The server still answers as usual: a page, and an action given bad input. */
async function expectServerAnswersNormally(client: APIRequestContext) {
  expect((await client.get('/follow-ups')).status()).toBe(200);
  const action = await callServerAction(client, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [null, { title: '' }]);
  expect(action.status).toBe(200);
  expect(action.body).toContain('Title is required.');
}

test('a body over the limit, posted to a server action or to a page, gets 413 and a message, and the server carries on', async ({ baseURL }) => {
  const { client } = await signedInClient(baseURL!);
  const action = listServerActions().find((candidate) => candidate.file === 'app/(app)/follow-ups/actions.ts' && candidate.name === 'createFollowUpAction')!;
  for (const size of [1.1 * MB, 10 * MB]) {
    const body = JSON.stringify([null, { title: 'Too long', details: 'x'.repeat(size) }]);
    const toAction = await client.post(action.page, {
      headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
      data: body,
      maxRedirects: 0,
    });
    expect(toAction.status(), `${size} bytes to an action`).toBe(413);
    expect(await toAction.text()).toContain('Too large: the server accepts at most 1 MB per request. Nothing was saved');
    const toPage = await client.post('/meetings/new', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      data: `summary=${'x'.repeat(size)}`,
      maxRedirects: 0,
    });
    expect(toPage.status(), `${size} bytes to a page`).toBe(413);
    await expectServerAnswersNormally(client);
  }
  await client.dispose();
});

test('a chunked body, which states no length, is read up to the limit: 413 over it, handed on whole under it', async ({ baseURL }) => {
  const { client, cookie } = await signedInClient(baseURL!);
  const action = listServerActions().find((candidate) => candidate.file === 'app/(app)/follow-ups/actions.ts' && candidate.name === 'createFollowUpAction')!;
  const headers = { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Cookie: cookie };
  const url = `${baseURL}${action.page}`;

  const over = await postChunked(url, headers, Buffer.from(JSON.stringify([null, { title: 'Too long', details: 'x'.repeat(2 * MB) }])));
  expect(over.status).toBe(413);
  expect(over.text).toContain('Too large');

  // Under the limit, in many chunks, the action reads the whole body: its own check on the details' length answers.
  const under = await postChunked(
    url,
    headers,
    Buffer.from(JSON.stringify([null, { title: 'Chunked', countryCode: 'BE', committedBy: 'partner', details: 'x'.repeat(900_000) }])),
  );
  expect(under.status).toBe(200);
  expect(under.text).toContain('Details must be at most 5,000 characters.');
  await expectServerAnswersNormally(client);
  await client.dispose();
});
