'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { Locale } from '@/lib/locale';
import type { OrganisationKind } from '@/lib/organisations';

/** A count's two forms for `plural` (lib/fill.ts), `#` standing for the count. */
type Plural = { one: string; other: string };

/**
 * The words of the shared client components (filters, text boxes, drafts, signing in again, the
 * counterpart look-ups), in the page's language: catalogue namespace `common`, built once by the
 * root layout. `{name}` placeholders are raw templates for `fill`/`fillNodes` (components/fill-nodes.tsx): these widgets are
 * used by dozens of screens, whose call sites stay as they are.
 */
export type CommonWords = {
  locale: Locale;
  saving: string;
  any: string;
  cancel: string;
  email: string;
  filters: { button: string; active: Plural };
  list: { name: string; search: string; pages: string; previous: string; next: string };
  draftStatus: { saving: string; savedAt: string; saved: string; offline: string; signedOut: string; refused: string; signInAgain: string };
  capture: { unreachable: string };
  reauth: {
    heading: string;
    why: string;
    wrong: string;
    unreachable: string;
    password: string;
    code: string;
    codeHint: string;
    oneMoreStep: string;
    enrol: string;
    newPassword: string;
    newTab: string;
    signingIn: string;
    saveNow: string;
    continue: string;
    notNow: string;
  };
  textarea: { upTo: string; characters: string; tooLong: string; noRoom: string };
  contactQuickAdd: {
    heading: string;
    fullName: string;
    similar: string;
    use: string;
    title: string;
    titleHint: string;
    organisationIs: string;
    change: string;
    organisation: string;
    organisationHint: string;
    inList: string;
    inListLabel: string;
    useItNamed: string;
    useIt: string;
    kind: string;
    kindHint: string;
    country: string;
    phone: string;
    adding: string;
    add: string;
    organisationKind: Record<OrganisationKind, string>;
  };
  contactMatches: { label: string; add: string; searching: string; none: string; addNew: string };
  similarContacts: { heading: string };
  recoveryCodes: { heading: string; kept: string; continue: string };
};

const Words = createContext<CommonWords | null>(null);

export function CommonWordsProvider({ words, children }: { words: CommonWords; children: ReactNode }) {
  return <Words value={words}>{children}</Words>;
}

export function useCommonWords(): CommonWords {
  const words = useContext(Words);
  if (!words) throw new Error('CommonWordsProvider is missing: the root layout mounts it.');
  return words;
}
