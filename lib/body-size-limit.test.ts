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
  for (const [name, value] of [
    ['title', widest(200)],
    ['kind', 'political-consultation'],
    ['startDate', '2026-12-06'],
    ['endDate', '2026-12-07'],
    ['confidentiality', 'restricted'],
  ])
    form.append(name!, value!);
  form.append('summary', widest(TEXT_LIMITS.summary));
  form.append('outcome', widest(TEXT_LIMITS.outcome));
  form.append('sourceText', widest(TEXT_LIMITS.readout));
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

  it('fits the largest meeting the schemas accept, its source readout full and every list at its maximum', async () => {
    expect(await encodedSize(largestMeeting({ listEntries: 500 }))).toBeLessThan(BODY_SIZE_LIMIT * 0.8);
  });

  // A draft travels on its own (components/capture/use-capture.ts), never with the form it keeps.
  it('fits the largest draft, as it is sent', async () => {
    const form = new FormData();
    form.append('$ACTION_ID_0123456789abcdef0123456789abcdef01234567', '');
    for (const [name, value] of [
      ['draftId', '1000000000000000'],
      ['form', 'meeting'],
      ['targetId', '1000000000000000'],
      ['label', widest(200)],
      ['payload', widest(DRAFT_MAX_CHARS)],
    ])
      form.append(name!, value!);
    expect(await encodedSize(form)).toBeLessThan(BODY_SIZE_LIMIT * 0.9);
  });

  it('fits the largest readout sent to be read', async () => {
    const form = new FormData();
    form.append('$ACTION_ID_0123456789abcdef0123456789abcdef01234567', '');
    form.append('text', widest(TEXT_LIMITS.readout));
    form.append('published', '2026-12-06');
    expect(await encodedSize(form)).toBeLessThan(BODY_SIZE_LIMIT * 0.5);
  });
});
