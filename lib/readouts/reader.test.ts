import { describe, expect, it } from 'vitest';
import { defaultAreas } from './default-areas';
import { contextOf, loadCorpus } from './corpus';
import { findCountries, findKnownBodies, findRegions } from './geography';
import { findDates } from './dates';
import { read } from './languages/test-helpers';
import { readReadout, toJson } from './index';
import { prepareText } from './text';

const context = { ourCountry: 'BE', published: '2024-03-14', areas: [...defaultAreas] };

describe('what the reader is given', () => {
  it('reads the plain-text part of an e-mail, and takes its date as the publication date', () => {
    const email = [
      'From: Press Office <press@example.org>',
      'Subject: Consultations in Astana',
      'Date: Thu, 14 Mar 2024 09:30:00 +0100',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'On 12 March, Ambassador Anne Dupont met Deputy Minister Daniyar Kuanyshev in Astana. The parties agreed to=',
      ' hold the next round in Brussels.',
      '--b1',
      'Content-Type: text/html',
      '',
      '<p>ignored</p>',
      '--b1--',
    ].join('\r\n');
    const draft = readReadout(email, { ...context, published: null });
    expect(draft.text).not.toContain('From:');
    expect(draft.text).not.toContain('<p>');
    expect(draft.published).toBe('2024-03-14');
    expect(toJson(draft).meetings[0]).toMatchObject({ startDate: '2024-03-12', places: [{ city: 'Astana', country: 'KZ' }] });
  });

  it('blanks control characters without moving any offset', () => {
    const input = 'Minister\u0000 Dupont\u001b met\u0007 him.';
    const { text } = prepareText(input);
    expect(text).toHaveLength(input.length);
    expect(text).not.toMatch(/[\u0000-\u0008\u001b]/);
  });

  it('leaves sharing buttons, photo credits and related-article lists out of the readout', () => {
    const { sentences } = prepareText(
      'On 12 March the minister met the ambassador.\nFollow us on X\nPhoto: press office\nRead also:\nAnother meeting was held on 3 April.',
    );
    expect(sentences.map((sentence) => sentence.text)).toEqual(['On 12 March the minister met the ambassador.']);
  });

  it('ends no sentence at a month cut short before a year ("le 15 nov. 2024"), but does at one ending a sentence', () => {
    const { sentences } = prepareText('QUÉBEC, le 15 nov. 2024 - La ministre a conclu une mission. Elle est partie en nov. Le lendemain, rien.');
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'QUÉBEC, le 15 nov. 2024 - La ministre a conclu une mission.',
      'Elle est partie en nov.',
      'Le lendemain, rien.',
    ]);
  });

  it('leaves out an agency\'s "follow us" line in Italian ("Segui Agenzia Nova su…")', () => {
    const { sentences } = prepareText('Il 12 marzo il ministro ha incontrato il sindaco.\nSegui Agenzia Nova su X e Telegram');
    expect(sentences.map((sentence) => sentence.text)).toEqual(['Il 12 marzo il ministro ha incontrato il sindaco.']);
  });

  it.each(['Weitere Meldungen', 'Rückfragehinweis:', 'Altre notizie', 'Meer nieuws', "Plus d'actualités"])(
    'leaves out what follows "%s": other news, or the press office',
    (heading) => {
      const { sentences } = prepareText(`Am 3. Juni traf der Minister den Präsidenten.\n\n${heading}\nVerbund meldet Rekordinvestitionen in Netze`);
      expect(sentences.map((sentence) => sentence.text)).toEqual(['Am 3. Juni traf der Minister den Präsidenten.']);
    },
  );

  it.each(['Nella foto, da sinistra: Ferrini, Fontana e Borghi', 'Pictured: the minister with Jane Achieng', 'Auf dem Foto: Hollbach und Wöhrle'])(
    'leaves a photo caption out: "%s"',
    (caption) => {
      const { sentences } = prepareText(`On 12 March the minister met the ambassador.\n${caption}`);
      expect(sentences.map((sentence) => sentence.text)).toEqual(['On 12 March the minister met the ambassador.']);
    },
  );

  it('ends the readout at a press contact after the story, whose lines name no one met', () => {
    const { sentences } = prepareText(
      'Op 12 maart ontving de gedeputeerde de delegatie. Het gesprek ging over waterstof. Beide partijen tekenden een intentieverklaring. De gouverneur bezocht ook de haven.\n\nPerscontact\nTeam Communicatie Provincie Groningen, (050) 316 40 00',
    );
    expect(sentences.map((sentence) => sentence.text)).not.toContainEqual(expect.stringContaining('Team Communicatie'));
  });

  it.each([
    "'s Middags werd het gezelschap ontvangen door dr. Sofie De Smet, directeur van Janssen Pharmaceutica.",
    'Nel pomeriggio è stato ricevuto dalla ministra, sen. Elisabetta Guarnieri.',
    'He then met the Hon. Peter Wambugu and Gen. Amos Kiprono.',
  ])('does not end a sentence at a courtesy word: %s', (sentence) => {
    expect(prepareText(sentence).sentences).toHaveLength(1);
  });

  it('ends a sentence after a name whose last letters are not ASCII ("Aydın.")', () => {
    expect(prepareText('Er traf Vizeminister Mehmet Aydın. Die Konsultationen fanden in Wien statt.').sentences).toHaveLength(2);
  });
});

describe('what the reader says when there is nothing to propose', () => {
  it('says the text is empty', () => {
    expect(readReadout('   \n ', context)).toMatchObject({ meetings: [], notices: ['The text is empty.'] });
  });

  it('refuses what is not text', () => {
    const binary = Array.from({ length: 400 }, (_, i) => String.fromCharCode((i * 37) % 256)).join('');
    const draft = readReadout(binary, context);
    expect(draft.meetings).toEqual([]);
    expect(draft.notices[0]).toMatch(/does not look like text/);
  });

  it('says when no meeting is in the text', () => {
    const draft = readReadout(
      'Trade between Belgium and Kazakhstan reached 419 million dollars in 2021, the statistics office said on Tuesday in its yearly report on exports and imports.',
      context,
    );
    expect(draft.meetings).toEqual([]);
    expect(draft.notices.at(-1)).toMatch(/No meeting was found/);
  });

  it('still proposes dates and countries in a language it does not read, with a notice', () => {
    const spanish =
      'El 12 de marzo de 2024, la embajadora de Bélgica se reunió en Astana con el viceministro de Energía de Kazajistán para hablar de hidrógeno verde y de transporte ferroviario entre los dos países.';
    const draft = readReadout(spanish, context);
    expect(draft.language).toBeNull();
    expect(draft.notices[0]).toMatch(/only English, French, Italian, German and Dutch/);
    expect(toJson(draft).meetings[0]).toMatchObject({ partnerCountries: expect.arrayContaining(['KZ']), places: [{ city: 'Astana', country: 'KZ' }] });
  });
});

describe('countries as the five languages name them', () => {
  it.each([
    ['the Kazakh delegation', 'KZ'],
    ['la délégation kazakhe', 'KZ'],
    ['il ministro belga', 'BE'],
    ['die luxemburgische Botschaft', 'LU'],
    ['de Nederlandse ambassadeur', 'NL'],
    ["l'ambassadeur de la République du Kosovo", 'XK'],
    ['Vlaamse bedrijven', 'BE'],
    ['die serbische Seite', 'RS'],
    ['die österreichische Delegation', 'AT'],
    ['Ghanaian exhibitors', 'GH'],
    ['la ministra albanese', 'AL'],
    ['a Scottish trade mission', 'GB'],
    ['la délégation écossaise', 'GB'],
    ["il direttore dell'Ukrainian Sea Ports Authority", 'UA'],
    ["la delegazione dell'Uzbekistan", 'UZ'],
  ])('%s names %s', (phrase, country) => {
    expect(findCountries(phrase).map((match) => match.country)).toContain(country);
  });

  it('knows well-known bodies of partner countries by name, with their country', () => {
    expect(findKnownBodies('Equinor, Hydro-Québec and Sonatrach signed').map((body) => body.country)).toEqual(['NO', 'CA', 'DZ']);
  });

  it('does not take Latin America for the United States, after an elided article too', () => {
    expect(findCountries("una delle aree più dinamiche dell'America Latina")).toEqual([]);
  });

  it('does not take a first name for a country', () => {
    expect(findCountries('Deputy Minister Roman Vassilenko').map((match) => match.country)).not.toContain('RO');
  });

  it('does not take a common word for a country ("island", "independent", "indeed")', () => {
    expect(findCountries('the island was indeed independent, like the index').map((match) => match.country)).toEqual([]);
  });
});

describe('regions', () => {
  it.each([
    ['la Regione Puglia', 'IT'],
    ['de provincie Gelderland', 'NL'],
    ['das Land Oberösterreich', 'AT'],
    ['il Canton Ticino', 'CH'],
    ['Brabant', ''],
  ])('%s is in %s', (phrase, country) => {
    expect(findRegions(phrase).map((match) => match.country)).toEqual([country]);
  });

  it("gives a region's body its country: the Lombardy region is ours for an Italian mission, the canton is the partner", () => {
    const { json } = read(
      'Milano, 12 marzo 2025. Il consigliere di Stato Marco Bernasconi, direttore del Dipartimento della sanità del Cantone Ticino, ha incontrato Lucia Ferri, assessora al Welfare della Regione Lombardia. La Regione Lombardia si è impegnata a ospitare a Milano la prima riunione del tavolo tecnico.',
      'IT',
      '2025-03-14',
    );
    const [meeting] = json.meetings;
    expect(meeting!.organisations).not.toContain('Regione Lombardia');
    expect(meeting!.followUps).toEqual([expect.objectContaining({ committedBy: 'ours' })]);
  });
});

describe('companies by their legal form', () => {
  it("takes a company whose legal form is our country's, met abroad, for ours; one of the country met in, for the partner's", () => {
    const { json } = read(
      "Tunisi, 14 maggio 2025. Il 12 maggio a Tunisi il presidente ha incontrato Samir Mejri, presidente dell'UTICA, alla presenza di Marco De Santis, amministratore delegato di Adriatica Componenti S.p.A., e di Leila Trabelsi, direttrice di Cap Bon Logistique SA.",
      'IT',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Adriatica Componenti S.p.A.');
    expect(json.meetings[0]!.organisations).toContain('Cap Bon Logistique SA');
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Marco De Santis', side: 'ours' })]));
  });

  it('leaves a company of a form shared with the country met in to the partner', () => {
    const { json } = read(
      'Wien, 5. Juni 2025. Am 4. Juni traf die deutsche Botschafterin in Wien Dr. Petra Hollinek, Vorstand der Verbund Energie GmbH.',
      'DE',
      '2025-06-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Verbund Energie GmbH']);
  });
});

describe('both sides, named as two of a kind', () => {
  it.each([
    ['On 12 March in Toronto, the Minister met Catherine Boyd of the Toronto Region Board of Trade. Both chambers will organise a fintech showcase.', 'IE'],
    [
      "Le 12 mars à Dakar, le ministre a rencontré M. Ousmane Ndiaye, président de la CCI de Dakar. Les deux chambres s'engagent à organiser une foire commune.",
      'BE',
    ],
    [
      'Il 12 marzo a Udine il presidente ha incontrato Ioana Mureșan, presidente della Camera di Timișoara. Le due Camere si impegnano a organizzare una fiera comune.',
      'IT',
    ],
    ['Op 12 maart ontmoette de minister in Antwerpen Luc Vermeiren, voorzitter van Voka. Beide kamers zullen een beurs organiseren.', 'XK'],
  ])('%s', (text, ourCountry) => {
    const { json } = read(text, ourCountry, '2025-03-14');
    expect(json.meetings[0]!.followUps).toEqual([expect.objectContaining({ committedBy: 'joint' })]);
  });
});

describe('bodies listed after those who represent them', () => {
  it.each([
    ['London, 14 May 2025. On 12 May the Minister met representatives of Fluxys, Agoria and Voka. The talks focused on energy.', ['Fluxys', 'Agoria', 'Voka']],
    [
      "Paris, 14 mai 2025. Le 12 mai, le ministre a rencontré des représentants d'Airbus, de Safran et de Thales. L'industrie aéronautique était au centre des discussions.",
      ['Airbus', 'Safran', 'Thales'],
    ],
    [
      'Roma, 14 maggio 2025. Il 12 maggio il ministro ha incontrato i rappresentanti di Eni, Enel e Snam. Al centro dei colloqui la cooperazione energetica.',
      ['Eni', 'Enel', 'Snam'],
    ],
    [
      'Berlin, 14. Mai 2025. Am 12. Mai traf der Minister Vertreter von Bosch, Siemens und SAP. Im Mittelpunkt stand die Zusammenarbeit in der Industrie.',
      ['Bosch', 'Siemens', 'SAP'],
    ],
    [
      'Den Haag, 14 mei 2025. Op 12 mei sprak de minister met vertegenwoordigers van Fluxys, Agoria en Voka. Het ging over energie en handel.',
      ['Fluxys', 'Agoria', 'Voka'],
    ],
  ])('%s', (text, bodies) => {
    const { json } = read(text, 'KZ', '2025-05-14');
    expect(json.meetings[0]!.organisations).toEqual(bodies);
  });
});

describe("a body's site", () => {
  it.each([
    ['London, 14 May 2025. On 12 May the Minister visited the headquarters of Rolls-Royce in Derby. The talks focused on aviation.', 'Rolls-Royce'],
    ['Paris, 14 mai 2025. Le 12 mai, le ministre a visité le siège de TotalEnergies, où il a été reçu par son directeur, M. Jean Petit.', 'TotalEnergies'],
    [
      'Roma, 14 maggio 2025. Il 12 maggio il ministro ha visitato lo stabilimento di Ferrero ad Alba, dove è stato accolto dal direttore Marco Verdi.',
      'Ferrero',
    ],
    ['Den Haag, 14 mei 2025. Op 12 mei bezocht de minister het hoofdkantoor van Philips in Eindhoven, waar hij werd ontvangen door CEO Roy Jakobs.', 'Philips'],
  ])('%s', (text, body) => {
    const { json } = read(text, 'KZ', '2025-05-14');
    expect(json.meetings[0]!.organisations).toEqual([body]);
  });
});

describe('what is not a body', () => {
  it('takes no body from a headline in capitals, nor from a town whose name starts with a head word ("Porto Alegre")', () => {
    const { json } = read(
      'PADOVA-BRASILE, LA RETTRICE IN MISSIONE TRA SAN PAOLO, PORTO ALEGRE E CAXIAS DO SUL\n\nIl 12 marzo la rettrice ha incontrato a Porto Alegre il segretario Paulo Mendes.',
      'IT',
      '2026-03-16',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
  });

  it('takes companies described ("Teilnehmende Unternehmen", "dem Friedrichshafener Konzern") for no body', () => {
    const { json } = read(
      'Am 19. Mai traf die Delegation bei ZF Bernd Käfer, Leiter Einkauf bei dem Friedrichshafener Konzern.\nTeilnehmende Unternehmen (Auswahl): Andritz Hydro, Pichler Wassertechnik GmbH.',
      'IN',
      '2026-05-22',
    );
    const bodies = json.meetings.flatMap((meeting) => meeting.organisations);
    expect(bodies).not.toContain('Friedrichshafener Konzern');
    expect(bodies).not.toContain('Teilnehmende Unternehmen');
  });

  it('reads a hyphenated acronym in brackets back to its head ("Institut national polytechnique … (INP-HB)")', () => {
    const { json } = read(
      "Le mercredi 11 février, à Yamoussoukro, l'Institut national polytechnique Félix Houphouët-Boigny (INP-HB) a accueilli la délégation.",
      'FR',
      '2026-02-16',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Institut national polytechnique Félix Houphouët-Boigny']);
  });
});

describe('a visit told as ended, before its meetings', () => {
  it.each([
    [
      'en',
      'Nairobi, 14 March 2025 – The Minister for Trade, Anna Lindqvist, concluded on Friday a two-day working visit to Kenya, the first by a Swedish minister since 2019.\n\nOn Thursday 13 March she was received by the Cabinet Secretary for Trade, Rebecca Miano.',
    ],
    [
      'fr',
      "Sfax, 14 mars 2025 – La ministre du Commerce, Anna Lindqvist, a achevé vendredi une visite de travail de deux jours au Kenya, la première d'un membre du gouvernement suédois depuis 2019.\n\nJeudi 13 mars, elle a été reçue par la ministre du Commerce, Mme Rebecca Miano.",
    ],
  ])('takes the sentence that ends the visit for its summary, not a meeting (%s)', (_language, text) => {
    expect(read(text, 'SE', '2025-03-14').json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-03-13']);
  });
});

describe('bodies that take part', () => {
  it.each([
    ['de', 'EG', 'Am 3. Mai traf der Minister den Gouverneur Ahmed Fathy. Für die Stadtwerke Augsburg nahm Lucia Neri ebenfalls teil.', 'Stadtwerke Augsburg'],
    [
      'it',
      'EG',
      "Il 3 maggio il ministro ha incontrato il governatore Ahmed Fathy. Per l'Autorità di sistema portuale del Mar Tirreno ha preso parte Lucia Neri.",
      'Autorità di sistema portuale del Mar Tirreno',
    ],
  ])('counts a body named where someone takes part for it (%s)', (_language, ourCountry, text, body) => {
    const { json } = read(text, ourCountry, '2026-05-05');
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toContain(body);
  });
});

describe('bodies known by name', () => {
  it('finds a well-known body named without a head word, and knows its country', () => {
    const { json } = read(
      'Paris, 14 mai 2025. Le 12 mai, la ministre kazakhe a rencontré à Paris Mme Claire Dubois, de Bpifrance, et M. Paul Martin, de Business France.',
      'FR',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
    const kazakh = read(
      'Paris, 14 mai 2025. Le 12 mai, la ministre kazakhe a rencontré à Paris Mme Claire Dubois, de Bpifrance, et M. Paul Martin, de Business France.',
      'KZ',
      '2025-05-14',
    ).json;
    expect(kazakh.meetings[0]!.organisations).toEqual(['Bpifrance', 'Business France']);
  });

  it('takes an acronym for a known body only when written in capitals', () => {
    expect(findKnownBodies('Agenzia ICE and SACE, but not the ice on the lake').map((body) => body.name)).toEqual(['Agenzia ICE', 'SACE']);
  });

  it('knows companies by brand and governments by their own name, with their country: Frequentis, Scatec, the Gouvernement Princier', () => {
    expect(findKnownBodies('Frequentis, Scatec et le Gouvernement Princier').map((body) => body.country)).toEqual(['AT', 'NO', 'MC']);
  });

  it('takes no month in a date for a body known by the same letters: "04 FEB 2025" is no FEB', () => {
    expect(findKnownBodies('Posted On: 04 FEB 2025 by PIB Delhi')).toEqual([]);
    expect(findKnownBodies('the delegation met the FEB in Brussels').map((body) => body.name)).toEqual(['FEB']);
  });

  it('knows every name of a body for the same one: "la Farnesina" is the Ministry of Foreign Affairs', () => {
    const [short, long] = findKnownBodies('alla Farnesina, sede del Ministero degli Affari Esteri e della Cooperazione Internazionale');
    expect(short!.body).toBe(long!.body);
  });
});

describe('rules kept to where they belong', () => {
  it("leaves a function after the verb to the person met in Italian order: 'ha incontrato il ministro Paolo Rossi, presidente…'", () => {
    const { json } = read(
      'Roma, 14 maggio 2025. Il 12 maggio il viceministro kazako ha incontrato il ministro Paolo Rossi, presidente della Fondazione Alpha. Al centro dei colloqui la cooperazione energetica.',
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Paolo Rossi', title: 'ministro' })]));
  });

  it('gives what the mission in a town of the other side undertakes to the mission, and keeps a deadline after a semicolon', () => {
    const { json } = read(
      'Astana, 14 May 2025. On 12 May the Ambassador met Deputy Minister Arman Nurlanov. They discussed energy; by the end of June the Embassy in Astana will send a list of German investors.',
      'DE',
      '2025-05-14',
    );
    expect(json.meetings[0]!.followUps).toEqual([expect.objectContaining({ committedBy: 'ours', dueDate: '2025-06-30' })]);
  });

  it('keeps a range of months with a dash one date', () => {
    expect(findDates('The programme ran from March – April 2025 in Astana.', null, '2025-05-14').filter((date) => !date.header)).toHaveLength(1);
  });

  it("reads bodies listed after 'représentants de l'…'", () => {
    const { json } = read(
      "Paris, 14 mai 2025. Le 12 mai, le ministre a rencontré des représentants de l'Agence Rhône, de Safran et de Thales. L'industrie aéronautique était au centre des discussions.",
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Agence Rhône', 'Safran', 'Thales']);
  });
});

describe('how the reader tells meetings apart', () => {
  it('takes "the next day" for a day told, not for something still to come', () => {
    const { meetings } = toJson(
      readReadout(
        'On 14 January, in Almaty, Ambassador Anne Dupont visited the university, where she was welcomed by Rector Nurlan Abenov.\n\nThe next day, 15 January, the Ambassador met Deputy Akim of Almaty Daniyar Ospanov.',
        { ...context, published: '2025-01-17', ourStaff: ['Anne Dupont'] },
      ),
    );
    expect(
      meetings.map((meeting) => [meeting.startDate, meeting.counterparts.filter((person) => person.side === 'partner').map((person) => person.name)]),
    ).toEqual([
      ['2025-01-14', ['Nurlan Abenov']],
      ['2025-01-15', ['Daniyar Ospanov']],
    ]);
  });

  it('gives a company that travelled with our delegation to our side, not to the bodies met', () => {
    const { meetings } = toJson(
      readReadout(
        'On 13 November the Minister of Energy of Kazakhstan Almas Satkaliyev received in Astana a delegation of Belgian companies. The delegation included representatives of John Cockerill and DEME Group.',
        { ...context, published: '2023-11-14' },
      ),
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.organisations).not.toEqual(expect.arrayContaining(['John Cockerill']));
    expect(meetings[0]!.organisations).not.toEqual(expect.arrayContaining(['DEME Group']));
  });
});

describe('undertakings with figures, and reported ones', () => {
  it('keeps an undertaking with an amount, which would otherwise be background, and reads "announced that … would"', () => {
    const { meetings } = toJson(
      readReadout(
        'On 24 June in London, High Commissioner Akosua Boateng met Ms Helen Okafor, Managing Director of British International Investment. Ms Okafor announced that British International Investment would send a technical team to Accra. The High Commission will fund the study with €2 million.',
        { ...context, ourCountry: 'GH', published: '2025-06-25', ourStaff: ['Akosua Boateng'] },
      ),
    );
    expect(meetings[0]!.followUps.map((followUp) => [followUp.text, followUp.committedBy])).toEqual([
      ['send a technical team to Accra', 'partner'],
      ['fund the study with €2 million', 'ours'],
    ]);
  });
});

describe('datelines', () => {
  it.each([
    "Roma, 14 maggio 2025 – Il 12 maggio il ministro Paolo Rossi ha accolto al Viminale il ministro dell'Interno kazako Arman Nurlanov.",
    "Roma, 14 maggio 2025. Il 12 maggio il ministro Paolo Rossi ha accolto al Viminale il ministro dell'Interno kazako Arman Nurlanov.",
  ])('does not take a dateline for the day of the meeting it introduces: %s', (text) => {
    const { json } = read(text, 'BE', '2025-05-14');
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-05-12']);
  });
});

describe('where a meeting took place', () => {
  it("takes a one-meeting dispatch's dateline for its place when the story names none", () => {
    const { meetings } = toJson(
      readReadout('DEN HAAG (ANP) - Minister Hester Dijkstra heeft maandag 7 april de Kirgizische minister Temirlan Abdykadyrov ontvangen.', {
        ...context,
        ourCountry: 'KG',
        published: '2025-04-08',
      }),
    );
    expect(meetings[0]!.places).toEqual([{ city: 'The Hague', country: 'NL' }]);
  });
});

describe('towns of several words, and words that are no town', () => {
  it.each([
    ['it', 'IT', 'Giovedì 12 marzo, a Porto Alegre, la rettrice ha incontrato il segretario Paulo Mendes.', { city: 'Porto Alegre', country: 'BR' }],
    ['it', 'IT', 'Il 13 marzo, a Caxias do Sul, la rettrice ha incontrato il rettore Gilberto Menegotto.', { city: 'Caxias do Sul', country: 'BR' }],
    ['nl', 'BE', 'Op 18 maart ontmoette de delegatie in Cần Thơ rector Tran Ngoc Hai.', { city: 'Cần Thơ', country: 'VN' }],
  ])('finds a town the town list names in several words (%s: %o)', (_language, ourCountry, text, place) => {
    expect(read(text, ourCountry, '2026-03-24').json.meetings[0]!.places).toEqual([place]);
  });

  it.each([['fr', 'FR', "Le 10 février, en Côte d'Ivoire, la vice-présidente a rencontré le ministre, M. Sidiki Bamba."]])(
    "takes no town from a country's name (%s)",
    (_language, ourCountry, text) => {
      expect(read(text, ourCountry, '2026-03-24').json.meetings[0]!.places).toEqual([]);
    },
  );
});

describe('towns that are not where a meeting was', () => {
  it('takes no town from a German abstract noun ("in Begleitung der Botschafterin")', () => {
    const { json } = read(
      'Zum Auftakt am Montag, 2. März, empfing Grace Mutua, Managing Director der Kenya Investment Authority, die Gruppe in Nairobi. Mutua stellte die Anreize für Investoren vor.\n\nAm Nachmittag folgte, ebenfalls in Begleitung der Botschafterin, ein Gespräch im Ministerium für Energie mit Principal Secretary Samuel Odhiambo. Odhiambo sagte zu, eine Liste zu übermitteln.',
      'AT',
      '2026-03-24',
    );
    expect(json.meetings.map((meeting) => meeting.places)).toEqual([[{ city: 'Nairobi', country: 'KE' }], [{ city: 'Nairobi', country: 'KE' }]]);
  });

  it('takes no place from what someone is quoted as saying', () => {
    const { json } = read(
      'Mercoledì 3 giugno il governatore è stato ricevuto a Palazzo Strozzi Sacrati dall\'assessore Lorenzo Baldacci. "Vogliamo che le nostre imprese trovino ad Alessandria un interlocutore stabile", ha detto Baldacci.',
      'EG',
      '2026-06-06',
    );
    expect(json.meetings[0]!.places).toEqual([]);
  });
});

describe('a place for each meeting', () => {
  it('takes the place of the meeting before it on the same day, and knows second cities ("à Novi Sad")', () => {
    const { meetings } = toJson(
      readReadout(
        `Le 17 décembre, à Belgrade, le ministre a rencontré Mme Jelena Marković, directrice exécutive d'Elektroprivreda Srbije.

Le même jour, M. Daguerre s'est entretenu avec M. Vuk Radović, ministre du Commerce.

Le 18 décembre, l'ambassadeur s'est rendu à Novi Sad, où il a rencontré M. Stefan Pavlović, maire de la ville.`,
        { ...context, ourCountry: 'FR', published: '2025-01-08' },
      ),
    );
    expect(meetings.map((meeting) => meeting.places[0]?.city ?? null)).toEqual(['Belgrade', 'Belgrade', 'Novi Sad']);
  });
});

describe('the day the reader counts from', () => {
  it("completes a year against the mission's today when the text gives no date with one", () => {
    const { meetings } = toJson(
      readReadout('On 5 December, Ambassador Anne Dupont met Deputy Minister of Energy Daniyar Kuanyshev in Astana. The parties discussed rail transport.', {
        ...context,
        published: null,
        today: '2025-01-03',
      }),
    );
    expect(meetings[0]!.startDate).toBe('2024-12-05');
  });
});

describe('a paragraph that leads to its meeting', () => {
  const text = `Op 1 oktober werd de delegatie in Breda ontvangen door gedeputeerde Marieke van den Heuvel. Zij spraken over micro-elektronica.

's Middags reisde het gezelschap door naar Eindhoven. Op de campus van de Technische Universiteit Eindhoven sprak staatssecretaris Wagner met decaan Wouter Verhoeven over technisch talent.`;

  it('opens a meeting with its first report, on the day and in the town the sentences before it give', () => {
    const { json } = read(text, 'DE', '2024-10-03');
    expect(json.meetings.map((meeting) => [meeting.startDate, meeting.places[0]?.city, meeting.counterparts.map((person) => person.name)])).toEqual([
      ['2024-10-01', 'Breda', expect.arrayContaining(['Marieke van den Heuvel'])],
      ['2024-10-01', 'Eindhoven', expect.arrayContaining(['Wouter Verhoeven'])],
    ]);
  });

  it('does so after a word for the same day, even when no day is known', () => {
    const { json } = read(
      `Dinsdag werd minister Asante-Mensah in Brussel ontvangen door Vlaams minister van Economie Pieter Vandenabeele. De ministers hadden het over de traceerbaarheid van cacao.

's Namiddags trok de Ghanese delegatie naar Wieze, waar ze werd rondgeleid in de fabriek van chocolademaker Cacaolux. CEO Koen De Vriendt lichtte er toe hoe het bedrijf de herkomst van elke zak bonen registreert.`,
      'GH',
    );
    expect(json.meetings.map((meeting) => meeting.counterparts.map((person) => person.name))).toEqual([
      expect.arrayContaining(['Pieter Vandenabeele']),
      expect.arrayContaining(['Koen De Vriendt']),
    ]);
  });

  it('does not when what comes before the report says neither when nor where', () => {
    const { json } = read(
      text.replace("'s Middags reisde het gezelschap door naar Eindhoven.", 'Het gezelschap was onder de indruk van de provincie.'),
      'DE',
      '2024-10-03',
    );
    expect(json.meetings).toHaveLength(1);
  });
});

describe('both sides of the meeting told', () => {
  it('goes on with the meeting: "The sides discussed…" in a paragraph of its own opens none', () => {
    const { json } = read(
      `On 21 October 2025 in Tbilisi, Deputy Minister Nikoloz Kvirikashvili received the delegation headed by Ms. Rūta Žemaitytė, Vice-Minister at the Ministry of Transport of the Republic of Lithuania.

The sides discussed prospects for cooperation in transport and logistics, with particular attention paid to the development of the Middle Corridor, the Black Sea – Baltic Sea container routes and the role of the ports of Poti, Batumi and Klaipėda in connecting Europe and Asia.`,
      'LT',
      '2025-10-22',
    );
    expect(json.meetings).toHaveLength(1);
  });
});

describe('the ministry whose page it is', () => {
  it("is at each meeting it tells when it is the other side's: a Georgian press release pasted by an Italian mission", () => {
    const { json } = read(
      `Ministry of Foreign Affairs of Georgia
Home / Press Service / News

Deputy Foreign Minister pays working visit to Italy

On 24 February 2025, Deputy Minister of Foreign Affairs of Georgia Nino Kvaratskhelia held political consultations in Rome with Paolo Lamberti, Director General at the Farnesina. The sides reviewed bilateral relations.

On 25 February, Nino Kvaratskhelia met Marco Ferrante, Chairman of the Italy-Georgia Parliamentary Friendship Group. The interlocutors discussed inter-parliamentary dialogue.`,
      'IT',
      '2025-02-26',
    );
    expect(json.meetings.map((meeting) => meeting.organisations)).toEqual([
      ['Ministry of Foreign Affairs of Georgia'],
      ['Ministry of Foreign Affairs of Georgia'],
    ]);
  });

  it('is not when it is ours: the same page pasted by the Georgian embassy', () => {
    const { json } = read(
      `Ministry of Foreign Affairs of Georgia
Home / Press Service / News

On 24 February 2025, Deputy Minister of Foreign Affairs of Georgia Nino Kvaratskhelia held political consultations in Rome with Paolo Lamberti, Director General at the Farnesina. The sides reviewed bilateral relations.`,
      'GE',
      '2025-02-26',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Ministry of Foreign Affairs of Georgia');
  });
});

describe('what follows a meeting', () => {
  it('is told of that meeting: "Al termine del colloquio … hanno firmato" opens none (corpus readout it-78)', () => {
    const readout = loadCorpus('dev').find((one) => one.id.startsWith('it-78-'))!;
    const json = toJson(readReadout(readout.text, contextOf(readout.label)));
    expect(json.meetings.map((meeting) => meeting.startDate).slice(0, 2)).toEqual(['2025-05-19', '2025-05-20']);
  });
});
