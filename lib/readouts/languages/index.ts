import type { Lexicon } from '../lexicon';
import type { ReadoutLanguage } from '../types';
import { german } from './de';
import { english } from './en';
import { french } from './fr';
import { italian } from './it';
import { dutch } from './nl';

export const lexicons: Record<ReadoutLanguage, Lexicon> = { en: english, fr: french, it: italian, de: german, nl: dutch };
