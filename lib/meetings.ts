/** The vocabularies of meetings, with their labels. */

export const meetingKinds = ['political-consultation', 'courtesy-call', 'business-meeting', 'signing', 'event', 'visit', 'call', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingKindLabels: Record<MeetingKind, string> = {
  'political-consultation': 'Political consultation',
  'courtesy-call': 'Courtesy call',
  'business-meeting': 'Business meeting',
  signing: 'Signing ceremony',
  event: 'Event (cultural, diaspora…)',
  visit: 'Visit',
  call: 'Call or video call',
  other: 'Other',
};

export const confidentialityLevels = ['normal', 'restricted'] as const;
export type Confidentiality = (typeof confidentialityLevels)[number];

export const areaOutcomes = ['discussed', 'agreed'] as const;
export type AreaOutcome = (typeof areaOutcomes)[number];
