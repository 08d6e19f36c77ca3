import { describe, expect, it } from 'vitest';
import nextConfig from '../next.config.js';
import { BODY_SIZE_LIMIT } from './body-size-limit';
import { DRAFT_MAX_CHARS } from './drafts';
import { TEXT_LIMITS } from './text-limits';

// "€" takes 3 bytes in UTF-8, the most one UTF-16 unit can (a 4-byte character counts as 2 toward every limit).
const widest = (length: number) => '€'.repeat(length);

/** The log-meeting form filled to its limits (lib/schemas), as a browser would post it. */
function largestMeeting({ listEntries }: { listEntries: number }): FormData {
  const form = new FormData();
  form.append('$ACTION_ID_0123456789abcdef0123456789abcdef01234567', '');
  for (const [name, value] of [['title', widest(200)], ['kind', 'political-consultation'], ['startDate', '2026-12-06'], ['endDate', '2026-12-07'], ['confidentiality', 'restricted']]) form.append(name!, value!);
  form.append('summary', widest(TEXT_LIMITS.summary));
  form.append('outcome', widest(TEXT_LIMITS.outcome));
  for (let row = 0; row < 100; row++) {
    form.append('placeCity', widest(100));
    form.append('placeCountry', 'BE');
    form.append('followUpTitle', widest(200));
    form.append('followUpCommittedBy', 'partner');
    form.append('followUpOwner', '1000000000000000');
    form.append('followUpDue', '2026-12-31');
    form.append('followUpCountry', 'BE');
  }
  for (let entry = 0; entry < listEntries; entry++) {
    form.append('countries', 'BE');
    form.append('attendees', String(1e15 + entry));
    form.append('contacts', String(1e15 + entry));
    form.append('areas', `${1e8 + entry}:discussed`);
  }
  return form;
}

const encodedSize = async (form: FormData) => (await new Response(form).arrayBuffer()).byteLength;

describe('the request body limit', () => {
  it('is the one Next.js applies to server actions', () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(BODY_SIZE_LIMIT);
  });

  it('fits the largest meeting the schemas accept, every list at its maximum', async () => {
    expect(await encodedSize(largestMeeting({ listEntries: 500 }))).toBeLessThan(BODY_SIZE_LIMIT * 0.5);
  });

  it('fits a full meeting sent together with the largest draft', async () => {
    const form = largestMeeting({ listEntries: 20 });
    form.append('draft', widest(DRAFT_MAX_CHARS));
    expect(await encodedSize(form)).toBeLessThan(BODY_SIZE_LIMIT * 0.9);
  });
});
