import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { extractText } from 'unpdf';
import { createTestAccount, firstAdminSession, pageSignedInAs } from './fixtures/accounts';
import { expectAccessible } from './fixtures/axe';
import { readE2eDatabase } from './fixtures/database';
import { callServerAction } from './fixtures/server-actions';

const unique = () => Math.random().toString(36).slice(2, 7);
const idOf = (table: string, column: string, value: string) =>
  readE2eDatabase((db) => (db.prepare(`select id from ${table} where ${column} = ? order by id desc`).get(value) as { id: number }).id);

/** Open follow-ups, contacts and meetings attended, of the post and of each person: what a handover must not lose. */
function counts(postId: number, userIds: number[]) {
  return readE2eDatabase((db) => {
    const n = (query: string, ...params: unknown[]) => (db.prepare(query).get(...params) as { n: number }).n;
    const open = "status in ('open', 'in-progress')";
    const of = (column: 'owner_post_id' | 'owner_id', id: number) => ({
      followUps: n(`select count(*) as n from follow_ups where ${column} = ? and ${open}`, id),
      contacts: n(`select count(*) as n from contacts where ${column} = ?`, id),
    });
    return {
      post: { ...of('owner_post_id', postId), meetings: n('select count(*) as n from meeting_attendees where post_id = ?', postId) },
      people: userIds.map((id) => ({ ...of('owner_id', id), meetings: n('select count(*) as n from meeting_attendees where user_id = ?', id) })),
      // Everything A wrote, whoever owns it now: other tests write follow-ups of their own meanwhile.
      everyOpen: n(`select count(*) as n from follow_ups where created_by_id = ? and ${open}`, userIds[0]),
    };
  });
}

test('a post handed from A to B: what the post owns goes with it, A’s own in the same step, A’s notes on B’s home, a brief that prints, nothing lost', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const [leaving, successor, manager] = await Promise.all([
    createTestAccount(baseURL!, 'officer', 'leaving'),
    createTestAccount(baseURL!, 'officer', 'successor'),
    createTestAccount(baseURL!, 'manager', 'head-of-chancery'),
  ]);
  const [leavingId, successorId] = [idOf('users', 'email', leaving.email), idOf('users', 'email', successor.email)];
  const admin = await firstAdminSession(baseURL!);
  const postTitle = `Economic counsellor ${unique()}`;
  expect(
    (
      await callServerAction(admin, 'app/(app)/posts/actions.ts', 'savePostAction', [
        null,
        { title: postTitle, section: 'Economic section', countryCodes: ['BE', 'LU'] },
      ])
    ).status,
  ).toBeLessThan(400);
  const postId = idOf('posts', 'title', postTitle);

  // A has held the post since 2024: their meetings, follow-ups and contacts, some the post's, some their own.
  const leavingPage = await pageSignedInAs(browser, leaving);
  const asLeaving = leavingPage.context().request;
  const managerPage = await pageSignedInAs(browser, manager);
  const asManager = managerPage.context().request;
  await callServerAction(asManager, 'app/(app)/posts/actions.ts', 'handOverPostAction', [null, { postId, toUserId: leavingId, effectiveDate: '2024-01-01' }]);
  const meeting = (title: string, confidentiality: string, attendees: string[]) =>
    callServerAction(asLeaving, 'app/(app)/meetings/actions.ts', 'recordMeetingAction', [
      null,
      { title, kind: 'business-meeting', startDate: '2024-06-24', placeCity: 'Brussels', placeCountry: 'BE', countries: 'BE', attendees, confidentiality },
    ]);
  const pastMeeting = `Chamber of commerce ${unique()}`;
  await meeting(pastMeeting, 'normal', [String(leavingId)]);
  // One of the post's follow-ups comes from a restricted meeting that B attended: B may take it, and the brief is marked.
  const restrictedMeeting = `Restricted talks ${unique()}`;
  await meeting(restrictedMeeting, 'restricted', [String(leavingId), String(successorId)]);
  const restrictedMeetingId = idOf('meetings', 'title', restrictedMeeting);
  const postItems = [1, 2, 3, 4, 5].map((n) => `Post commitment ${n} ${unique()}`);
  for (const [index, title] of postItems.entries()) {
    const result = await callServerAction(asLeaving, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
      null,
      {
        title,
        countryCode: 'BE',
        committedBy: 'ours',
        ownerPostId: postId,
        dueDate: `2031-0${index + 1}-15`,
        ...(index === 0 ? { meetingId: restrictedMeetingId } : {}),
      },
    ]);
    expect(result.body, title).toContain('"ok":true');
  }
  const ownItems = [1, 2].map((n) => `Own commitment ${n} ${unique()}`);
  for (const title of ownItems)
    await callServerAction(asLeaving, 'app/(app)/follow-ups/actions.ts', 'createFollowUpAction', [
      null,
      { title, countryCode: 'LU', committedBy: 'ours', ownerId: leavingId },
    ]);
  const postContacts = ['Anke', 'Bram', 'Chloé'].map((name) => `${name} Post ${unique()}`);
  for (const name of postContacts)
    await callServerAction(asLeaving, 'app/(app)/contacts/actions.ts', 'createContactAction', [null, { name, countryCode: 'BE', ownerPostId: postId }]);
  const ownContact = `Dirk Own ${unique()}`;
  await callServerAction(asLeaving, 'app/(app)/contacts/actions.ts', 'createContactAction', [
    null,
    { name: ownContact, countryCode: 'BE', ownerId: leavingId },
  ]);
  const before = counts(postId, [leavingId, successorId]);
  expect(before.post).toEqual({ followUps: 5, contacts: 3, meetings: 2 });

  // The manager previews the handover, then hands the post over with A's own items, in one step.
  await managerPage.goto(`/posts/${postId}`);
  await managerPage.getByRole('link', { name: 'Hand over' }).click();
  const withPost = managerPage.getByRole('region', { name: 'Goes with the post' });
  for (const title of [...postItems, ...postContacts]) await expect(withPost).toContainText(title);
  const own = managerPage.getByRole('region', { name: `${leaving.name}’s own, to reassign` });
  for (const title of [...ownItems, ownContact]) await expect(own.getByRole('checkbox', { name: new RegExp(title) })).toBeChecked();
  await expectAccessible(managerPage);
  await managerPage.getByLabel('Successor').selectOption({ label: successor.name });
  await managerPage.getByRole('button', { name: 'Hand over' }).click();
  await expect(managerPage.getByRole('heading', { level: 1, name: `Handover of ${postTitle}` })).toBeVisible();
  await expect(managerPage.getByRole('list', { name: 'Items handed over' }).getByRole('listitem')).toHaveCount(11);

  // Counted before and after: the post keeps its own and gains A's; A and B together hold what they held; meetings stay with who attended.
  const after = counts(postId, [leavingId, successorId]);
  expect(after.everyOpen).toBe(before.everyOpen);
  expect(after.post).toEqual({ followUps: 7, contacts: 4, meetings: 2 });
  for (const key of ['followUps', 'contacts', 'meetings'] as const) {
    expect(after.people[0]![key] + after.people[1]![key], key).toBe(before.people[0]![key] + before.people[1]![key]);
  }
  expect(after.people[0]).toEqual({ followUps: 0, contacts: 0, meetings: 2 });
  const counted = managerPage.getByRole('region', { name: 'Counted before and after' });
  await expect(counted.getByRole('row', { name: new RegExp(postTitle) })).toContainText('5 → 7');

  // A writes the notes from home: a general one, and one on the first commitment.
  await leavingPage.goto('/');
  await leavingPage.getByRole('link', { name: 'Write your notes for them' }).click();
  await leavingPage.getByLabel('General note to the successor').fill('The chamber’s new president takes office in March.');
  await leavingPage.getByLabel(`Note on “${postItems[1]}”`).fill('Ask for Anke, not the switchboard.');
  await leavingPage.getByRole('button', { name: 'Save notes' }).click();
  await expect(leavingPage.getByRole('status')).toHaveText('Notes saved.');
  await expectAccessible(leavingPage);

  // B's home: the five of the post with A's notes, under the post, and the handover to acknowledge.
  const successorPage = await pageSignedInAs(browser, successor);
  await successorPage.goto('/');
  const handovers = successorPage.getByRole('region', { name: 'Handovers' });
  await expect(handovers).toContainText(`${leaving.name} handed you ${postTitle}`);
  await expect(handovers).toContainText('The chamber’s new president takes office in March.');
  const items = handovers.getByRole('list', { name: `Items of the handover of ${postTitle}` });
  for (const title of postItems) await expect(items).toContainText(title);
  await expect(items.getByRole('listitem').filter({ hasText: postItems[1]! })).toContainText('Ask for Anke, not the switchboard.');
  const asPost = successorPage.getByRole('region', { name: `As ${postTitle}` });
  for (const title of [...postItems, ...ownItems]) await expect(asPost.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(successorPage);
  await handovers.getByRole('link', { name: 'Open the handover' }).click();
  await successorPage.getByRole('button', { name: 'Acknowledge all 11' }).click();
  await expect(successorPage.getByRole('list', { name: 'Items handed over' }).getByText('Acknowledged')).toHaveCount(11);
  await successorPage.goto('/');
  await expect(successorPage.getByRole('region', { name: 'Handovers' })).toHaveCount(0);

  // The handover brief, printed: a header with the mission and page numbers on every page, marked restricted.
  await successorPage.goto(`/posts/${postId}/brief`);
  await expect(successorPage.getByRole('heading', { level: 1, name: `Handover brief — ${postTitle}` })).toBeVisible();
  await expectAccessible(successorPage);
  const mission = readE2eDatabase((db) => (db.prepare('select mission_name from mission_settings').get() as { mission_name: string }).mission_name);
  const pdf = await successorPage.pdf({ format: 'A4', preferCSSPageSize: true });
  await fs.promises.writeFile(test.info().outputPath('handover-brief.pdf'), pdf);
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  expect(totalPages).toBeGreaterThanOrEqual(1);
  for (const [index, pageText] of text.entries()) {
    const flat = pageText.replace(/\s+/g, ' ');
    expect(flat, `page ${index + 1}`).toContain(`${mission} · Handover brief — ${postTitle}`);
    expect(flat, `page ${index + 1}`).toContain(`Page ${index + 1} of ${totalPages}`);
    expect(flat, `page ${index + 1}`).toContain('RESTRICTED');
  }
  const whole = text.join(' ').replace(/\s+/g, ' ');
  for (const title of [...postItems, ...postContacts]) expect(whole).toContain(title);
  expect(whole).toContain('The chamber’s new president takes office in March.');
  const csv = await successorPage.context().request.get(`/posts/${postId}/brief/export`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  for (const title of postItems) expect(await csv.text()).toContain(title);

  // A leaves the mission: the account is closed, and the meetings A attended still show A, in the post.
  expect(
    (await callServerAction(admin, 'app/(app)/admin/accounts/actions.ts', 'setActiveAction', [null, { userId: leavingId, active: 'false' }])).body,
  ).toContain('"ok":true');
  await managerPage.goto(`/meetings/${idOf('meetings', 'title', pastMeeting)}`);
  await expect(managerPage.getByText(`${leaving.name} (${postTitle})`)).toBeVisible();
  await managerPage.goto(`/posts/${postId}`);
  await expect(managerPage.getByRole('region', { name: 'Holders' })).toContainText(`${leaving.name} (account closed): 2024-01-01`);
});
