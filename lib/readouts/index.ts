import { countryName } from '../countries';
import { findAreas } from './areas';
import { findCommitments, undertakes } from './commitments';
import { type DateMention, datelineDate, findDates, headerEnd, latestGivenDate, weekdaysOf } from './dates';
import { type CityMatch, findCities, findCountries, findRegions, foldKeepingOffsets, isRegionWord } from './geography';
import { detectLanguage } from './language';
import { lexicons } from './languages';
import type { Lexicon } from './lexicon';
import { findMentions, isClaimedWord, isOwnMission, countriesByForm, type Mentions, type Organisation, type Person, wentTo } from './mentions';
import { binaryShare, prepareText, quotedSpans, type Sentence } from './text';
import { countryOfTown } from './towns';
import type { Found, Place, ProposedMeeting, ReadoutContext, ReadoutDraft, ReadoutJson, Span } from './types';

export type { ReadoutContext, ReadoutDraft, ReadoutJson } from './types';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** Reads a readout (plain text or an e-mail) into proposed meetings. Pure: no database, no network. */
export function readReadout(input: string, context: ReadoutContext): ReadoutDraft {
  const prepared = prepareText(input);
  const { text, sentences } = prepared;
  const notices: string[] = [];
  if (!text.trim()) return { text, language: null, published: context.published ?? null, notices: ['The text is empty.'], meetings: [] };
  if (binaryShare(input) > 0.05) {
    return {
      text,
      language: null,
      published: context.published ?? null,
      notices: ['This does not look like text: most of it is neither letters nor punctuation. Paste the readout itself, or a .txt or .eml file.'],
      meetings: [],
    };
  }
  const { language, other } = detectLanguage(text);
  const lexicon = language ? lexicons[language] : null;
  if (!language) {
    notices.push(
      other
        ? `This text seems to be in ${languageNames.of(other.slice(0, 2)) ?? other}; only English, French, Italian, German and Dutch are read in full. Dates, places and countries are proposed; people, bodies and follow-ups are not.`
        : 'This text seems to be in a language Readout does not read; only English, French, Italian, German and Dutch are read in full. Dates, places and countries are proposed; people, bodies and follow-ups are not.',
    );
  }
  const published = context.published ?? prepared.sentDate ?? datelineDate(text, lexicon);
  if (!context.published && published)
    notices.push(
      prepared.sentDate
        ? `Publication date taken from the e-mail's date: ${published}.`
        : `Publication date taken from the date at the top of the text: ${published}.`,
    );
  const latest = published ?? latestGivenDate(text, lexicon);
  // Without a date to go by, years are completed against the day at the mission.
  const today = context.today ?? new Date().toISOString().slice(0, 10);
  const dates = findDates(text, lexicon, latest ?? today).filter((date) => !date.header);
  if (!latest && dates.some((date) => !date.yearGiven)) notices.push('No publication date: years missing from the text were taken as the latest before today.');
  const cities = findCities(text);
  const meetings = lexicon
    ? readMeetings(text, sentences, lexicon, context, dates, cities, latest, published)
    : [geographyOnly(text, sentences, dates, cities, context)].filter((meeting) => meeting !== null);
  if (!meetings.length) notices.push('No meeting was found in this text: nobody is said to have met, talked or held consultations. Nothing was proposed.');
  return { text, language, published, notices, meetings };
}

/** Central Asia and its words, which a readout names after "in" like towns. */
const notPlaces = new Set(['centraal-azie', 'zentralasien', 'centrale', 'asia']);

type Segment = { sentences: Sentence[]; opener: Sentence; day: string | null };

function within(span: Span, sentences: Sentence[]): boolean {
  return sentences.some((sentence) => sentence.start <= span.start && span.end <= sentence.end);
}

function peopleIn(mentions: Mentions, sentences: Sentence[]): Person[] {
  return mentions.people.filter((person) => person.spans.some((span) => within(span, sentences)));
}

function orgsIn(mentions: Mentions, sentences: Sentence[]): Organisation[] {
  return mentions.organisations.filter((org) => org.spans.some((span) => within(span, sentences)));
}

/**
 * Whether a body named in a meeting took part in it: named in a sentence that reports the meeting
 * ("received at the Ministry of Energy") or someone's taking part ("on behalf of X"), or opening a sentence, where it acts ("Jan De Nul Group
 * will submit…"). A body only talked about ("the Generation Green 2020-2030 strategy") did not.
 */
function takesPart(org: Organisation, seg: Segment, lexicon: Lexicon): boolean {
  return seg.sentences.some((sentence) =>
    org.spans.some(
      (at) =>
        within(at, [sentence]) &&
        (sentence === seg.opener ||
          at.start - sentence.start <= 6 ||
          reportsMeeting(foldKeepingOffsets(sentence.text), lexicon) ||
          lexicon.takingPart.test(foldKeepingOffsets(sentence.text)) ||
          (/^\p{Lu}/u.test(org.name) && !subUnit.test(org.folded) && represented(sentence.text.slice(0, at.start - sentence.start), lexicon))),
    ),
  );
}

/** A ministry's department is the ministry's: "Vertreter der Europaabteilung und der Abteilung für Außenwirtschaft". */
const subUnit = /^\S*(?:abteilung|department|division|afdeling|dipartimento|departement)\b/;

/** Words saying the companies listed were there: "presenti", "participating", "anwesend". */
const present = /\b(?:present\w*|partecipant\w*|participant\w*|anwesend\w*|teilnehmend\w*|aanwezig\w*|deelnemend\w*)\b/;

/** "Representatives of Lothian Water Ltd, Caledonian Foods plc and…": a body whose people are there, listed after the word for them. */
function represented(before: string, lexicon: Lexicon): boolean {
  const cue = new RegExp(`(?:${lexicon.representativesOf.source.replace(/\$$/, '')})|(?<companies>${lexicon.companiesAmong.source.replace(/\$$/, '')})`, 'g');
  const folded = foldKeepingOffsets(before);
  // Companies listed as among those present ("tra le aziende presenti"), not only as examples ("80 companies, among them").
  const last = [...folded.matchAll(cue)].filter((match) => !match.groups?.companies || present.test(match[0])).at(-1);
  // The list runs on from the cue: names, commas, "and", up to a clause's end. Who will be met ("sarà a Torino per incontrare
  // i vertici di Iveco") is not there yet.
  const list = before.slice(last ? last.index + last[0].length : 0);
  // Dots of legal forms ("S.p.A., Lamiere Ticino S.r.l.") are inside the list.
  return !!last && list.length <= 150 && /^(?:[^;:.()]|\.(?=[\p{L},]))*$/u.test(list) && !lexicon.future.test(folded);
}

/** Words saying someone took part in every meeting of a visit. */
const everyMeeting =
  /\b(?:bei allen (?:terminen|gesprachen|treffen)|an allen (?:terminen|gesprachen)|in tutti gli incontri|per tutta la (?:durata|visita|missione)|in all (?:the |his |her |their )?(?:meetings|talks)|throughout the (?:visit|trip|mission)|wahrend der (?:gesamten|ganzen) (?:reise|mission|visite)|pendant toute la (?:visite|mission|duree)|tout au long de la (?:visite|mission)|(?:gedurende|tijdens) de hele (?:reis|missie)|l'ensemble de (?:ses|leurs) entretiens|tous (?:ses|leurs) entretiens|tijdens alle (?:gesprekken|ontmoetingen)|bij alle (?:gesprekken|afspraken))\b/;

/** A capital or a city named as such before its name: "der Hauptstadt", "the capital", "la capitale", "de hoofdstad". */
const capitalWords = /(?:der hauptstadt|der stadt|the capital|the city of|capitale|la capitale|la ville de|della capitale|citta di|de hoofdstad|de stad)/;

/** "the meeting", "het gesprek", "la réunion": a word for a meeting that points back to one already told. */
const pointsBack =
  /(?:^|[^\p{L}])(the|this|that|het|dit|dat|de|deze|la|le|l'|cette|ce|il|lo|questo|questa|dem|der|die|das|den|des|diesem|dieser|del|dell'|della|al|all'|du|au|nel|nello|nella|durante|during|lors|tijdens|wahrend|im|beim|am|zum)\s*$/u;
/** After a word for a meeting, what says which one: "with the minister", "to the Honorary Consulate". */
const introducer = /^(?:\s*(?:to|a|au|aupres|presso|bei|beim|bij|aan)\b|[^.,;]{0,30}?\b(?:with|avec|con|mit|met)\b)/;

/** `noneYet`: no meeting told before, so "the meeting" has none to point back to and is the one being told ("the visit" is a visit's). */
function reportsMeeting(folded: string, lexicon: Lexicon, noneYet = false): boolean {
  const cues = new RegExp(lexicon.meeting.source, `${lexicon.meeting.flags.replace('g', '')}g`);
  for (const cue of folded.matchAll(cues)) {
    const before = folded.slice(0, cue.index);
    // "The next day" tells a day, not something still to come.
    if (lexicon.future.test(before.replace(new RegExp(lexicon.days.nextDay.source, 'gi'), ''))) continue;
    // "At the meeting with…", "during the visit to…" introduce one; "the meeting" alone points back to it.
    const introduces = introducer.test(folded.slice(cue.index + cue[0].length, cue.index + cue[0].length + 40));
    if (pointsBack.test(before) && !introduces && !(noneYet && !visitWords.test(cue[0]))) continue;
    return true;
  }
  return false;
}

/**
 * Splits the readout into meetings. A sentence opens a new meeting when it reports one (met, talks,
 * réunion, incontro, Gespräch, ontmoeting) on another day, or with someone new at the start of a
 * paragraph. A sentence announcing several meetings at once is the visit's summary, not a meeting.
 */
function segment(
  sentences: Sentence[],
  lexicon: Lexicon,
  mentions: Mentions,
  dayOf: (sentence: Sentence) => string | null,
  namesPlace: (sentence: Sentence) => boolean,
  head: number,
): { intro: Sentence[]; segments: Segment[] } {
  const intro: Sentence[] = [];
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let paragraph = -1;
  // Whether the paragraph so far has reported a meeting: "'s Middags reisde het gezelschap door naar Eindhoven. Op de campus sprak
  // Wagner met…" opens one with its first report, when what leads to it says when or where.
  let reported = false;
  const opensWithBothSides = new RegExp(`^(?:${lexicon.bothSides.source})`, 'iu');
  // A day given in a sentence that reports no meeting ("On Wednesday 21 May the focus was…") is the day of the next one that does.
  let pending = null as { sentence: Sentence; day: string } | null;
  // A subheading ("Rencontre avec le gouvernement vaudois"), a line of a few words without a full stop or a day, opens no
  // meeting: it heads the paragraph after it.
  const alone = (sentence: Sentence) => sentences.filter((one) => one.paragraph === sentence.paragraph).length === 1;
  const isHeading = (sentence: Sentence) => alone(sentence) && !/[.!?:;…»"”)]\s*$/u.test(sentence.text) && sentence.text.trim().split(/\s+/).length <= 10;
  let heading: Sentence | null = null;
  for (const sentence of sentences) {
    // Figures make a sentence background ("trade reached €4 billion"), unless someone undertakes something ("will fund it with €2 million").
    if (sentence.background && !undertakes(sentence, lexicon)) continue;
    const firstInParagraph = sentence.paragraph !== paragraph;
    paragraph = sentence.paragraph;
    if (firstInParagraph) {
      pending = null;
      reported = false;
    }
    if (sentence.start < head) {
      intro.push(sentence);
      continue;
    }
    if (isHeading(sentence) && !dayOf(sentence)) {
      heading = sentence;
      continue;
    }
    const folded = foldKeepingOffsets(sentence.text);
    const people = peopleIn(mentions, [sentence]).filter((person) => !person.ours);
    const orgs = orgsIn(mentions, [sentence]);
    const known = current ? { people: peopleIn(mentions, current.sentences), orgs: orgsIn(mentions, current.sentences) } : { people: [], orgs: [] };
    const newcomer = people.some((person) => !known.people.includes(person)) || orgs.some((org) => !known.orgs.includes(org));
    const day: string | null = dayOf(sentence) ?? pending?.day ?? null;
    const newDay = !!day && !!current && !!current.day && day !== current.day;
    const reports = reportsMeeting(folded, lexicon, !current);
    const leadIn = current && !firstInParagraph && !reported ? current.sentences.filter((one) => one.paragraph === sentence.paragraph) : [];
    const ledIn = leadIn.some((one) => {
      const words = foldKeepingOffsets(one.text);
      return !!dayOf(one) || namesPlace(one) || lexicon.days.sameDay.test(words) || goesOnTo.test(words);
    });
    // "The sides discussed…", "Les parties ont évoqué…": both sides of the meeting told, not a new one.
    const sidesGoOn = !!current && !newDay && (opensWithBothSides.test(folded.trimStart()) || afterTheMeeting.test(folded.trimStart()));
    const opens =
      reports && !sidesGoOn && (people.length > 0 || orgs.length > 0 || !!day) && (!current || newDay || (newcomer && (firstInParagraph || ledIn || !!day)));
    if (reports) reported = true;
    if (opens && !current && lexicon.severalMeetings.test(folded)) {
      intro.push(sentence);
      continue;
    }
    if (opens) {
      // The paragraph's sentences before its first report lead to this meeting: where and when the delegation went on to.
      if (current && ledIn) current.sentences = current.sentences.filter((one) => !leadIn.includes(one));
      const carried: Sentence[] = ledIn
        ? leadIn
        : pending && current?.sentences.at(-1) === pending.sentence
          ? [current.sentences.pop()!]
          : pending && intro.at(-1) === pending.sentence
            ? [intro.pop()!]
            : [];
      current = { sentences: [...(heading ? [heading] : []), ...carried, sentence], opener: sentence, day: day ?? null };
      segments.push(current);
      pending = null;
    } else if (current) {
      if (heading) current.sentences.push(heading);
      if (day && current.day && day !== current.day) pending = { sentence, day };
      current.sentences.push(sentence);
      current.day ??= day;
    } else {
      if (heading) intro.push(heading);
      intro.push(sentence);
      if (day) pending = { sentence, day };
    }
    heading = null;
  }
  // A first "meeting" whose partners all come back later was the visit's summary.
  const [first, ...rest] = segments;
  if (first && rest.length) {
    const later = rest.flatMap((seg) => seg.sentences);
    const partners = [...peopleIn(mentions, first.sentences).filter((person) => !person.ours), ...orgsIn(mentions, first.sentences)];
    const laterOnes = new Set<unknown>([...peopleIn(mentions, later), ...orgsIn(mentions, later)]);
    if (partners.every((partner) => laterOnes.has(partner))) {
      intro.push(...first.sentences);
      segments.shift();
    }
  }
  // A meeting is with someone: a stretch naming no one on the other side (a body a function only implies is no one) is
  // not one. Before the first meeting, it tells who came ("La ministre … a achevé une visite au Sénégal").
  const withSomeone = (seg: Segment) =>
    peopleIn(mentions, seg.sentences).some((person) => !person.ours) || orgsIn(mentions, seg.sentences).some((org) => !org.implied);
  const firstMeeting = segments.findIndex(withSomeone);
  intro.push(...segments.slice(0, firstMeeting === -1 ? segments.length : firstMeeting).flatMap((seg) => seg.sentences));
  return { intro, segments: segments.filter(withSomeone) };
}

/** "At the end of the meeting…", "Al termine del colloquio…", "À l'issue de l'entretien…": what followed the meeting told. */
const afterTheMeeting =
  /^(?:at the end of the (?:meeting|talks)|following the (?:meeting|talks)|after the (?:meeting|talks)|al termine (?:dell'incontro|del colloquio|dei colloqui|della riunione)|a conclusione (?:dell'incontro|del colloquio|dei colloqui)|a l'issue (?:de la rencontre|de la reunion|de l'entretien|des entretiens|des echanges)|zum abschluss (?:des gesprachs|des treffens|der gesprache)|im anschluss an (?:das gesprach|das treffen|die gesprache)|na afloop van (?:het gesprek|de ontmoeting|de gesprekken))\b/;

/** A sentence saying who travelled with a delegation: "the delegation included", "accompagnée de", "vergezeld door". */
const travelsWith =
  /\b(?:delegation|delegazione|delegatie|mission|missione|missie)\b[^.]{0,60}?\b(?:included|includes|comprised|consisted of|was made up of|was composed of|comprenait|comprend|etait composee de|composee de|comprendeva|composta da|era formata da|umfasste|bestand aus|gehorten|bestond\b[^.]{0,40}?\buit|omvatte)\b|\b(?:accompanied by|accompagnee? (?:de|par)|accompagnat[oa] da|begleitet von|in begleitung von|vergezeld (?:door|van))\b|\b(?:in the delegation (?:were|was)|(?:was|were) (?:also )?part of the delegation|faisai(?:en)?t (?:egalement )?partie de la delegation|(?:facevano|faceva) (?:anche )?parte della delegazione|della delegazione (?:facevano|faceva) parte|maakten? (?:ook )?deel uit van de delegatie|in de delegatie zaten)\b/;

/** Companies named with their country's adjective, before or after: "Belgian companies", "entreprises françaises", "Vlaamse bedrijven". */
const companiesOf =
  /\b(?:companies|firms|exhibitors|businesses|enterprises|unternehmen|firmen|aussteller|entreprises|societes|imprese|aziende|bedrijven|ondernemingen|exposanten)\b/gu;

const visitWords = /(delegation|delegazione|delegatie|visit|visite|visita|besuch|bezoek|mission|missione|missie|reise|reis|trip|voyage|viaggio)/i;

/** "una delegazione del Voivodato della Bassa Slesia", "a delegation of the Mazhilis": the body a visiting delegation is from. */
const delegationOf =
  /(?:delegation|delegazione|delegatie|abordnung|mission|missione|missie)\s+(?:of|from|de|du|des|d'|di|del|dello|della|dell'|dei|degli|delle|der|aus|von|vom|van|uit)\s*(?:the\s+|la\s+|le\s+|l'|het\s+|de\s+)?$/;

function visitingBodies(intro: Sentence[], mentions: Mentions): Organisation[] {
  const after = (sentence: Sentence, at: Span) =>
    foldKeepingOffsets(sentence.text.slice(Math.max(0, at.start - sentence.start - 40), at.start - sentence.start));
  return mentions.organisations.filter((org) =>
    org.spans.some((at) => intro.some((sentence) => within(at, [sentence]) && delegationOf.test(after(sentence, at)))),
  );
}

/** The country of a visiting delegation, from the lead: a country named within a few words of "delegation", "visit", "mission". */
function visitorsCountry(intro: Sentence[], mentions: Mentions, lexicon: Lexicon, ourCountry: string | null): string | null {
  for (const sentence of intro) {
    const folded = foldKeepingOffsets(sentence.text);
    for (const word of folded.matchAll(new RegExp(visitWords.source, 'gi'))) {
      // From the start of the word it is in: "eine oberösterreichische Wirtschaftsdelegation".
      const at = sentence.start + folded.slice(0, word.index).search(/\p{L}*$/u);
      const near = mentions.countries.filter((c) => c.start >= sentence.start && c.end <= sentence.end && c.start - at <= 45 && at - c.start <= 30);
      // "a Kazakh delegation visited Belgium": the adjective before the word, not the country visited after it,
      // nor one travelled to before it ("s'est rendu en Serbie à la tête d'une délégation").
      // English "a" is an article: "received a Belgian economic delegation".
      const went = (before: string) => wentTo.test(before) && !(lexicon.language === 'en' && /\sa\s+$/.test(before));
      const before = near.filter((c) => c.end <= at && !went(folded.slice(0, c.start - sentence.start))).at(-1);
      if (before) return before.country;
      const after = near.find(
        (c) =>
          c.start >= at &&
          /^\s*(?:of|de|du|des|di|del|della|der|des|van|uit|from|with|avec|con|mit|met)\s|^\s*d'/i.test(
            folded.slice(word.index + word[0].length, c.start - sentence.start + 1),
          ),
      );
      if (after) return after.country;
      // "eine Wirtschaftsmission nach Marokko", "a trade mission to Poland": a mission pastes its own travels, so those who went
      // somewhere other than the mission's country are its own people.
      const destination = near.find(
        (c) => c.start >= at && wentTo.test(`${folded.slice(word.index + word[0].length, c.start - sentence.start)}`.replace(/^\S*/, ' ')),
      );
      if (destination && ourCountry && destination.country !== ourCountry) return ourCountry;
    }
  }
  return null;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A part of the day written as one word with the weekday: "woensdagochtend", "Dienstagabend". */
const dayParts = /(?:ochtend|voormiddag|namiddag|middag|avond|morgen|vormittag|nachmittag|mittag|abend|fruh)?/;

/** "Thursday" after a day told: the next Thursday; with none told yet, the last one on or before publication. */
function nextWeekday(from: string, weekday: number, step: 1 | -1): string {
  let date = from;
  while (new Date(`${date}T12:00:00Z`).getUTCDay() !== weekday) date = addDays(date, step);
  return date;
}

/** The day of the month after a weekday, with no month: "le mardi 10", "martedì 18", "Tuesday 10th". */
const weekdayNumber = /^,?\s+(\d{1,2})(?:er|st|nd|rd|th|\.)?(?![\p{L}\d]|[.,/]\d)/u;

/**
 * "Le mardi 10": the Tuesday the 10th nearest the day told before (a visit's month), or the last one
 * on or before publication; null when none falls within six weeks, so a wrong weekday proposes nothing.
 */
function nearestWeekdayDated(from: string, weekday: number, dayOfMonth: number, onOrBefore: boolean): string | null {
  for (let offset = 0; offset <= 42; offset++) {
    for (const date of onOrBefore ? [addDays(from, -offset)] : [addDays(from, offset), addDays(from, -offset)]) {
      const day = new Date(`${date}T12:00:00Z`);
      if (day.getUTCDay() === weekday && day.getUTCDate() === dayOfMonth) return date;
    }
  }
  return null;
}

function readMeetings(
  text: string,
  sentences: Sentence[],
  lexicon: Lexicon,
  context: ReadoutContext,
  dates: DateMention[],
  cities: CityMatch[],
  latest: string | null,
  published: string | null,
): ProposedMeeting[] {
  const mentions = findMentions(text, sentences, lexicon, { ourCountry: context.ourCountry, ourStaff: context.ourStaff ?? [] });
  const days = dates.filter((date) => !date.monthOnly && !date.deadline);
  // The day a sentence gives: a date, or one told by reference ("the next day", "Thursday", "yesterday").
  // "Yesterday" and "today" count from the day the text was written: its dateline, else its publication.
  const dateline = datelineDate(text, lexicon);
  const writtenOn = dateline && (!published || dateline <= published) ? dateline : latest;
  const weekdays = weekdaysOf(lexicon.language).map(foldKeepingOffsets);
  let previous: string | null = null;
  const dayMentions = new Map<Sentence, DateMention>();
  for (const sentence of sentences) {
    const own = days.find((date) => within(date, [sentence]));
    const folded = foldKeepingOffsets(sentence.text);
    let relative: { date: string; match: RegExpExecArray } | null = null;
    const yesterday = lexicon.days.yesterday.exec(folded);
    const today = lexicon.days.today.exec(folded);
    const next = lexicon.days.nextDay.exec(folded);
    const same = lexicon.days.sameDay.exec(folded);
    const weekday = new RegExp(`(?<![\\p{L}])(${weekdays.join('|')})${dayParts.source}(?![\\p{L}])`, 'iu').exec(folded);
    if (yesterday && writtenOn) relative = { date: addDays(writtenOn, -1), match: yesterday };
    else if (today && writtenOn) relative = { date: writtenOn, match: today };
    else if (next && previous) relative = { date: addDays(previous, 1), match: next };
    else if (same && previous && !own) relative = { date: previous, match: same };
    else if (weekday && !own && (previous || latest)) {
      const wanted = weekdays.indexOf(weekday[1]!.toLowerCase());
      const dayOfMonth = weekdayNumber.exec(folded.slice(weekday.index + weekday[0].length));
      const date: string | null = dayOfMonth
        ? nearestWeekdayDated(previous ?? latest!, wanted, Number(dayOfMonth[1]), !previous)
        : nextWeekday(previous ?? latest!, wanted, previous ? 1 : -1);
      if (dayOfMonth) weekday[0] += dayOfMonth[0];
      if (date) relative = { date, match: weekday };
    }
    const mention: DateMention | null | undefined =
      own ??
      (relative && {
        start: sentence.start + relative.match.index,
        end: sentence.start + relative.match.index + relative.match[0].length,
        date: relative.date,
        endDate: null,
        yearGiven: false,
        monthOnly: false,
        header: false,
      });
    // A readout reports what happened: a day after its publication is something planned, not a meeting's day.
    if (mention && !(published && mention.date > published)) {
      dayMentions.set(sentence, mention);
      previous = mention.date;
    }
  }
  // A stretch of days is not any one of its days: "From Monday 19 to Wednesday 21 May…", then "On Monday…" opens a meeting.
  const dayKey = (mention: DateMention | undefined) => (mention ? `${mention.date}..${mention.endDate ?? ''}` : null);
  const head = headerEnd(text);
  const split = segment(
    sentences,
    lexicon,
    mentions,
    (sentence) => dayKey(dayMentions.get(sentence)),
    (sentence) => cities.some((city) => within(city, [sentence])),
    head,
  );
  const dayOfSegment = (seg: Segment) => seg.sentences.map((sentence) => dayMentions.get(sentence)).find(Boolean);
  // "From 10 to 11 February the minister held talks in…", then a meeting a day: the stretch of days was the visit's summary.
  const summaries = split.segments.filter((seg) => {
    const day = dayOfSegment(seg);
    return (
      day?.endDate &&
      split.segments.some(
        (other) =>
          other !== seg &&
          dayOfSegment(other) &&
          !dayOfSegment(other)!.endDate &&
          dayOfSegment(other)!.date >= day.date &&
          dayOfSegment(other)!.date <= day.endDate!,
      )
    );
  });
  const intro = [...split.intro, ...summaries.flatMap((seg) => seg.sentences)];
  const segments = split.segments.filter((seg) => !summaries.includes(seg));
  if (!segments.length) return [];
  // The visiting delegation, named before its meetings: its country is the one named with "delegation", "visit" or
  // "mission" there, and people the text ties to no country belong to it.
  const introPeople = peopleIn(mentions, intro);
  const delegationCountry = visitorsCountry(intro, mentions, lexicon, context.ourCountry);
  // A person the text ties to no country, placed in one by what surrounds them.
  const giveCountry = (person: Person, country: string) => {
    person.country = country;
    person.ours = country === context.ourCountry || (person.ours && !person.companion);
  };
  for (const person of introPeople) if (!person.country && delegationCountry) giveCountry(person, delegationCountry);
  // "The delegation included representatives of A and B": those named travelled with the delegation, of its country.
  const travellersCountry = delegationCountry ?? visitorsCountry(sentences, mentions, lexicon, context.ourCountry);
  // "De Nederlandse delegatie bestond uit…": the country the sentence itself gives the delegation comes first.
  for (const sentence of sentences) {
    const folded = foldKeepingOffsets(sentence.text);
    if (!travelsWith.test(folded) || reportsMeeting(folded, lexicon)) continue;
    const country = visitorsCountry([sentence], mentions, lexicon, context.ourCountry) ?? travellersCountry;
    if (!country) continue;
    for (const org of orgsIn(mentions, [sentence])) org.country ??= country;
    for (const person of peopleIn(mentions, [sentence]).filter((one) => !one.country)) giveCountry(person, country);
  }
  // "Ghanaian exhibitors included A and B", "für die oberösterreichischen Unternehmen sprachen…": the companies named after are of that country.
  // So are those after a region's name: "Wisconsin firms including Badger Meter".
  const regions = findRegions(text).filter((region) => region.country);
  for (const sentence of sentences) {
    const folded = foldKeepingOffsets(sentence.text);
    for (const word of folded.matchAll(companiesOf)) {
      const at = sentence.start + word.index;
      const end = at + word[0].length;
      const country = [...mentions.countries, ...regions].find((c) => (c.end <= at && at - c.end <= 2) || (c.start >= end && c.start - end <= 2))?.country;
      if (!country) continue;
      // Up to the end of the clause or the word for the meeting: "…, while Mersey Marine plc presented", "… met Sir Mark Hill" are others.
      const rest = folded.slice(end - sentence.start);
      const stops = [rest.search(/;|,\s*(?:while|whereas|but|tandis|mais|mentre|ma|wahrend|aber|terwijl|maar)\b/), rest.search(lexicon.meeting)].filter(
        (at) => at >= 0,
      );
      const clause = stops.length ? Math.min(...stops) : -1;
      const clauseEnd = clause === -1 ? sentence.end : end + clause;
      const inClause = (s: Span) => s.start > at && s.end <= clauseEnd;
      for (const org of orgsIn(mentions, [sentence]).filter((one) => one.spans.some(inClause))) org.country ??= country;
      for (const person of peopleIn(mentions, [sentence]).filter((one) => !one.country && one.spans.some(inClause))) giveCountry(person, country);
    }
  }
  // The body a visiting delegation comes from is at each of its meetings.
  // The body whose page it is, named in the masthead, of the other side: its people are at each meeting it tells.
  const masthead = mentions.organisations.find(
    (org) =>
      !org.implied &&
      org.spans[0]!.start < Math.min(head, 120) &&
      /minist|departement|department|dipartiment|segreteria di stato|secretariat d.etat|staatssekretariat/.test(org.folded) &&
      !isOwnMission(org.name),
  );
  const visitors = [...visitingBodies(intro, mentions), ...(masthead?.country && masthead.country !== context.ourCountry ? [masthead] : [])];
  const introOurs = introPeople.filter((person) => person.ours === introPeople[0]?.ours);
  // "accompagnato in tutti gli incontri dall'Ambasciatrice…", "Bei allen Terminen begleitete sie…": there at every meeting.
  const everywhere = peopleIn(
    mentions,
    sentences.filter((sentence) => everyMeeting.test(foldKeepingOffsets(sentence.text))),
  );
  const quoted = quotedSpans(text);
  const claimed = (word: string) =>
    isClaimedWord(word, lexicon) || notPlaces.has(foldKeepingOffsets(word)) || isRegionWord(word) || findCountries(word).length > 0;
  const named = new Map<string, number>();
  for (const match of mentions.countries) if (match.country !== context.ourCountry) named.set(match.country, (named.get(match.country) ?? 0) + 1);
  const mostNamed = [...named].sort((a, b) => b[1] - a[1])[0]?.[0];
  const introPlace = placeOf(
    text,
    cities,
    intro.filter((sentence) => sentence.start >= head),
    null,
    lexicon,
    mentions,
    claimed,
    quoted,
  );
  // A dispatch telling of one meeting was most often filed where it took place.
  const datelinePlace = datelineCity(text, cities);
  // A meeting with no day of its own takes the visit's: the longest stretch of days the text gives.
  const visit = [...days].filter((date) => date.endDate).sort((a, b) => b.endDate!.localeCompare(a.endDate!) || a.date.localeCompare(b.date))[0];
  let previousDay: DateMention | undefined;
  let previousPlace: { day: string | null; place: ReturnType<typeof placeOf> } = { day: null, place: null };
  return segments.map((seg) => {
    const people = [...new Set([...introOurs, ...peopleIn(mentions, seg.sentences), ...everywhere])];
    const ownDay = dayOfSegment(seg);
    // No day of its own: the visit's days, else the day of the meeting told before it.
    const meetingDate = ownDay ?? visit ?? previousDay ?? (segments.length === 1 ? days[0] : undefined);
    if (ownDay) previousDay = ownDay;
    const startDate: Found<string> | null = meetingDate ? { value: meetingDate.date, spans: [span(meetingDate)] } : null;
    const endDate: Found<string> | null = meetingDate?.endDate ? { value: meetingDate.endDate, spans: [span(meetingDate)] } : null;
    // No place of its own: where the meeting before it was held that same day ("Le même jour, M. Daguerre s'est entretenu…"),
    // else where the visit was.
    // A sentence naming an earlier year tells of an earlier visit ("Die ersten Konsultationen hatten im Mai 2022 in Ankara stattgefunden").
    const year = meetingDate ? Number(meetingDate.date.slice(0, 4)) : null;
    const earlier = (sentence: Sentence) => !!year && [...sentence.text.matchAll(/\b(?:19|20)\d\d\b/g)].some((match) => Number(match[0]) < year);
    const ownPlace = placeOf(
      text,
      cities,
      seg.sentences.filter((sentence) => sentence === seg.opener || !earlier(sentence)),
      seg.opener,
      lexicon,
      mentions,
      claimed,
      quoted,
    );
    const sameDay = !!meetingDate && previousPlace.day === meetingDate.date ? previousPlace.place : null;
    const toldPlace = ownPlace ?? sameDay ?? introPlace ?? (segments.length === 1 ? datelinePlace : null);
    // Else where the meeting before it was held, another day: the officer checks it, and it says nothing of anyone's side.
    const place = toldPlace ?? previousPlace.place;
    previousPlace = { day: meetingDate?.date ?? null, place };
    // Someone the text ties to no country is taken to be of the country the meeting is in.
    const placeCountry = toldPlace?.country ?? null;
    // A body of no named country whose form is our country's (a legal form, a federal prefix), met where that form is not the
    // local one, is ours.
    const oursByForm = (org: Organisation) => {
      const forms = org.country ? [] : countriesByForm(org.name);
      return (
        !!context.ourCountry && forms.includes(context.ourCountry) && !(placeCountry && placeCountry !== context.ourCountry && forms.includes(placeCountry))
      );
    };
    // …and so is who works there ("Julien Fabre, directeur général de Rhôneval Ingénierie SAS").
    const isOurs = (person: Person) =>
      person.ours ||
      // Someone the text ties to no country is of the country the meeting is in, unless they led a delegation there.
      (!person.country && !!placeCountry && (placeCountry === context.ourCountry) !== !!person.leadsDelegation) ||
      // The visitors the lead names, met abroad: they travelled there ("The Minister, accompanied by…, visited Nairobi").
      (!person.country && !!placeCountry && placeCountry !== context.ourCountry && introOurs.includes(person)) ||
      (!person.country && !!person.organisation && oursByForm(person.organisation));
    // The bodies met: those that take part in the meeting as told, and those of the people met there.
    const bodies = [
      ...new Set([
        ...orgsIn(mentions, seg.sentences).filter((org) => takesPart(org, seg, lexicon)),
        ...visitors,
        ...people.filter((person) => !isOurs(person)).flatMap((person) => (person.organisation && !person.organisation.implied ? [person.organisation] : [])),
      ]),
    ];
    const followUps = findCommitments(
      seg.sentences,
      lexicon,
      {
        people: mentions.people,
        present: people,
        isOurs,
        organisations: mentions.organisations,
        ourCountry: context.ourCountry,
        countries: mentions.countries,
        cities,
      },
      meetingDate?.date ?? latest ?? context.today ?? new Date().toISOString().slice(0, 10),
    );
    // A body named only in what someone undertook ("put the university in touch with Delft University") did not take part.
    const onlyPromised = (org: Organisation) =>
      org.spans.filter((s) => within(s, seg.sentences)).every((s) => followUps.some((f) => f.spans.some((fs) => fs.start <= s.start && s.end <= fs.end)));
    const organisations = bodies.filter(
      (org) =>
        !org.implied &&
        !(context.ourCountry && org.country === context.ourCountry) &&
        !oursByForm(org) &&
        !people.some((person) => isOurs(person) && person.organisation === org) &&
        !mentions.people.some((person) => person.ours && person.organisation === org) &&
        !(isOwnMission(org.name) && !org.country) &&
        // A ministry the text ties to no country, met in our country, is ours: "im Federal Ministry of Agriculture in Abuja".
        !(
          !org.country &&
          /minist/.test(org.folded) &&
          !countriesByForm(org.name).length &&
          !!placeCountry &&
          placeCountry === context.ourCountry &&
          !visitors.includes(org)
        ) &&
        !(orgsIn(mentions, seg.sentences).includes(org) && onlyPromised(org)),
    );
    const partnerCountries = new Map<string, Span[]>();
    const addCountry = (country: string | null, spans: Span[]) => {
      if (!country || country === context.ourCountry) return;
      partnerCountries.set(country, [...(partnerCountries.get(country) ?? []), ...spans]);
    };
    for (const person of people.filter((p) => !isOurs(p))) addCountry(person.country, person.titleSpan ? [person.titleSpan] : []);
    for (const org of organisations) addCountry(org.country, org.spans.slice(0, 1));
    if (place?.country) addCountry(place.country, [place.span]);
    if (!partnerCountries.size) {
      const named = mentions.countries.filter((c) => within(c, seg.sentences) && c.country !== context.ourCountry);
      const counts = new Map<string, number>();
      for (const c of named) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
      const top = [...counts].sort((a, b) => b[1] - a[1])[0];
      if (top) addCountry(top[0], named.filter((c) => c.country === top[0]).map(span));
    }
    const partners = people.filter((person) => !isOurs(person));
    // A city the gazetteer does not know is in the country of the people met there, else the country the text names most.
    const placeCountryOr = place?.country ?? [...partnerCountries.keys()][0] ?? mostNamed ?? null;
    if (place && !place.country && placeCountryOr) addCountry(placeCountryOr, [place.span]);
    const places: Found<Place>[] = place && placeCountryOr ? [{ value: { city: place.city, country: placeCountryOr }, spans: [place.span] }] : [];
    const titleOf = organisations[0]?.name ?? partners[0]?.name;
    return {
      title: titleOf ? `Meeting with ${titleOf}` : 'Meeting',
      span: { start: seg.sentences[0]!.start, end: seg.sentences.at(-1)!.end },
      startDate,
      endDate,
      places,
      partnerCountries: [...partnerCountries].map(([value, spans]) => ({ value, spans })),
      counterparts: people.map((person) => ({
        value: {
          name: person.name,
          title: person.title,
          organisation: person.organisation?.name ?? null,
          side: isOurs(person) ? ('ours' as const) : ('partner' as const),
        },
        spans: [...person.spans, ...(person.titleSpan ? [person.titleSpan] : [])].sort((a, b) => a.start - b.start),
      })),
      organisations: organisations.map((org) => ({ value: org.name, spans: org.spans })),
      areas: findAreas(seg.sentences, lexicon, context.areas, mentions.orgSpans),
      followUps,
    };
  });
}

const span = ({ start, end }: Span): Span => ({ start, end });

/**
 * Where a meeting took place: the first city named after "in", "à", "a", "te"… in its opening
 * sentence, else in the rest of it, leaving out bodies' names and what is still to come. A city the
 * gazetteer does not know ("à Saint-Louis", "in Temirtau") is taken when nothing else claims the word.
 */
function placeOf(
  text: string,
  cities: CityMatch[],
  seg: Sentence[],
  opener: Sentence | null,
  lexicon: Lexicon,
  mentions: Mentions,
  claimed: (word: string) => boolean,
  quoted: Span[],
): { city: string; country: string | null; span: Span } | null {
  const ordered = opener ? [opener, ...seg.filter((sentence) => sentence !== opener)] : seg;
  // "in Astana", "à la Haye", "in der Hauptstadt Astana", "nella capitale Tashkent".
  const locative = new RegExp(`(?:^|[^\\p{L}])(?:${lexicon.locatives.join('|')})\\s+(?:the\\s+|la\\s+|l')?(?:${capitalWords.source}\\s+)?$`, 'u');
  // German "im" and "am" come before nouns ("im Mittelpunkt"): a town the gazetteer does not know needs a plain "in".
  // Nor does a town take an article: "à l'Élysette", "in the Chamber" name buildings.
  const townLocative = lexicon.language === 'de' ? /(?:^|[^\p{L}])in\s+$/u : new RegExp(`(?:^|[^\\p{L}])(?:${lexicon.locatives.join('|')})\\s+$`, 'u');
  for (const sentence of ordered) {
    const folded = foldKeepingOffsets(sentence.text);
    const inBody = (at: number) => mentions.orgSpans.some((s) => s.start <= at && at < s.end);
    // "Vogliamo che le nostre imprese trovino ad Alessandria…": a town someone speaks of is not where they met.
    const spoken = (at: number) => quoted.some((s) => s.start <= at && at < s.end);
    // A city in a clause about what is still to come ("the next round will be held in Brussels") is not where they met.
    // …or in a sentence that ends by saying it is planned ("Ein Gegenbesuch in Rabat ist für den Herbst geplant").
    const ahead = (at: number) =>
      lexicon.future.test(
        folded
          .slice(0, at - sentence.start)
          .split(/[,;:]/)
          .at(-1) ?? '',
      ) || plannedAfter.test(folded.slice(at - sentence.start));
    const before = (at: number, reach = 30) => folded.slice(Math.max(0, at - sentence.start - reach), at - sentence.start);
    // "reisde ambassadeur Vandenberghe naar Salzburg": the verb for going may be a name and a function away.
    const wentOnTo = (at: number) => travelledTo.test(before(at, 70));
    const known = cities.find(
      (city) =>
        within(city, [sentence]) &&
        !inBody(city.start) &&
        !ahead(city.start) &&
        !spoken(city.start) &&
        (locative.test(before(city.start)) || wentOnTo(city.start)),
    );
    if (known) {
      // "Porto Alegre" is not Porto.
      const longer = townOfWords(text.slice(known.start));
      if (longer && longer.name.length > known.end - known.start)
        return { city: longer.name, country: longer.country, span: { start: known.start, end: known.start + longer.name.length } };
      return { city: known.city, country: known.country, span: span(known) };
    }
    // "bezocht de Universiteit Maastricht", "reçu à la Chambre de commerce de Luxembourg": the city in the name of the body visited.
    const inName = sentence === opener ? cities.find((city) => within(city, [sentence]) && inBody(city.start)) : undefined;
    if (inName) return { city: inName.city, country: inName.country, span: span(inName) };
    for (const word of sentence.text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}]+(?:-\p{Lu}?[\p{L}]+)*/gu)) {
      const at = sentence.start + word.index;
      if (
        inBody(at) ||
        ahead(at) ||
        spoken(at) ||
        word[0].length < 3 ||
        claimed(word[0]) ||
        // "nach Protesten", "nach Angaben": after a word for going, only a town the town list knows.
        !(townLocative.test(folded.slice(Math.max(0, word.index - 8), word.index)) || (wentOnTo(at) && !!countryOfTown(word[0])))
      )
        continue;
      if (mentions.people.some((person) => person.spans.some((s) => s.start <= at && at < s.end))) continue;
      // "a Porto Alegre", "à San-Pédro", "in Caxias do Sul", "in Cần Thơ": a town of several words the town list knows.
      const longer = townOfWords(sentence.text.slice(word.index));
      if (longer) return { city: longer.name, country: longer.country, span: { start: at, end: at + longer.name.length } };
      // "at La French Tech", "in Port Autonome": a run of capitalised words names a body, not a town.
      if (/^\s+\p{Lu}/u.test(sentence.text.slice(word.index + word[0].length, word.index + word[0].length + 2))) continue;
      // "en Côte d'Ivoire": part of a country's name is no town.
      if (findCountries(sentence.text.slice(word.index)).some((c) => c.start === 0)) continue;
      const country = countryOfTown(word[0]);
      if (!country && lexicon.language === 'de' && germanNoun.test(word[0])) continue;
      // German nouns are written with a capital ("in Auftrag geben", "in Familienbetrieben arbeiten"): there, a word the town list
      // does not know is a town only where the phrase ends with it.
      const after = sentence.text.slice(word.index + word[0].length);
      if (
        lexicon.language === 'de' &&
        !country &&
        /^\s+\p{Ll}/u.test(after) &&
        !/^\s+(?:und|bei|an|am|im|in|der|die|das|den|dem|des|ein|eine|einen|mit|zum|zur|auf|von|vom|statt)\b/u.test(after)
      )
        continue;
      return { city: word[0], country, span: { start: at, end: at + word[0].length } };
    }
  }
  return null;
}

/** A clause that ends by saying it is still to come: "… ist für den Herbst geplant", "… est prévue en juin", "… is planned for May". */
const plannedAfter = /^[^,;:.]*\b(?:geplant|vorgesehen|prevue?s?|prevista|previsto|gepland|planned|scheduled|expected)\b[^,;:]*(?:[.!?]|$)/;

/**
 * German abstract and plural nouns a town the list does not know never ends like: "in Begleitung", "in Migrationsfragen",
 * "in Familienbetrieben", "in Nordafrika".
 */
const germanNoun = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|fragen|betrieben|nissen|ismus|afrika|asien|europa|amerika)$/;

/** The words for going on to a place: "ging es weiter nach", "trok naar", "travelled to", "si è trasferita a". */
const goingOnTo = String.raw`(?:^|[^\p{L}])(?:(?:reiste\p{L}*|fuhr\p{L}*|flog\p{L}*|ging es|weiter|abstecher)\s+(?:\S+\s+){0,3}nach|(?:trok|reisde|vertrok|ging|verder)\p{L}*\s+(?:\S+\s+){0,4}naar|(?:travel+ed|moved on|went on|headed|continued) to|(?:s'est|se sont) (?:rendu|deplace)\p{L}* a|(?:si e|si sono) (?:trasferit|spostat|recat)\p{L}* a)\s+`;
/** Where a delegation went next, where it met: the words just before the town ("…trok naar Beerse"). */
const travelledTo = new RegExp(`${goingOnTo}$`, 'u');
/** A sentence telling where the delegation went on to. */
const goesOnTo = new RegExp(`${goingOnTo}\\S`, 'u');

/** The longest run of two or three words at the start of `text` that the town list knows: "Porto Alegre", "Caxias do Sul". */
function townOfWords(text: string): { name: string; country: string } | null {
  const run = /^\p{Lu}[\p{L}\p{M}]+(?:[ -](?:(?:do|da|de|del|di|dos|das|sur|am)\s)?\p{Lu}[\p{L}\p{M}]+){1,2}/u.exec(text);
  const parts = run?.[0].split(/(?=[ -])/) ?? [];
  for (let count = parts.length; count >= 2; count--) {
    const name = parts.slice(0, count).join('');
    const country = countryOfTown(name);
    if (country) return { name, country };
  }
  return null;
}

/** The city a dispatch is datelined from: "ASTANA. KAZINFORM –", "Berne, 18.09.2024", "(ANSA) – ROMA, 13 MAR", "DEN HAAG (ANP)". */
function datelineCity(text: string, cities: CityMatch[]): { city: string; country: string | null; span: Span } | null {
  const dateline = cities.find(
    (city) =>
      /(?:^|\n)[ \t]*(?:\([^)\n]{2,20}\)\s*[–—-]\s*)?$/.test(text.slice(Math.max(0, city.start - 40), city.start)) &&
      /^\s*(?:[,.(–—-]|\p{Lu}{3,})/u.test(text.slice(city.end, city.end + 12)),
  );
  return dateline ? { city: dateline.city, country: dateline.country, span: span(dateline) } : null;
}

/** For a language the reader does not know: the dates, places and countries of the whole text, as one meeting to check. */
function geographyOnly(text: string, sentences: Sentence[], dates: DateMention[], cities: CityMatch[], context: ReadoutContext): ProposedMeeting | null {
  const day = dates.find((date) => !date.monthOnly);
  const countries = new Map<string, Span[]>();
  for (const match of findCountries(text))
    if (match.country !== context.ourCountry) countries.set(match.country, [...(countries.get(match.country) ?? []), span(match)]);
  for (const city of cities) if (city.country !== context.ourCountry) countries.set(city.country, [...(countries.get(city.country) ?? []), span(city)]);
  if (!day && !countries.size) return null;
  const first = [...countries.keys()][0];
  return {
    title: first ? `Meeting (${countryName(first)})` : 'Meeting',
    span: { start: sentences[0]?.start ?? 0, end: sentences.at(-1)?.end ?? text.length },
    startDate: day ? { value: day.date, spans: [span(day)] } : null,
    endDate: day?.endDate ? { value: day.endDate, spans: [span(day)] } : null,
    places: [...new Map(cities.map((city) => [city.city, { value: { city: city.city, country: city.country }, spans: [span(city)] }])).values()],
    partnerCountries: [...countries].map(([value, spans]) => ({ value, spans })),
    counterparts: [],
    organisations: [],
    areas: [],
    followUps: [],
  };
}

/** The draft as plain values, without the spans: what `npm run readout` prints and the evaluation scores. */
export function toJson(draft: ReadoutDraft): ReadoutJson {
  return {
    language: draft.language,
    meetings: draft.meetings.map((meeting) => ({
      startDate: meeting.startDate?.value ?? null,
      endDate: meeting.endDate?.value ?? null,
      places: meeting.places.map((found) => found.value),
      partnerCountries: meeting.partnerCountries.map((found) => found.value),
      counterparts: meeting.counterparts.map((found) => found.value),
      organisations: meeting.organisations.map((found) => found.value),
      areas: meeting.areas.map((found) => found.value.name),
      followUps: meeting.followUps.map((found) => found.value),
    })),
  };
}
