import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { followUpSchema, followUpStatusSchema, parseFollowUpFilters, recordMeetingSchema } from './follow-ups';

const meeting = {
  title: 'Chambers',
  kind: 'business-meeting',
  startDate: '2024-06-24',
  placeCity: 'Brussels',
  placeCountry: 'BE',
  countries: ['XK'],
  confidentiality: 'normal',
};

describe('follow-ups typed into the log-meeting form', () => {
  it('keeps filled rows, ignores blank ones, and parses each row', () => {
    const parsed = recordMeetingSchema.parse({
      ...meeting,
      followUpTitle: ['Draft the package', '', 'Partner sends a list'],
      followUpCommittedBy: ['ours', 'ours', 'partner'],
      followUpOwner: ['3', '', ''],
      followUpDue: ['2024-09-01', '', ''],
      followUpCountry: ['XK', 'XK', 'BE'],
    });
    expect(parsed.followUps).toEqual([
      { title: 'Draft the package', committedBy: 'ours', ownerId: 3, dueDate: '2024-09-01', countryCode: 'XK' },
      { title: 'Partner sends a list', committedBy: 'partner', ownerId: null, dueDate: null, countryCode: 'BE' },
    ]);
    expect(parsed.title).toBe('Chambers');
  });

  it('names the row of a bad follow-up (blank rows keep their place), and needs an owner for our commitments', () => {
    const result = recordMeetingSchema.safeParse({
      ...meeting,
      followUpTitle: ['Ours, no owner'],
      followUpCommittedBy: ['ours'],
      followUpOwner: [''],
      followUpDue: ['2024-02-30'],
      followUpCountry: ['XK'],
    });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      followUps: ['Follow-up 1: Due date is not a real date.'],
    });
    const noOwner = recordMeetingSchema.safeParse({
      ...meeting,
      followUpTitle: ['', 'Ours, no owner'],
      followUpCommittedBy: ['ours', 'joint'],
      followUpOwner: ['4', ''],
      followUpDue: ['', ''],
      followUpCountry: ['XK', 'XK'],
    });
    expect(z.flattenError(noOwner.error!).fieldErrors).toEqual({ followUps: ['Follow-up 2: A commitment of ours needs an owner on our side.'] });
  });
});

describe('follow-up changes', () => {
  it('a joint commitment needs an owner; the partner’s does not', () => {
    const base = { title: 'Set up a contact channel', countryCode: 'LU' };
    expect(followUpSchema.safeParse({ ...base, committedBy: 'joint' }).success).toBe(false);
    expect(followUpSchema.parse({ ...base, committedBy: 'partner' })).toMatchObject({ ownerId: null, meetingId: null, dueDate: null });
  });

  it('cancelling needs a reason', () => {
    expect(followUpStatusSchema.safeParse({ followUpId: '1', version: '2', status: 'cancelled' }).success).toBe(false);
    expect(followUpStatusSchema.parse({ followUpId: '1', version: '2', status: 'cancelled', reason: 'Superseded by the MoU' }).reason).toBe(
      'Superseded by the MoU',
    );
  });

  it('reads list filters leniently', () => {
    expect(parseFollowUpFilters({ owner: 'none', country: 'be', status: 'bogus', section: 'late' })).toEqual({
      ownerId: 'none',
      countryCode: 'BE',
      status: undefined,
      section: undefined,
    });
    expect(parseFollowUpFilters({ owner: '12' }).ownerId).toBe(12);
    expect(parseFollowUpFilters({ section: 'dueSoon' }).section).toBe('dueSoon');
  });
});
