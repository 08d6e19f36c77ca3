import { describe, expect, it } from 'vitest';
import { read } from './test-helpers';
import { german } from './de';

describe('reading a German readout', () => {
  const text = `Botschaft der Republik Kosovo in Berlin

Am 12. März 2024 traf Botschafter Lulzim Berisha in Berlin die Parlamentarische Staatssekretärin Anja Wendt im Bundesministerium für Arbeit und Soziales. Im Mittelpunkt standen Visa und die Anerkennung von Berufsabschlüssen.

Beide Seiten vereinbarten, bis Ende Juni einen Workshop für Diaspora-Unternehmer zu organisieren.`;

  it('reads day-first dates with ordinals, the ministry and the functions before names', () => {
    const { json } = read(text, 'XK', '2024-03-14');
    expect(json.language).toBe('de');
    const [meeting] = json.meetings;
    expect(meeting!.startDate).toBe('2024-03-12');
    expect(meeting!.places).toEqual([{ city: 'Berlin', country: 'DE' }]);
    expect(meeting!.organisations).toContain('Bundesministerium für Arbeit und Soziales');
    expect(meeting!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Lulzim Berisha', title: 'Botschafter' }),
        expect.objectContaining({ name: 'Anja Wendt', title: 'Parlamentarische Staatssekretärin', side: 'partner' }),
      ]),
    );
  });

  it('reads a joint undertaking with its deadline', () => {
    const { json } = read(text, 'XK', '2024-03-14');
    expect(json.meetings[0]!.followUps).toEqual([
      { text: 'einen Workshop für Diaspora-Unternehmer zu organisieren', committedBy: 'joint', dueDate: '2024-06-30' },
    ]);
    expect(json.meetings[0]!.areas).toContain('Consular and diaspora affairs');
  });
});

describe('German days and meetings', () => {
  it('reads "Anschließend" with its ß as the same day, and "zu Gast" and "Vizepräses" as a meeting and a function', () => {
    const { json } = read(
      `Am 24. Juni war der usbekische Minister Otabek Rakhmonov in Hamburg zu Gast bei Staatsrat Jens Petersen.

Am 25. Juni stand die Start-up-Szene auf dem Programm. Im Harbour Lab sprach Minister Rakhmonov mit Geschäftsführer Malte Sievers.

Anschließend traf Minister Rakhmonov in der Handelskammer Hamburg Vizepräses Claudia Ehlers.`,
      'UZ',
      '2024-06-26',
    );
    expect(
      json.meetings.map((meeting) => [meeting.startDate, meeting.counterparts.filter((person) => person.side === 'partner').map((person) => person.name)]),
    ).toEqual([
      ['2024-06-24', ['Jens Petersen']],
      ['2024-06-25', ['Malte Sievers']],
      ['2024-06-25', ['Claudia Ehlers']],
    ]);
  });
});

describe('German areas', () => {
  it('finds an area inside a compound, spelt with ß ("Warenaustausch", "Außenhandel")', () => {
    const { json } = read(
      'Am 25. Juni traf der usbekische Minister Otabek Rakhmonov in Hamburg Vizepräses Claudia Ehlers. Erörtert wurden der Warenaustausch und der Außenhandel.',
      'UZ',
      '2024-06-26',
    );
    expect(json.meetings[0]!.areas).toEqual(['Trade']);
  });
});

describe('German functions', () => {
  it('reaches a function before its portfolio ("Bundesministerin für Wirtschaft und Energie Katherina Reiche"), not past a place', () => {
    const { json } = read(
      'Am 5. März empfing Bundesministerin für Wirtschaft und Energie Katherina Reiche den usbekischen Außenminister Bakhtiyor Saidov in Berlin. Am 6. März traf Staatssekretärin Sowa in Potsdam Frank Neumann, Minister für Infrastruktur.',
      'UZ',
      '2025-03-07',
    );
    const people = json.meetings.flatMap((meeting) => meeting.counterparts);
    expect(people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Katherina Reiche', title: 'Bundesministerin für Wirtschaft und Energie' }),
        expect.objectContaining({ name: 'Frank Neumann', title: 'Minister für Infrastruktur' }),
      ]),
    );
  });
});

describe('German ministries and committees', () => {
  it('takes "Bundesministerium" for a body, not a function, and finds the Ost-Ausschuss', () => {
    const { json } = read(
      'Am 14. Mai empfing der Parlamentarische Staatssekretär im Bundesministerium für Wirtschaft und Energie, Thomas Bareiß, in Berlin den kasachischen Vizepremier Serik Zhumangarin. Am Nachmittag traf Zhumangarin im Ost-Ausschuss der Deutschen Wirtschaft dessen Geschäftsführer Michael Harms.',
      'KZ',
      '2025-05-15',
    );
    const people = json.meetings.flatMap((meeting) => meeting.counterparts);
    expect(people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Thomas Bareiß',
          title: 'Parlamentarische Staatssekretär',
          organisation: 'Bundesministerium für Wirtschaft und Energie',
        }),
      ]),
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toContain('Ost-Ausschuss der Deutschen Wirtschaft');
  });
});

describe('German undertakings', () => {
  it('reads "versprach," and "kündigte an," as undertakings', () => {
    const { json } = read(
      'Am 5. März traf Botschafter Lulzim Berisha in Berlin Staatssekretärin Anja Wendt. Frau Wendt versprach, die Liste der Ansprechpartner zu übermitteln. Der Botschafter kündigte an, im Herbst eine Delegation nach Berlin zu entsenden.',
      'XK',
      '2025-03-06',
    );
    expect(json.meetings[0]!.followUps.map((followUp) => followUp.text)).toEqual([
      'die Liste der Ansprechpartner zu übermitteln',
      'im Herbst eine Delegation nach Berlin zu entsenden',
    ]);
  });
});

describe('German places and separable verbs', () => {
  it('reads "zusammentraf" as a meeting and "in der Hauptstadt Astana" as its place', () => {
    const { json } = read(
      'Am 3. März reiste Staatssekretär Thomas Steffen nach Taschkent, wo er mit dem usbekischen Vizeaußenminister Bakhrom Aloyev zusammentraf. Am 5. März traf er in der Hauptstadt Astana den kasachischen Energieminister Almasadam Satkaliyev.',
      'DE',
      '2025-03-06',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-03-03', '2025-03-05']);
    expect(json.meetings[1]!.places).toEqual([{ city: 'Astana', country: 'KZ' }]);
  });
});

describe('German names', () => {
  it('does not run a name into "zu Gesprächen"', () => {
    const { json } = read(
      'Am 5. November traf Botschafterin Isabelle Klein zu Gesprächen in Saarbrücken Ministerpräsidentin Claudia Brandt.',
      'LU',
      '2024-11-07',
    );
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).toEqual(expect.arrayContaining(['Isabelle Klein', 'Claudia Brandt']));
  });
});

describe('German compound functions', () => {
  it('reads "Rechtsberater" and "Mitgründerin" as functions', () => {
    const { json } = read(
      'Am 25. Juni sprach Minister Otabek Rakhmonov in Hamburg mit Rechtsberater Emre Koç sowie mit Jana Wulf, Mitgründerin des Start-ups Boxtrack.',
      'UZ',
      '2024-06-26',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Emre Koç', title: 'Rechtsberater' }),
        expect.objectContaining({ name: 'Jana Wulf', title: expect.stringMatching(/^Mitgründerin/) }),
      ]),
    );
  });
});

describe('meetings told across a long sentence', () => {
  it.each([
    'Zum Abschluss kam Botschafterin Annelies van der Wal am 28. Januar in Bern mit Dr. Beat Zürcher, Direktor des Bundesamts für Energie (BFE), zusammen.',
    'Zum Abschluss sprach Botschafterin Annelies van der Wal am 28. Januar in Bern ausführlich mit Dr. Beat Zürcher, Direktor des Bundesamts für Energie.',
  ])('reads a meeting whose verb and "zusammen" or "mit" lie far apart, past dotted dates and titles: %s', (sentence) => {
    const { json } = read(`Bern, 30. Januar 2025\n\n${sentence}`, 'NL', '2025-01-30');
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Beat Zürcher' })]));
  });
});

describe('visits told as stations', () => {
  it('reads "Erste Station war…" as a meeting, and "die Stadtwerke Augsburg" as a body', () => {
    const { json } = read(
      'Augsburg, 18.10.2024\n\nErste Station war am 16. Oktober der Maschinenbauer Stemmler in Gersthofen. Geschäftsführer Florian Stemmler führte die Gruppe durch die Halle.\n\nAm 17. Oktober traf die Gruppe in Augsburg mit der Geschäftsführung der Stadtwerke Augsburg zusammen.',
      'UZ',
      '2024-10-18',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2024-10-16', '2024-10-17']);
    expect(json.meetings[1]!.organisations).toEqual(['Stadtwerke Augsburg']);
  });
});

describe('visits told as a programme', () => {
  it('reads "informierte sich" and "stand … auf dem Programm" as meetings, one a day', () => {
    const { json } = read(
      `Stuttgart, 11. April 2025

Am 7. April informierte sich die Delegation im Ausbildungszentrum der Robert Bosch GmbH in Stuttgart über die duale Ausbildung. Michael Baumeister, Leiter der Ausbildung, führte durch die Werkstätten.

Am 8. April stand das Karlsruher Institut für Technologie (KIT) auf dem Programm. Der Vizepräsident, Prof. Dr. Thomas Lindner, erläuterte die Forschung des KIT.`,
      'RS',
      '2025-04-11',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-04-07', '2025-04-08']);
  });
});

describe('who undertook it', () => {
  it('gives "Das Landesamt" the side of the body named so before', () => {
    const { json } = read(
      'Potsdam, 9. Oktober 2024\n\nAm 8. Oktober besuchte die polnische Staatssekretärin Anna Nowak das Landesamt für Umwelt Brandenburg in Potsdam. Präsidentin Dr. Birgit Schröder stellte das Netz der Messstationen an der Oder vor. Das Landesamt sagte zu, die Daten seiner Messstationen künftig in Echtzeit zu teilen.',
      'DE',
      '2024-10-09',
    );
    expect(json.meetings[0]!.followUps).toEqual([expect.objectContaining({ committedBy: 'ours' })]);
  });

  it('names a body in the nominative, wherever it is found: "des Bundesverbands der Deutschen Industrie"', () => {
    const { json } = read(
      'Berlin, 14. Mai 2025\n\nAm 12. Mai sprach der kasachische Minister mit dem Präsidenten des Bundesverbands der Deutschen Industrie, Peter Leibinger.',
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Bundesverband der Deutschen Industrie']);
  });

  it('reads "Bundesamt" and "Landesamt" as bodies, named in the nominative', () => {
    const { json } = read(
      'Bern, 30. Januar 2025\n\nAm 28. Januar traf Botschafterin Annelies van der Wal in Bern Dr. Beat Zürcher, Direktor des Bundesamts für Energie.',
      'NL',
      '2025-01-30',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Bundesamt für Energie']);
  });

  it('finds a surname after an "ß" where it is, and reads "kündigte ihrerseits an" and "wurde vereinbart"', () => {
    const { json } = read(
      'Wien, 5. Juni 2025\n\nAm Dienstag wurde Marokkos Außenminister Karim Benjelloun von Außenministerin Claudia Wallner-Strasser in Wien empfangen. Benjelloun sagte zu, die Ausstellung von Reisedokumenten zu beschleunigen. Die Außenministerin kündigte ihrerseits an, die Visastelle personell zu verstärken. Zudem wurde vereinbart, die dritte Runde der Konsultationen im Herbst in Rabat abzuhalten.',
      'MA',
      '2025-06-05',
    );
    expect(json.meetings[0]!.followUps).toEqual([
      expect.objectContaining({ text: 'die Ausstellung von Reisedokumenten zu beschleunigen', committedBy: 'ours' }),
      expect.objectContaining({ text: 'die Visastelle personell zu verstärken', committedBy: 'partner' }),
      expect.objectContaining({ text: 'die dritte Runde der Konsultationen im Herbst in Rabat abzuhalten', committedBy: 'joint' }),
    ]);
  });

  it('does not place who is quoted at the meeting told around the quotation', () => {
    const { json } = read(
      'Köln, 18. April 2024\n\nAm 16. April empfing Dr. Petra Schulte, Hauptgeschäftsführerin der IHK Köln, die Gäste aus Taschkent.\n\nAm 17. April besuchte die Delegation den Hafen und traf Vorstandsmitglied Jan Lorenz. „Usbekistan ist ein wachsender Markt“, sagte Schulte.',
      'UZ',
      '2024-04-18',
    );
    expect(json.meetings[1]!.counterparts.map((person) => person.name)).toEqual(['Jan Lorenz']);
  });

  it('reads an English head word in a German text: "die Nazarbayev University"', () => {
    const { json } = read(
      'Astana, 15. Mai 2025\n\nAm 13. Mai besuchte die Delegation die Nazarbayev University in Astana. Vizepräsidentin Aliya Temirbekova stellte die Forschung vor.',
      'DE',
      '2025-05-15',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Nazarbayev University']);
  });
});

describe('both sides', () => {
  it('reads "Beide Hochschulen werden…" as undertaken jointly', () => {
    const { json } = read(
      'Augsburg, 18. Oktober 2024\n\nAm 16. Oktober besuchte die Delegation die Technische Hochschule Augsburg, wo sie Vizepräsidentin Carola Weinzierl traf. Beide Hochschulen werden einen Studierendenaustausch in der Mechatronik starten.',
      'UZ',
      '2024-10-18',
    );
    expect(json.meetings[0]!.followUps).toEqual([expect.objectContaining({ committedBy: 'joint' })]);
  });
});

describe('more ways to tell a meeting', () => {
  it.each([
    'erörterte der Minister mit dem kasachischen Vizeminister Arman Nurlanov die Energiezusammenarbeit',
    'diskutierte der Minister mit dem kasachischen Vizeminister Arman Nurlanov über Energie',
    'leitete der Minister gemeinsam mit dem kasachischen Vizeminister Arman Nurlanov die Regierungskommission',
    'nahm der Minister an einem Arbeitsfrühstück mit dem kasachischen Vizeminister Arman Nurlanov teil',
  ])('Am 12. Mai %s', (clause) => {
    const { json } = read(
      `Berlin, 14. Mai 2025. Am 12. Mai ${clause}. Im Mittelpunkt standen die Zusammenarbeit in den Bereichen Energie, Verkehr und Handel.`,
      'DE',
      '2025-05-14',
    );
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).toContain('Arman Nurlanov');
  });

  it('takes a federal body, met abroad by a German mission, for ours', () => {
    const { json } = read(
      'Astana, 15. Mai 2025\n\nAm 12. Mai traf Staatssekretärin Henrike von der Heyden vom Bundesministerium für Bildung und Forschung in Astana Minister Nurlan Zhaksylykov.',
      'DE',
      '2025-05-15',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Bundesministerium für Bildung und Forschung');
  });
});

describe('German functions', () => {
  it.each([
    ['den Parlamentarischen Staatssekretär Michael Kellner', { name: 'Michael Kellner', title: 'Staatssekretär' }],
    ['die Bundestagsabgeordnete Anna Lührmann', { name: 'Anna Lührmann', title: 'Bundestagsabgeordnete' }],
    ['Dr. Volker Treier, Außenwirtschaftschef der DIHK', { name: 'Volker Treier', title: 'Außenwirtschaftschef' }],
    ['den Präsidenten der IHK für München und Oberbayern, Klaus Josef Lutz', { name: 'Klaus Josef Lutz', title: 'Präsident' }],
  ])('traf der kasachische Vizeminister Arman Nurlanov %s', (object, person) => {
    const { json } = read(
      `Berlin, 14. Mai 2025. Am 12. Mai traf der kasachische Vizeminister Arman Nurlanov ${object}. Im Mittelpunkt standen Energie, Verkehr und Handel.`,
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Arman Nurlanov' }), expect.objectContaining(person)]),
    );
  });
});

describe('German bodies in their cases', () => {
  it.each([
    ['bei der Deutschen Bank deren Vorstand Jan Müller', ['Deutsche Bank']],
    ['Vertreter der Fraunhofer-Gesellschaft und der Max-Planck-Gesellschaft', ['Fraunhofer-Gesellschaft', 'Max-Planck-Gesellschaft']],
    ['im Bayerischen Staatsministerium für Wirtschaft Staatssekretär Tobias Gotthardt', ['Bayerisches Staatsministerium für Wirtschaft']],
  ])('traf die kasachische Delegation %s', (object, bodies) => {
    const { json } = read(
      `Berlin, 14. Mai 2025. Am 12. Mai traf die kasachische Delegation ${object}. Im Mittelpunkt standen Energie, Verkehr und Handel.`,
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(bodies);
  });
});

describe('an agency dispatch', () => {
  it('does not take the news agency that sends it for a body met', () => {
    const { json } = read(
      'APA – Austria Presse Agentur\n4. Juni 2025, 13:05\n\nWien (APA) - Am Dienstag traf der marokkanische Außenminister den Präsidenten der Wirtschaftskammer Österreich (WKÖ), Harald Mauthner.',
      'MA',
      '2025-06-04',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toEqual(['Wirtschaftskammer Österreich']);
  });
});

describe('German bodies with adjectives in their names', () => {
  it('keeps "für nachhaltige Energie" in the name, so the acronym after it is the same body', () => {
    const { json } = read(
      'Rabat, 5. Juni 2025. Am 4. Juni traf die Delegation Vertreter der Marokkanischen Agentur für nachhaltige Energie (MASEN) in Rabat.',
      'CH',
      '2025-06-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Agentur für nachhaltige Energie']);
  });

  it('names a hyphenated body in the nominative', () => {
    const { json } = read(
      'Almaty, 5. Juni 2025. Am 4. Juni besuchte die Staatssekretärin die Deutsch-Kasachische Universität. Sie traf dort die Rektorin der Deutsch-Kasachischen Universität, Dr. Aigul Sadykova.',
      'DE',
      '2025-06-05',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toEqual(['Deutsch-Kasachische Universität']);
  });

  it('does not take a joint commission for a body of either side', () => {
    const { json } = read(
      'Bern, 5. Juni 2025. Am 4. Juni tagte in Bern die Gemischte Kommission für wirtschaftliche Zusammenarbeit unter dem Vorsitz von Staatssekretärin Helene Budliger Artieda und dem usbekischen Vizeminister Laziz Kudratov.',
      'CH',
      '2025-06-05',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toEqual([]);
  });
});

describe('German common nouns around a name', () => {
  it('takes the name after a noun in the genitive ("des Logistik-Start-ups Boxtrack")', () => {
    const { json } = read(
      'Hamburg, 26. Juni 2024. Am 25. Juni sprach Minister Rakhmonov im Harbour Lab mit Jana Wulf, Mitgründerin des Logistik-Start-ups Boxtrack.',
      'UZ',
      '2024-06-26',
    );
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Jana Wulf', organisation: 'Boxtrack' })]);
    expect(json.meetings[0]!.organisations).toEqual(['Harbour Lab', 'Boxtrack']);
  });

  it('does not take "Beide Häfen" for a body, nor what describes a body for another one', () => {
    const { json } = read(
      'Basel, 8. Oktober 2025. Am 7. Oktober besuchte die Staatssekretärin gemeinsam mit Jan Pawlak, Vizepräsident von Wody Polskie, der staatlichen Wasserbehörde Polens, den Hafen Basel. Beide Häfen vereinbarten, eine gemeinsame Studie in Auftrag zu geben.',
      'CH',
      '2025-10-08',
    );
    const bodies = json.meetings.flatMap((meeting) => meeting.organisations);
    expect(bodies).toContain('Wody Polskie');
    expect(bodies).not.toContain('Beide Häfen');
    expect(bodies).not.toContain('Wasserbehörde Polens');
  });
});

describe('German companies', () => {
  it('takes the name after "der Maschinenbauer" for a company, but not what a maker makes', () => {
    const { json } = read(
      'Augsburg, 5. Juni 2025. Am 4. Juni besuchte die Delegation den Maschinenbauer Stemmler in Gersthofen und traf den Geschäftsführer eines Herstellers von Landmaschinen.',
      'UZ',
      '2025-06-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Stemmler']);
  });

  it('ends a company at its legal form, in a list', () => {
    const { json } = read(
      'Duisburg, 5. Juni 2025. Am 4. Juni traf die Botschafterin den Präsidenten der Kammer, Werner Schmitz. An dem Gespräch nahmen auch Vertreter der thyssenkrupp Steel Europe AG, der Stadtwerke Duisburg AG, der Niederrhein Energie SE und des Logistikdienstleisters Rhenus teil.',
      'NL',
      '2025-06-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(expect.arrayContaining(['Stadtwerke Duisburg AG', 'Niederrhein Energie SE']));
  });
});

describe('an earlier visit told in the background', () => {
  it('does not take where an earlier round was held for where this one is', () => {
    const { json } = read(
      'Wien, 10. Jänner 2025\n\nAm 16. Dezember traf Sektionschef Wolfgang Steiner den türkischen Vizejustizminister Mehmet Aydın. Die ersten Konsultationen hatten im Mai 2022 in Ankara stattgefunden.',
      'TR',
      '2025-01-10',
    );
    expect(json.meetings[0]!.places).not.toContainEqual({ city: 'Ankara', country: 'TR' });
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Wolfgang Steiner', side: 'partner' })]));
  });
});

describe('words of a body that name none met', () => {
  it.each([
    ['Im Zentrum des Gesprächs standen die Energiepartnerschaft und die Ausbildung von Fachkräften.', 'CH'],
    ['An dem Gespräch nahm auch die Leiterin der Kommunikation SECO, Anna Frei, teil.', 'UZ'],
  ])('%s', (sentence, ourCountry) => {
    const { json } = read(
      `Bern, 5. Juni 2025. Am 4. Juni traf die Staatssekretärin den usbekischen Vizeminister Laziz Kudratov. ${sentence}`,
      ourCountry,
      '2025-06-05',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toEqual([]);
  });
});

describe('the body someone is from, after the name', () => {
  const { json } = read(
    'Am Freitag besuchten die Staatssekretärin und der Direktor die Baustelle in Offenburg. Dort informierten Dr. Jens Hollbach, Vorstand Infrastrukturplanung und -projekte der DB InfraGO AG, und Regierungspräsidentin Barbara Wöhrle vom Regierungspräsidium Freiburg über den Stand der Arbeiten.',
    'CH',
    '2025-09-19',
  );
  const people = json.meetings[0]!.counterparts;

  it('reads "vom Regierungspräsidium Freiburg" after a name as the body of that person, who takes part with it', () => {
    expect(people).toContainEqual(expect.objectContaining({ name: 'Barbara Wöhrle', organisation: 'Regierungspräsidium Freiburg' }));
    expect(json.meetings[0]!.organisations).toContain('Regierungspräsidium Freiburg');
  });

  it('reads a function past a word that carries a shared first half ("und -projekte")', () => {
    expect(people).toContainEqual(
      expect.objectContaining({ name: 'Jens Hollbach', title: 'Vorstand Infrastrukturplanung und -projekte', organisation: 'DB InfraGO AG' }),
    );
  });
});

describe('a visit told as where it went next', () => {
  it('reads "Am Nachmittag ging es weiter … zur X" as a meeting with X', () => {
    const { json } = read(
      'Am Montag, 7. April, traf die Delegation in Stuttgart Ministerin Nicole Hoffmeister-Kraut. Am Nachmittag ging es weiter nach Heilbronn zur Neckar Präzisionstechnik GmbH, wo Geschäftsführerin Sabine Ehrlich-Berger die Fertigung vorstellte.',
      'RS',
      '2025-04-09',
    );
    expect(json.meetings).toHaveLength(2);
    expect(json.meetings[1]!.organisations).toEqual(['Neckar Präzisionstechnik GmbH']);
    expect(json.meetings[1]!.places).toEqual([{ city: 'Heilbronn', country: 'DE' }]);
  });

  it('does not take a trip still planned ("eine Reise nach Belgrad organisieren") for where a meeting was', () => {
    const { json } = read(
      'Am Dienstag traf die Ministerin Vertreter der deutschen Wirtschaft beim Ost-Ausschuss mit Geschäftsführerin Katrin Vogt. Der Ost-Ausschuss will im Herbst eine Unternehmerreise nach Belgrad organisieren.',
      'RS',
      '2025-03-20',
    );
    expect(json.meetings[0]!.places).toEqual([]);
  });
});

describe('German names of bodies that run on', () => {
  it('starts another body at "und die", and keeps a saint\'s name whole ("Universität St. Kliment Ohridski Bitola")', () => {
    const { json } = read(
      'Am Mittwoch besuchte der Botschafter die Universität St. Kliment Ohridski Bitola, wo ihn Rektorin Elena Petrovska empfing. Die Universität und die Technische Hochschule Ohrid vereinbarten einen Austausch.',
      'DE',
      '2026-01-08',
    );
    expect(json.meetings[0]!.organisations).toContain('Universität St. Kliment Ohridski Bitola');
    expect(json.meetings[0]!.organisations).not.toContainEqual(expect.stringContaining('und die'));
  });
});

describe('the ministry a federal minister implies', () => {
  it('gives a "Bundesministerin für …" the Bundesministerium, not a Land\'s Ministerium', () => {
    const { json } = read('Am 18. März traf die Delegation Bundesministerin für Wirtschaft Katherina Reiche in Berlin.', 'UZ', '2025-03-20');
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Katherina Reiche', organisation: 'Bundesministerium für Wirtschaft' })]);
  });
});

describe('the line that says when a page was posted', () => {
  it('takes "21. Mai 2026, 06:00 Uhr | Lesedauer: 3 Minuten" for when the article was posted, not a meeting\'s day', () => {
    const { json } = read(
      `Indische Delegation sucht Partner am See

Eine Delegation aus dem indischen Bundesstaat Tamil Nadu hat zwei Tage lang Firmen, Behörden und Hochschulen in Oberschwaben besucht.

21. Mai 2026, 06:00 Uhr | Lesedauer: 3 Minuten

Erste Station war am Dienstagvormittag ZF in Friedrichshafen. Dort empfing Einkaufsleiter Bernd Käfer die Gäste.`,
      'IN',
      '2026-05-21',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2026-05-19']);
  });
});

describe('German nouns after "in" that are no town', () => {
  it.each([
    'Die Schweiz und Serbien arbeiten seit Jahren eng zusammen in Migrationsfragen.',
    'Die Schweiz unterstützt Serbien seit Jahren in Begleitung der Reformen.',
  ])('takes no town from "%s"', (background) => {
    const { json } = read(
      `Am Mittwoch, 5. Juni, traf Staatssekretär Marc Perrenoud im Justizministerium Staatssekretärin Jovana Ristić zu einem langen Gespräch. ${background}`,
      'CH',
      '2024-06-07',
    );
    expect(json.meetings[0]!.places).toEqual([]);
  });
});

describe('places a meeting did not take place in', () => {
  it('takes no place from a visit the sentence ends by saying is planned', () => {
    const { json } = read(
      `Parlamentarischer Staatssekretär Thomas Reinhardt hat am Dienstag, 1. April, Generalsekretärin Nadia Alaoui in Berlin empfangen.

Am Mittwoch, 2. April, besuchte Generalsekretärin Alaoui die Charité. Prof. Dr. Markus Feldmann, Vorstand Krankenversorgung, stellte das telemedizinische Netzwerk vor. Ein Gegenbesuch in Rabat ist für den Herbst geplant.`,
      'MA',
      '2025-04-03',
    );
    expect(json.meetings.map((meeting) => meeting.places)).toEqual([[{ city: 'Berlin', country: 'DE' }], [{ city: 'Berlin', country: 'DE' }]]);
  });
});

describe('German bodies named by a compound of their trade', () => {
  it('finds "die Kelterei Brönner" and "das Berufsbildungszentrum Kinzigtal"', () => {
    const { json } = read(
      `Am Mittwoch ging es weiter nach Schlüchtern zur Kelterei Brönner, wo Seniorchef Walter Brönner die Abfüllanlage zeigte. Anschließend besuchte die Gruppe das Berufsbildungszentrum Kinzigtal und sprach mit Leiterin Anke Roth.`,
      'AL',
      '2026-04-10',
    );
    const bodies = json.meetings.flatMap((meeting) => meeting.organisations);
    expect(bodies).toEqual(expect.arrayContaining(['Kelterei Brönner', 'Berufsbildungszentrum Kinzigtal']));
  });
});

describe('German meetings told by what the host did', () => {
  it.each([
    'Im Hafen Batumi erläuterte Zurab Beridze, Generaldirektor der Adjara Terminals JSC, die Pläne für ein neues Terminal.',
    'Bei der Hegerland Kabelsysteme DOOEL führte Werkleiter Aleksandar Stojanoski durch die Produktion.',
    'Mit dem Geschäftsführer der Flughafen Leipzig/Halle GmbH, Andreas Kiesewetter, sprach er über die Luftfracht.',
  ])('reads a second appointment the same day: "%s"', (second) => {
    const { json } = read(
      `Am Dienstag, 13. Mai, traf der Staatsminister in Tiflis den georgischen Wirtschaftsminister Levan Davitashvili zu einem ausführlichen Gespräch.\n\n${second}`,
      'DE',
      '2025-05-16',
    );
    expect(json.meetings).toHaveLength(2);
  });
});

describe("a visiting delegation's country inside a compound", () => {
  it('reads "eine oberösterreichische Wirtschaftsdelegation" as Austrian, with its leader and his companion, for a Kazakh mission', () => {
    const { json } = read(
      `Linz, 11. April 2025

Von 7. bis 9. April führte Landeshauptmann Markus Hinterleitner eine oberösterreichische Wirtschaftsdelegation nach Kasachstan. Begleitet wurde er von Wirtschafts-Landesrat Stefan Auer.

Am Montag, 7. April, trafen Landeshauptmann Hinterleitner, Landesrat Auer und die Delegation in Astana den kasachischen Minister für Industrie und Bau, Nurlan Abdrakhmanov.`,
      'KZ',
      '2025-04-11',
    );
    const sides = Object.fromEntries(json.meetings[0]!.counterparts.map((person) => [person.name, person.side]));
    // Who travels with the Austrian leader is Austrian too, not of the mission that logs the meeting.
    expect(sides).toEqual({ 'Markus Hinterleitner': 'partner', 'Stefan Auer': 'partner', 'Nurlan Abdrakhmanov': 'ours' });
  });
});

describe('Swiss functions', () => {
  it('reads "Regierungsrat" before a name as the seat of a member of a canton\'s government', () => {
    const { json } = read('Regierungsrat Beat Tschirky hat am 23. Oktober in Prag den Minister Jan Novák getroffen.', 'CZ', '2025-10-27');
    expect(json.meetings[0]!.counterparts).toContainEqual(expect.objectContaining({ name: 'Beat Tschirky', title: 'Regierungsrat' }));
  });
});

describe('a compound shared by two words', () => {
  it('keeps "Industrie- und Handelskammer" whole', () => {
    const { json } = read(
      'Tiflis, 5. Juni 2025. Am 4. Juni besuchte der Staatssekretär die Georgische Industrie- und Handelskammer in Tiflis.',
      'DE',
      '2025-06-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Georgische Industrie- und Handelskammer']);
  });
});

describe('German lists of bodies', () => {
  it('starts a new body at the article after a comma, and knows a registered association', () => {
    const { json } = read(
      'Novi Sad, 5. Juni 2025. Am 4. Juni trafen die Staatssekretärin und der Botschafter Vertreter der Wirtschaftskammer der Vojvodina, der Silicon Saxony e.V. und der Universität Novi Sad.',
      'CH',
      '2025-06-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(expect.arrayContaining(['Wirtschaftskammer der Vojvodina', 'Silicon Saxony e.V.']));
  });
});

describe('who is at every meeting', () => {
  it('brings whoever accompanied the visitor "bei allen Terminen" to each meeting', () => {
    const { json } = read(
      'Wien, 5. Juni 2025. Am 3. Juni traf der marokkanische Außenminister Karim Benjelloun die Außenministerin Claudia Wallner-Strasser. Bei allen Terminen wurde Benjelloun von der Botschafterin Leila Amrani begleitet.\n\nAm 4. Juni besuchte Benjelloun die Zentrale der Verbund AG, wo ihn Vorstandsmitglied Petra Hollinek empfing.',
      'MA',
      '2025-06-05',
    );
    expect(json.meetings).toHaveLength(2);
    for (const meeting of json.meetings) expect(meeting.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Leila Amrani' })]));
  });

  it('brings whoever went "während der gesamten Reise" to each meeting, with their body', () => {
    const { json } = read(
      'Wirtschaftsminister Holger Wendisch ist am Dienstag und Mittwoch zu Gesprächen nach Tschechien gereist. Begleitet wurde er während der gesamten Reise von der Präsidentin der IHK Dresden, Ulrike Brandner.\n\nErste Station war am 20. Mai Ústí nad Labem. Der Hejtman des Ústecký kraj, Petr Hruška, empfing den Minister im Kreisamt.\n\nAm Mittwoch führte der Minister in Prag Gespräche im Ministerstvo dopravy. Der stellvertretende Verkehrsminister Tomáš Kubát informierte über die Neubaustrecke.',
      'CZ',
      '2025-05-22',
    );
    expect(json.meetings).toHaveLength(2);
    for (const meeting of json.meetings) {
      expect(meeting.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Ulrike Brandner' })]));
      expect(meeting.organisations).toContain('IHK Dresden');
    }
  });
});

describe('German places', () => {
  it('knows Brno as Brünn', () => {
    const { json } = read(
      'Wien, 5. Juni 2025. Am 4. Juni traf die Landeshauptfrau in Brünn den Hauptmann der Region Südmähren, Pavel Horáček.',
      'AT',
      '2025-06-05',
    );
    expect(json.meetings[0]!.places).toEqual([{ city: 'Brno', country: 'CZ' }]);
  });

  it('does not take a noun after "in" for a town', () => {
    const { json } = read(
      'Bern, 8. Oktober 2025. Am 7. Oktober empfing die Botschafterin der Direktor der Schweizerischen Rheinhäfen, Herr Markus Brunner-Vogt, im Hafen Kleinhüningen. Beide Häfen vereinbarten, bis Ende März eine gemeinsame Studie am Oberrhein in Auftrag zu geben.',
      'NL',
      '2025-10-08',
    );
    expect(json.meetings[0]!.places).not.toContainEqual(expect.objectContaining({ city: 'Auftrag' }));
  });
});

describe('a body named only after the function that runs it', () => {
  it('takes the name after "Geschäftsführer von" for the body, dots and all, but not a department after "Direktor für"', () => {
    const { json } = read(
      'Am 12. März 2025 wurde die marokkanische Delegation in Düsseldorf empfangen. An dem Gespräch nahm auch Herr Stefan Lüdemann, Geschäftsführer von NRW.Global Business, teil.',
      'MA',
      '2025-03-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['NRW.Global Business']);
    expect(json.meetings[0]!.counterparts.find((person) => person.name === 'Stefan Lüdemann')?.organisation).toBe('NRW.Global Business');
  });
});

describe('a town described by where it is', () => {
  it('does not take "Stadt des Landes" for a body', () => {
    const { json } = read(
      'Am 3. Mai 2025 empfing Bürgermeister Dimitar Nastoski den Botschafter in Kruševo, der höchstgelegenen Stadt des Landes.',
      'DE',
      '2025-05-04',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
  });
});

describe('who receives a delegation', () => {
  it('is not of the delegation named just after them', () => {
    const { json } = read(
      'Am Donnerstag, 2. Oktober 2025, empfing der Hauptmann der Region Südmähren, Pavel Horáček, die niederösterreichische Delegation im Kreisamt in Brünn.',
      'AT',
      '2025-10-03',
    );
    expect(json.meetings[0]!.counterparts.find((person) => person.name === 'Pavel Horáček')?.side).toBe('partner');
    expect(json.meetings[0]!.organisations).toEqual(['Region Südmähren']);
  });
});

describe('a minister named with the ministry', () => {
  it('reads the ministry after "Minister im" as a body, not as the minister\'s portfolio', () => {
    const { json } = read(
      'Am Montag, 17. November 2025, traf er in Hanoi Trần Minh Khoa, Vize-Minister im Ministerium für Industrie und Handel (Bộ Công Thương).',
      'CH',
      '2025-11-18',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ministerium für Industrie und Handel']);
  });
});

describe('the local government of Central Asia', () => {
  it('reads a hokimiyat as a body', () => {
    const { json } = read('Am 5. Mai 2025 wurde die Delegation in Samarkand im Hokimiyat der Region Samarkand empfangen.', 'DE', '2025-05-06');
    expect(json.meetings[0]!.organisations).toEqual(['Hokimiyat der Region Samarkand']);
  });
});

describe('business development agencies and clusters', () => {
  it('reads a Wirtschaftsförderung and a cluster as bodies, in the nominative', () => {
    const { json } = read(
      'Am 6. Oktober 2025 traf der Minister in Graz Christoph Lechner, Geschäftsführer der Steirischen Wirtschaftsförderung SFG, sowie Vertreter des Mobilitätsclusters ACstyria.',
      'SI',
      '2025-10-07',
    );
    expect(json.meetings[0]!.organisations).toEqual(expect.arrayContaining(['Steirische Wirtschaftsförderung SFG', 'Mobilitätsclusters ACstyria']));
  });
});

describe("a region's adjective", () => {
  it('places a Bavarian ministry in Germany, so a German mission does not list it among the bodies met', () => {
    const { json } = read(
      'Am Montag, 7. Oktober 2024, traf der Staatssekretär im Bayerischen Wirtschaftsministerium, Tobias Reindl, in Montréal die Ministerin für Wirtschaft von Québec, Christine Fréchette.',
      'DE',
      '2024-10-10',
    );
    expect(json.meetings[0]!.organisations.join()).not.toContain('Bayerisch');
  });
});

describe('a body at the end of a long function', () => {
  it('ends at the comma after it', () => {
    const { json } = read(
      'Mit einer Delegation war Sabine Kogler, Landesrätin für Wirtschaft, Tourismus, Wissenschaft und Forschung des Landes Steiermark, am Montag, 6. Oktober 2025, in Ljubljana. Sie traf dort Ministerin Alenka Bratušek.',
      'SI',
      '2025-10-08',
    );
    expect(json.meetings[0]!.organisations.join()).not.toContain('Montag');
  });
});

describe("a body named after its country's adjective", () => {
  it('is of that country: a Slovenian mission does not list its own ministry', () => {
    const { json } = read(
      'Am Montag, 2. September 2024, traf Landesrätin Sabine Kogler in Ljubljana Staatssekretär Matej Kovačič im slowenischen Ministerium für Wirtschaft, Tourismus und Sport.',
      'SI',
      '2024-09-04',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Ministerium für Wirtschaft, Tourismus und Sport');
  });
});

describe('German compound heads in the genitive', () => {
  it.each([
    ['Vertreter des Max-Planck-Instituts für Chemische Physik', 'Max-Planck-Institut für Chemische Physik'],
    ['die Vorsitzende des Ausschusses für Gesundheit, Anna Weber', 'Ausschuss für Gesundheit'],
    ['den Direktor des Regionalen Investitionszentrums Casablanca-Settat, Ali Benani', 'Regionales Investitionszentrum Casablanca-Settat'],
  ])('traf die Delegation %s', (object, body) => {
    const { json } = read(
      `Berlin, 14. Mai 2025. Am 12. Mai traf die kasachische Delegation ${object}. Im Mittelpunkt standen Energie, Verkehr und Handel.`,
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual([body]);
  });
});

describe('a mission to another country', () => {
  it("is the mission's own: the companies in its delegation are on our side", () => {
    const { json } = read(
      'Bern, 7. März 2025 – Staatssekretärin Regula Imboden-Frey hat vom 3. bis 5. März 2025 eine Wirtschaftsmission nach Marokko geleitet. Der Delegation gehörten Beat Zumstein, CEO der Rhonetec SA, und Vertreter der Lonza AG an. Am 3. März traf sie in Rabat Industrieminister Ryad Mezzour.',
      'CH',
      '2025-03-07',
    );
    const organisations = json.meetings.flatMap((meeting) => meeting.organisations);
    expect(organisations).not.toContain('Rhonetec SA');
  });
});

describe('an office abroad of a body known by name', () => {
  it("is of the body's country, not of the town it is in", () => {
    const { json } = read(
      'Am Mittwoch, 5. März 2025, trafen die Unternehmer in Nairobi Vertreter der Kenya Association of Manufacturers. Organisiert hat das Treffen das AußenwirtschaftsCenter Nairobi.',
      'AT',
      '2025-03-07',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).not.toContain('AußenwirtschaftsCenter Nairobi');
    const kenyan = read(
      'Am Mittwoch, 5. März 2025, trafen die Unternehmer in Nairobi Vertreter der Kenya Association of Manufacturers. An dem Treffen nahm auch das AußenwirtschaftsCenter Nairobi teil.',
      'KE',
      '2025-03-07',
    );
    expect(kenyan.json.meetings.flatMap((meeting) => meeting.organisations)).toContain('AußenwirtschaftsCenter Nairobi');
  });
});

describe('a Landtag', () => {
  it('is a body, named in the nominative', () => {
    const { json } = read(
      'Am 6. März 2025 empfing Landtagspräsident Matthias Rößler die Delegation aus Nordmazedonien im Sächsischen Landtag in Dresden.',
      'MK',
      '2025-03-07',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Sächsischer Landtag']);
  });
});

describe('a body named with its acronym after it', () => {
  it('is one body, under its full name, whenever the acronym comes back', () => {
    const { json } = read(
      'Am 3. Juni 2025 traf Monika Rühl, Leiterin der wirtschaftlichen Zusammenarbeit und Entwicklung des Staatssekretariats für Wirtschaft SECO, in Bischkek den Finanzminister Almaz Baketaev. Das SECO sicherte zu, die Unterstützung beim Aufbau des Budgetprozesses fortzusetzen.',
      'KG',
      '2025-06-04',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Staatssekretariat für Wirtschaft SECO']);
  });
});

describe('a body named in the language of one country', () => {
  it('is of that country: a Polish mission does not list its own university', () => {
    const { json } = read(
      'Am 18. September 2025 besuchte die niedersächsische Ministerin in Posen die Politechnika Poznańska und traf den Marschall der Woiwodschaft Großpolen, Marek Woźniak.',
      'PL',
      '2025-09-22',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Politechnika Poznańska');
  });
});

describe("a body named after a partner's state or province", () => {
  it('is of that country: an Indian mission does not list the ministry of Tamil Nadu it brought', () => {
    const { json } = read(
      'Am 12. Mai 2025 empfing der Oberbürgermeister in Friedrichshafen eine Delegation des Industrieministeriums von Tamil Nadu und der Investitionsagentur Guidance Tamil Nadu. Die Gäste besuchten anschließend das Werk von ZF.',
      'IN',
      '2025-05-13',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations).join()).not.toContain('Tamil Nadu');
  });
});

describe('a known acronym in brackets after a body', () => {
  it("is that body, named in full, with the acronym's country", () => {
    const { json } = read(
      'Am 4. März 2025 traf die Delegation in Belgrad Marko Petrović, Leiter der Abteilung Investitionsförderung der Entwicklungsagentur Serbiens (RAS). Die Entwicklungsagentur RAS wird dem Unternehmen bis zum 30. April Standorte vorschlagen.',
      'RS',
      '2025-03-05',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
  });
});

describe('ein einzelner Name nach „Vertreter von“', () => {
  it('liest „Vertreter von Indofood“ als Körperschaft, auch ohne Liste', () => {
    const { json } = read(
      'Am 12. März 2025 traf die Botschafterin in Jakarta Bambang Wirawan, Direktor der Handelskammer Kadin, sowie Vertreter von Indofood. Im Mittelpunkt standen die Lieferketten für Lebensmittel und der Ausbau der Zusammenarbeit in der Berufsbildung.',
      'CH',
      '2025-03-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(expect.arrayContaining(['Indofood']));
  });
});

describe('ein Empfang', () => {
  it('ist kein Treffen: „Am Abend nahm der Minister an einem Empfang … teil“', () => {
    const { json } = read(
      `Am 9. September 2024 traf Staatsminister Dirk Panter in Prag den tschechischen Industrieminister Lukáš Vlček. Beide Seiten sprachen über Wasserstoff.

Am Abend nahm der Minister an einem Empfang im Palais Lobkowicz teil, zu dem die Deutsch-Tschechische Industrie- und Handelskammer eingeladen hatte.`,
      'DE',
      '2024-09-10',
    );
    expect(json.meetings).toHaveLength(1);
  });
});

describe('ein Abstecher', () => {
  it('führt in ein eigenes Treffen: „Zeit für einen Abstecher nach Tettnang. Dort führte Jochen Kessler … durch die Produktion“', () => {
    const { json } = read(
      `Am 19. Mai 2026 empfing Landrat Harald Sievers die Delegation aus Tamil Nadu im Landratsamt Ravensburg. Im Mittelpunkt stand die Zusammenarbeit in der Berufsbildung.

Zwischen den Terminen blieb Zeit für einen Abstecher nach Tettnang. Dort führte Jochen Kessler, Geschäftsführer der Firma Kessler Kunststofftechnik, durch die Produktion.`,
      'IN',
      '2026-05-21',
    );
    expect(json.meetings.map((meeting) => meeting.counterparts.map((person) => person.name))).toEqual([
      expect.arrayContaining(['Harald Sievers']),
      expect.arrayContaining(['Jochen Kessler']),
    ]);
  });
});

describe('eine Zusage', () => {
  it('sagt, was noch kommt: „sagte zu“, „versprach“, „zugesagt“', () => {
    for (const words of ['die botschaft sagte zu', 'er versprach ein treffen', 'hat zugesagt']) expect(german.future.test(words)).toBe(true);
  });
});

describe('Körperschaften in Sprachen, die der Leser nicht kennt', () => {
  it('liest „Kamar Dagang dan Industri Indonesia“ und „Ministerul Afacerilor Externe“ ganz, mit ihren kleinen Wörtern', () => {
    const { json } = read(
      'Am 12. März 2025 traf Staatssekretärin Helene Budliger in Jakarta Vertreter der Kamar Dagang dan Industri Indonesia. Am 14. März besuchte sie in Bukarest das Ministerul Afacerilor Externe, wo sie Staatssekretär Ion Popescu traf. Beide Seiten sprachen über den Handel.',
      'CH',
      '2025-03-15',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toEqual(['Kamar Dagang dan Industri Indonesia', 'Ministerul Afacerilor Externe']);
  });
});

describe('eine Stadt aus zwei Wörtern nach dem Kopf', () => {
  it('gehört ganz zum Namen: „der Stadt Novi Sad“', () => {
    const { json } = read(
      'Am 15. Oktober 2025 empfing Bürgermeister Vladimir Tomić die sächsische Delegation im Rathaus der Stadt Novi Sad. Beide Seiten sprachen über die Wasserversorgung.',
      'DE',
      '2025-10-16',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Stadt Novi Sad']);
  });
});

describe('eine deutsche Auslandshandelskammer', () => {
  it('ist deutsch, wo sie auch sitzt: „die AHK Mexiko“ ist für eine mexikanische Vertretung die andere Seite', () => {
    const { json } = read(
      'Am 10. Dezember 2024 empfing Staatssekretärin Lucía Arredondo in Querétaro zwölf deutsche Zulieferer, deren Reise die AHK Mexiko organisiert hatte. Im Mittelpunkt standen Investitionen in der Automobilindustrie.',
      'MX',
      '2025-01-15',
    );
    expect(json.meetings[0]!.organisations).toEqual(['AHK Mexiko']);
  });
});

describe('ein Name ohne seinen Artikel', () => {
  it('steht im Nominativ ohne Artikel: „das Hessische Wirtschaftsministerium“ wird „Hessisches Wirtschaftsministerium“', () => {
    const { json } = read(
      'Am 12. Mai 2025 empfing Staatssekretärin Petra Lang im Namen der Landesregierung eine chilenische Delegation. Anschließend besuchte die Delegation das Hessische Wirtschaftsministerium in Wiesbaden, wo sie Abteilungsleiter Jan Weber traf.',
      'CL',
      '2025-05-13',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toContain('Hessisches Wirtschaftsministerium');
  });
});

describe('die Rechtsform eines Unternehmens', () => {
  it('gehört ganz zum Namen, auch nach „Co.“: „Lenz Präzisionstechnik GmbH & Co. KG“, „Hanmi Pharmaceutical Co., Ltd.“', () => {
    const { json } = read(
      'Am 4. März 2025 besuchte die Delegation in Querétaro die Lenz Präzisionstechnik GmbH & Co. KG und traf Vertreter der Hanmi Pharmaceutical Co., Ltd. aus Seoul.',
      'CH',
      '2025-03-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Lenz Präzisionstechnik GmbH & Co. KG', 'Hanmi Pharmaceutical Co., Ltd']);
  });
});

describe('ein Unternehmen „aus“ einer Stadt', () => {
  const text =
    'Am 12. Mai 2025 empfing der georgische Minister in Tiflis die Reuss Messtechnik AG aus Emmen und die Spedition Hartl Logistik GmbH aus Landshut.';

  it('ist aus deren Land, doch nicht aus einem Emmen, das seine Rechtsform nicht kennt', () => {
    expect(read(text, 'GE', '2025-05-13').json.meetings[0]!.partnerCountries).toEqual(['DE']);
  });
});

describe('wer „am Gespräch“ teilnahm', () => {
  it('war bei dem schon erzählten Treffen, kein neues: „Auf brasilianischer Seite nahmen … am Gespräch teil“', () => {
    const { json } = read(
      `Botschafter Pascal Vonlanthen ist am Mittwoch, 23. Oktober 2024, in Florianópolis vom Gouverneur des Bundesstaates Santa Catarina, Ricardo Lenz Moreira, empfangen worden.

Auf brasilianischer Seite nahmen neben dem Gouverneur auch der Secretário de Estado do Desenvolvimento Econômico Sustentável, Dr. Marcelo Antunes Schmitt, und Prof. Eduardo Carvalho Lima, Prorektor für Forschung der Universidade Federal de Santa Catarina (UFSC), am Gespräch teil.`,
      'CH',
      '2024-10-25',
    );
    expect(json.meetings).toHaveLength(1);
  });
});

describe('Abteilungen, Regionen und Weltgegenden nach einer Funktion', () => {
  it('sind niemandes Name: „Leiter Vertrieb Osteuropa“, „Direktorin der Investitionsagentur Guidance Tamil Nadu“', () => {
    const { json } = read(
      'Am 5. März 2025 empfing Bürgermeister Karl Huber in Ravensburg eine Delegation aus Tamil Nadu. Zur Delegation gehörte Priya Raghavan, Direktorin der Investitionsagentur Guidance Tamil Nadu. Am Hauptsitz von Stadler stellte Reto Kägi, Leiter Vertrieb Osteuropa, den Gästen neue Züge vor.',
      'IN',
      '2025-03-06',
    );
    const names = json.meetings.flatMap((meeting) => meeting.counterparts.map((person) => person.name));
    expect(names).not.toContain('Guidance Tamil Nadu');
    expect(names).not.toContain('Vertrieb Osteuropa');
    expect(names).toEqual(['Karl Huber', 'Priya Raghavan', 'Reto Kägi']);
  });
});

describe('ein Ministerium in einem Wort', () => {
  it('ist eine Stelle, wenn das Land davor oder sein eigener Name danach es nennt', () => {
    const named = read(
      'Am 4. März 2025 traf Staatssekretärin Helene Budliger in Jakarta Vertreter im indonesischen Handelsministerium. Am 5. März empfing sie Vizeministerin Sari Dewi im Finanzministerium (Kementerian Keuangan).',
      'CH',
      '2025-03-06',
    ).json;
    expect(named.meetings.flatMap((meeting) => meeting.organisations)).toEqual(['Handelsministerium', 'Finanzministerium']);
  });

  it('ist eine Stelle, wenn „Bundes-“ es nennt: „im Bundeswirtschaftsministerium“, für die Mission eines anderen Landes', () => {
    const text =
      'Am 12. Mai 2025 empfing die Parlamentarische Staatssekretärin im Bundeswirtschaftsministerium, Dr. Anna Lehmann, in Berlin die Vizeministerin Đỗ Thu Hà.';
    expect(read(text, 'VN', '2025-05-14').json.meetings[0]!.organisations).toEqual(['Bundeswirtschaftsministerium']);
    expect(read(text, 'DE', '2025-05-14').json.meetings[0]!.organisations).toEqual([]);
  });

  it('ist allein niemand: „im Handelsministerium“', () => {
    const { json } = read('Am 4. März 2025 traf Staatssekretärin Helene Budliger in Jakarta Vertreter im Handelsministerium.', 'CH', '2025-03-06');
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toEqual([]);
  });
});

describe('deutsche Gattungswörter', () => {
  it('nennen keine Stelle: „mit einer Delegation aus Verwaltung, Wissenschaft und Wirtschaft“', () => {
    const { json } = read(
      'Am 18. September 2025 reiste Staatssekretärin Hanna Brockmann mit einer Delegation aus Verwaltung, Wissenschaft und Wirtschaft nach Posen, wo sie Marschall Tomasz Wierzbicki im Marschallamt der Woiwodschaft Großpolen traf.',
      'PL',
      '2025-09-20',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).not.toContain('Verwaltung, Wissenschaft und Wirtschaft');
  });
});

describe('eine Gemeinde', () => {
  it('ist eine Stelle mit ihrem Namen: „Bürgermeisterin Vesna Trajkovska (Gemeinde Bitola)“', () => {
    const { json } = read(
      'Am 14. Mai 2025 traf Botschafter Martin Kessler in Bitola Bürgermeisterin Vesna Trajkovska (Gemeinde Bitola). Im Gespräch ging es um den Tourismus.',
      'CH',
      '2025-05-16',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Gemeinde Bitola']);
  });
});

describe('ein zusammengesetzter Name mit Bindestrichen', () => {
  it('ist eine Stelle für sich: „der Landrat des Main-Kinzig-Kreises“', () => {
    const { json } = read(
      'Am 6. Mai 2025 empfing der Landrat des Main-Kinzig-Kreises, Thorsten Waldeck, in Gelnhausen eine Delegation aus Albanien.',
      'AL',
      '2025-05-08',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Main-Kinzig-Kreis']);
  });
});

describe('eine Funktion nach „von“', () => {
  it('gehört nicht zum Namen der Stelle: „im Ministerium für Wirtschaft und Kommerz von Vizeminister Nurbek Toktogulow empfangen“', () => {
    const { json } = read(
      'Am 20. Mai 2025 wurde die Delegation in Bischkek im Ministerium für Wirtschaft und Kommerz von Vizeminister Nurbek Toktogulow empfangen.',
      'CH',
      '2025-05-23',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ministerium für Wirtschaft und Kommerz']);
  });
});

describe('ein Plus zwischen zwei Namen', () => {
  it('gehört zum Namen wie ein „&“: „der Landis+Gyr AG“', () => {
    const { json } = read('Am 23. Oktober 2024 besuchte Botschafter Pascal Vonlanthen in Florianópolis die Landis+Gyr AG.', 'BR', '2024-10-25');
    expect(json.meetings[0]!.organisations).toEqual(['Landis+Gyr AG']);
  });
});

describe('wen „die Unternehmen“ trafen', () => {
  it('sind Personen mit ihren Funktionen, und die Gemischte Wirtschaftskommission ist keine Stelle', () => {
    const { json } = read(
      'Am 26. Februar 2025 trafen die Unternehmen bei der Kenya Ports Authority (KPA) in Mombasa Hassan Juma Mwinyi, Acting General Manager Operations, sowie Faith Chebet, Head of Business Development. Die Gemischte Wirtschaftskommission Schweiz–Kenia tagt 2026.',
      'AT',
      '2025-02-28',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Kenya Ports Authority']);
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).toContain('Hassan Juma Mwinyi');
  });
});

describe('eine Region', () => {
  it('ist im deutschen Text ein Ort, keine Stelle: „in der Region Erongo“', () => {
    const { json } = read('Am 3. April 2025 traf der Botschafter in Swakopmund in der Region Erongo den Gouverneur Neville Andre Itope.', 'DE', '2025-04-04');
    expect(json.meetings[0]!.organisations).toEqual([]);
  });
});

describe('österreichische Titel vor dem Namen', () => {
  it('stehen wie „Dr.“: „der Geschäftsführer der Austrian Business Agency, Mag. Georg Weber“', () => {
    const { json } = read(
      'Am 3. April 2025 traf die Delegation in Wien den Geschäftsführer der Austrian Business Agency, Mag. Georg Weber.',
      'ID',
      '2025-04-04',
    );
    expect(json.meetings[0]!.counterparts).toEqual([
      { name: 'Georg Weber', title: 'Geschäftsführer', organisation: 'Austrian Business Agency', side: 'partner' },
    ]);
  });
});

describe('ein Ministerium ohne Land, im eigenen Land getroffen', () => {
  it('ist unseres: „im Federal Ministry of Agriculture and Food Security in Abuja“, für die Mission Nigerias', () => {
    const text =
      'Vom 24. bis 28. März 2025 hat die Delegation der Deutschen Wirtschaft neun deutsche Unternehmen durch Nigeria begleitet.\n\nAm 24. März empfing Permanent Secretary Dr. Olufemi Adeyemi die Delegation im Federal Ministry of Agriculture and Food Security in Abuja. Nach Angaben des Ministeriums gehen bis zu 40 Prozent der Ernte verloren.';
    expect(read(text, 'NG', '2025-03-30').json.meetings[0]!.organisations).toEqual([]);
    expect(read(text, 'DE', '2025-03-30').json.meetings[0]!.organisations).toEqual(['Federal Ministry of Agriculture and Food Security']);
  });
});
