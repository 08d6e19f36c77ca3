/** The vocabularies of meetings (their words: the catalogues' `vocabulary`). */

export const meetingKinds = ['political-consultation', 'courtesy-call', 'business-meeting', 'signing', 'event', 'visit', 'call', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const confidentialityLevels = ['normal', 'restricted'] as const;
export type Confidentiality = (typeof confidentialityLevels)[number];

export const areaOutcomes = ['discussed', 'agreed'] as const;
export type AreaOutcome = (typeof areaOutcomes)[number];
