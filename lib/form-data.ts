/** What a server action receives: a form post, or a plain object from a direct call (scripts, tests, attackers). */
export type Payload = FormData | Record<string, unknown> | null | undefined;

/**
 * The payload as one object of fields, a field sent several times as a list. Built without a
 * prototype, so a field named `__proto__` is only a field (it cannot swap the object's prototype).
 */
export function toObject(payload: Payload): Record<string, unknown> {
  if (payload instanceof FormData) {
    const object: Record<string, unknown> = Object.create(null);
    for (const [key, value] of payload.entries()) {
      if (key.startsWith('$ACTION')) continue; // React's own bookkeeping fields
      const previous = object[key];
      object[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
    }
    return object;
  }
  return payload && typeof payload === 'object' && !Array.isArray(payload) ? payload : {};
}
