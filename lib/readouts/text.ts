import type { Span } from './types';

/**
 * The readout as the reader sees it: an e-mail's plain-text body, or the text as pasted, with control
 * characters blanked (same length, so offsets hold), and the stretches that are not the readout
 * (sharing buttons, related-article lists, photo credits) set aside.
 */

export type Sentence = Span & { text: string; paragraph: number; background: boolean };

/** Sentences that give background, not what happened: "For reference: trade reached $419 million". */
const background =
  /^\s*(for reference|reference:|background:|note to editors|pour (?:rappel|memoire|reference)|a titre de reference|per riferimento|si ricorda|zur (?:information|erinnerung)|hintergrund|ter (?:informatie|info|herinnering)|achtergrond)|\d[\d.,]*\s*(?:million|billion|milliards?|millions?|milioni|miliardi|millionen|milliarden|miljoen|miljard)|[$€]\s*\d/i;

export type PreparedText = {
  text: string;
  /** The e-mail's Date header, as YYYY-MM-DD. */
  sentDate: string | null;
  subject: string | null;
  sentences: Sentence[];
};

const headerLine = /^([A-Za-z-]+):[ \t]*(.*)$/;

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const joined = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(joined[i]!));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function decodePart(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return new TextDecoder().decode(Uint8Array.from(atob(body.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
  return body;
}

function splitHeaders(message: string): { headers: Map<string, string>; body: string } | null {
  const end = message.search(/\r?\n\r?\n/);
  if (end === -1) return null;
  const headers = new Map<string, string>();
  let last = '';
  for (const line of message.slice(0, end).split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) headers.set(last, `${headers.get(last)} ${line.trim()}`);
    else {
      const match = headerLine.exec(line);
      if (!match) return null;
      last = match[1]!.toLowerCase();
      headers.set(last, match[2]!);
    }
  }
  return { headers, body: message.slice(end).replace(/^\r?\n\r?\n/, '') };
}

/** The plain-text body of an e-mail (.eml), or null when the text is not one. */
function emailBody(input: string): { body: string; date: string | null; subject: string | null } | null {
  const message = splitHeaders(input);
  if (!message || !message.headers.has('from') || !(message.headers.has('subject') || message.headers.has('date'))) return null;
  const date = message.headers.get('date');
  const sent = date ? new Date(date) : null;
  const result = { date: sent && !Number.isNaN(sent.getTime()) ? sent.toISOString().slice(0, 10) : null, subject: message.headers.get('subject') ?? null };
  const type = message.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!boundary) return { ...result, body: decodePart(message.headers, message.body) };
  for (const part of message.body.split(`--${boundary}`)) {
    const inner = splitHeaders(part.replace(/^\r?\n/, ''));
    if (inner && /text\/plain/i.test(inner.headers.get('content-type') ?? 'text/plain')) return { ...result, body: decodePart(inner.headers, inner.body) };
  }
  return { ...result, body: '' };
}

/** The heading of a press office's contact, in the five languages. */
const pressContactWords = 'contact presse|press contact|pressekontakt|perscontact|contatti stampa';
/** Lines that are the page around the readout, not the readout: where one starts, the rest of the paragraph block goes too. */
const boilerplateLine = new RegExp(
  String.raw`^\s*(©|\(c\)|copyright|${pressContactWords}|follow us|share (this|on)|suivez[- ]nous|partager|partagez|seguici|segui\b|condividi|folgen sie uns|teilen|diesen artikel teilen|volg ons|deel dit|delen|photo\s*:|foto\s*:|source\s*:|images?\s*\||nella foto|in (?:the )?photo|pictured|sur la photo|auf dem (?:foto|bild)|im bild|op de foto|bildnachweis|bildunterschrift)`,
  'i',
);
const pressContact = new RegExp(`^\\s*(?:${pressContactWords}|media contact|contatto stampa)`, 'i');
/** A photo's credit after its caption, on the caption's line. */
const photoCredit = /\S\s+(?:©|\((?:foto|photo|bild|credit|crédit)s?\b|(?:foto|photo|bild|credit|crédit)s?\s*:)/i;
/** Headings after which a page lists other articles, or gives its press contact: everything after them is not the readout. */
const relatedHeading =
  /^\s*(related (articles|news|posts)|read also|see also|à lire aussi|lire aussi|articles? similaires|leggi anche|articoli correlati|potrebbe interessarti|das könnte sie auch interessieren|weitere artikel|weitere meldungen|mehr zum thema|rückfragehinweis|more news|latest news|plus d'actualités|dans la même rubrique|altre notizie|ultime notizie|meer nieuws|lees meer|gerelateerde artikelen|condividi questo articolo)/i;

/** Splits the text into sentences, with paragraphs numbered; boilerplate is left out. */
function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let offset = 0;
  let stop = false;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (stop) continue;
    if (!line.trim()) {
      paragraph++;
      continue;
    }
    // A press contact after the story ends it: the lines under it are names and numbers, not people met.
    if (relatedHeading.test(line) || (pressContact.test(line) && sentences.length > 3)) {
      stop = true;
      continue;
    }
    // A bare dash, or a short list item without a full stop: the page's links to other articles.
    if (boilerplateLine.test(line) || /^\s*[-–•]\s*$/.test(line) || (/^\s*[-–•]\s/.test(line) && line.length < 160 && !/[.!?]\s*$/.test(line))) continue;
    // "Minister Van Dalen en minister Kamau na afloop van hun gesprek. © Ministerie van Buitenlandse Zaken": a photo's caption.
    if (line.length < 300 && photoCredit.test(line)) continue;
    // A new line is a new paragraph in pasted web pages, whose paragraphs are often not separated by blank lines.
    paragraph++;
    const sentenceEnd =
      /(?<!\b\d{1,2}|(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|[Dd]r|[Dd]rs|[Ii]r|mr|M|Mme|Me|Mgr|Co|Pr|St|S\.E|H\.E|Z\.E|Hon|Gen|Mag|[Ss]ig|[Ss]en|[Dd]ott|[Oo]n|[Aa]vv|[Ii]ng|[Aa]rch|[Pp]rof|[Dd]hr|[Mm]evr|Hr|Fr|No|n|Nr|[A-Z])|(?<![\p{L}\p{N}])(?:[Jj]an|[Ff][eé]vr?|[Ff]eb|[Aa]vr|[Aa]pr|[Jj]uil|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo][ck]t|[Oo]tt|[Nn]ov|[Dd][eé][cz]|[Dd]ic|[Gg]en|[Gg]iu|[Ll]ug|[Aa]go|[Mm]rt)(?=\.\s+\d))[.!?»"”]+(?=\s+[«"“\p{Lu}\d])/gu;
    let start = 0;
    for (const end of line.matchAll(sentenceEnd)) {
      const stopAt = end.index + end[0].length;
      pushSentence(sentences, line, lineStart, start, stopAt, paragraph);
      start = stopAt;
    }
    pushSentence(sentences, line, lineStart, start, line.length, paragraph);
  }
  return sentences;
}

function pushSentence(sentences: Sentence[], line: string, lineStart: number, from: number, to: number, paragraph: number) {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body) return;
  const start = lineStart + from + lead;
  sentences.push({ start, end: start + body.length, text: body, paragraph, background: background.test(body) });
}

/**
 * What the text quotes someone as saying, between quotation marks of any language ("…", “…”, «…», „…“),
 * never past the paragraph's end.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = -1;
  for (let at = 0; at < text.length; at++) {
    const mark = text[at]!;
    if (start === -1 && '"“„«'.includes(mark)) start = at;
    else if (start !== -1 && '"”“»'.includes(mark)) {
      spans.push({ start, end: at + 1 });
      start = -1;
    } else if (start !== -1 && mark === '\n' && text[at + 1] === '\n') start = -1;
  }
  return spans;
}

/** Control characters (NUL, BEL, ESC…) become spaces; tabs and line breaks stay. */
export function blankControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g, ' ');
}

export function prepareText(input: string): PreparedText {
  const unified = input.replace(/\r\n?/g, '\n');
  const email = emailBody(unified);
  const text = blankControlCharacters(email ? email.body.replace(/\r\n?/g, '\n') : unified);
  return { text, sentDate: email?.date ?? null, subject: email?.subject ?? null, sentences: sentencesOf(text) };
}

/** How much of the input is what no text holds (control characters, undecodable bytes): a binary file read as text. */
export function binaryShare(input: string): number {
  const odd = input.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0;
  return input.length ? odd / input.length : 0;
}
