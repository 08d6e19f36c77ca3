/**
 * How long each free-text field may be, by its form field name. The zod schemas (lib/schemas) and
 * the text boxes (components/ui/textarea-field.tsx) both read this table, so the limit a person is
 * shown is the one the server enforces; lib/schemas/text-limits.test.ts checks every schema.
 */
export const TEXT_LIMITS = {
  summary: 20_000,
  outcome: 20_000,
  details: 5_000,
  note: 2_000,
  reason: 1_000,
  alternativeNames: 1_000,
  /** A pasted readout (press release, e-mail), and the meeting's source kept from it (`sourceText`). */
  readout: 100_000,
} as const;

/** The limit of a known long-text field, for a text box that was given none. */
export function textLimitOf(name: string): number | undefined {
  return Object.hasOwn(TEXT_LIMITS, name) ? TEXT_LIMITS[name as keyof typeof TEXT_LIMITS] : undefined;
}

/** The live counter appears from this share of the limit on: earlier it would only be noise. */
const COUNTER_FROM = 0.8;

export function showsCounter(length: number, max: number): boolean {
  return length >= max * COUNTER_FROM;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en');
}

/**
 * Length as a text box and the server count it: a line break is one character, though forms send
 * it as CR LF.
 */
export function countedLength(text: string): number {
  return unifyLineBreaks(text).length;
}

export function unifyLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Why a paste must be refused, or null when it fits. A paste replaces the selection; one that
 * would overflow is refused whole, rather than cut silently as the browser's maxLength would.
 */
export function pasteRefusal({
  label,
  max,
  currentLength,
  selectedLength,
  pasted,
}: {
  label: string;
  max: number;
  currentLength: number;
  selectedLength: number;
  pasted: string;
}): string | null {
  const pastedLength = countedLength(pasted);
  const room = max - (currentLength - selectedLength);
  if (pastedLength <= room) return null;
  const holds =
    pastedLength > max
      ? `${label} holds at most ${formatCount(max)}`
      : `${label} holds at most ${formatCount(max)} and has ${formatCount(Math.max(room, 0))} left`;
  return `That paste is ${formatCount(pastedLength)} characters; ${holds}. Nothing was pasted — shorten it first.`;
}
