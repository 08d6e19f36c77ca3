/** The forms whose text is kept as a draft on the server while it is written. */
export const draftForms = ['meeting', 'follow-up', 'follow-up-note'] as const;
export type DraftForm = (typeof draftForms)[number];

/**
 * Largest draft accepted, in characters of JSON: the longest form (a meeting with two 20,000-character
 * texts and its 100,000-character source readout, as JSON escapes them) fits with room.
 */
export const DRAFT_MAX_CHARS = 250_000;
