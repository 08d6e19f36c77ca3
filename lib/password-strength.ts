import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as french from '@zxcvbn-ts/language-fr';

/**
 * zxcvbn's score (0–4) a new password must reach: 3 is "safely unguessable" (about 10^8 guesses
 * or more), which a passphrase of three ordinary words passes and "Password2024!" does not.
 */
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
// Built on first use: the dictionaries (common passwords, English and French words and names) take ~100 ms to load.
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...french.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

/** Words a guesser would try first for this person: their name, their e-mail, the mission's name. */
export type PasswordContext = { name?: string; email?: string; missionName?: string };

function contextWords({ name, email, missionName }: PasswordContext): string[] {
  const words = [name, email, email?.split('@')[0], missionName, ...[name, email, missionName].flatMap((text) => text?.split(/[\s@.\-_]+/) ?? [])];
  return [...new Set(words.filter((word): word is string => !!word && word.length >= 3).map((word) => word.toLowerCase()))];
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The person's full name, the e-mail's local part and the mission's name, folded; short ones are left to zxcvbn. */
function wholeContext({ name, email, missionName }: PasswordContext): string[] {
  return [name, email?.split('@')[0], missionName].map((text) => fold(text ?? '')).filter((text) => text.length >= 6);
}

/**
 * Why a new password would be refused, as a person reads it, or null when it is good enough. No
 * composition rules (NIST 800-63B): length 12–256 is checked by the schema, guessability here.
 */
export async function passwordWeakness(password: string, context: PasswordContext): Promise<string | null> {
  const usesContext =
    'This password contains your name, your e-mail or the mission’s name, which are the first things tried. Choose words that have nothing to do with you.';
  // Whole, whatever the spacing or case ("MiraManager2026"): zxcvbn alone lets a long enough one through.
  const folded = fold(password);
  if (wholeContext(context).some((words) => folded.includes(words))) return usesContext;
  const result = await estimator().checkAsync(password, contextWords(context));
  if (result.score >= MIN_SCORE) return null;
  if (result.sequence.some((match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs')) return usesContext;
  const warning = result.feedback.warning?.replace(/\.?$/, '.');
  return warning
    ? `This password is too easy to guess. ${warning} A few unrelated words, like a short sentence only you would write, are stronger and easier to remember.`
    : 'This password is too easy to guess. A few unrelated words, like a short sentence only you would write, are stronger and easier to remember.';
}
