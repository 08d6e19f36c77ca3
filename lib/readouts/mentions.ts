import { foldAccents, nameWords } from '../names';
import { type CountryMatch, findCities, findCountries, findKnownBodies, findRegions, foldKeepingOffsets, isFirstNameToo, isRegionWord } from './geography';
import { lexicons } from './languages';
import { english } from './languages/en';
import type { Lexicon } from './lexicon';
import { countryOfTown } from './towns';
import type { Sentence } from './text';
import type { Span } from './types';

/**
 * People and bodies named in a readout. With no named-entity model to lean on, a name is a run of
 * capitalised words that the lexicons do not claim, held to account by what stands around it: a
 * courtesy word, a function before or after it, a mission's staff list, a second mention.
 */

/** `possessive`: written with "'s", which ends a name ("Light Conversion's Chief Business Officer"). */
export type Token = { text: string; folded: string; start: number; end: number; cap: boolean; word: boolean; suspended?: boolean; possessive?: boolean };

/** A body the text names; `implied` when only a function implies it ("Minister of Energy" → Ministry of Energy). */
export type Organisation = {
  name: string;
  folded: string;
  spans: Span[];
  country: string | null;
  acronym: string | null;
  implied?: boolean;
  /** The well-known body it is, whichever of its names the text gives ("Farnesina"). */
  knownAs?: string;
};

export type Person = {
  name: string;
  title: string | null;
  organisation: Organisation | null;
  /** The country the text ties the person to (by function, body or context); null when it does not. */
  country: string | null;
  ours: boolean;
  spans: Span[];
  titleSpan: Span | null;
  /** Named without a function or courtesy word: kept only if mentioned again by surname. */
  weak?: boolean;
  /** Leads a delegation ("la delegazione … guidata da X"): of the side that travelled, when nothing else tells. */
  leadsDelegation?: boolean;
  /** Of our side only because the text has them travel with someone ("accompanied by"): the delegation's country, once known, says more. */
  companion?: boolean;
};

const elision = /^(l|d|j|qu|n|s|c|m|t|dell|dall|nell|all|sull|un|gl)['’](?=\p{L})/iu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // Dotted abbreviations are one word: "S.p.A.", "N.V.", "S.E.", and Luxembourg's "S.à r.l.".
  for (const match of text.matchAll(/S\.à ?r\.l\.|(?:\p{L}{1,2}\.){2,}(?:\p{L}\b\.?)?|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*|[^\s\p{L}\p{N}]/gu)) {
    let start = match.index + offset;
    let word = match[0];
    const elided = elision.exec(word);
    if (elided) {
      tokens.push(token(elided[0], start));
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    // "Industrie- und Handelskammer": a word cut before its shared end, marked so that "und" does not end the name.
    const suspended = /\p{L}-$/u.test(word);
    const possessive = /\p{L}['’]s$/u.test(word);
    if (!/\.$/.test(word) && /[\p{L}\p{N}]/u.test(word)) word = word.replace(/['’]s$/, '').replace(/['’-]+$/, '');
    tokens.push({ ...token(word, start), ...(suspended && { suspended }), ...(possessive && { possessive }) });
  }
  return tokens;
}

function token(text: string, start: number): Token {
  return {
    text,
    folded: foldAccents(text)
      .replace(/’/g, "'")
      .replace(/(\p{L}\.\p{L})\.$/u, '$1'),
    start,
    end: start + text.length,
    cap: /^\p{Lu}/u.test(text),
    word: /^[\p{L}\p{N}]/u.test(text),
  };
}

/** Particles inside names: "Ursula von der Leyen", "Jan De Smet", "Luigi Di Maio". */
const particles = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'di',
  'da',
  'du',
  'le',
  'la',
  'ter',
  'ten',
  'el',
  'al',
  'bin',
  'ibn',
  'dos',
  'das',
  'del',
  'della',
  'lo',
]);
const germanArticles = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);
/** Articles of a subject put after its verb, in the languages that do so: "traf der Minister X", "ontmoette de minister X". */
const subjectArticles: Partial<Record<string, Set<string>>> = { de: new Set(['der']), nl: new Set(['de', 'het']) };
/**
 * Whether the word at `i` is a particle of a name. In German an article is one only after "von" or "zu" ("von der Leyen");
 * elsewhere it begins the next phrase: "Anna Nowak das Landesamt", "Arman Nurlanov den Parlamentarischen Staatssekretär".
 */
const isParticleAt = (tokens: Token[], i: number, sets: Lexicons) => {
  const word = tokens[i]?.folded ?? '';
  if (!particles.has(word)) return false;
  return !(sets.lexicon.language === 'de' && germanArticles.has(word) && !['von', 'vom', 'zu', 'van'].includes(tokens[i - 1]?.folded ?? ''));
};
/** Words that open a sentence and are never part of a body's name. */
const smallWords = new Set([
  'the',
  'a',
  'an',
  'during',
  'at',
  'on',
  'in',
  'with',
  'after',
  'before',
  'following',
  'also',
  'both',
  'this',
  'that',
  'le',
  'la',
  'les',
  "l'",
  'lors',
  'au',
  'aux',
  'avec',
  'il',
  'lo',
  'gli',
  'nel',
  'nella',
  'durante',
  'con',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'beim',
  'im',
  'am',
  'mit',
  'de',
  'het',
  'een',
  'tijdens',
  'bij',
  'op',
  'met',
  // "Beide Häfen vereinbarten…", "All the chambers": which of them, not a name.
  'both',
  'all',
  'these',
  'beide',
  'beiden',
  'alle',
  'diese',
  'dieser',
  'dieses',
  'deze',
  'tous',
  'toutes',
  'ces',
  'entrambi',
  'entrambe',
  'tutti',
  'tutte',
]);
/** The mission itself, named without a country: "the Embassy", "notre ambassade", "l'Ambasciata", "het consulaat". */
const ownMissionWords =
  /^\s*(?:the|our|l'|la|le|notre|die|das|unsere|de|het|onze|il|lo|la nostra)?\s*(?:embassy|ambassade|ambasciata|botschaft|mission|missione|high commission|haut-commissariat|consulate(?: general)?|consulat(?: general)?|consolato(?: generale)?|(?:general)?konsulat|consulaat(?:-generaal)?)/;
const ownMissionName = new RegExp(`${ownMissionWords.source}\\s*$`);
export const isOwnMission = (name: string) => ownMissionName.test(foldKeepingOffsets(name));
/** The mission's word as a whole word, not another country's ("the Embassy of Italy"). */
const notAnothers = String.raw`(?![\p{L}])(?![^,]*\s(?:of|de|du|di|del|der|van)\s)`;
/** A clause whose subject is the mission: "The Embassy, for its part, will…". */
const ownMissionFirst = new RegExp(`${ownMissionWords.source}${notAnothers}`, 'u');
/** …after the words that say when, and with where it is: "Entro fine maggio l'Ambasciata invierà…", "By June the Embassy in Astana will…". */
const ownMissionAfterWhen = new RegExp(
  String.raw`^.{0,40}?[\s,]${ownMissionWords.source.replace('^\\s*', '')}${notAnothers}(?:\s+(?:in|at|a|en|te)\s+\p{L}+)?\s*$`,
  'u',
);
export const subjectIsOwnMission = (text: string) => {
  const folded = foldKeepingOffsets(text);
  return ownMissionFirst.test(folded) || ownMissionAfterWhen.test(folded);
};

/** Articles that are not also prepositions: after one, a new phrase starts. */
const bareArticles = new Set(["l'", 'la', 'il', 'lo', 'le', 'gli', 'les', 'the', 'het']);
const articles = new Set(['the', 'a', 'an', 'le', 'la', 'les', "l'", 'il', 'lo', 'gli', 'die', 'der', 'das', 'den', 'dem', 'de', 'het', 'een']);
const bodyConnectors = new Set([
  'of',
  'at',
  'de',
  'du',
  'des',
  "d'",
  'della',
  'del',
  "dell'",
  'di',
  'degli',
  'dei',
  'delle',
  'van',
  'bij',
  'bei',
  'beim',
  'der',
  'von',
  'chez',
  'presso',
]);
const clauseStops = new Set([
  // Auxiliaries: a function never runs across a verb ("l'Ambasciatrice ha incontrato Luca Parodi").
  'ha',
  'hanno',
  'ont',
  'has',
  'have',
  'had',
  'heeft',
  'etait',
  'etaient',
  'era',
  'erano',
  'war',
  'waren',
  'is',
  'accompagne',
  'accompagnee',
  'accompanied',
  'accompagnato',
  'accompagnata',
  'begleitet',
  'vergezeld',
  'hebben',
  'hat',
  'haben',
  'est',
  'sont',
  'was',
  'were',
  'werd',
  'werden',
  'wurde',
  'wurden',
  'with',
  'avec',
  'mit',
  'met',
  'who',
  'qui',
  'que',
  'che',
  'dass',
  'dat',
  'which',
  'where',
  'ou',
  'dove',
  'wo',
  'waar',
  'whom',
  'while',
  'tandis',
  'mentre',
  'wahrend',
  'terwijl',
  'also',
  'aussi',
  'anche',
  'auch',
  'ook',
  'by',
  'par',
  'da',
  'durch',
  'door',
  'between',
  'entre',
  'tra',
  'zwischen',
  'tussen',
]);
const lowerCaseBodies =
  /^(ministere|ministero|ministerie|chambre|camera|kamer|commune|comune|gemeente|gouvernement|governo|regering|universite|universita|universiteit|provincie|provincia|province|regione|voivodato|commission|commissione)$/;
/** "provincie Gelderland", "la provincia di Varese": in lower case, a territory's government only with its name straight after. */
const territoryHeads = /^(provincie|provincia|province|regione|voivodato)$/;
const companyWords = /^(company|companies|firm|group|societe|entreprise|societa|azienda|unternehmen|firma|bedrijf|partner|partners|associe|socio)$/;
/** The countries whose companies end their names with a legal form: "Sonnwerk Anlagenbau GmbH", "Adriatica Componenti S.p.A.". */
const legalForms: Record<string, string[]> = {
  gmbh: ['DE', 'AT', 'CH'],
  ag: ['DE', 'AT', 'CH'],
  spa: ['IT'],
  's.p.a': ['IT'],
  srl: ['IT', 'BE', 'RO'],
  's.r.l': ['IT', 'BE', 'RO'],
  nv: ['BE', 'NL'],
  'n.v': ['BE', 'NL'],
  bv: ['NL', 'BE'],
  'b.v': ['NL', 'BE'],
  sas: ['FR'],
  sarl: ['FR', 'LU'],
  's.a r.l': ['LU'],
  's.a.r.l': ['LU'],
  ltd: ['GB', 'IE'],
  plc: ['GB', 'IE'],
  ab: ['SE'],
  'a/s': ['DK', 'NO'],
  oy: ['FI'],
  oyj: ['FI'],
  inc: ['US', 'CA'],
  llc: ['US'],
  kg: ['DE', 'AT'],
  'd.o.o': ['SI', 'HR', 'RS', 'BA', 'ME'],
  's.r.o': ['CZ', 'SK'],
  kft: ['HU'],
  zrt: ['HU'],
  sagl: ['CH'],
  aps: ['DK'],
  lda: ['PT'],
  ltda: ['BR'],
  tbk: ['ID'],
  pty: ['AU', 'ZA'],
};
/** The countries a body's name says it may be of, by its form: a legal form at its end, a federal prefix at its start. */
export function countriesByForm(name: string): string[] {
  const words = foldAccents(name).split(/\s+/);
  // A federal body of the German-speaking countries: "Bundesministerium für Bildung und Forschung", "Bundesamt für Energie".
  if (/^bundes\p{L}{3,}/u.test(words[0] ?? '')) return ['DE', 'AT', 'CH'];
  // The Swiss Confederation's: "Eidgenössisches Departement…", "Département fédéral…", "Ufficio federale…".
  if (/^eidgenossisch/.test(words[0] ?? '') || /^(?:departement|office|dipartimento|ufficio) federale?$/.test(words.slice(0, 2).join(' '))) return ['CH'];
  // "S.à r.l." is written in two words.
  return legalForms[words.slice(-2).join(' ').replace(/\.$/, '')] ?? legalForms[words.at(-1)?.replace(/\.$/, '') ?? ''] ?? [];
}

/** Acronyms that name no body met: shared institutions, currencies, things. */
const notBodies = new Set([
  'NATO',
  'OSCE',
  'WTO',
  'COP',
  'SDG',
  'SDGS',
  'GDP',
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'MOU',
  'ICT',
  'SME',
  'SMES',
  'PPP',
  'FDI',
  'B2B',
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'KZT',
  'LNG',
  'CO2',
  'R&D',
  'TVET',
  'STEM',
  'PME',
  'PMI',
  'KMU',
  'MKB',
  'UNESCO',
  'UNICEF',
  'UNDP',
  'WHO',
  'IMF',
  'OECD',
  'ASEAN',
  'BRICS',
  'CIS',
  'EAEU',
  'EFTA',
]);

const acronymIntroducers = new Set([
  'of',
  'di',
  'de',
  'van',
  'von',
  'der',
  'des',
  'du',
  'del',
  'della',
  "dell'",
  'with',
  'con',
  'avec',
  'met',
  'mit',
  'at',
  'bei',
  'bij',
  'presso',
  'and',
  'e',
  'et',
  'und',
  'en',
  'from',
  'da',
  'dal',
  'dalla',
  'chez',
  'aupres',
]);

/** The first word of an address or of a saint a place is named after: "la sede di Largo Antonio Ruberti", "nella sede di Santa Marta". */
const streetWords =
  /^(?:via|viale|piazza|largo|corso|rue|avenue|boulevard|place|quai|strasse|platz|allee|straat|plein|laan|street|road|square|san|santa|santo|saint|sainte|sankt)$/;
/** Functions that run a body, in every language: the name after them and "of" is the body's. */
const runsABody = new Set([
  'ceo',
  'founder',
  'co-founder',
  'owner',
  'fondateur',
  'fondatrice',
  'pdg',
  'gerant',
  'fondatore',
  'titolare',
  'amministratore',
  'geschaftsfuhrer',
  'geschaftsfuhrerin',
  'grunder',
  'grunderin',
  'inhaber',
  'inhaberin',
  'oprichter',
  'oprichtster',
  'zaakvoerder',
  'eigenaar',
  'topman',
  'topvrouw',
  'director',
  'directeur',
  'directrice',
  'direttore',
  'direttrice',
  'direktor',
  'direktorin',
  'chairman',
  'chairwoman',
  'voorzitter',
  'president',
  'presidente',
  'prasident',
  'prasidentin',
]);
/** What a department of a body is called after: "director of Business Development", "Head of International Relations". */
const departments =
  /^(?:development|relations|affairs|cooperation|marketing|sales|operations|strategy|communications?|research|finance|policy|programmes?|projects?|planning|trade|investments?|innovation|partnerships|services|technology|engineering|export|exports|procurement|global|engagement|outreach|internationali[sz]ation|markets?|intelligence)$/;
/** The small words between a function and what it is for: "assessore al", "schepen voor", "Landesrätin für". */
const remitWords = new Set(['al', 'allo', 'alla', "all'", 'ai', 'agli', 'alle', 'voor', 'fur', 'for', 'aux', 'au']);
/**
 * Whether a name is part of what a function is for, listed after it: "assessore allo Sviluppo economico, Porto e Relazioni
 * internazionali", "schepen voor Economie, Haven en Internationale Relaties".
 */
function remitOf(tokens: Token[], from: number, sets: Lexicons): boolean {
  let k = from - 1;
  const listed = (t: Token) => t.text === ',' || t.cap || sets.lexicon.and.includes(t.folded) || romanceAdjective.test(t.folded);
  while (k > 0 && from - k <= 10 && !remitWords.has(tokens[k]!.folded) && listed(tokens[k]!)) k--;
  return k > 0 && remitWords.has(tokens[k]!.folded) && isTitleWord(tokens[k - 1]!, sets);
}
/** Where someone holds a function: "at", "bei", "bij", "chez", "presso". */
const employerWords = new Set(['at', 'bei', 'bij', 'chez', 'presso']);
const bareOf = new Set(['of', 'at', 'de', 'di', 'von', 'bei', 'van', 'bij']);
/** A legal form ("AG", "S.p.A.", "plc"), not a word any body may end in ("Group", "Bank"). */
const isLegalForm = (t: Token) =>
  (t.cap || isLowerCaseSuffix(t)) &&
  companySuffixes.has(t.folded.replace(/\.$/, '')) &&
  !['group', 'groupe', 'gruppo', 'holding', 'bank', 'airlines', 'partners'].includes(t.folded);
/** Legal forms written in lower case: "British International Investment plc", "Dunav Logistika d.o.o.", "Silicon Saxony e.V.". */
const isLowerCaseSuffix = (t: Token) => ['plc', 'd.o.o.', 'd.o.o', 'e.V.', 'e.V', 'srl', 's.r.l.', 's.p.a.'].includes(t.text);
const companySuffixes = new Set([
  's.a r.l',
  's.a.r.l',
  'sa',
  'nv',
  'bv',
  'gmbh',
  'ag',
  'spa',
  's.p.a',
  'srl',
  's.r.l',
  'n.v',
  'b.v',
  's.a',
  'ltd',
  'limited',
  'llc',
  'plc',
  'inc',
  'sarl',
  'sas',
  'se',
  'group',
  'groupe',
  'gruppo',
  'holding',
  'bank',
  'airlines',
  'partners',
  'jsc',
  'j.s.c',
  'ojsc',
  'ooo',
  'llc',
  'sh.a',
  'sh.p.k',
  'shpk',
  'd.o.o',
  'doo',
  'dooel',
  'ad',
  'a.d',
  'tbk',
  'sagl',
  'kft',
  'zrt',
  's.r.o',
  'a.s',
  'aps',
  'asa',
  'kg',
  'oy',
  'ab',
  'llp',
  'sprl',
  'bvba',
  'srls',
  's.c.p.a',
  'scpa',
  'scarl',
  's.c.a.r.l',
  'e.v',
]);
/** Sentences that say where the news came from, not who met. */
const attribution =
  /\b(press (?:service|office)|according to|reports?\b|service de presse|selon|secondo|ufficio stampa|laut|pressestelle|persdienst|volgens|kazinform|comunicato)\b/i;

type Lexicons = {
  lexicon: Lexicon;
  titleWords: Set<string>;
  orgHeads: Set<string>;
  orgWords: Set<string>;
  connectors: Set<string>;
  orgConnectors: Set<string>;
  notNames: Set<string>;
  honorifics: Set<string>;
  areaStems: string[];
};

/** Prepositions that end a body's name: "the Ministry of Transport in Astana". */
const committeeHeads = /^(committee|commission|council|subcommittee)$/;
const placePrepositions = new Set([
  'to',
  'at',
  'in',
  'on',
  'a',
  'au',
  'aux',
  'en',
  'chez',
  'bei',
  'beim',
  'zu',
  'zur',
  'zum',
  'am',
  'an',
  'im',
  'op',
  'te',
  'aan',
  'bij',
  'presso',
  'al',
  'alla',
  'ad',
]);

/** Women's forms of a function: "direttrice", "amministratrice", "conseillère", "Botschafterin", "ministra". */
/** The one-word heads of bodies a lexicon lists: "ministry", "chambre". */
const headWords = (lexicon: Lexicon) => lexicon.organisations.map(foldAccents).filter((entry) => !entry.includes(' '));

const functionForms = new Map<Lexicon, Set<string>>();
/** A word of the language's functions as listed, or in the feminine: "viceministra", "directrice", "Botschafterin". */
export function isFunctionForm(word: string, lexicon: Lexicon): boolean {
  let forms = functionForms.get(lexicon);
  if (!forms) functionForms.set(lexicon, (forms = new Set(lexicon.titles.flatMap((title) => [title, ...feminine(title, lexicon.language)]))));
  return forms.has(word);
}

function feminine(word: string, language: string): string[] {
  switch (language) {
    case 'it':
      return [word.replace(/ore$/, 'rice'), word.replace(/o$/, 'a'), word.replace(/e$/, 'essa'), word.replace(/e$/, 'a')];
    case 'fr':
      return [word.replace(/eur$/, 'rice'), word.replace(/eur$/, 'euse'), word.replace(/ien$/, 'ienne'), word.replace(/er$/, 'ere'), `${word}e`];
    case 'de':
      return [`${word}in`];
    case 'nl':
      return [word.replace(/er$/, 'ster'), `${word}e`];
    default:
      return [];
  }
}

const setsCache = new Map<Lexicon, Lexicons>();

function lexiconSets(lexicon: Lexicon): Lexicons {
  const cached = setsCache.get(lexicon);
  if (cached) return cached;
  const sets = buildSets(lexicon);
  setsCache.set(lexicon, sets);
  return sets;
}

function buildSets(lexicon: Lexicon): Lexicons {
  const small = new Set(lexicon.connectors.map(foldAccents));
  // Words of phrases ("secretary of state"), without their small words: "of" names no function.
  const words = (list: string[]) => new Set(list.flatMap((entry) => foldAccents(entry).split(/\s+/)).filter((word) => !small.has(word) && word.length > 1));
  return {
    lexicon,
    // English functions turn up in every language ("chief commercial officer", "CEO", "partner").
    titleWords: new Set([...words([...lexicon.titles, ...english.titles])].flatMap((word) => [word, ...feminine(word, lexicon.language)])),
    orgHeads: new Set(headWords(lexicon)),
    orgWords: words(lexicon.organisationWords),
    connectors: new Set(lexicon.connectors.map(foldAccents)),
    // Dutch "en" is "and", not the French "in".
    orgConnectors: new Set(lexicon.connectors.map(foldAccents).filter((word) => !placePrepositions.has(word) || lexicon.and.includes(word))),
    // Every word, small ones included: "The", "Il", "Die" opening a sentence are no one's name.
    notNames: new Set(lexicon.notNames.flatMap((entry) => foldAccents(entry).split(/\s+/))),
    honorifics: new Set(lexicon.honorifics.map((word) => foldAccents(word).replace(/\.$/, ''))),
    areaStems: Object.values(lexicon.areas)
      .flat()
      .filter((stem) => stem.length >= 5 && !stem.includes(' ')),
  };
}

const titleStem =
  /(minister|ministre|ministro|ministra|ministerin|direktor|leiter|prasident|botschafter|sekretar|vorsitzend|referent|berater|grunder|hauptmann|hauptfrau|beauftragt|konsul|rektor|dekan|burgermeister|stadtrat|staatsrat|landrat|regierungsrat|nationalrat|standerat|kommandeur|abgeordnet)|(directeur|director|direttore|direttrice|directrice|manager|commandant|voorzitter|adviseur|attache|chef|gouverneur|burgemeester|wethouder)$/;
/** Prefixes that keep a function a function: "prorettrice", "vicerettore", "Vice-Rector", "co-founder". */
const titlePrefix = /^(pro|vice|vize|co|sotto|sub|onder|under|deputy|stellv)-?/;
/** "des Bereichs", "des Logistik-Start-ups", "eines Herstellers": a German common noun in the genitive, before a name, not part of it. */
function germanGenitiveNoun(tokens: Token[], j: number, sets: Lexicons): boolean {
  const t = tokens[j];
  return (
    sets.lexicon.language === 'de' &&
    !!t &&
    t.cap &&
    /\p{Ll}s$/u.test(t.text) &&
    ['des', 'eines'].includes(tokens[j - 1]?.folded ?? '') &&
    !sets.orgHeads.has(t.folded) &&
    !isCompoundHeadInGenitive(t.folded) &&
    !!tokens[j + 1]?.cap
  );
}

/** The `count` words before token `i`, folded, as the lexicons' list cues are written ("representatives of "). */
const foldedBefore = (tokens: Token[], i: number, count: number) =>
  `${tokens
    .slice(Math.max(0, i - count), i)
    .map((other) => other.folded)
    .join(' ')} `.replace(/' /g, "'");

/** Between a body's name and what it is: a comma, an article and words in lower case (", der staatlichen "). */
const apposition =
  /^\s*,\s*(?:the|a|an|der|die|das|des|dem|den|la|le|les|l['’]|il|lo|gli|het|de|een|un|une|una|uno|ein|eine|einer|eines)\s+(?:[\p{Ll}-]+\s+){1,3}$/u;

/**
 * A German adjective inside a body's name, after "für" or "und" and before its noun: "Agentur für nachhaltige Energie",
 * "Bundesministerium für europäische und internationale Angelegenheiten".
 */
function germanAdjectiveAt(tokens: Token[], j: number, sets: Lexicons): boolean {
  const t = tokens[j];
  if (sets.lexicon.language !== 'de' || !t || t.cap || !/^\p{Ll}+(?:e|en|er|es)$/u.test(t.text)) return false;
  const before = tokens[j - 1]?.folded ?? '';
  if (before !== 'fur' && before !== 'und' && !/^\p{Ll}+(?:e|en|er|es)$/u.test(tokens[j - 1]?.text ?? '')) return false;
  const after = tokens[j + 1];
  return !!after && ((after.cap && after.word) || (after.folded === 'und' && !!tokens[j + 2] && /^\p{Ll}+(?:e|en|er|es)$/u.test(tokens[j + 2]!.text)));
}

/** What a body's words may name without being a body met: the press, a format, an office that answers the press, an idiom. */
const notABodyMet = [
  // A news agency dispatches the readout.
  /\b(?:news|press|presse|stampa|nieuws)\b.*\b(?:agency|agentur|agenzia|agence|agentschap)\b|\b(?:agency|agenzia|agence)\b.*\b(?:news|press|presse|stampa)\b|presseagentur|nachrichtenagentur|persbureau|^agenzia nova$/,
  // Where both sides sit together: "German-Uzbek Working Group", "Gemischte Kommission".
  /\b(?:working group|arbeitsgruppe|groupe de travail|gruppo di lavoro|werkgroep|gemischte\w* \w*kommission|commission mixte|commissione mista|gemengde commissie|intergovernmental commission)\b/,
  // A body's press office, named for questions: "Media Relations Office", "Kommunikation SECO".
  /\b(?:communications?|media relations|press office|kommunikation|presseabteilung|pressestelle|persdienst|ufficio stampa|service de presse)\b/,
  // A university's school or faculty is the university's: "the Dean of the School of Engineering".
  /^(?:school|faculty|scuola|facolta|faculte|fakultat|faculteit)\s+(?:of|di|de|des|du|der|fur|voor|van)\b/,
  // A company's board is the company's: "President of the Management Board of the Port of Gdynia Authority".
  /^(?:management|supervisory|executive) board$|^board of directors$/,
  // The Union is not met in a bilateral meeting.
  /^(?:european union|union europeenne|unione europea|europaische union|europese unie)$/,
  // "Im Zentrum des Gesprächs", "at the centre of the talks".
  /^(?:zentrum|mittelpunkt|centre|center|centro|centrum)\s+(?:des|der|of the|of|du|de la|della|del|dei|van het|van de)\s+\S*(?:gesprach|treffen|talks|meeting|discussion|entretien|reunion|colloqui|incontr|gesprek|overleg)/,
];

/**
 * A body someone belongs to that is no body met: one `notABodyMet` names, or a ministry's unit for a field or a part of the
 * world ("Department for Cooperation", "Asia, Africa and Oceania Department").
 */
function isNoBodyMet(folded: string): boolean {
  if (notABodyMet.some((pattern) => pattern.test(folded))) return true;
  const unit = /^(?:department|division|directorate|unit)$/;
  const words = folded.split(/[\s,]+/).filter((word) => word && !/^(?:for|of|the|and|with)$/.test(word));
  return words.length > 1 && words.some((word) => unit.test(word)) && words.every((word) => unit.test(word) || departments.test(word) || worldPart.test(word));
}

/** What a function is in charge of, not a body: "Head of International Relations", "Khokim of Samarkand Region". */
const chargeWords =
  /^(?:relations|affairs|operations|development|marketing|sales|communications?|strategy|partnerships?|programmes?|projects?|region|regione|regio|oblast|district|county)$/;
/**
 * A body described, not named: "Teilnehmende Unternehmen", "dem Friedrichshafener Konzern"; a head and one adjective in
 * lower case, "la Giunta regionale", "il Centro nazionale" (not "Gouvernement wallon": a region's or a country's adjective names one).
 */
const describedOnly = (words: Token[]) =>
  // "der größten Stadt des Landes": a head and the country it is in, named by a common noun.
  (words.length === 3 &&
    ['des', 'der', 'del', 'du', 'of'].includes(words[1]!.folded) &&
    /^(?:landes|paese|pays|country|region|kantons)$/.test(words[2]!.folded)) ||
  (words.length === 2 &&
    (/^(?:unternehmen|konzern)$/.test(words[1]!.folded) ||
      (words[0]!.cap &&
        !isAcronym(words[0]!) &&
        words[1]!.word &&
        !words[1]!.cap &&
        !isCountryWord(words[1]!) &&
        !isRegionWord(words[1]!.text) &&
        !isLowerCaseSuffix(words[1]!))));
/** Words that say whom someone comes from, besides the connectors: "vom", "from", "bij". */
const fromWords = new Set(['vom', 'von', 'from', 'bij', 'uit', 'beim', 'bei']);
/** Functions at the head of a town, whose "of" names the town. */
const townHeads = /^(?:mayor|lord mayor|maire|bourgmestre|sindac[oa]|(?:ober)?burgermeister(?:in)?|burgemeester|stadtprasident(?:in)?|syndic)$/;
/** The letters of a country that end some bodies' names; "SA", "AG" are legal forms, so only these. */
const codeAtEnd: Record<string, string> = { NL: 'NL', BE: 'BE', UK: 'GB', LU: 'LU', CH: 'CH' };

/** A government, whose ministers are not its portfolio: "Gouvernement wallon", "Regierung", "Vlaamse Regering". */
const governmentWord = /^(?:government|gouvernement|governo|regierung|regering)$/;
/** A ministry, not a minister: "Bundesministerium", "ministère", "ministero", "ministerie". */
const ministryWord = /minister(?:e|o|ie|ium|ien)$/;
const isTitleWord = (t: Token, sets: Lexicons) =>
  sets.titleWords.has(t.folded) ||
  (titleStem.test(t.folded) && !ministryWord.test(t.folded)) ||
  (titlePrefix.test(t.folded) && sets.titleWords.has(t.folded.replace(titlePrefix, ''))) ||
  t.folded.split('-').some((part) => part.length > 2 && sets.titleWords.has(part));

const isAcronym = (t: Token) => t.word && /^[\p{Lu}\d&]{2,7}(?:-[\p{Lu}\d&]{1,4})?$/u.test(t.text) && /\p{Lu}/u.test(t.text);

/** Bodies named in a sentence: quoted names, names headed by "Ministry", "Chambre"…, names ending in "SA", "GmbH"… */
/**
 * After a comma in a body's name, whether a list of its fields goes on: capitalised words (not
 * people, not countries) and connectors, up to an "and" and one more field.
 */
function fieldListGoesOn(tokens: Token[], comma: number, sets: Lexicons): boolean {
  // "Vertreter der Wirtschaftskammer der Vojvodina, der Fakultät für…": in German, an article after the comma starts the next body.
  if (sets.lexicon.language === 'de' && germanArticles.has(tokens[comma + 1]?.folded ?? '')) return false;
  let sawAnd = false;
  for (let k = comma + 1; k < tokens.length && k - comma <= 12; k++) {
    const t = tokens[k]!;
    if (sets.lexicon.and.includes(t.folded)) {
      sawAnd = true;
      continue;
    }
    // An elided article ("de l'innovation") is a small word too.
    const small = (one: Token | undefined) => !!one && (sets.orgConnectors.has(one.folded) || /^(?:l|dell|all|nell)'$/.test(one.folded));
    if (t.text === ',' || small(t) || t.text === "'" || t.text === '’') continue;
    // "Chambre de commerce, d'industrie et d'agriculture de Dakar": French and Italian fields in lower case, each after its "de".
    // So is an adjective after a field with a capital: "de l'Hygiène publique et de la Couverture Maladie Universelle".
    const lowerField =
      !t.cap &&
      lowerCaseNames(sets) &&
      ((sets.orgWords.has(t.folded) && small(tokens[k - 1]) && !sets.lexicon.and.includes(tokens[k - 1]?.folded ?? '')) ||
        (k > comma + 2 &&
          !!tokens[k - 1]?.word &&
          (tokens[k - 1]!.cap || sets.orgWords.has(tokens[k - 1]!.folded)) &&
          !small(tokens[k - 1]) &&
          romanceAdjective.test(t.folded)));
    // A country's word may stand inside a field further on ("e dei Marocchini Residenti all'Estero"), not as the next item.
    const countryItem = isCountryWord(t) && k === comma + 1;
    if (!lowerField && (!t.word || !t.cap || countryItem || sets.titleWords.has(t.folded) || sets.honorifics.has(t.folded))) return false;
    // "Ministry of Energy, Daniyar Kuanyshev and…", "…Marseille-Fos, et de Sophie Mattei": a person's name ends the body's.
    const afterSmallWord = sawAnd && sets.connectors.has(tokens[k - 1]!.folded) && !sets.lexicon.and.includes(tokens[k - 1]!.folded);
    // "Havenbedrijf Rotterdam, en Elmar van Dijk": outside English, a comma before "and" leads to someone, not a field.
    const afterCommaAnd = sets.lexicon.language !== 'en' && k === comma + 2 && sets.lexicon.and.includes(tokens[k - 1]!.folded);
    const nameWithParticle = t.cap && isParticleAt(tokens, k + 1, sets) && !!tokens[k + 2]?.cap;
    if ((k === comma + 1 || afterSmallWord || afterCommaAnd) && (looksLikeNameStart(tokens, k, sets) || (afterCommaAnd && nameWithParticle))) return false;
    if (sawAnd) return true;
  }
  return false;
}

function organisationsIn(tokens: Token[], sets: Lexicons, knownBodies: Span[] = []): { from: number; to: number }[] {
  // "Isabelle Roche", "Andrea Ferrero": a known body's name after a first name is a surname.
  const known = knownBodies.filter((body) => {
    const before = tokens.findLast((t) => t.end <= body.start);
    return (
      !before || !before.cap || !before.word || isClaimed(before, sets) || knownBodies.some((other) => other.start <= before.start && before.end <= other.end)
    );
  });
  const found: { from: number; to: number }[] = [];
  const taken = new Set<number>();
  const claim = (from: number, to: number, oneWord = false) => {
    if (to < from || (to === from && !oneWord)) return;
    for (let i = from; i <= to; i++) if (taken.has(i)) return;
    for (let i = from; i <= to; i++) taken.add(i);
    found.push({ from, to });
  };
  // Quoted, when it reads as a company: "Arendt & Medernach SA", a partner of «Samruk-Kazyna».
  for (let i = 0; i < tokens.length; i++) {
    if (!/^["“«„]$/.test(tokens[i]!.text)) continue;
    const close = tokens.findIndex((t, j) => j > i && /^["”»“]$/.test(t.text));
    if (close <= i + 1 || close - i > 8 || !tokens[i + 1]!.cap) continue;
    const inside = tokens.slice(i + 1, close);
    // "OJSC «Rogun HPP»": a legal form before the quotes, no body of its own.
    const legalFormBefore = !!tokens[i - 1]?.cap && companySuffixes.has(tokens[i - 1]!.folded.replace(/\.$/, ''));
    if (legalFormBefore) taken.add(i - 1);
    const companyLike =
      legalFormBefore ||
      inside.some((t) => companySuffixes.has(t.folded) || sets.orgHeads.has(t.folded)) ||
      sets.connectors.has(tokens[i - 1]?.folded ?? '') ||
      companyWords.test(tokens[i - 1]?.folded ?? '');
    // "Samruk-Kazyna Trust Social" Fund: a body's head just after the quotes belongs to it.
    const headAfter = sets.orgHeads.has(tokens[close + 1]?.folded ?? '');
    if (companyLike || headAfter) claim(i + 1, headAfter ? close + 1 : close - 1);
  }
  // A capitalised name with its acronym just after: "Flanders Investment & Trade (FIT)".
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || !tokens[i + 1] || !isAcronym(tokens[i + 1]!) || tokens[i + 2]?.text !== ')') continue;
    let from = i - 1;
    while (from > 0 && (tokens[from - 1]!.cap || tokens[from - 1]!.text === '&' || sets.orgConnectors.has(tokens[from - 1]!.folded)) && i - from < 8) from--;
    while (from < i - 1 && !tokens[from]!.cap) from++;
    const initialsFrom = (f: number) =>
      tokens
        .slice(f, i)
        .filter((t) => t.cap)
        .map((t) => t.text[0])
        .join('');
    const initials = initialsFrom(from);
    // "du Centre de Promotion des Investissements en Côte d'Ivoire (CEPICI)": a country just before is the end of a longer name.
    const before = tokens
      .slice(from, i)
      .map((t) => t.text)
      .join(' ')
      .replace(/(['’]) /g, '$1');
    if (findCountries(before).some((c) => c.start === 0 && c.end === before.length)) continue;
    // "Senior Vice-President of Export Development Canada (EDC)": the words whose initials the acronym is, if any are.
    let exact: number | undefined;
    for (let f = Math.max(0, from); f < i && exact === undefined; f++) if (tokens[f]!.cap && initialsFrom(f) === tokens[i + 1]!.text) exact = f;
    if (exact !== undefined && i - exact >= 2 && !taken.has(i - 1)) {
      claim(exact, i - 1);
      continue;
    }
    if (i - from >= 2 && initials.startsWith(tokens[i + 1]!.text[0]!) && !taken.has(i - 1)) {
      claim(from, i - 1);
      continue;
    }
    // "Agence wallonne à l'exportation et aux investissements étrangers (AWEX)": back to the body's head word, over words only.
    for (let head = i - 1; head >= 0 && i - head <= 12; head--) {
      const t = tokens[head]!;
      if (!t.word && !["'", '’', '-', '&'].includes(t.text)) break;
      // …or to the word from which the acronym spells the name's words: "Dipartimento delle finanze e dell'economia (DFE)".
      const spelt =
        t.cap &&
        tokens
          .slice(head, i)
          .filter((one) => one.word && !sets.connectors.has(one.folded) && !sets.lexicon.and.includes(one.folded) && !/['’]$/.test(one.text))
          .map((one) => one.text[0]!.toUpperCase())
          .join('') === tokens[i + 1]!.text;
      if (((sets.orgHeads.has(t.folded) && t.cap) || spelt) && head < i - 1 && tokens[head]!.text[0] === tokens[i + 1]!.text[0]) {
        claim(head, i - 1);
        break;
      }
    }
  }
  // "representatives of Fluxys, Agoria and Voka": names listed after a word for those who represent them are bodies; so is
  // the name after a word for a body's site.
  for (let i = 1; i < tokens.length; i++) {
    const before = foldedBefore(tokens, i, 4);
    const listed = sets.lexicon.representativesOf.test(before) || sets.lexicon.companiesAmong.test(foldedBefore(tokens, i, 12));
    // "the headquarters of Rolls-Royce", "lo stabilimento di Ferrero": the site's owner, a body.
    // So is a company's name after the word for its kind: "lo spedizioniere Lanterna Logistica", "der Maschinenbauer Stemmler".
    // …but "Tata Consultancy Services": a kind's word written with a capital is part of a name (German writes all nouns so).
    const site = sets.lexicon.sitesOf.test(before) || (sets.lexicon.kindsOf.test(before) && (sets.lexicon.language === 'de' || !tokens[i - 1]!.cap));
    if (!listed && !site) continue;
    const items: { from: number; to: number }[] = [];
    let j = i;
    while (j < tokens.length) {
      // A body already found ("Voka", known by name) is one of them, and the list goes on past it.
      const already = found.find((body) => body.from === j);
      // A body's own name the lexicon knows as a head ("Confindustria") is one of them too.
      // So is an acronym: "des représentants de SES, de InTech et de LuxConnect".
      const fresh =
        !taken.has(j) &&
        tokens[j]!.cap &&
        tokens[j]!.word &&
        (!isClaimed(tokens[j]!, sets) ||
          sets.orgHeads.has(tokens[j]!.folded) ||
          isAcronym(tokens[j]!) ||
          // "Villa Erba S.p.A.": a company's name may start with any word.
          tokens.slice(j + 1, j + 5).some((t) => isLegalForm(t)));
      if (!already && !fresh) break;
      let to = already?.to ?? j;
      const goesOn = (k: number) =>
        (tokens[k]!.cap && tokens[k]!.word && !taken.has(k) && !tokens[k - 1]!.possessive) ||
        // "Colombo & Ferri srl": an ampersand between capitals, and a legal form in lower case, belong to the name.
        (['&', '+'].includes(tokens[k]!.text) && !!tokens[k + 1]?.cap) ||
        isLowerCaseSuffix(tokens[k]!) ||
        // "la cooperativa Quesera del Semidesierto": French and Italian names go on past a small word, but not to a town.
        (lowerCaseNames(sets) &&
          sets.orgConnectors.has(tokens[k]!.folded) &&
          !sets.lexicon.and.includes(tokens[k]!.folded) &&
          !!tokens[k + 1]?.cap &&
          !findCities(tokens[k + 1]!.text).length &&
          !isCountryWord(tokens[k + 1]!));
      while (!already && to + 1 < tokens.length && goesOn(to + 1) && to - j < 4) to++;
      // "West Pharmaceutical Services, Inc.": the rest of a legal form is the name's, before the list goes on.
      to = withLegalTail(tokens, to, taken);
      items.push({ from: j, to });
      const next = tokens[to + 1];
      if (!next || (next.text !== ',' && !sets.lexicon.and.includes(next.folded))) break;
      j = to + 2;
      // "di Eni, di Enel e di Snam": the small word may come again.
      if (sets.connectors.has(tokens[j]?.folded ?? '') && !sets.lexicon.and.includes(tokens[j]!.folded)) j++;
      // "Grimaldi, Fincantieri e del gruppo Spinelli": so may the word for the company's kind.
      if (tokens[j] && !tokens[j]!.cap && tokens[j + 1]?.cap && sets.lexicon.kindsOf.test(`${tokens[j]!.folded} `)) j++;
    }
    const named = (item: { from: number; to: number }) => {
      const name = tokens
        .slice(item.from, item.to + 1)
        .map((t) => t.text)
        .join(' ');
      // "Confartigianato Como" is a body named after its town; "Como" alone is the town.
      const whole = (match: { start: number; end: number }) => match.start === 0 && match.end === name.length;
      return !findCities(name).some(whole) && !findCountries(name).some(whole) && !streetWords.test(tokens[item.from]!.folded);
    };
    // "tra cui Timur Kasimov, direttore commerciale di Artel": a name with a function after its comma is someone's.
    const someone = (item: { from: number; to: number }) =>
      tokens[item.to + 1]?.text === ',' &&
      !!tokens[item.to + 2] &&
      (isTitleWord(tokens[item.to + 2]!, sets) || (tokens[item.to + 2]!.cap && tokens.slice(item.to + 3, item.to + 5).some((t) => isTitleWord(t, sets))));
    const bodies = (site ? items.slice(0, 1) : items).filter((item) => !someone(item));
    if (!bodies.length || !bodies.every(named)) continue;
    // One with a head word ("l'Agence Rhône", "du Port autonome de Dakar") is left whole to the head words' pass below.
    // So is one headed by a German compound, in the genitive too: "des Max-Planck-Instituts für Chemische Physik".
    // "representatives of the Pennsylvania Department of Agriculture": a head anywhere in it.
    const headed = (item: { from: number; to: number }) =>
      tokens
        .slice(item.from, item.to + 1)
        .some((t) => sets.orgHeads.has(t.folded) || englishHeads.has(t.folded) || foreignHeads.has(t.folded) || !!otherLanguageHead(t, sets)) ||
      (tokens.slice(item.from, item.to + 1).some((t) => t.cap && isCompoundHeadInGenitive(t.folded)) &&
        sets.orgConnectors.has(tokens[item.to + 1]?.folded ?? '') &&
        !!tokens[item.to + 2]?.cap);
    for (const item of bodies.filter((one) => !found.some((body) => body.from === one.from) && !headed(one))) {
      for (let k = item.from; k <= item.to; k++) taken.add(k);
      found.push(item);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // English heads turn up in every language, capitalised: "die Nazarbayev University", "Liège Airport".
    // A body known by name heads a longer one: "Mazhilis of the Parliament of the Republic of Kazakhstan".
    const head =
      sets.orgHeads.has(t.folded) ||
      (t.word &&
        t.cap &&
        (compoundHead.test(t.folded) ||
          (sets.lexicon.language === 'de' && isCompoundHeadInGenitive(t.folded)) ||
          englishHeads.has(t.folded) ||
          foreignHeads.has(t.folded) ||
          !!otherLanguageHead(t, sets))) ||
      known.some((body) => body.start === t.start && body.end === t.end);
    const suffix = companySuffixes.has(t.folded.replace(/\.$/, '')) && (t.cap || isLowerCaseSuffix(t)) && i > 0 && tokens[i - 1]!.cap;
    if (!head && !suffix) continue;
    // "a Porto Alegre", "in Port Harcourt": a head that starts a town's name is the town.
    if (head && tokens[i + 1]?.cap && countryOfTown(`${t.text} ${tokens[i + 1]!.text}`)) continue;
    let from = i;
    // Capitalised words before the head belong to it: "Free University", "Astana International Financial Centre", "SMS Group".
    while (
      from > 0 &&
      // "Colombo & Ferri srl": an ampersand between two capitalised words is inside the name.
      ((tokens[from - 1]!.cap && tokens[from - 1]!.word && !ownerBefore(tokens[from - 1]!)) ||
        (['&', '+'].includes(tokens[from - 1]!.text) && !!tokens[from - 2]?.cap)) &&
      // A particle written with a capital between two capitalised words is part of a name: "Jan De Nul Group".
      ((!smallWords.has(tokens[from - 1]!.folded) && !sets.connectors.has(tokens[from - 1]!.folded)) ||
        (from > 1 && tokens[from - 2]!.cap && tokens[from - 2]!.word && i - from < 4)) &&
      !sets.titleWords.has(tokens[from - 1]!.folded) &&
      !sets.honorifics.has(tokens[from - 1]!.folded) &&
      // "Namens Voka", "From Department of Enterprise": a small word that opens a sentence is no part of a name.
      !(from === 1 && sets.notNames.has(tokens[0]!.folded) && !isCountryWord(tokens[0]!)) &&
      !germanGenitiveNoun(tokens, from - 1, sets) &&
      // "Halifax-based Atlantic Reactor Services Inc": where a company is based is not its name.
      !/-based$/.test(tokens[from - 1]!.folded) &&
      // "All'Universidad Técnica…" at a sentence's start: an elided preposition with its capital.
      !/^(?:all|dell|nell|sull|dall|l|d)['’]$/.test(tokens[from - 1]!.folded)
    )
      from--;
    // "Industrie- und Handelskammer", "Kunst- und Kulturstiftung": the first half of a shared compound belongs to the name.
    if (from > 1 && sets.lexicon.and.includes(tokens[from - 1]!.folded) && tokens[from - 2]!.suspended) from -= 2;
    while (from > 0 && tokens[from - 1]!.cap && tokens[from - 1]!.word && isCountryWord(tokens[from - 1]!)) from--;
    let to = i;
    const headLanguage = otherLanguageHead(t, sets, tokens[i + 1]);
    const foreign = foreignHeads.has(t.folded) && t.cap;
    if (!suffix) {
      const foreignConnector = (word: string) => (foreign && foreignConnectors.has(word)) || !!headLanguage?.orgConnectors.has(word);
      let inFieldList = false;
      for (let j = i + 1; j < tokens.length && j - i <= 24; j++) {
        const next = tokens[j]!;
        // Up to a body found already: "l'Agence Rhône, de Safran et de Thales".
        if (taken.has(j)) break;
        // "Stadtwerke Duisburg AG, der Niederrhein Energie SE": a legal form ends a company's name.
        if (j - 1 > i && isLegalForm(tokens[j - 1]!)) break;
        // "Ministry of Agriculture, Forestry, Regions and Water Management": a list of fields goes on past its commas.
        if (next.text === ',' && j - i <= 12 && fieldListGoesOn(tokens, j, headLanguage ?? sets)) {
          inFieldList = true;
          continue;
        }
        // "Département de l'économie, de l'innovation, de l'emploi et du patrimoine": a list of fields runs longer.
        if (j - i > (inFieldList ? 20 : 12)) break;
        // "Delft University of Technology and Wageningen University": "and" before another body's head starts that body.
        // So does an acronym: "SACE e CDP".
        const startsKnown = (t: Token | undefined) => !!t && known.some((body) => body.start === t.start);
        // So does an article: "La Regione e l'Amdie", "Il Consorzio e la VAST".
        // "Can Tho University en Annelies Brink, directeur…": "and" before a name with its function after it starts a person.
        if (
          sets.lexicon.and.includes(next.folded) &&
          looksLikeNameStart(tokens, j + 1, sets) &&
          tokens[j + 3]?.text === ',' &&
          !!tokens[j + 4] &&
          isTitleWord(tokens[j + 4]!, sets)
        )
          break;
        // "Assolombarda e con la Kamar Dagang": "and with" starts another phrase.
        if (sets.lexicon.and.includes(next.folded) && withWords.has(tokens[j + 1]?.folded ?? '')) break;
        if (
          sets.lexicon.and.includes(next.folded) &&
          (tokens.slice(j + 1, j + 4).some((t) => sets.orgHeads.has(t.folded) || (t.cap && compoundHead.test(t.folded))) ||
            isAcronym(tokens[j + 1]!) ||
            startsKnown(tokens[j + 1]) ||
            ((bareArticles.has(tokens[j + 1]?.folded ?? '') ||
              (sets.lexicon.language === 'de' && germanArticles.has(tokens[j + 1]?.folded ?? '')) ||
              (sets.lexicon.language === 'nl' && tokens[j + 1]?.folded === 'de')) &&
              !!tokens[j + 2]?.cap))
        )
          break;
        if (sets.orgConnectors.has(next.folded) || next.text === '&' || (foreignConnector(next.folded) && !!tokens[j + 1]?.cap)) continue;
        // "Cámara de la Industria", "Caminhos de Ferro": a connector and an article before the next capital.
        if (foreignConnector(next.folded) && foreignConnector(tokens[j + 1]?.folded ?? '') && !!tokens[j + 2]?.cap) continue;
        // "Universität St. Kliment Ohridski Bitola": the saint a body is named after, whole.
        if (next.text === '.' && tokens[j - 1]?.text === 'St' && tokens[j + 1]?.cap) {
          while (tokens[j + 1]?.cap && tokens[j + 1]!.word) j++;
          to = j;
          continue;
        }
        // "Committee on Foreign Affairs and Trade": a committee's "on" is part of its name, not a place's.
        if (next.folded === 'on' && committeeHeads.test(tokens[j - 1]!.folded) && tokens[j + 1]?.cap) continue;
        // "Academy of Public Administration under the President of the Republic of Kazakhstan": a body attached to another.
        if (next.folded === 'under' && tokens[j + 1]?.folded === 'the' && tokens[j + 2]?.cap) {
          let k = j + 2;
          const small = (t: Token | undefined) => !!t && ['of', 'the'].includes(t.folded);
          while (
            k + 1 < tokens.length &&
            (tokens[k + 1]!.cap || (small(tokens[k + 1]) && (tokens[k + 2]?.cap || (small(tokens[k + 2]) && tokens[k + 3]?.cap))))
          )
            k++;
          to = k;
          break;
        }
        if (sets.honorifics.has(next.folded)) break;
        // "alla Farnesina l'Ambasciatore": a function after a bare article starts a new phrase.
        if (isTitleWord(next, sets) && (bareArticles.has(tokens[j - 1]!.folded) || sets.lexicon.and.includes(tokens[j - 1]!.folded))) break;
        const afterConnector = sets.orgConnectors.has(tokens[j - 1]!.folded) || tokens[j - 1]!.text === '&' || foreignConnector(tokens[j - 1]!.folded);
        // "presidente di Confindustria, e Anna Bianchi": after ", and", a person's name starts another phrase.
        const afterAnd = sets.lexicon.and.includes(tokens[j - 1]!.folded) && tokens[j - 2]?.text === ',';
        const fits = next.cap
          ? next.word &&
            // French and Italian adjectives follow the head: "Unione Industriale Biellese", "Ospedale Regionale"; a place there is
            // the body's own, as a name may follow it ("Regione Emilia-Romagna Michele de Pascale").
            ((afterConnector && !afterAnd) ||
              // "Kamar Dagang dan Industri Indonesia", "Ministerul Afacerilor Externe": a name in a language the reader does not
              // know goes on over its capitalised words.
              ((foreign || !!headLanguage) && !sets.honorifics.has(next.folded)) ||
              // "der Stadt Novi Sad", "Universität Banja Luka": a town of two words after the head, whole.
              inTownOfWords(tokens, j, i + 1) ||
              // "Universiteit Ibn Zohr", "Universität Can Tho", "Fondation Mohammed VI": a school or a foundation named after someone.
              (namedAfterSomeone.test(t.folded) && t.cap && next.start - tokens[j - 1]!.end === 1 && j - i <= 4 && !sets.honorifics.has(next.folded)) ||
              !looksLikeNameStart(tokens, j, sets) ||
              nameAfterRun(tokens, j, sets) ||
              (lowerCaseNames(sets) && j === i + 1 && t.cap && sets.orgHeads.has(t.folded) && !isRegionWord(next.text) && !findCities(next.text).length)) &&
            // "im Ministerium für Wirtschaft von Vizeminister Toktogulow": a function after "von", "by", "par" is who received.
            !(sets.titleWords.has(next.folded) && (!afterConnector || /^(?:von|vom|by|par|da|dal|dalla|door)$/.test(tokens[j - 1]!.folded)))
          : next.word &&
            (sets.orgWords.has(next.folded) ||
              isCountryWord(next) ||
              germanAdjectiveAt(tokens, j, sets) ||
              romanceAdjectiveAt(tokens, j, sets) ||
              (lowerCaseNames(sets) &&
                sets.orgConnectors.has(tokens[j - 1]!.folded) &&
                // "alla Farnesina e incontro del Vice Ministro": after "and", a field has its article ("e della Cooperazione").
                !sets.lexicon.and.includes(tokens[j - 1]!.folded) &&
                // "al Ministero dell'Agricoltura per discutere": a verb is no part of a name.
                !(['per', 'pour', 'di', 'de', 'a'].includes(tokens[j - 1]!.folded) && infinitive.test(next.folded)) &&
                // "all'Autorità portuale il programma": a bare article starts the next phrase; "de la santé" goes on.
                !(bareArticles.has(tokens[j - 1]!.folded) && !sets.connectors.has(tokens[j - 2]?.folded ?? '')) &&
                !!tokens[j + 1] &&
                (tokens[j + 1]!.cap ||
                  sets.orgWords.has(tokens[j + 1]!.folded) ||
                  sets.orgConnectors.has(tokens[j + 1]!.folded) ||
                  // "Centre de formation professionnelle de Prizren", "Consorzio dei produttori agricoli del Banato": a noun and its adjective.
                  (romanceAdjective.test(tokens[j + 1]!.folded) && (!!tokens[j + 2]?.cap || sets.orgConnectors.has(tokens[j + 2]?.folded ?? ''))))) ||
              (lowerCaseNames(sets) && to === j - 1 && !tokens[j - 1]!.cap && tokens[j - 1]!.word && romanceAdjective.test(next.folded)) ||
              // "Direction générale du Trésor": an adjective after the head, when a capitalised name follows it.
              (lowerCaseNames(sets) &&
                j === i + 1 &&
                romanceAdjective.test(next.folded) &&
                sets.orgConnectors.has(tokens[j + 1]?.folded ?? '') &&
                (!!tokens[j + 2]?.cap ||
                  // "Direction générale de la recherche scientifique": or a field in lower case.
                  sets.orgWords.has(tokens[j + 2]?.folded ?? '') ||
                  (bareArticles.has(tokens[j + 2]?.folded ?? '') && sets.orgWords.has(tokens[j + 3]?.folded ?? '')))));
        if (!fits) break;
        to = j;
      }
      // "Consiglio per la ricerca in agricoltura e l'analisi dell'economia agraria": French and Italian names run on in lower
      // case, over small words, nouns and adjectives, to a comma or a verb.
      if (lowerCaseNames(sets) && t.cap && (sets.orgHeads.has(t.folded) || foreignHeads.has(t.folded)) && (to === i || !tokens[to]!.cap))
        to = lowerCaseRun(tokens, to, sets);
    }
    const headIsLower = !t.cap && !suffix;
    // "La ministra dell'Università e della Ricerca": a minister's portfolio, not a body.
    const portfolio =
      from >= 2 &&
      sets.connectors.has(tokens[from - 1]!.folded) &&
      /minist/.test(tokens[from - 2]!.folded) &&
      !ministryWord.test(tokens[from - 2]!.folded) &&
      // "Vize-Minister im Ministerium für Industrie und Handel": a ministry after a minister is where the minister works, and so is a
      // government: "Ministre-Président du Gouvernement wallon".
      !ministryWord.test(t.folded) &&
      !governmentWord.test(t.folded);
    if (!ministryWord.test(t.folded) && remitOf(tokens, from, sets)) continue;
    if (portfolio && !sets.orgHeads.has(tokens[from - 2]!.folded)) continue;
    // Lower case, "port", "regione", "haven" are common nouns; only a ministry or a chamber is a body even so.
    if (headIsLower && !lowerCaseBodies.test(t.folded)) continue;
    // "im malaysischen Gesundheitsministerium", "im Finanzministerium (Bộ Tài chính)": a ministry of one word is named by the country
    // before it or its own name after it; a federal one by its prefix ("im Bundeswirtschaftsministerium").
    const namedMinistry =
      sets.lexicon.language === 'de' &&
      /\p{L}{3}ministerium$/u.test(t.folded) &&
      (/^bundes\p{L}{3}/u.test(t.folded) ||
        (!!tokens[from - 1] && !tokens[from - 1]!.cap && isCountryWord(tokens[from - 1]!)) ||
        (tokens[to + 1]?.text === '(' && !!tokens[to + 2]?.cap));
    // "des Main-Kinzig-Kreises", "das Max-Planck-Institut": a compound whose first parts are a name is a body's whole name.
    const namedCompound = /^\p{Lu}\p{L}+-(?:\p{Lu}\p{L}*-)*\p{Lu}?\p{L}+$/u.test(t.text) && t.text.split('-').length >= 3;
    const oneWord = namedMinistry || namedCompound;
    if (to === from && (headIsLower || !suffix) && !oneWord) continue; // "the Ministry" alone names no one
    if (describedOnly(tokens.slice(from, to + 1))) continue;
    // "Verwaltung, Wissenschaft und Wirtschaft", "Unternehmen und Forschungsinstitutionen": German common nouns name no body.
    if (sets.lexicon.language === 'de' && tokens.slice(from, to + 1).every((t) => !t.cap || !t.word || germanCommonNoun.test(t.text))) continue;
    // English and German bodies' names hold no lower-case word but small ones: anything else is a sentence.
    if (
      (sets.lexicon.language === 'en' || sets.lexicon.language === 'de') &&
      tokens
        .slice(from, to + 1)
        .some(
          (t, k) =>
            t.word &&
            !t.cap &&
            !sets.orgConnectors.has(t.folded) &&
            !headLanguage?.orgConnectors.has(t.folded) &&
            !(foreign && foreignConnectors.has(t.folded)) &&
            !sets.orgWords.has(t.folded) &&
            !isLowerCaseSuffix(t) &&
            !germanAdjectiveAt(tokens, from + k, sets) &&
            !(t.folded === 'under' && tokens[from + k + 1]?.folded === 'the'),
        )
    )
      continue;
    if (headIsLower && to === i) continue;
    if (headIsLower && territoryHeads.test(t.folded) && !tokens[i + 1]?.cap && !(sets.connectors.has(tokens[i + 1]?.folded ?? '') && tokens[i + 2]?.cap))
      continue;
    // Italian and French write the government of a region with a capital ("la Regione Piemonte"); "la regione di Samarcanda" is land.
    if (headIsLower && territoryHeads.test(t.folded) && lowerCaseNames(sets)) continue;
    // "Voka – Chamber of Commerce Antwerp-Waasland", "Charité – Universitätsmedizin Berlin": a short name before a dash is the body's own.
    const before = tokens[from - 2];
    if (tokens[from - 1]?.text === '–' && before?.cap && before.word && !tokens[from - 3]?.cap && !isClaimed(before, sets) && !findCities(before.text).length)
      from -= 2;
    claim(from, to, oneWord);
  }
  // "CEO of Cacaolux", "direttore di AZPROMO", "Geschäftsführer von NRW.Global Business": the name after a function that runs
  // a body, and its bare "of", is that body, whatever its words, unless it names a place or a country.
  for (let i = 2; i < tokens.length; i++) {
    // "Vice President, Renewables UK at Equinor", "Leiterin Business Development Amerika bei Schaeffler": where a function is held.
    const heldAt =
      employerWords.has(tokens[i - 1]!.folded) &&
      tokens
        .slice(Math.max(0, i - 8), i - 1)
        .some((t, k, before) => isTitleWord(t, sets) && before.slice(k).every((other) => other.word || other.text === ','));
    // "direttore commerciale di Trenord", "amministratore delegato di AZPROMO": the function may take a word in lower case.
    const runs = runsABody.has(tokens[i - 2]!.folded) || (i >= 3 && !tokens[i - 2]!.cap && tokens[i - 2]!.word && runsABody.has(tokens[i - 3]!.folded));
    if (taken.has(i) || !tokens[i]!.cap || !tokens[i]!.word || !(heldAt || (bareOf.has(tokens[i - 1]!.folded) && runs))) continue;
    let to = i;
    const joined = (k: number) => tokens[k]!.start === tokens[k - 1]!.end;
    // "Managing Director of Guidance Tamil Nadu": a region of two words goes on with the name; it is no one's.
    const regionOfTwo = (k: number) => !!tokens[k + 1] && findRegions(`${tokens[k]!.text} ${tokens[k + 1]!.text}`).some((region) => region.start === 0);
    while (
      to + 1 < tokens.length &&
      to - i < 4 &&
      !taken.has(to + 1) &&
      (!looksLikeNameStart(tokens, to + 1, sets) || regionOfTwo(to + 1)) &&
      ((tokens[to + 1]!.cap && tokens[to + 1]!.word) ||
        (['.', '&'].includes(tokens[to + 1]!.text) && !!tokens[to + 2]?.cap && (tokens[to + 1]!.text === '&' || (joined(to + 1) && joined(to + 2)))))
    )
      to += tokens[to + 1]!.word ? 1 : 2;
    // "Elettra Sincrotrone Trieste S.C.p.A.": up to a legal form a few capitalised words on.
    for (let k = to + 1; k <= to + 4 && tokens[k]?.cap && tokens[k]!.word && !taken.has(k); k++)
      if (isLegalForm(tokens[k]!)) {
        to = k;
        break;
      }
    const run = tokens.slice(i, to + 1);
    const name = run.map((t) => t.text).join(' ');
    // A body's head among its words is left to the head words' pass; a place, a country, a function or a department is no body.
    const headLike = (t: Token) => sets.orgHeads.has(t.folded) || englishHeads.has(t.folded) || foreignHeads.has(t.folded) || compoundHead.test(t.folded);
    if (run.some((t) => headLike(t) || isTitleWord(t, sets) || isCountryWord(t) || /-based$/.test(t.folded)) || findCountries(name).length) continue;
    // "Voka – Chamber of Commerce Antwerp-Waasland": a short name before a dash is left to the body after it.
    if (departments.test(run.at(-1)!.folded) || ['–', '—'].includes(tokens[to + 1]?.text ?? '')) continue;
    // "Chairman of Foreign and European Affairs Committee": a name that goes on past "and" is not known whole.
    if (sets.orgConnectors.has(tokens[to + 1]?.folded ?? '') && tokens[to + 2]?.cap) continue;
    if (findCities(name).some((city) => city.start === 0 && city.end === name.length) || isRegionWord(name)) continue;
    for (let k = i; k <= to; k++) taken.add(k);
    found.push({ from: i, to });
  }
  // "the London Stock Exchange Group, Barclays and HSBC": a name listed between two bodies is one too.
  const bodyAt = (i: number) => found.some(({ from, to }) => from <= i && i <= to);
  for (let i = 2; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (taken.has(i) || !t.cap || !t.word || isClaimed(t, sets) || tokens[i - 1]!.text !== ',' || !bodyAt(i - 2)) continue;
    let to = i;
    while (to + 1 < tokens.length && tokens[to + 1]!.cap && tokens[to + 1]!.word && !taken.has(to + 1) && to - i < 3) to++;
    const next = tokens[to + 1];
    const listGoesOn =
      !!next && (next.text === ',' || sets.lexicon.and.includes(next.folded)) && (bodyAt(to + 2) || (!!tokens[to + 2] && isAcronym(tokens[to + 2]!)));
    if (!listGoesOn) continue;
    for (let k = i; k <= to; k++) taken.add(k);
    found.push({ from: i, to });
  }
  // A body known by name ("Bpifrance", "Atameken", "SACE"), where no other has taken its words, or only a part of its name has
  // ("il ministero delle Imprese e del Made", cut short before "in Italy").
  for (const body of known) {
    const inside = tokens.map((t, i) => (t.start >= body.start && t.end <= body.end ? i : -1)).filter((i) => i >= 0);
    if (!inside.length) continue;
    const parts = found.filter((one) => one.from <= inside.at(-1)! && one.to >= inside[0]!);
    const longer = inside.some((i) => !taken.has(i));
    if (
      !longer ||
      parts.some((one) => one.from < inside[0]! || one.to > inside.at(-1)!) ||
      inside.some((i) => taken.has(i) && !parts.some((one) => one.from <= i && i <= one.to))
    )
      continue;
    for (const part of parts) found.splice(found.indexOf(part), 1);
    // "Nigerian Export Promotion Council (NEPC)": in brackets after a body's name, its acronym, not a second body.
    const bracketed = tokens[inside[0]! - 1]?.text === '(' && tokens[inside.at(-1)! + 1]?.text === ')' && taken.has(inside[0]! - 2);
    if (bracketed) continue;
    for (const i of inside) taken.add(i);
    found.push({ from: inside[0]!, to: inside.at(-1)! });
  }
  // An acronym standing alone names a body ("met representatives of SACE and CDP", "visited TNO"), unless it names a
  // country, a currency or a shared thing ("EU", "MoU", "SME").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const capitals = (other: Token | undefined) => !!other && isAcronym(other);
    if (taken.has(i) || !isAcronym(t) || t.text.length < 3 || t.text.length > 6 || notBodies.has(t.text) || isCountryWord(t)) continue;
    // Not a headline's or a dateline's capitals ("ROMA", "DEN HAAG"): after a word that introduces a body.
    if (capitals(tokens[i - 1]) || capitals(tokens[i + 1]) || !acronymIntroducers.has(tokens[i - 1]?.folded ?? '')) continue;
    taken.add(i);
    found.push({ from: i, to: i });
  }
  return found
    .filter(({ from, to }) => !shouted(tokens.slice(from, to + 1)))
    .map(({ from, to }) => ({ from, to: withLegalTail(tokens, to, taken) }))
    .sort((a, b) => a.from - b.from);
}

/** Words in capitals, one of them long: a heading ("IL PORTO DI MOMBASA"), not a name ("CMA CGM" is one). */
function shouted(words: Token[]): boolean {
  const letters = words.filter((t) => t.word && /\p{L}{2}/u.test(t.text));
  return letters.length >= 2 && letters.every((t) => t.text === t.text.toUpperCase()) && letters.some((t) => /\p{L}{5}/u.test(t.text));
}

/**
 * The rest of a company's legal form, where a name's end left it: "Yamato Precision Co., Ltd.", "West Pharmaceutical
 * Services, Inc.", "Lenz Präzisionstechnik GmbH & Co. KG".
 */
function withLegalTail(tokens: Token[], to: number, taken: Set<number>): number {
  const free = (k: number) => !!tokens[k] && !taken.has(k);
  const legal = (k: number) => free(k) && isLegalForm(tokens[k]!);
  // "Co" and its full stop, if it has one.
  const afterCo = (k: number) => (free(k) && tokens[k]!.text === 'Co' ? (tokens[k + 1]?.text === '.' ? k + 2 : k + 1) : -1);
  for (;;) {
    const next = tokens[to + 1];
    if (tokens[to]!.text === 'Co' && next?.text === '.' && tokens[to + 2]?.text === ',' && legal(to + 3)) to += 3;
    else if (next?.text === ',' && legal(to + 2)) to += 2;
    else if (next?.text === '&' && afterCo(to + 2) !== -1 && legal(afterCo(to + 2))) to = afterCo(to + 2);
    else if (afterCo(to + 1) !== -1 && tokens[afterCo(to + 1)]?.text === ',' && legal(afterCo(to + 1) + 1)) to = afterCo(to + 1) + 1;
    // "Metalsa, S.A. de C.V.": a Mexican form, in two parts.
    else if (isLegalForm(tokens[to]!) && next?.text === 'de' && free(to + 2) && /^(?:C\.V\.|R\.L\.)$/.test(tokens[to + 2]!.text)) to += 2;
    else return to;
  }
}

const countryWords = new Map<string, boolean>();
/** French and Italian bodies' names hold lower-case nouns after "de", "di": "Office fédéral de la santé publique". */
const lowerCaseNames = (sets: Lexicons) => sets.lexicon.language === 'fr' || sets.lexicon.language === 'it';

function isCountryWord(t: Token): boolean {
  let known = countryWords.get(t.text);
  // Inside a run of capitalised words, "Malte" is Malte Sievers, not Malta in French.
  if (known === undefined) countryWords.set(t.text, (known = !isFirstNameToo(t.text) && findCountries(t.text).length > 0));
  return known;
}

/**
 * "ministère de la Transition énergétique et du Développement durable", "Ministero dello Sviluppo economico": in French and
 * Italian, an adjective in lower case after a capitalised field.
 */
function romanceAdjectiveAt(tokens: Token[], j: number, sets: Lexicons): boolean {
  const [previous, t, next] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  if (!lowerCaseNames(sets) || !previous?.cap || !previous.word || !t || sets.orgHeads.has(previous.folded)) return false;
  return romanceAdjective.test(t.folded) && !next?.cap;
}
/**
 * Where a French or Italian body's name written in lower case ends: past small words, nouns and adjectives, not past a comma,
 * a capital, a verb ("per discutere", "a rencontré") or a phrase that starts what was done ("in occasione", "dans le cadre").
 */
function lowerCaseRun(tokens: Token[], to: number, sets: Lexicons): number {
  let end = to;
  let sawField = false;
  for (let k = to + 1; k < tokens.length && k - to <= 14; k++) {
    const t = tokens[k]!;
    // "Ospedale pediatrico regionale di Odessa": the name may end with a place or a name after its small word.
    if (
      t.cap &&
      t.word &&
      sawField &&
      !sets.orgHeads.has(t.folded) &&
      sets.orgConnectors.has(tokens[k - 1]!.folded) &&
      !sets.lexicon.and.includes(tokens[k - 1]!.folded)
    ) {
      while (tokens[k + 1]?.cap && tokens[k + 1]!.word && k - to < 16) k++;
      return k;
    }
    if (!t.word || t.cap) break;
    if (sets.orgConnectors.has(t.folded) || (t.folded === 'in' && !!tokens[k + 1] && !bareArticles.has(tokens[k + 1]!.folded))) continue;
    if (verbLike.test(t.folded) || notNameWords.has(t.folded) || isTitleWord(t, sets)) break;
    sawField ||= sets.orgWords.has(t.folded) || sets.areaStems.some((stem) => t.folded.startsWith(stem));
    end = k;
  }
  return sawField ? end : to;
}
/** Words of a verb or of a phrase about what was done, which no body's name holds. */
const verbLike = /(?:are|ere|ire|ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|er|ir|ee|ees|ant|ent|ont|ait|aient|era|ono)$/;
const infinitive = /(?:are|ere|ire|er|ir)$/;
const notNameWords = new Set([
  'occasione',
  'merito',
  'vista',
  'corso',
  'materia',
  'ambito',
  'presenza',
  'cadre',
  'presence',
  'vue',
  'matiere',
  'cours',
  'suite',
  'seguito',
  'qualita',
  'qualite',
  'sede',
  'siege',
  'che',
  'qui',
  'que',
  'dove',
  'ou',
  'anche',
  'aussi',
  'gia',
  'deja',
  'tra',
  'entre',
  'con',
  'avec',
  'sur',
  'sul',
  'sulla',
  'nel',
  'nella',
  'dans',
  'dalla',
  'dal',
  'dai',
  'dagli',
  'par',
]);

/** French and Italian adjective endings: "professionnelle", "agricoli", "énergétique". */
const romanceAdjective =
  /(?:ique|iques|able|ables|aire|aires|ale|ales|[a-z]{3}al|[a-z]{2}aux|iere|ieres|ali|elle|elles|ienne|iennes|ee|ees|ico|ica|ici|iche|ivo|iva|ivi|ive|ile|ili|ario|aria|ari|arie|are|ese|esi|ano|ana|ani|ane|oli|ola|ole)$/;

/** Two capitalised words in a row that the lexicons do not claim: the start of a person's name. */
function looksLikeNameStart(tokens: Token[], j: number, sets: Lexicons): boolean {
  const a = tokens[j];
  const b = tokens[j + 1];
  return !!a && !!b && a.cap && b.cap && a.word && b.word && !isClaimed(a, sets) && !isClaimed(b, sets);
}

/** "Provincia del Verbano Cusio Ossola, Alessio Ferrini": capitalised words before a comma and a person's name are not that person. */
function nameAfterRun(tokens: Token[], j: number, sets: Lexicons): boolean {
  let k = j;
  while (tokens[k]?.cap && tokens[k]!.word) k++;
  return tokens[k]?.text === ',' && looksLikeNameStart(tokens, k + 1, sets);
}

function isClaimed(t: Token, sets: Lexicons, countries = true): boolean {
  return (
    sets.notNames.has(t.folded) ||
    isTitleWord(t, sets) ||
    sets.orgHeads.has(t.folded) ||
    sets.orgWords.has(t.folded) ||
    sets.honorifics.has(t.folded) ||
    isAcronym(t) ||
    (countries && isCountryWord(t)) ||
    sets.areaStems.some((stem) => t.folded.startsWith(stem))
  );
}

type NameRun = { from: number; to: number; honorific: boolean; sentence: number };

/** Runs of capitalised words outside bodies' names and free of lexicon words: candidate names. */
function nameRuns(tokens: Token[], orgTaken: Set<number>, sets: Lexicons, text: string, sentenceIndex: number, cityStarts: Set<number>): NameRun[] {
  const cityLike = (t: Token) => cityStarts.has(t.start);
  // "Giovanna Lo Monaco", "Anna Di Francia": after a capitalised particle, a place's name is a surname.
  const placeAsSurname = (j: number) => {
    const [particle, t] = [tokens[j - 1], tokens[j]];
    return !!particle && !!t && particle.cap && particles.has(particle.folded) && t.cap && !orgTaken.has(j) && !isClaimed(t, sets, false);
  };
  const runs: NameRun[] = [];
  let i = 0;
  // "le maire de Novi Sad, Milan Petrović", "dal sindaco Sofia Rossi": a town's name where a name is due, before a surname, is a given name.
  const givenNameToo = (j: number) => {
    const [before, next] = [tokens[j - 1], tokens[j + 1]];
    const nameDue = !!before && (before.text === ',' || isTitleWord(before, sets) || sets.honorifics.has(before.folded.replace(/\.$/, '')));
    return nameDue && !!next && next.cap && next.word && !isClaimed(next, sets) && !cityLike(next) && !orgTaken.has(j + 1);
  };
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || !t.word || orgTaken.has(i) || isClaimed(t, sets) || (cityLike(t) && !givenNameToo(i))) {
      i++;
      continue;
    }
    let to = i;
    while (to + 1 < tokens.length) {
      const next = tokens[to + 1]!;
      if (next.cap && next.word && !orgTaken.has(to + 1) && ((!isClaimed(next, sets) && !cityLike(next)) || placeAsSurname(to + 1))) to++;
      else if (isParticleAt(tokens, to + 1, sets)) {
        let after = to + 1;
        while (isParticleAt(tokens, after, sets)) after++;
        if (tokens[after]?.cap && (!isClaimed(tokens[after]!, sets) || placeAsSurname(after)) && after - to <= 3) to = after;
        else break;
      } else break;
    }
    // "Vice Minister of Transport Daniyar Kuanyshev": after "of", the first words complete the function.
    let from = i;
    const previous = tokens[i - 1];
    if (
      to - from >= 2 &&
      previous &&
      (sets.connectors.has(previous.folded) || sets.lexicon.and.includes(previous.folded) || isAcronym(previous) || sets.orgHeads.has(previous.folded))
    ) {
      // The name is its last word, the particles before it and one given name ("Anne-Marie de Vries").
      from = to;
      while (from > i && isParticleAt(tokens, from - 1, sets)) from--;
      if (from > i) from--;
    }
    const before = text.slice(Math.max(0, tokens[from]!.start - 14), tokens[from]!.start);
    const honorific = sets.lexicon.honorifics.some((word) => new RegExp(`(?:^|[\\s(,])${word.replace(/[.]/g, '\\.')}\\s+$`).test(before));
    // The sentence's first word is capitalised anyway: alone, it is no name.
    while (from < to && isParticleAt(tokens, from, sets)) from++;
    if ((cityLike(tokens[to]!) || isCountryWord(tokens[to]!)) && !placeAsSurname(to)) {
      i = to + 1;
      continue;
    }
    // "Leiter Vertrieb Osteuropa", "Direktorin der Investitionsagentur Guidance Tamil Nadu": a department, a region or a part of
    // the world where a name's words end or start is what a function covers or a body, not someone.
    const runText = text.slice(tokens[from]!.start, tokens[to]!.end);
    if (
      departmentWords.test(tokens[from]!.folded) ||
      worldPart.test(tokens[to]!.folded) ||
      findRegions(runText).some((region) => region.end === runText.length && region.country) ||
      // "Ho Chi Minh City": a town of several words.
      inTownOfWords(tokens, to, Math.max(0, from - 3))
    ) {
      i = to + 1;
      continue;
    }
    // "the Port of Antwerp", "del Mare Adriatico": a run just after "of" belongs to what comes before it.
    // …but "entourée de Martin Keller" is a person: there the small word follows a verb, not a function or a body.
    const connector = tokens[from - 1];
    const beforeConnector = tokens[from - 2];
    const afterConnector =
      !!connector &&
      sets.connectors.has(connector.folded) &&
      !!beforeConnector &&
      (beforeConnector.cap || isTitleWord(beforeConnector, sets) || sets.orgHeads.has(beforeConnector.folded));
    if ((to > from || honorific) && (!afterConnector || honorific)) runs.push({ from, to, honorific, sentence: sentenceIndex });
    i = to + 1;
  }
  return runs;
}

export type Mentions = { people: Person[]; organisations: Organisation[]; countries: CountryMatch[]; orgSpans: Span[] };

type Context = { ourCountry: string | null; ourStaff: string[] };

/** The phrase of a function around a name: tokens from a title word up to the name (or after it, past a comma). */
function titleBefore(tokens: Token[], nameFrom: number, sets: Lexicons, named: Set<number> = new Set()): { from: number; to: number } | null {
  let i = nameFrom - 1;
  // Courtesy words, however many and however dotted: "S.E. M.", "H.E. Mr", "Dr.".
  const courtesy = (t: Token | undefined) => !!t && sets.honorifics.has(t.folded.replace(/\.$/, ''));
  for (;;) {
    if (i >= 0 && courtesy(tokens[i])) i--;
    else if (i > 0 && tokens[i]!.text === '.' && courtesy(tokens[i - 1])) i -= 2;
    // "prof.ssa", "dott.ssa": a courtesy word cut by its own dot.
    else if (i > 1 && tokens[i - 1]!.text === '.' && sets.honorifics.has(`${tokens[i - 2]!.folded}.${tokens[i]!.folded}`)) i -= 3;
    else break;
  }
  const afterComma = i >= 0 && tokens[i]!.text === ',';
  if (afterComma) i--;
  const to = i;
  // English and German write a function before a name in capitals: a lower-case word there ends it.
  const capitalised = sets.lexicon.language === 'en' || sets.lexicon.language === 'de';
  let nearest = -1;
  // German puts a function right before the name ("Staatssekretärin Katrin Hoffmann"); any other capitalised word there is a noun.
  // Connectors do not count: "Bundesministerin für Wirtschaft und Energie Katherina Reiche".
  const reach = sets.lexicon.language === 'de' && !afterComma ? 3 : 16;
  let steps = 0;
  for (let j = to; j >= 0 && steps < reach; j--) {
    const folded = tokens[j]!.folded;
    if ((!sets.connectors.has(folded) && !sets.lexicon.and.includes(folded)) || sets.lexicon.locatives.includes(folded)) steps++;
    // Brackets inside a function are part of it: an acronym ("la Chambre … (BECI) M. Marc Decorete") or a gloss ("Khokim (Governor) of").
    if (tokens[j]!.text === ')') {
      const open = tokens.slice(Math.max(0, j - 5), j).findLastIndex((t) => t.text === '(');
      if (open !== -1) {
        j = Math.max(0, j - 5) + open;
        continue;
      }
    }
    const t = tokens[j]!;
    if (named.has(j)) break;
    // A portfolio's list: "ministre de l'Industrie, de l'Entrepreneuriat et du Commerce".
    if (t.text === ',' && listGoesOn(tokens, j, sets)) continue;
    if (!t.word && !['&', '-', "'", '’'].includes(t.text)) break;
    // …except in an apposition before the name, where German adjectives stay lower case ("Minister für digitale Technologien, Otabek Rakhmonov").
    if (capitalised && !afterComma && !t.cap && !sets.connectors.has(t.folded) && !sets.lexicon.and.includes(t.folded) && !isTitleWord(t, sets)) break;
    // …nor across the word for the meeting itself ("l'Ambassadeur a rencontré M. Pierre Dumonceau").
    if (clauseStops.has(t.folded) || (!t.cap && sets.lexicon.meeting.test(t.folded))) break;
    if (isTitleWord(t, sets)) {
      nearest = j;
      break;
    }
  }
  if (nearest === -1) return null;
  // The function starts at the title word nearest the name, with the title words just before it ("Deputy", "vicepremier e").
  let from = nearest;
  while (from > 0) {
    if (isTitleWord(tokens[from - 1]!, sets)) from--;
    else if (from > 1 && sets.lexicon.and.includes(tokens[from - 1]!.folded) && isTitleWord(tokens[from - 2]!, sets)) from -= 2;
    // A portfolio between function words: "Deputy Foreign Minister", "First Deputy Prime Minister".
    else if (from > 1 && portfolioWords.has(tokens[from - 1]!.folded) && isTitleWord(tokens[from - 2]!, sets)) from -= 2;
    // "secrétaire d'État chargée du Commerce", "segretario di Stato", "Secretary of State": the state a secretary is of.
    else if (
      from > 2 &&
      /^(?:etat|stato|state|staat)$/.test(tokens[from - 1]!.folded) &&
      sets.connectors.has(tokens[from - 2]!.folded) &&
      isTitleWord(tokens[from - 3]!, sets)
    )
      from -= 3;
    else break;
  }
  return { from, to };
}

/** After a comma, a portfolio's list goes on: ", de l'Entrepreneuriat", ", Forestry" — not ", et d'une délégation" or ", der staatlichen". */
function listGoesOn(tokens: Token[], comma: number, sets: Lexicons): boolean {
  let j = comma + 1;
  // ", Lucia Zanetti, e il presidente…": a person's name ends the function before it.
  if (sets.lexicon.and.includes(tokens[j]?.folded ?? '') || looksLikeNameStart(tokens, j, sets)) return false;
  // "Committee on International Relations, Defence and Security", "Minister of Agriculture, Maritime Fisheries, Rural
  // Development and Water": capitalised items, and commas between them, up to an "and" and one more item.
  if (tokens[j]?.cap) {
    for (let k = j + 1; k < tokens.length && k - j <= 12; k++) {
      const t = tokens[k]!;
      if (sets.lexicon.and.includes(t.folded)) return !!tokens[k + 1]?.cap || sets.connectors.has(tokens[k + 1]?.folded ?? '');
      if (!(t.text === ',' || (t.word && t.cap) || sets.connectors.has(t.folded))) return false;
    }
  }
  while (sets.connectors.has(tokens[j]?.folded ?? '') && j - comma <= 3) j++;
  return j > comma + 1 && !!tokens[j]?.cap;
}

/** Words of a portfolio that stand inside an English function: "Deputy Foreign Minister", "Vice Prime Minister". */
const portfolioWords = new Set(['foreign', 'prime', 'interior', 'defence', 'defense', 'finance', 'trade', 'economy', 'health', 'justice', 'energy', 'state']);

/**
 * Words before a country someone went or is posted to, not their own: "en Serbie", "nach Kasachstan",
 * "ambassadeur in Kazachstan", "presso", "auprès du".
 */
export const wentTo =
  /(?:^|\s)(?:in|to|en|au|aux|a|dans|nel|nella|im|bei|bij|presso|nach|naar|aupres d[eu]|aupres de la|accredited to)\s+(?:the\s+|le\s+|la\s+|l')?$/;

/** German and Dutch compounds that head a body: "Bundesministerium", "Handelskammer", "Energieagentschap". */
const compoundHead =
  /(ministerium|ministerie|kammer|universitat|gesellschaft|verband|agentur|agentschap|behorde|bedrijf|ausschuss|kommission|stiftung|institut|amt|amts|werke|prasidium|hogeschool|hochschule|universiteit|akademie|academie|ziekenhuis|klinikum|zentrum|kreis|erei|weingut|wirtschaftsforderung|cluster|clusters|center|sekretariat)$/;
/** A compound head in the genitive too: "des Max-Planck-Instituts", "des Ausschusses". */
const isCompoundHeadInGenitive = (folded: string) => compoundHead.test(folded.replace(/e?s$/, ''));

/** Words that say someone holds a seat, not a function: "il deputato", "Senator", "Kamerlid". */
const seats = new Set([
  'deputato',
  'deputata',
  'senatore',
  'senatrice',
  'senator',
  'senateur',
  'depute',
  'deputee',
  'abgeordnete',
  'abgeordneter',
  'kamerlid',
  'volksvertegenwoordiger',
  'mp',
]);

/** Heads of bodies that are also surnames or given names: "Luca Della Corte", "Ville Niinistö", "Jan van 't Hof". */
const namesToo = new Set([
  'hof',
  'corte',
  'porto',
  'port',
  'court',
  'cour',
  'bank',
  'ville',
  'rat',
  'raad',
  'amt',
  'camera',
  'stad',
  'haven',
  'hafen',
  'hub',
  'fit',
]);
/** Words that head a body in any of the languages ("Tech Campus", "Koninklijke Musea" in a text in another): never a surname. */
const englishHeads = new Set(headWords(english));
/**
 * Heads of bodies named in their own language in a text in another: Spanish, Portuguese, Polish, Czech and French ones
 * ("Secretaría de Economía", "Universidade de São Paulo", "Urząd Marszałkowski"), with the small words inside them.
 */
const foreignHeads = new Set([
  'secretaria',
  'ministerio',
  'universidad',
  'universidade',
  'asociacion',
  'associacao',
  'cooperativa',
  'camara',
  'instituto',
  'fundacion',
  'fundacao',
  'corporacion',
  'agencia',
  'consejo',
  'gobierno',
  'prefeitura',
  'municipalidad',
  'servicio',
  'comision',
  'federacion',
  'federacao',
  'confederacion',
  'confederacao',
  'autoridad',
  'autoridade',
  'ministerstwo',
  'uniwersytet',
  'politechnika',
  'urzad',
  'izba',
  'ministerstvo',
  'univerzita',
  'komora',
  'agentura',
  // French, in a text in another language: "Université Internationale de Rabat", "Office National des Hydrocarbures".
  'universite',
  'agence',
  'ministere',
  'chambre',
  'societe',
  'banque',
  'autorite',
  'institut',
  'office',
  'association',
  'centre',
  'direction',
  'conseil',
  // Indonesian and Malay, Romanian, the South Slavic languages, the Scandinavian ones and Turkish: "Kementerian Perdagangan",
  // "Ministerul Afacerilor Externe", "Gospodarska zbornica Slovenije", "Energistyrelsen", "Ticaret Bakanlığı".
  'kementerian',
  'kamar',
  'politeknik',
  'universitas',
  'badan',
  'dinas',
  'ministerul',
  'universitatea',
  'agentia',
  'consiliul',
  'primaria',
  'ministarstvo',
  'zbornica',
  'univerza',
  'univerzitet',
  'sveuciliste',
  'agencija',
  'fakultet',
  'ministeriet',
  'departementet',
  'styrelsen',
  'direktoratet',
  'bakanligi',
  'odasi',
  'universitesi',
  'belediyesi',
]);
/** Heads of one language that are common nouns in the others: "la Région Occitanie" is a body, "die Region Erongo" a place. */
const commonInOthers = new Set(['region']);

/**
 * The other lexicons a capitalised word heads a body in, for a body named in its own language in a text in another:
 * "het Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg", "the Ministerie van Landbouw".
 */
function otherLanguageHead(t: Token, sets: Lexicons, next?: Token): Lexicons | undefined {
  if (!t.cap || !t.word || namesToo.has(t.folded) || commonInOthers.has(t.folded) || t.folded.length < 3 || sets.orgHeads.has(t.folded)) return undefined;
  const others = Object.values(lexicons).filter((lexicon) => lexicon !== sets.lexicon && lexiconSets(lexicon).orgHeads.has(t.folded));
  // "Institut für Technologie" is German, "Institut de…" French: the head's small word says which.
  const other = others.find((lexicon) => !!next && lexiconSets(lexicon).orgConnectors.has(next.folded)) ?? others[0];
  if (other) return lexiconSets(other);
  // "het Fraunhofer-Institut für Produktionstechnik": a German compound head.
  return sets.lexicon.language !== 'de' && germanCompoundHead.test(t.folded) ? lexiconSets(lexicons.de) : undefined;
}
const germanCompoundHead =
  /\p{L}{3}-?(?:ministerium|kammer|universitat|gesellschaft|verband|agentur|behorde|ausschuss|kommission|stiftung|institut|hochschule|akademie|klinikum|zentrum|sekretariat|amt)$/u;
/** German nouns that are never a body's proper name: abstract nouns by their ending, "Unternehmen", and "Häfen", a plural. */
const germanCommonNoun = /^(?:\p{Lu}\p{Ll}*(?:ung|ungen|ion|ionen|heit|keit|schaft|schaften|tät|täten|ismus)|Unternehmen|Häfen)$/u;
/** Whether token `j` is inside a town of two to four words, starting no earlier than `from`: "Novi Sad", "Ho Chi Minh City". */
function inTownOfWords(tokens: Token[], j: number, from: number): boolean {
  for (let start = Math.max(from, j - 3); start <= j; start++)
    for (let end = Math.max(start + 1, j); end <= start + 3 && end < tokens.length; end++) {
      const words = tokens.slice(start, end + 1);
      if (words.every((t) => t.cap && t.word) && countryOfTown(words.map((t) => t.text).join(' '))) return true;
    }
  return false;
}
/** "Viet Nam's Ministry of Finance", "Pennsylvania's Office": whose the body is, not its name ("People's Committee" is a name). */
const ownerBefore = (t: Token) => !!t.possessive && !/^(?:people|women|children|workers|farmers|citizens|men|traders|employers)$/.test(t.folded);
/** The first word of a department's name, which no one's name starts with: "Vertrieb Osteuropa", "Business Development Amerika". */
const departmentWords = /^(?:vertrieb|einkauf|beschaffung|export|marketing|business|sales|area|procurement|purchasing|operations)$/;
/** Parts of the world, in a compound too: "Osteuropa", "Asien-Pazifik", "Mittelamerika". */
const worldPart = /(?:europa|europe|asien|asia|afrika|africa|amerika|america|americas|pazifik|pacific|ozeanien|oceania|nahost|mena)$/;
/** Parts of the world a function covers: "responsabile per l'area del Mediterraneo", "Director for Asia". */
const partsOfTheWorld =
  /^(?:moyen-orient|proche-orient|midden-oosten|pacifique|pacific|pazifik|pacifico|europe|europa|asia|asie|azie|asien|africa|afrique|afrika|america|amerique|amerika|americas|ameriques|mediterran\w*|balkan\w*|oceania|oceanie|ozeanien)$/;
const withWords = new Set(['with', 'con', 'avec', 'mit', 'met']);
/** Heads of bodies that may be named after a person or a town, whose name then follows them. */
const namedAfterSomeone = /^(?:universit|uniwersytet|hochschule|hogeschool|akadem|academ|accadem|stiftung|stichting|fondation|fondazione|foundation|fundac)/;
/** Heads in a language of one country only: "Politechnika Poznańska" is Polish, "Ministrstvo za infrastrukturo" Slovenian. */
const headCountry: Record<string, string> = {
  politechnika: 'PL',
  uniwersytet: 'PL',
  ministerstwo: 'PL',
  urzad: 'PL',
  izba: 'PL',
  wojewodztwo: 'PL',
  ministrstvo: 'SI',
  zbornica: 'SI',
  ministerul: 'RO',
  primaria: 'RO',
  universitatea: 'RO',
  sveuciliste: 'HR',
  bakanligi: 'TR',
  odasi: 'TR',
  universitesi: 'TR',
  belediyesi: 'TR',
};
const foreignConnectors = new Set([
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'des',
  'y',
  'e',
  'et',
  'la',
  'las',
  'los',
  'le',
  'les',
  'pour',
  'dan',
  'si',
  'i',
]);
const anyBodyHead = new Set(
  [...Object.values(lexicons).flatMap(headWords), 'campus', 'chambers', 'musea', 'authority', 'command', 'commando', 'kommando'].filter(
    (head) => head.length > 2 && !namesToo.has(head) && !commonInOthers.has(head),
  ),
);

/** Letters after a name that say it sits in a parliament or a bar: "Ciarán Whelan TD", "Anja Hellwig, MdB,". */
const postNominals = new Set(['td', 'mp', 'mep', 'mdb', 'mdl', 'mdep', 'mla', 'msp', 'ms', 'kc', 'qc', 'obe', 'cbe', 'mbe', 'nr', 'mdr']);

/** The letters of one country's parliament, as written. */
const parliamentCountry: Record<string, string> = { TD: 'IE', MdB: 'DE', MdL: 'DE', MSP: 'GB' };

function titleAfter(tokens: Token[], nameTo: number, sets: Lexicons): { from: number; to: number } | null {
  let i = nameTo + 1;
  // "Ciarán Whelan TD, Chair of…", "Anja Hellwig, MdB, Vorsitzende…": the letters after the name stand before its function.
  if (postNominals.has(tokens[i]?.folded ?? '') && tokens[i + 1]?.text === ',') i++;
  if (tokens[i]?.text === ',' && postNominals.has(tokens[i + 1]?.folded ?? '') && tokens[i + 2]?.text === ',') i += 2;
  const open = tokens[i]?.text;
  if (open !== ',' && open !== '(') return null;
  i++;
  const from = i;
  let sawTitle = false;
  let to = -1;
  for (let j = from; j < tokens.length && j - from < 18; j++) {
    const t = tokens[j]!;
    if (t.text === ',' && sawTitle && listGoesOn(tokens, j, sets)) continue;
    // "Vorstand Infrastrukturplanung und -projekte": a hyphen that carries a shared word's first half.
    const carried = t.text === '-' && tokens[j + 1]?.start === t.end && tokens[j + 1]!.word;
    if (!t.word && !carried && !['&', '"', '“', '”', '«', '»', "'", '’'].includes(t.text)) break;
    if (j > from && clauseStops.has(t.folded)) break;
    if (isTitleWord(t, sets)) sawTitle = true;
    if (!sawTitle && j - from >= 3) return null;
    to = j;
  }
  // "Alessio Ferrini, la sindaca di Domodossola, Lucia Zanetti", "nella Serra Gaúcha, la rettrice ha incontrato": a function
  // with its article after a name starts another phrase, about someone else.
  if (bareArticles.has(tokens[from]?.folded ?? '')) return null;
  return sawTitle && to >= from ? { from, to } : null;
}

const initialsOf = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');

function joinTokens(text: string, tokens: Token[], from: number, to: number): string {
  return text
    .slice(tokens[from]!.start, tokens[to]!.end)
    .replace(/\s+/g, ' ')
    .replace(/^["“«„]|["”»]$/g, '')
    .trim();
}

/** A German function declined after an article ("den Präsidenten") in the form a list uses. */
function germanTitleNominative(title: string): string {
  return title.replace(/^(\p{L}*präsident)en(?![\p{L}])/iu, '$1');
}

/** German bodies named in the dative or genitive ("im Auswärtigen Amt", "der Staatlichen Universität") in the form a list uses. */
function germanNominative(name: string): string {
  return (
    name
      .replace(/^Auswärtigen Amt(?:e?s)?$/, 'Auswärtiges Amt')
      .replace(/^((?:\p{Lu}\p{L}*-)*\p{Lu}\p{Ll}*(?:amt|verband|rat|bund|institut))e?s\b/u, '$1')
      // "des Bundesministeriums", "des Ausschusses", "des Kreises Kleve": a compound head in the genitive.
      .replace(/(?<![\p{L}-])((?:\p{Lu}\p{L}*-)*\p{Lu}\p{L}*?)(e?s)(?=\s|$)/gu, (word, base: string) =>
        compoundHead.test(foldAccents(base)) && !compoundHead.test(foldAccents(word)) ? base : word,
      )
      .replace(
        /^((?:\p{Lu}\p{Ll}+-)*\p{Lu}\p{Ll}+)en (Universität|Hochschule|\p{Lu}\p{Ll}*(?:kammer|ung|schaft)|Agentur|Stiftung|Akademie|Bank|Bahn|Post|Börse)\b/u,
        '$1e $2',
      )
      .replace(/^((?:\p{Lu}\p{Ll}+-)*\p{Lu}\p{Ll}+)en (\p{Lu}\p{Ll}*(?:ministerium|institut|zentrum|museum))\b/u, '$1es $2')
      // "das Hessische Wirtschaftsministerium": without its article, "Hessisches".
      .replace(/^((?:\p{Lu}\p{Ll}+-)*\p{Lu}\p{Ll}+)e (\p{Lu}\p{Ll}*(?:ministerium|institut|zentrum|museum))\b/u, '$1es $2')
      .replace(/^((?:\p{Lu}\p{Ll}+-)*\p{Lu}\p{Ll}+)en ((?:\p{Lu}\p{Ll}*)?(?:[Ll]andtag|[Vv]erband|[Vv]erein|[Ss]enat|[Aa]usschuss|[Hh]afen))\b/u, '$1er $2')
  );
}

/** A capitalised word the lexicons know as something other than a name or a place: "Ministry", "March", "Kazakh". */
export function isClaimedWord(word: string, lexicon: Lexicon): boolean {
  return isClaimed(token(word, 0), lexiconSets(lexicon));
}

/** Towns named like a field or an ideal, which is what a body's name means by them: "Department of Enterprise", "European Union". */
const wordsNotTowns = new Set(['enterprise', 'union', 'independence', 'liberty', 'concord', 'providence', 'mission', 'delta', 'progress']);

/**
 * A town the gazetteer does not know, in a body's name: after "of", "di", "de" ("Politecnico di Rzeszów") or at its end
 * ("Technische Hochschule Augsburg"); its country is the body's.
 */
function townNamed(name: string, sets: Lexicons): string | null {
  const tokens = tokenize(name);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || !t.word || t.text.length < 4 || isClaimed(t, sets) || wordsNotTowns.has(t.folded)) continue;
    if (!sets.connectors.has(tokens[i - 1]!.folded) && i !== tokens.length - 1) continue;
    // "Aeroporto di Rzeszów-Jasionka": a town joined to the place in it by a hyphen.
    const country = countryOfTown(t.text) ?? (t.text.includes('-') ? countryOfTown(t.text.split('-')[0]!) : null);
    if (country) return country;
  }
  return null;
}

export function findMentions(text: string, sentences: Sentence[], lexicon: Lexicon, context: Context): Mentions {
  const sets = lexiconSets(lexicon);
  const countries = findCountries(text);
  const cities = findCities(text);
  const regions = findRegions(text).filter((region) => region.country);
  const knownBodies = findKnownBodies(text);
  const cityStarts = new Set(cities.flatMap((city) => tokenize(text.slice(city.start, city.end), city.start).map((t) => t.start)));
  const organisations: Organisation[] = [];
  const orgSpans: Span[] = [];
  const people: Person[] = [];
  const ourStaff = context.ourStaff.map((name) => nameWords(name));
  // A body named short: its acronym given in brackets, or the initials of its name ("the AIFC" after "Astana International Financial Centre").
  const knownByAcronym = (word: string) =>
    organisations.find((org) => org.acronym === word) ?? (/^\p{Lu}{3,}$/u.test(word) ? organisations.find((org) => initialsOf(org.name) === word) : undefined);
  // "The Board of Trade" after "Toronto Region Board of Trade": the end of a body's name, of two words or more, is that body.
  // "the Mazhilis" after "Mazhilis of the Parliament of the Republic of Kazakhstan": a known body's name starts it.
  const knownByShortName = (folded: string, span: Span) =>
    folded.includes(' ')
      ? organisations.find((org) => org.folded.endsWith(` ${folded}`))
      : knownBodies.some((body) => body.start === span.start)
        ? organisations.find((org) => org.folded.startsWith(`${folded} `))
        : undefined;
  const addOrganisation = (written: string, span: Span, acronym: string | null): Organisation => {
    // "the Management Board of the Port of Gdynia Authority" is the port authority.
    const whole = written.replace(/^(?:Management|Supervisory|Executive) Board of (?:the )?(?=\p{Lu})/u, '');
    const name = lexicon.language === 'de' ? germanNominative(whole) : whole;
    const folded = foldAccents(name).replace(/^(the|la|le|les|l'|il|lo|die|der|das|de|het)\s+/, '');
    const inName = (c: Span) => c.start >= span.start && c.end <= span.end;
    // "IHK Köln", "CCI Liège-Verviers-Namur", "Regione Puglia": a body named after a town or a region is of its country;
    // "Porto di Danzica" is a port.
    const town = [...cities, ...regions].find((c) => inName(c) && !(c.start === span.start && /^\s+\p{Ll}/u.test(text.slice(c.end, span.end))));
    // "die Spedition Hartl Logistik GmbH & Co. KG aus Landshut", "Vestas from Aarhus": the town a body is from.
    const fromTown = /^\s+(?:aus|from|uit)\s+(\p{Lu}[\p{L}-]+)/u.exec(text.slice(span.end, span.end + 40))?.[1];
    const townFrom = fromTown ? (findCities(fromTown)[0]?.country ?? countryOfTown(fromTown)) : null;
    // "der Reuss Messtechnik AG aus Emmen": the Swiss Emmen, not the Dutch, by the company's legal form.
    const from = townFrom && (!countriesByForm(whole).length || countriesByForm(whole).includes(townFrom)) ? townFrom : null;
    // "im slowenischen Ministerium für Wirtschaft", "het Sloveense ministerie": the country's adjective just before the name.
    // …and "Viet Nam's Ministry of Finance": the country whose it is.
    const adjectiveBefore = countries.find((c) => c.end <= span.start && /^(?:['’]s)?\s+$/.test(text.slice(c.end, span.start)));
    const country =
      // "AußenwirtschaftsCenter Nairobi", "AHK Mexiko": a body known by name is of its own country, wherever its office is.
      knownBodies.find((body) => inName(body) || body.name === acronym)?.country ??
      countries.find(inName)?.country ??
      town?.country ??
      from ??
      townNamed(name, sets) ??
      adjectiveBefore?.country ??
      // "Oost NL", "Foodvalley NL": a country's letters at the end of a body's name.
      codeAtEnd[/\s(\p{Lu}{2})$/u.exec(name)?.[1] ?? ''] ??
      headCountry[foldAccents(name).split(/\s+/)[0] ?? ''] ??
      null;
    const knownAs = knownBodies.find((body) => body.end === span.end && foldAccents(text.slice(body.start, body.end)) === folded)?.body;
    const existing =
      organisations.find((org) => org.folded === folded || (acronym && (org.acronym === acronym || org.name === acronym))) ??
      knownByAcronym(name) ??
      knownByShortName(folded, span) ??
      (knownAs ? organisations.find((org) => org.knownAs === knownAs) : undefined);
    if (existing) {
      // Named by its acronym first ("Talks in Mazhilis, Senate and AIFC"), in full later: the full name is its name.
      // "alla Farnesina", then "il Ministero degli Affari Esteri…": one body, by its longer name.
      if ((acronym && existing.name === acronym) || (knownAs && name.length > existing.name.length)) Object.assign(existing, { name, folded });
      existing.spans.push(span);
      existing.acronym ??= acronym;
      existing.country ??= country;
      return existing;
    }
    // Someone's body that is no body met (a press office, a format) is theirs, but not listed among those met.
    const org: Organisation = {
      name,
      folded,
      spans: [span],
      country,
      acronym,
      ...(knownAs && { knownAs }),
      ...(isNoBodyMet(folded) && { implied: true }),
    };
    organisations.push(org);
    return org;
  };

  // The country a function names as its holder's: "Ambassador of Kazakhstan", "Kazakh minister"; not the one an
  // ambassador is posted to ("ambassadeur in Kazachstan", "to Belgium", "au Sénégal").
  const countryOfTitle = (title: Span) =>
    countries.find(
      (c) => c.start >= title.start && c.end <= title.end && !wentTo.test(foldKeepingOffsets(text.slice(Math.max(title.start, c.start - 12), c.start))),
    )?.country ?? null;

  sentences.forEach((sentence, index) => {
    const tokens = tokenize(sentence.text, sentence.start);
    // A headline in capitals: every word looks like an acronym, and none says who met.
    if (tokens.filter((t) => t.word && /\p{L}{2}/u.test(t.text)).length >= 4 && !/\p{Ll}/u.test(sentence.text)) return;
    const quiet = attribution.test(sentence.text);
    const orgs = organisationsIn(tokens, sets, knownBodies);
    // "una delegazione di dodici imprese italiane, tra cui…", "Swiss companies, among them…": the companies listed are of that country.
    const listCue = tokens.findIndex((t, k) => k > 0 && (t.cap || !!tokens[k + 1]?.cap) && sets.lexicon.companiesAmong.test(foldedBefore(tokens, k, 12)));
    const listCountry =
      listCue === -1 ? null : (countries.find((c) => c.start >= tokens[Math.max(0, listCue - 12)]!.start && c.end <= tokens[listCue]!.start)?.country ?? null);
    const orgTaken = new Set<number>();
    const orgAt = new Map<number, Organisation>();
    const orgStarts = new Set(orgs.map((org) => org.from));
    for (const { from, to } of orgs) {
      for (let i = from; i <= to; i++) orgTaken.add(i);
      const span = { start: tokens[from]!.start, end: tokens[to]!.end };
      // Articles, and a nationality word before the head, are not part of a body's name: "Le ministère", "Kazachse ministerie".
      let nameFrom = from;
      // …unless it is all the name there is besides the head: "der Deutschen Bank" is the Deutsche Bank.
      while (
        nameFrom < to &&
        (articles.has(tokens[nameFrom]!.folded) || (isCountryWord(tokens[nameFrom]!) && sets.orgHeads.has(tokens[nameFrom + 1]!.folded) && nameFrom + 1 < to))
      )
        nameFrom++;
      const name = joinTokens(text, tokens, nameFrom, to);
      // An acronym in brackets just after names the same body: "(BECI)".
      const acronym =
        tokens[to + 1]?.text === '(' && tokens[to + 2] && isAcronym(tokens[to + 2]!) && tokens[to + 3]?.text === ')' ? tokens[to + 2]!.text : null;
      if (acronym) for (let i = to + 1; i <= to + 3; i++) orgTaken.add(i);
      orgSpans.push(span);
      // "la Compagnie régionale des eaux de Prishtina (KRU Prishtina SH.A.)": a body's other name in brackets just after it is the same body.
      const aliasOf = tokens[from - 1]?.text === '(' && tokens[to + 1]?.text === ')' && to > from ? orgAt.get(from - 2) : undefined;
      if (aliasOf) {
        aliasOf.spans.push(span);
        for (let i = from; i <= to; i++) orgAt.set(i, aliasOf);
        continue;
      }
      if (!quiet) {
        const org = addOrganisation(name, span, acronym);
        if (listCountry && from >= listCue) org.country ??= listCountry;
        // Named here, whatever a function implied before; a body no one meets stays unlisted.
        if (!isNoBodyMet(org.folded)) delete org.implied;
        for (let i = from; i <= to; i++) orgAt.set(i, org);
      }
    }
    // A body known by its acronym: "BECI a présenté…".
    tokens.forEach((t, i) => {
      if (!isAcronym(t) || orgTaken.has(i)) return;
      const org = knownByAcronym(t.text);
      if (org) {
        org.spans.push({ start: t.start, end: t.end });
        orgTaken.add(i);
      }
    });

    let previous: Person | null = null;
    const runs = nameRuns(tokens, orgTaken, sets, text, index, cityStarts);
    // A function before a name does not reach back over another person's name.
    const named = new Set(runs.flatMap((run) => Array.from({ length: run.to - run.from + 1 }, (_, k) => run.from + k)));
    for (const run of runs) {
      const name = joinTokens(text, tokens, run.from, run.to);
      const span = { start: tokens[run.from]!.start, end: tokens[run.to]!.end };
      const words = nameWords(name);
      const known = people.find((person) => samePerson(nameWords(person.name), words));
      if (known) {
        if (words.length > nameWords(known.name).length) known.name = name;
        known.spans.push(span);
        previous = known;
        // Named first in a headline, then with a function: the function counts; so does a fuller one
        // ("le ministre délégué Laurent Daguerre", then "ministre délégué chargé du Commerce extérieur").
        const later = titleBefore(tokens, run.from, sets, named) ?? titleAfter(tokens, run.to, sets);
        const fuller = (candidate: string) =>
          !!known.title && candidate.length > known.title.length && foldAccents(candidate).startsWith(foldAccents(known.title));
        if (later && known.title && !known.organisation && fuller(joinTokens(text, tokens, later.from, later.to))) {
          known.titleSpan = { start: tokens[later.from]!.start, end: tokens[later.to]!.end };
          known.title = joinTokens(text, tokens, later.from, later.to);
          // "…della Repubblica Socialista del Vietnam": the fuller function may say whose it is.
          known.country ??= countryOfTitle(known.titleSpan);
          if (known.country && context.ourCountry) known.ours ||= known.country === context.ourCountry;
        }
        if (!known.title && !known.titleSpan) {
          if (later) {
            known.weak = false;
            known.titleSpan = { start: tokens[later.from]!.start, end: tokens[later.to]!.end };
            known.title = joinTokens(text, tokens, later.from, later.to);
            known.country ??= countryOfTitle(known.titleSpan);
            if (known.country && context.ourCountry) known.ours ||= known.country === context.ourCountry;
          } else if (run.honorific) known.weak = false;
        }
        continue;
      }
      // "il deputato Arben Kola, vicepresidente della Commissione": the function after the name says more than a seat before it.
      const before = titleBefore(tokens, run.from, sets, named);
      const after = titleAfter(tokens, run.to, sets);
      const seatOnly = !!before && before.from === before.to && seats.has(tokens[before.from]!.folded);
      // "traf die Botschafterin in Wien Dr. Petra Hollinek, Vorstandsmitglied der ÖBB": a function said where, before the
      // name, is the subject's; the function after the name is this person's.
      // So is one right after the verb of the meeting, in German or Dutch order: "ontmoette de minister Jan de Vries, CEO van…".
      const afterVerb = (from: number) =>
        from >= 2 && subjectArticles[sets.lexicon.language]?.has(tokens[from - 1]!.folded) === true && sets.lexicon.meeting.test(tokens[from - 2]!.folded);
      const someoneElses =
        !!before &&
        !!after &&
        (tokens.slice(before.from + 1, before.to + 1).some((t) => sets.lexicon.locatives.includes(t.folded)) || afterVerb(before.from)) &&
        !tokens.slice(before.from, run.from).some((t) => t.text === ',');
      const titleSpanTokens = ((seatOnly || someoneElses) && after) || before || after;
      const staff = ourStaff.some((staffWords) => samePerson(staffWords, words));
      const strong = run.honorific || !!titleSpanTokens || staff;
      // Two or three capitalised words and nothing else: a name only if the text comes back to it by surname.
      const weak = !strong && lexicon.language !== 'de' && run.to > run.from && run.to - run.from <= 2;
      // "X and Y": the second shares the first's function ("senior vice presidents … Salvador Cano and Christian Schwartz").
      const coordinated = previous && lexicon.and.includes(tokens[run.from - 1]?.folded ?? '') ? previous : null;
      if (!strong && !weak && !coordinated) continue;
      if (words.length < 2 && !run.honorific && !staff) continue;
      let title: string | null = null;
      let titleSpan: Span | null = null;
      let organisation: Organisation | null = null;
      let country: string | null = null;
      if (titleSpanTokens) {
        titleSpan = { start: tokens[titleSpanTokens.from]!.start, end: tokens[titleSpanTokens.to]!.end };
        let titleTo = titleSpanTokens.to;
        // The body inside the phrase is the person's organisation; the words before its connector, the function.
        for (let i = titleSpanTokens.from; i <= titleSpanTokens.to; i++) {
          const org = orgAt.get(i);
          if (org && i > titleSpanTokens.from) {
            organisation = org;
            titleTo = i - 1;
            const trailing = (t: Token) => sets.connectors.has(t.folded) || !t.word;
            while (titleTo > titleSpanTokens.from && trailing(tokens[titleTo]!)) titleTo--;
            // "bestuursvoorzitter van het staatsinvesteringsfonds Samruk-Kazyna": an article and a common noun before the body's name.
            if (
              titleTo - 1 > titleSpanTokens.from &&
              !tokens[titleTo]!.cap &&
              !isTitleWord(tokens[titleTo]!, sets) &&
              articles.has(tokens[titleTo - 1]!.folded)
            ) {
              titleTo -= 2;
              while (titleTo > titleSpanTokens.from && trailing(tokens[titleTo]!)) titleTo--;
            }
            break;
          }
        }
        // Words after the function that are neither title words nor connectors but follow one ("de l'OEC") are kept: they say of what.
        // "Chief Sustainability Officer of Qarmet", "CEO van Port of Antwerp-Bruges": a body after the function is the organisation.
        // A minister's portfolio follows "of" ("ministra dell'Economia e del Lavoro"): not a body unless it says so.
        // titleStem finds "minist" inside a word, for German compounds ("Wirtschaftsminister"); an "amministratrice delegata"
        // holds it without being one.
        const minister = tokens
          .slice(titleSpanTokens.from, titleTo + 1)
          .some((t) => titleStem.test(t.folded) && /minist/.test(t.folded) && !/^amminist/.test(t.folded));
        if (!organisation) {
          for (let i = titleTo - 1; i > titleSpanTokens.from; i--) {
            if (minister && !tokens.slice(i + 1, titleTo + 1).some((t) => sets.orgHeads.has(t.folded) || isAcronym(t))) break;
            if (
              !bodyConnectors.has(tokens[i]!.folded) ||
              (!isTitleWord(tokens[i - 1]!, sets) && !tokens.slice(titleSpanTokens.from, i).some((t) => isTitleWord(t, sets)))
            )
              continue;
            let rest = tokens.slice(i + 1, titleTo + 1).filter((t) => t.word);
            // "van het staatsinvesteringsfonds Samruk-Kazyna", "de la société Rhôneval": an article and a common noun before the body's name.
            while (rest.length > 1 && articles.has(rest[0]!.folded)) rest = rest.slice(1);
            if (rest.length > 1 && !rest[0]!.cap && rest[1]!.cap && !sets.connectors.has(rest[0]!.folded) && sets.lexicon.language !== 'en')
              rest = rest.slice(1);
            // "Mitgründerin des Logistik-Start-ups Boxtrack": a German common noun in the genitive before the name.
            const named = rest.length > 1 && germanGenitiveNoun(tokens, tokens.indexOf(rest[0]!), sets);
            if (named) rest = rest.slice(1);
            if (!rest.length || (!rest[0]!.cap && !isAcronym(rest[0]!))) continue;
            // "Director of Planning at Ghana Water Limited", "Deputy CEO in charge of Investor Services": what a function covers.
            if (
              rest.every((t) => departments.test(t.folded) || t.folded === 'business' || sets.orgConnectors.has(t.folded)) ||
              /^(?:charge|chargee?|responsible)$/.test(tokens[i - 1]!.folded)
            )
              continue;
            const properName = rest.length >= 2 && rest.every((t) => t.cap || sets.orgConnectors.has(t.folded));
            // "van Tanger Med Port Authority", "van het Deense Energieagentschap": a head word makes a body; so does a name the
            // lexicons do not claim, even one naming a country ("van Business Sweden"). "van het Groothertogdom Luxemburg", a state, does not.
            const looksLikeBody =
              // "Directeur de l'Asie, du Pacifique et du Moyen-Orient": parts of the world, however many.
              !rest.every((t) => !t.cap || partsOfTheWorld.test(t.folded) || sets.orgConnectors.has(t.folded) || sets.lexicon.and.includes(t.folded)) &&
              (rest.some((t) => sets.orgHeads.has(t.folded) || anyBodyHead.has(t.folded) || (t.cap && compoundHead.test(t.folded)) || isAcronym(t)) ||
                ((sets.lexicon.language !== 'de' || properName || named) && !isClaimed(rest[0]!, sets) && !cityStarts.has(rest[0]!.start)) ||
                // "directeur van Almaty Su", "PDG d'Investissement Québec": a name of two words or more that is more than a place's.
                (properName &&
                  !isTitleWord(rest[0]!, sets) &&
                  !rest.some((t) => isCountryWord(t) || sets.orgWords.has(t.folded) || chargeWords.test(t.folded)) &&
                  rest.some((t) => t.cap && !cityStarts.has(t.start) && !isRegionWord(t.text))));
            // "la sindaca di Domodossola", "Bürgermeister von Tettnang": a town's head is of the town, named with a head word when a body.
            const townHeld = townHeads.test(tokens[i - 1]!.folded) && !rest.some((t) => sets.orgHeads.has(t.folded) || isAcronym(t));
            // "Chairman of the Council", "President of the Port Authority": generic words refer back to a body, they name none.
            const generic = rest.length <= 2 && rest.every((t) => anyBodyHead.has(t.folded) || isClaimed(t, sets));
            if (generic && looksLikeBody) break;
            if (!looksLikeBody || townHeld || describedOnly(rest)) continue;
            const from = tokens.indexOf(rest[0]!);
            // "Business Sweden in de Benelux": where the body works is not part of its name.
            const where = tokens.findIndex((t, k) => k > from && k <= titleTo && sets.lexicon.locatives.includes(t.folded));
            let bodyTo = where === -1 ? titleTo : where - 1;
            // "delle Ferrovie autolinee regionali ticinesi (FART)": the acronym in brackets is not part of the name.
            const bracket = tokens.findIndex((t, k) => k > from && k <= bodyTo && t.text === '(');
            if (bracket !== -1) bodyTo = bracket - 1;
            // "des Landes Steiermark, am Montag und Dienstag": a comma that starts no further field ends the body.
            const comma = tokens.findIndex((t, k) => k > from && k <= bodyTo && t.text === ',' && !fieldListGoesOn(tokens, k, sets));
            if (comma !== -1) bodyTo = comma - 1;
            while (bodyTo > from && !tokens[bodyTo]!.word) bodyTo--;
            bodyTo = withLegalTail(tokens, bodyTo, new Set());
            organisation = addOrganisation(joinTokens(text, tokens, from, bodyTo), { start: rest[0]!.start, end: tokens[bodyTo]!.end }, null);
            titleTo = i - 1;
            break;
          }
        }
        let hasTitleWord = false;
        for (let i = titleSpanTokens.from; i <= titleTo; i++) hasTitleWord ||= isTitleWord(tokens[i]!, sets);
        title = hasTitleWord ? joinTokens(text, tokens, titleSpanTokens.from, titleTo) : null;
        if (title && lexicon.language === 'de') title = germanTitleNominative(title);
        country = countryOfTitle(titleSpan);
        // "the Belgian Ambassador", "Kazakh Deputy Foreign Minister": an adjective just before the function.
        const before = tokens[titleSpanTokens.from - 1];
        if (!country && before) country = countries.find((c) => c.start === before.start)?.country ?? null;
      } else if (coordinated) {
        title = coordinated.title;
        organisation = coordinated.organisation;
        country = coordinated.country;
      }
      // "una delegazione del Ministero dell'Economia … guidata dal vice ministro Elnur Gasimov": the leader is of the body it is from.
      // "Regierungspräsidentin Barbara Wöhrle vom Regierungspräsidium Freiburg", "Anna Rossi della Regione Lazio": the body just after the name.
      if (!organisation) {
        let k = run.to + 1;
        while (k - run.to <= 2 && tokens[k] && (sets.connectors.has(tokens[k]!.folded) || fromWords.has(tokens[k]!.folded))) k++;
        if (k > run.to + 1 && orgStarts.has(k)) organisation = orgAt.get(k) ?? null;
      }
      if (!organisation) organisation = delegationBody(organisations, span, sentence);
      country ??= organisation?.country ?? null;
      // "Deirdre Halloran TD", "Anja Hellwig, MdB,": a parliament's letters after the name say its country.
      const letters = tokens[run.to + 1]?.text === ',' ? tokens[run.to + 2] : tokens[run.to + 1];
      country ??= parliamentCountry[letters?.text ?? ''] ?? null;
      // "Minister of Energy": the Ministry of Energy, though the text may never name it.
      const body =
        !organisation && title
          ? lexicon.ministryOf(
              title.replace(/\s+(?:of|de|du|des|di|del|van|von)\s+\S+$/u, (tail) => (isCountryWord(token(tail.trim().split(/\s+/).at(-1)!, 0)) ? '' : tail)),
            )
          : null;
      if (body && titleSpan) {
        const named = organisations.some((org) => org.folded === foldAccents(body));
        organisation = addOrganisation(body, titleSpan, null);
        if (!named) organisation.implied = true;
      }
      if (organisation && !organisation.country && country) organisation.country = country;
      if (!country) country = nearestCountry(countries, span, sentence) ?? sideNamed(countries, span, sentence);
      const companion = !staff && !country && accompanies(span, sentence, lexicon);
      const person: Person = {
        name: name.replace(/\s*\(.*$/, ''),
        title: title && title.length <= 140 ? title : null,
        organisation,
        country,
        ours: staff || (!!context.ourCountry && country === context.ourCountry) || companion,
        ...(companion && { companion }),
        spans: [span],
        titleSpan,
        weak: weak && !coordinated,
        ...(leadsDelegation(span, sentence) && { leadsDelegation: true }),
      };
      people.push(person);
      previous = person;
    }
  });

  // Later mentions by surname alone ("Vassilenko said", "Ambassador Nikaj"): more evidence for the same person.
  // Folded one character for one, so that a match's offsets are the text's ("Außenminister" before the name).
  const folded = foldKeepingOffsets(text);
  for (const person of people) {
    const surname = foldKeepingOffsets(person.name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .at(-1);
    if (!surname || surname.length < 3) continue;
    // "Unioncamere del Veneto", "Bassa Slesia": a region's or a town's name coming back is the place, not a surname.
    const lastWord = person.name.split(/\s+/).at(-1)!;
    if (person.weak && (isRegionWord(lastWord) || findCities(lastWord).length > 0 || countryOfTown(lastWord))) continue;
    let alone = 0;
    for (const match of folded.matchAll(new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'))) {
      // Who said a quotation ("…", sagte Schulte) is not thereby at the meeting told around it.
      const quoted = /["”“»],?\s+\p{L}+(?:\s+\p{L}+)?\s+$/u.test(text.slice(Math.max(0, match.index - 40), match.index));
      // Only in the readout: a photo caption or the press office's signature below it is not the story.
      const told =
        sentences.some((sentence) => sentence.start <= match.index && match.index < sentence.end) &&
        // "Associação Vêneta da Serra Gaúcha" does not bring back a "Serra Gaúcha".
        !orgSpans.some((span) => span.start <= match.index && match.index < span.end);
      if (told && !quoted && !person.spans.some((span) => span.start <= match.index && match.index < span.end)) {
        person.spans.push({ start: match.index, end: match.index + surname.length });
        alone++;
      }
    }
    person.spans.sort((a, b) => a.start - b.start);
    if (person.weak && alone > 0) person.weak = false;
  }
  // Two names found for one body: the second's mentions and people go to the first.
  const sameBody = (other: Organisation, body: Organisation) => {
    body.spans = [...body.spans, ...other.spans].sort((a, b) => a.start - b.start);
    for (const person of people) if (person.organisation === other) person.organisation = body;
    organisations.splice(organisations.indexOf(other), 1);
  };
  // "la Camera di commercio" beside "Camera di Commercio di Milano Monza Brianza Lodi": a body named by generic words alone is
  // the one whose full name starts so, when only one does.
  const generic = (org: Organisation) =>
    org.folded.split(/\s+/).every((word) => sets.orgHeads.has(word) || sets.orgWords.has(word) || sets.connectors.has(word));
  for (const short of [...organisations]) {
    const fuller = organisations.filter((org) => org !== short && org.folded.startsWith(`${short.folded} `));
    if (fuller.length !== 1 || !generic(short) || short.acronym) continue;
    const full = fuller[0]!;
    // "Ministero degli Esteri serbo" is another country's ministry, not the one named short.
    if (findCountries(full.name.slice(short.name.length)).length) continue;
    full.country ??= short.country;
    if (!short.implied) delete full.implied;
    sameBody(short, full);
  }
  // "the Minister for Food and Agriculture" implies the "Ministry of Food and Agriculture" the page names: one body, as named.
  const meaning = (org: Organisation) =>
    org.folded
      .split(/[\s,]+/)
      .filter((word) => !sets.connectors.has(word) && !sets.lexicon.and.includes(word))
      .join(' ');
  for (const implied of organisations.filter((org) => org.implied && !isNoBodyMet(org.folded))) {
    const named = organisations.find((org) => !org.implied && org !== implied && meaning(org) === meaning(implied));
    if (named) {
      named.country ??= implied.country;
      sameBody(implied, named);
    }
  }
  // "the Chamber of Commerce", "the Port Authority" with no name of its own and no fuller one to be: no body to log.
  for (const org of organisations)
    if (
      generic(org) &&
      !org.acronym &&
      org.folded.includes(' ') &&
      !org.country &&
      !/minist|commission|commissione|comite|committee|ausschuss/.test(org.folded)
    )
      org.implied = true;
  // "des Staatssekretariats für Wirtschaft SECO" and later "das SECO": a name that ends with an acronym is the body the acronym names.
  // So is the name without it: "Staatssekretariat für Wirtschaft" at the foot of the page.
  for (const short of [...organisations]) {
    const full = organisations.find(
      (org) =>
        org !== short &&
        org.name.split(/\s+/).length >= 3 &&
        ((/^\p{Lu}{2,6}$/u.test(short.name) && org.name.endsWith(` ${short.name}`)) ||
          (org.name.startsWith(`${short.name} `) && /^\p{Lu}{2,6}$/u.test(org.name.slice(short.name.length + 1)))),
    );
    if (!full) continue;
    full.country ??= short.country;
    sameBody(short, full);
  }
  // "Wody Polskie, der staatlichen Wasserbehörde Polens": a body described just after another's name is that body.
  for (const described of [...organisations]) {
    const body = organisations.find(
      (org) => org !== described && described.spans.every((at) => org.spans.some((named) => apposition.test(text.slice(named.end, at.start)))),
    );
    if (body) sameBody(described, body);
  }
  // "Jan De Nul", "Green Power", "Med Port Authority": a body's name, or part of one, is not a person.
  const bodyName = (person: Person) => {
    const folded = foldAccents(person.name);
    const last = folded.split(/\s+/).at(-1) ?? '';
    return (
      sets.orgHeads.has(last) ||
      anyBodyHead.has(last) ||
      organisations.some((org) => !org.implied && (org.folded === folded || org.folded.startsWith(`${folded} `)))
    );
  };
  return { people: people.filter((person) => !person.weak && !bodyName(person)), organisations, countries, orgSpans };
}

const delegation = /(delegation|delegazione|delegatie|side|partie|parte|seite|kant|zijde)/i;
const leads =
  /\b(led|headed|leads|heads|conduite?|dirigee?|guidat[ao]|presieduta|leitete|geleitet|angefuhrt|onder leiding|geleid|a la tete|alla guida|an der spitze|aan het hoofd)\b/i;

/**
 * The country of the delegation a person leads or speaks for, from the sentence: "headed
 * Kazakhstan's delegation", "la délégation … de Belgique, conduite par", "leitete die Delegation".
 */
/** "Côté français, Mme X…", "On the Belgian side, X…", "Auf Schweizer Seite…", "Da parte italiana…": the side named before someone. */
function sideNamed(countries: CountryMatch[], span: Span, sentence: Sentence): string | null {
  const folded = foldKeepingOffsets(sentence.text);
  const at = (offset: number) => offset - sentence.start;
  const side = countries
    .filter((match) => match.start >= sentence.start && match.end <= span.start)
    .filter((match) => {
      const before = folded.slice(0, at(match.start));
      const after = folded.slice(at(match.end));
      return sideBefore.test(before) || (sideAround.test(before) && sideAfter.test(after));
    })
    .at(-1);
  return side?.country ?? null;
}
const sideBefore = /(?:^|[^\p{L}])(?:cote|da parte|per parte)\s+$/u;
const sideAround = /(?:^|[^\p{L}])(?:on the|auf|aan)\s+$/u;
const sideAfter = /^\s+(?:side|seite|zijde|kant)\b/;

/** "He was accompanied by X", "accompagnée de M. X", "Begleitet wurde sie von X": who comes with the visitor is of the visitor's side. */
function accompanies(span: Span, sentence: Sentence, lexicon: Lexicon): boolean {
  const before = foldKeepingOffsets(sentence.text.slice(0, span.start - sentence.start));
  const cue = [...before.matchAll(companionCue)].at(-1);
  // Up to the person, a list of companions: no word for a meeting ("accompanied by the Ambassador, she met X").
  if (cue && before.length - cue.index <= 200 && !lexicon.meeting.test(before.slice(cue.index + cue[0].length))) return true;
  // "…, Export Manager of Ruahine Valley Meats Ltd, who travelled with the business delegation": the clause after the name says so.
  const after = foldKeepingOffsets(sentence.text.slice(span.end - sentence.start, span.end - sentence.start + 160));
  return companionAfter.test(after);
}
const companionAfter =
  /^(?:(?! and | et | e | und | en )[^.;]){0,120}?,\s*(?:who|qui|che|der|die|dat)\s+(?:travel+ed|accompanied|came|was part of|were part of|a accompagne|faisait partie|accompagnava|faceva parte|begleitete|reiste mit|gehorte zur|reisde mee|maakte deel uit)\b[^.;]{0,60}?(?:delegation|delegazione|delegatie|minister|ministre|ministro|mission|missione|missie|ambassador|ambassadeur)/;
const companionCue =
  /\b(?:accompanied by|accompagne(?:e|s|es)? (?:de|d'|par)|accompagnat[oaie] da\w*|begleitet (?:\p{L}+ ){0,2}(?:von|vom)|vergezeld (?:door|van)|cui si (?:e|sono) (?:unit|aggiunt)[oaie]|(?:a laquelle|auquel|a qui) s'(?:est|etai(?:en)?t) joint(?:e|s|es)?)/gu;

/** The word for leading just before or after someone ("guidata dal vice ministro X", "X headed"), in a sentence about a delegation. */
function leadWord(span: Span, sentence: Sentence, reachBack = 40): { index: number } | null {
  const folded = foldKeepingOffsets(sentence.text);
  if (!delegation.test(folded)) return null;
  const at = { start: span.start - sentence.start, end: span.end - sentence.start };
  return (
    [...folded.matchAll(new RegExp(leads.source, 'gi'))]
      .map((word) => ({ index: word.index ?? 0, length: word[0].length }))
      .find((word) => (word.index >= at.end && word.index - at.end <= 30) || (at.start >= word.index && at.start - (word.index + word.length) <= reachBack)) ??
    null
  );
}
const leadsDelegation = (span: Span, sentence: Sentence) => !!leadWord(span, sentence);

/** The body a delegation is from ("the delegation of the Ministry of X was led by…"), for the person named as leading it. */
function delegationBody(organisations: Organisation[], span: Span, sentence: Sentence): Organisation | null {
  const folded = foldKeepingOffsets(sentence.text);
  const lead = leadWord(span, sentence);
  if (!lead) return null;
  // "delegazione del Ministero…", "delegation of the Ministry…": the body named just after the word for the delegation.
  for (const word of folded.matchAll(new RegExp(delegation.source, 'gi'))) {
    const after = sentence.start + word.index + word[0].length;
    const body = organisations.find((org) =>
      org.spans.some((named) => named.start > after && named.start - after <= 15 && named.end <= sentence.start + lead.index),
    );
    if (body) return body;
  }
  return null;
}

function nearestCountry(countries: CountryMatch[], span: Span, sentence: Sentence): string | null {
  const folded = foldKeepingOffsets(sentence.text);
  if (!delegation.test(folded)) return null;
  const inSentence = countries.filter((match) => match.start >= sentence.start && match.end <= sentence.end);
  // "X headed Kazakhstan's delegation": the country named just after, before "delegation".
  const after = inSentence.find(
    (match) =>
      match.start >= span.end &&
      match.start - span.end <= 25 &&
      delegation.test(folded.slice(match.end - sentence.start, match.end - sentence.start + 15)) &&
      // "empfing … Pavel Horáček, die niederösterreichische Delegation": the delegation he received is not his.
      new RegExp(leads.source, 'i').test(folded.slice(span.end - sentence.start, match.start - sentence.start)),
  );
  if (after) return after.country;
  // "The Belgian delegation was led by X", "la délégation kosovare, conduite par X", "X, who headed the delegation": one country
  // in a sentence about who led it, for the person named just after the word for leading or just before it.
  const named = new Set(inSentence.map((match) => match.country));
  if (!leadWord(span, sentence, 60)) return null;
  if (named.size === 1) return [...named][0]!;
  // "La delegazione del Ministero … della Repubblica del Kazakistan era guidata da X, accompagnato dall'Ambasciatrice … in Italia":
  // the country named between the word for the delegation and the word for leading it.
  const described = [...folded.matchAll(new RegExp(delegation.source, 'gi'))].flatMap((word) => {
    const lead = new RegExp(leads.source, 'i').exec(folded.slice(word.index));
    if (!lead) return [];
    const from = sentence.start + word.index;
    const to = from + lead.index;
    // Not where it went: "la delegazione in visita in Kazakistan, guidata da…".
    return inSentence.filter(
      (match) =>
        match.start > from && match.end <= to && !wentTo.test(folded.slice(Math.max(0, match.start - sentence.start - 12), match.start - sentence.start)),
    );
  });
  if (new Set(described.map((match) => match.country)).size === 1) return described[0]!.country;
  // Several countries: the one the word for the delegation carries ("La delegazione svizzera … accompagnata dall'ambasciatrice di Svizzera in Italia").
  const side = [...folded.matchAll(new RegExp(delegation.source, 'gi'))]
    .map((word) => inSentence.find((match) => Math.abs(match.start - sentence.start - word.index) <= 20))
    .find(Boolean);
  return side?.country ?? null;
}

/** The same person: every word of the shorter name is a word of the longer ("Vassilenko", "Roman Vassilenko"). */
function samePerson(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((word) => long.includes(word)) && short.at(-1) === long.at(-1);
}
