import http from 'node:http';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { createTestAccount, signInViaApi } from './fixtures/accounts';
import { readE2eDatabase } from './fixtures/database';
import { callServerAction } from './fixtures/server-actions';

const CLIENTS = 20;
const WRITES_PER_CLIENT = 10;

test(`a burst of ${CLIENTS * WRITES_PER_CLIENT} follow-up updates from ${CLIENTS} clients: none refused for contention, every one stored`, async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const author = await createTestAccount(baseURL!, 'officer', 'burst');
  const tag = Math.random().toString(36).slice(2, 8);
  const setup = await playwrightRequest.newContext({ baseURL });
  await signInViaApi(setup, author.email, author.password);
  for (let index = 0; index < 5; index++) {
    await callServerAction(setup, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
      null,
      { title: `Burst target ${tag} ${index}`, countryCode: 'BE', committedBy: 'partner' },
    ]);
  }
  const targets = readE2eDatabase((db) =>
    (db.prepare('select id from follow_ups where title like ? order by id').all(`Burst target ${tag} %`) as { id: number }[]).map((row) => row.id),
  );
  expect(targets).toHaveLength(5);

  const clients = await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const client = await playwrightRequest.newContext({ baseURL });
      await signInViaApi(client, author.email, author.password);
      return client;
    }),
  );
  const started = Date.now();
  const results = await Promise.all(
    clients.flatMap((client, c) =>
      Array.from({ length: WRITES_PER_CLIENT }, (_, w) =>
        callServerAction(client, 'app/(app)/follow-ups/actions.ts', 'addNoteAction', [
          null,
          { followUpId: targets[(c + w) % targets.length], note: `burst ${tag} ${c}-${w}` },
        ]),
      ),
    ),
  );
  const seconds = (Date.now() - started) / 1000;
  const failed = results.filter((result) => result.status >= 500 || !result.body.includes('"ok":true'));
  expect(failed.map((result) => result.body.slice(0, 200))).toEqual([]);
  const stored = readE2eDatabase(
    (db) => (db.prepare("select count(*) as n from follow_up_events where kind = 'note' and note like ?").get(`burst ${tag} %`) as { n: number }).n,
  );
  expect(stored).toBe(CLIENTS * WRITES_PER_CLIENT);
  const audited = readE2eDatabase(
    (db) => (db.prepare("select count(*) as n from audit_events where action = 'follow-up.note' and changes like ?").get(`%burst ${tag} %`) as { n: number }).n,
  );
  expect(audited).toBe(CLIENTS * WRITES_PER_CLIENT);
  test.info().annotations.push({ type: 'figures', description: `${results.length} writes in ${seconds.toFixed(1)} s, ${stored} stored, 0 lost` });
  console.log(
    `burst: ${results.length} writes from ${CLIENTS} clients in ${seconds.toFixed(1)} s; stored ${stored}; lost ${CLIENTS * WRITES_PER_CLIENT - stored}`,
  );
  await Promise.all([setup, ...clients].map((client) => client.dispose()));
});

/** A page over a TCP connection of its own (the server's workers are dealt connections, not requests), and which worker answered. */
function getOverNewConnection(url: string, cookie: string): Promise<{ status: number; location?: string; worker?: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers: { cookie } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response
          .on('data', (chunk: string) => (body += chunk))
          .on('end', () =>
            resolve({
              status: response.statusCode!,
              location: response.headers.location,
              worker: response.headers['x-readout-worker'] as string | undefined,
              body,
            }),
          );
      })
      .on('error', reject);
  });
}

/** The page over new connections until each of the two workers has answered at least twice (other journeys share the server, so the turns are not strict). */
async function fromEveryWorker(url: string, cookie: string) {
  const answers: Awaited<ReturnType<typeof getOverNewConnection>>[] = [];
  const answersOf = (worker?: string) => answers.filter((answer) => answer.worker === worker).length;
  const workers = () => new Set(answers.map((answer) => answer.worker));
  const enough = () => workers().size === 2 && [...workers()].every((worker) => answersOf(worker) >= 2);
  while (!enough() && answers.length < 40) answers.push(await getOverNewConnection(url, cookie));
  expect(workers().size, 'workers that answered').toBe(2);
  return answers;
}

test('a write answered by one server worker shows at once on pages every other worker had cached, and a sign-out everywhere holds on all of them', async ({
  baseURL,
}) => {
  const manager = await createTestAccount(baseURL!, 'manager', 'workers');
  const client = await playwrightRequest.newContext({ baseURL });
  await signInViaApi(client, manager.email, manager.password);
  const cookie = (await client.storageState()).cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  const tag = Math.random().toString(36).slice(2, 8);
  // Tuvalu: a country no other journey writes to, so its brief changes only with this test.
  const brief = `${baseURL}/countries/TV`;

  // Every worker renders the brief and keeps its open follow-ups cached.
  for (const { status } of await fromEveryWorker(brief, cookie)) expect(status).toBe(200);
  await callServerAction(client, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
    null,
    // Due in a few days: a brief lists what is due soon (an undated one it only counts).
    { title: `Across workers ${tag}`, countryCode: 'TV', committedBy: 'partner', dueDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10) },
  ]);
  expect(readE2eDatabase((db) => db.prepare('select count(*) as n from follow_ups where title = ?').get(`Across workers ${tag}`))).toEqual({ n: 1 });
  for (const { status, worker, body } of await fromEveryWorker(brief, cookie)) {
    expect(status).toBe(200);
    expect(body.includes(`Across workers ${tag}`), `worker ${worker} shows the new follow-up`).toBe(true);
  }

  // Every worker has this session's token in its memory; signing out everywhere must still end it on each.
  expect((await callServerAction(client, 'app/(app)/actions.ts', 'signOutEverywhere', [null, {}])).status).toBeLessThan(500);
  for (const { status, worker, location } of await fromEveryWorker(brief, cookie)) {
    expect({ status, location }, `worker ${worker}`).toEqual({ status: 307, location: '/sign-in?next=%2Fcountries%2FTV' });
  }
  await client.dispose();
});
