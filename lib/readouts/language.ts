import { franc } from 'franc-min';
import type { ReadoutLanguage } from './types';

const iso6393: Record<string, ReadoutLanguage> = { eng: 'en', fra: 'fr', ita: 'it', deu: 'de', nld: 'nl' };

/**
 * The readout's language, if one of the five: franc-min (trigram statistics over 82 languages)
 * decides whether it is one of them at all, then which, among the five only.
 */
export function detectLanguage(text: string): { language: ReadoutLanguage | null; other: string | null } {
  const sample = text.slice(0, 20_000);
  const any = franc(sample, { minLength: 20 });
  const among = franc(sample, { minLength: 20, only: Object.keys(iso6393) });
  if (any === 'und' && among === 'und') return { language: null, other: null };
  // Short texts fool trigrams between close languages; another language wins only when clearly so.
  if (any !== 'und' && !(any in iso6393) && text.length > 100) return { language: null, other: any };
  return { language: iso6393[among] ?? null, other: null };
}
