import { describe, expect, it } from 'vitest';
import { read } from './test-helpers';
import { dutch } from './nl';

describe('reading a Dutch readout', () => {
  const text = `Op 9 september ontmoette ambassadeur Hilde Claeys in Den Haag directeur-generaal Erik van der Linden op het ministerie van Justitie en Veiligheid. Het gesprek ging over de samenwerking tegen drugscriminaliteit in de haven.

Beide partijen kwamen overeen om uiterlijk eind oktober een gezamenlijke werkgroep op te richten.

Op 11 september bezocht de ambassadeur de Universiteit Maastricht, waar zij werd ontvangen door rector magnificus Marieke Janssen.`;

  it('splits two days into two meetings, with The Hague read from its Dutch name', () => {
    const { json } = read(text, 'BE', '2024-09-13');
    expect(json.language).toBe('nl');
    expect(json.meetings.map((meeting) => [meeting.startDate, meeting.places[0]?.city])).toEqual([
      ['2024-09-09', 'The Hague'],
      ['2024-09-11', 'Maastricht'],
    ]);
  });

  it('keeps name particles, and reads a joint undertaking with its deadline', () => {
    const { json } = read(text, 'BE', '2024-09-13');
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).toEqual(expect.arrayContaining(['Hilde Claeys', 'Erik van der Linden']));
    expect(json.meetings[0]!.followUps).toEqual([{ text: 'een gezamenlijke werkgroep op te richten', committedBy: 'joint', dueDate: '2024-10-31' }]);
    expect(json.meetings[1]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Marieke Janssen', title: 'rector magnificus', side: 'partner' })]),
    );
  });
});

describe('Dutch days and meetings', () => {
  it('reads a weekday written with its part of the day ("woensdagochtend") and "sprak … met" as a meeting', () => {
    const { json } = read(
      `Minister Els Verhaegen heeft dinsdag 14 januari in Brussel een gesprek gevoerd met minister Youssef Alaoui.

Woensdagochtend sprak de minister in Brussel met directeur-generaal Ann Vermeulen.`,
      'MA',
      '2025-01-16',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-01-14', '2025-01-15']);
  });

  it('reads a stretch of days with their weekdays ("van maandag 16 tot en met vrijdag 20 maart"), then a meeting on each', () => {
    const { json } = read(
      `Brussel, 24 maart. Van maandag 16 tot en met vrijdag 20 maart trok een Vlaamse delegatie naar Vietnam.

Op maandag werd de delegatie verwelkomd door Nguyen Thanh Long, vicevoorzitter van het Volkscomité van Ho Chi Minhstad. Die stad telt vandaag al negen miljoen inwoners.

Op woensdag ontmoette de delegatie rector Tran Ngoc Hai van Can Tho University.`,
      'BE',
      '2026-03-24',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2026-03-16', '2026-03-18']);
  });
});

describe('Dutch compounds of functions and bodies', () => {
  const { json } = read(
    'Op woensdag 21 januari ontving gedeputeerde Annemiek Bosscher de regiogouverneur Camila Fuentes Araya in het Provinciehuis in Groningen. Namens de Hanzehogeschool Groningen nam directeur Marleen Tuinstra deel; de New Energy Coalition was vertegenwoordigd door directeur Sjoerd Hofstede.',
    'CL',
    '2026-01-23',
  );

  it('reads "regiogouverneur" as a function, and "Namens de Hanzehogeschool" as no one', () => {
    const people = json.meetings[0]!.counterparts;
    expect(people).toContainEqual(expect.objectContaining({ name: 'Camila Fuentes Araya', title: 'regiogouverneur' }));
    expect(people.map((person) => person.name)).not.toContainEqual(expect.stringContaining('Namens'));
  });

  it('finds a "hogeschool" and a "coalition" among the bodies met', () => {
    expect(json.meetings[0]!.organisations).toEqual(expect.arrayContaining(['Hanzehogeschool Groningen', 'New Energy Coalition']));
  });
});

describe('Dutch meetings told by what the host did', () => {
  it.each([
    'In Vlissingen lichtte havendirecteur Marieke de Wolf de plannen voor de waterstofterminal toe.',
    'In Terneuzen leidde directeur Jan Verhulst de delegatie rond op het terrein van Zeeland Refinery.',
  ])('reads a second appointment the same day: "%s"', (second) => {
    const { json } = read(
      `Op dinsdag 24 september werd de Tunesische delegatie in Middelburg ontvangen door gedeputeerde Jeroen Dijkhuizen van de provincie Zeeland.\n\n${second}`,
      'TN',
      '2024-09-27',
    );
    expect(json.meetings).toHaveLength(2);
  });
});

describe('Dutch areas', () => {
  it('finds an area inside a compound ("personenvervoer", "glastuinbouw")', () => {
    const { json } = read(
      'Op 2 oktober had de ambassadeur in Wenen een gesprek met mevrouw Eva Gruber, directeur internationaal personenvervoer. Het gesprek ging over de nachttrein en over glastuinbouw.',
      'BE',
      '2024-10-04',
    );
    expect(json.meetings[0]!.areas).toEqual(expect.arrayContaining(['Transport and logistics', 'Agriculture and food']));
  });
});

describe('what a Dutch meeting was about', () => {
  it('reads "spraken over" as saying what was talked about', () => {
    const { json } = read(
      'Op 11 maart ontving minister Reinette Klever in Den Haag de Kazachse vicepremier Serik Zhumangarin. Ze spraken over waterstof.',
      'KZ',
      '2025-03-12',
    );
    expect(json.meetings[0]!.areas).toEqual(['Renewable and green energy']);
  });
});

describe('a Dutch trade mission', () => {
  it('takes the mission "met 22 Nederlandse bedrijven" for Dutch, and brings our ambassador to every meeting', () => {
    const { json } = read(
      `Minister Anne-Marie de Vries heeft van 14 tot 16 oktober Kazachstan bezocht. Zij leidde een handelsmissie met 22 Nederlandse bedrijven. De Nederlandse ambassadeur in Kazachstan, Maarten Hoekstra, begeleidde de minister tijdens al haar gesprekken.

Op 14 oktober sprak minister De Vries in Astana met viceminister Roman Vassilenko.

Op 15 oktober ontmoette de minister in Astana de Kazachse minister van Landbouw, Nurlan Abenov.`,
      'NL',
      '2024-10-17',
    );
    for (const meeting of json.meetings)
      expect(meeting.counterparts).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'Anne-Marie de Vries', side: 'ours' }),
          expect.objectContaining({ name: 'Maarten Hoekstra', side: 'ours' }),
        ]),
      );
  });
});

describe('bodies in another language, in a Dutch text', () => {
  it('takes neither "Tech Campus" nor "Koninklijke Musea" for a person', () => {
    const { json } = read(
      'Op 11 juni organiseerde ambassadeur Anna-Karin Sjöberg het eerste Zweeds-Nederlands Innovatieforum op de High Tech Campus Eindhoven, waar zij directeur Jeroen Martens ontmoette. Daarna bezocht zij de Koninklijke Musea in Brussel.',
      'SE',
      '2025-06-12',
    );
    const names = json.meetings.flatMap((meeting) => meeting.counterparts.map((person) => person.name));
    expect(names).not.toEqual(expect.arrayContaining([expect.stringMatching(/Campus|Musea/)]));
    expect(names).toContain('Jeroen Martens');
  });
});

describe('a body named in German in a Dutch text', () => {
  it('reads "Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg" whole, with its German small words', () => {
    const { json } = read(
      "Op 14 mei sprak minister Peeters in Stuttgart met staatssecretaris Sabine Kornmeier van het Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg over de chipsector. Beide partijen waren het erover eens dat de samenwerking tussen de bedrijven in de twee regio's verder moet worden uitgebouwd.",
      'BE',
      '2025-05-16',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg']);
  });

  it('reads a German compound head with its German small words: "het Fraunhofer-Institut für Produktionstechnik und Automatisierung IPA"', () => {
    const { json } = read(
      'Op 15 mei bezocht minister Peeters in Stuttgart het Fraunhofer-Institut für Produktionstechnik und Automatisierung IPA, waar directeur Anna Weber de onderzoekslijnen toelichtte. Beide partijen waren het erover eens dat de samenwerking moet worden uitgebouwd.',
      'BE',
      '2025-05-16',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Fraunhofer-Institut für Produktionstechnik und Automatisierung IPA']);
  });
});

describe('functions and bodies in Dutch', () => {
  it('ends a function before "van het staatsinvesteringsfonds Samruk-Kazyna", which names the body', () => {
    const { json } = read(
      'Op 15 oktober had minister De Vries in Astana een gesprek met Timur Seitkali, bestuursvoorzitter van het staatsinvesteringsfonds Samruk-Kazyna.',
      'NL',
      '2024-10-17',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Timur Seitkali', title: 'bestuursvoorzitter', organisation: 'Samruk-Kazyna' })]),
    );
  });
});

describe('Dutch verbs in the plural', () => {
  it('reads "bezochten" as a meeting on its own day', () => {
    const { json } = read(
      `Op dinsdag 7 januari werd dhr. Martin Eder in Den Haag ontvangen door mevrouw Annelies Brouwer, directeur-generaal Beleid.

Op woensdag 8 januari bezochten dhr. Eder en defensieattaché Huber in Den Haag het laboratorium van onderzoeker Sanne Hendriks.`,
      'AT',
      '2025-01-09',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-01-07', '2025-01-08']);
  });
});

describe('Dutch undertakings', () => {
  it('reads "beloofde om" and "nam op zich om" as undertakings', () => {
    const { json } = read(
      'Op 14 januari ontving minister Els Verhaegen in Brussel de Marokkaanse minister Youssef Alaoui. Alaoui beloofde om aanvragen voor laissez-passers binnen dertig dagen te behandelen. De minister nam op zich om een werkgroep samen te roepen.',
      'BE',
      '2025-01-15',
    );
    expect(json.meetings[0]!.followUps.map((followUp) => followUp.text)).toEqual([
      'aanvragen voor laissez-passers binnen dertig dagen te behandelen',
      'een werkgroep samen te roepen',
    ]);
  });
});

describe('who "de minister" is, in Dutch', () => {
  it('takes the minister at this meeting, not one met the day before', () => {
    const { json } = read(
      `Minister Anne-Marie de Vries leidde van 14 tot 16 oktober een handelsmissie met 22 Nederlandse bedrijven naar Kazachstan.

Op 15 oktober ontmoette zij in Astana de Kazachse minister van Landbouw, Nurlan Abenov.

Op 16 oktober werd zij in Almaty ontvangen door rector Zhanna Amanova. De minister zegde toe om vijf Kazachse docenten uit te nodigen.`,
      'NL',
      '2024-10-17',
    );
    expect(json.meetings.at(-1)!.followUps).toEqual([expect.objectContaining({ text: 'vijf Kazachse docenten uit te nodigen', committedBy: 'ours' })]);
  });
});

describe('an envoy of a country, in Dutch', () => {
  it('keeps "van het Groothertogdom Luxemburg in België" in the function, and takes "het Deense Energieagentschap" for a body', () => {
    const { json } = read(
      'Op 10 februari ontving ambassadeur van het Groothertogdom Luxemburg in België Jean-Paul Reding in Brussel mevrouw Mette Lund Kristensen, vicedirecteur van het Deense Energieagentschap.',
      'LU',
      '2025-02-11',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Jean-Paul Reding', title: 'ambassadeur van het Groothertogdom Luxemburg in België' }),
        expect.objectContaining({ name: 'Mette Lund Kristensen', title: 'vicedirecteur', organisation: 'Deense Energieagentschap' }),
      ]),
    );
  });
});

describe('meetings told across a long sentence', () => {
  it('reads "kwam … samen" past a dotted courtesy word', () => {
    const { json } = read(
      'Bern, 30 januari 2025\n\nTot slot kwam ambassadeur Annelies van der Wal op 28 januari in Bern met dhr. Beat Zürcher, directeur van het Zwitserse energiebureau, samen.',
      'NL',
      '2025-01-30',
    );
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Beat Zürcher' })]));
  });
});

describe('a body after a function', () => {
  it('takes "Business Sweden" for a body though it names a country, and "het Groothertogdom Luxemburg" for a state', () => {
    const { json } = read(
      'Eindhoven, 12 maart 2025\n\nOp 11 maart sprak de Zweedse ambassadeur met Erik Nyström, directeur van Business Sweden in de Benelux. Ook Jean-Paul Reding, ambassadeur van het Groothertogdom Luxemburg in België, nam deel.',
      'SE',
      '2025-03-12',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Erik Nyström', title: 'directeur', organisation: 'Business Sweden' }),
        expect.objectContaining({ name: 'Jean-Paul Reding', title: 'ambassadeur van het Groothertogdom Luxemburg in België', organisation: null }),
      ]),
    );
  });
});

describe('a place for each meeting', () => {
  it('takes the place of the meeting before, another day, for a meeting that names none', () => {
    const { json } = read(
      'DEN HAAG (ANP) - De Kirgizische minister Temirlan Abdykadyrov is maandag 7 april in Den Haag ontvangen door minister Hester Dijkstra.\n\nDinsdag 8 april sprak de minister met staatssecretaris Pieter de Wit over douanesamenwerking.',
      'KG',
      '2025-04-08',
    );
    expect(json.meetings.map((meeting) => meeting.places)).toEqual([[{ city: 'The Hague', country: 'NL' }], [{ city: 'The Hague', country: 'NL' }]]);
  });
});

describe('a function said where, before a name', () => {
  it('leaves "de minister in Aalsmeer" to the subject and gives the person met the function after the name', () => {
    const { json } = read('Op 12 mei ontmoette de minister in Aalsmeer dhr. Jan de Vries, CEO van Royal FloraHolland.', 'KG', '2025-05-14');
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Jan de Vries', title: 'CEO', organisation: 'Royal FloraHolland' })]);
    expect(json.meetings[0]!.organisations).toEqual(['Royal FloraHolland']);
  });
});

describe('more ways to tell a meeting', () => {
  it.each([
    'wisselde de minister van gedachten met de Kazachse viceminister Arman Nurlanov',
    'besprak de minister met de Kazachse viceminister Arman Nurlanov de samenwerking',
    'overlegde de minister met de Kazachse viceminister Arman Nurlanov',
    'lunchte de minister met de Kazachse viceminister Arman Nurlanov',
    'kreeg de minister een rondleiding van Arman Nurlanov, directeur van de Astana Hub',
  ])('Op 12 mei %s', (clause) => {
    const { json } = read(
      `Den Haag, 14 mei 2025. Op 12 mei ${clause}. Het ging over de samenwerking op het gebied van energie, transport en handel tussen beide landen.`,
      'NL',
      '2025-05-14',
    );
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).toContain('Arman Nurlanov');
  });
});

describe('a ministry of two portfolios', () => {
  it('keeps "en" in a body\'s name: "ministerie van Economische Zaken en Klimaat"', () => {
    const { json } = read(
      'Den Haag, 14 mei 2025. Op 12 mei ontmoette de Kazachse minister mevrouw Eva Jansen, directeur-generaal bij het ministerie van Economische Zaken en Klimaat.',
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['ministerie van Economische Zaken en Klimaat']);
  });
});

describe('a function right after the verb', () => {
  it('leaves "ontmoette de minister" to the subject and gives the person met the function after the name', () => {
    const { json } = read(
      'Den Haag, 14 mei 2025. Op 12 mei ontmoette de minister Jan de Vries, CEO van Shell Nederland, over de energietransitie.',
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Jan de Vries', title: 'CEO', organisation: 'Shell Nederland' })]);
  });
});

describe('a body named after its town', () => {
  it('takes "Almaty Su" after "directeur van" for a body, though it starts with a city', () => {
    const { json } = read(
      'Almaty, 16 oktober 2025. Op woensdag 15 oktober sprak de minister met Aigerim Nurlanova, directeur van Almaty Su, over de watervoorziening.',
      'NL',
      '2025-10-16',
    );
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Aigerim Nurlanova', title: 'directeur', organisation: 'Almaty Su' })]);
    expect(json.meetings[0]!.organisations).toEqual(['Almaty Su']);
  });
});

describe('a province in lower case', () => {
  it('takes "de provincie Gelderland" for a body when its name follows', () => {
    const { json } = read(
      'Arnhem, 22 mei 2025. Op 20 mei werd de Poolse viceminister in Arnhem ontvangen door gedeputeerde Henk Veldhuizen van de provincie Gelderland.',
      'PL',
      '2025-05-22',
    );
    expect(json.meetings[0]!.organisations).toEqual(['provincie Gelderland']);
  });
});

describe('a meeting where the visitor travelled to', () => {
  it('meets where the ambassador travelled to, even with her function and name between the verb and the town', () => {
    const { json } = read(
      `Op donderdag 3 oktober reisde ambassadeur Katrien Vandenberghe naar Salzburg, waar zij werd ontvangen door mevrouw Helga Moser, voorzitter van de Salzburger Festspiele. De ambassadeur nam op zich om een kennismaking met De Munt in Brussel voor te bereiden.`,
      'BE',
      '2024-10-04',
    );
    expect(json.meetings.map((meeting) => meeting.places)).toEqual([[{ city: 'Salzburg', country: 'AT' }]]);
    expect(json.meetings[0]?.counterparts.find((person) => person.name === 'Helga Moser')?.side).toBe('partner');
  });
});

describe('French bodies in a Dutch text', () => {
  it('reads an institute named in French whole, with its small French words', () => {
    const { json } = read(
      'Op dinsdag 4 november 2025 bezocht de delegatie in Tunis het Institut National des Sciences et Technologies de la Mer.',
      'NL',
      '2025-11-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Institut National des Sciences et Technologies de la Mer']);
  });
});

describe('a grower named with his trade', () => {
  it('is a person, not a company', () => {
    const { json } = read(
      'Op 12 maart 2025 sprak de ambassadeur in Agadir met leden van de vereniging, onder wie teler Azelarab Ouhammou van Domaine Souss Primeurs SARL.',
      'BE',
      '2025-03-13',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Azelarab Ouhammou');
  });
});

describe('a French association in a Dutch text', () => {
  it('keeps its small French words', () => {
    const { json } = read(
      'Op woensdag 12 maart 2025 ontmoette de Belgische ambassadeur in Agadir de heer Ahmed Bennani, voorzitter van de Association Marocaine des Producteurs et Exportateurs de Fruits et Légumes (APEFEL). Het gesprek ging over de waterschaarste in de regio en over de uitvoer van tomaten naar België en de rest van Europa.',
      'BE',
      '2025-03-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Association Marocaine des Producteurs et Exportateurs de Fruits et Légumes']);
  });
});

describe('a terminal named after the word for it', () => {
  it('reads "de Zeebrugse autoterminal ICO" as the body ICO', () => {
    const { json } = read(
      'Op dinsdag 14 oktober 2025 bezocht de Kazachse delegatie in Zeebrugge de autoterminal ICO, waar directeur Pieter Vanhoutte de plannen toelichtte.',
      'KZ',
      '2025-10-15',
    );
    expect(json.meetings[0]!.organisations).toContain('ICO');
  });
});

describe('two bodies joined by "en de"', () => {
  it('are two bodies', () => {
    const { json } = read(
      'Op dinsdag 4 maart 2025 ontmoette minister Jo Brouns in Stuttgart de voorzitter van de IHK Region Stuttgart. FIT en de IHK spraken af om in het voorjaar een tegenbezoek te organiseren.',
      'DE',
      '2025-03-05',
    );
    expect(json.meetings[0]!.organisations.join()).not.toContain(' en de ');
  });
});

describe('"aan Kazachse kant"', () => {
  it('puts whoever it names on that side', () => {
    const { json } = read(
      'Op donderdag 26 september 2024 werd de delegatie in het Havenhuis in Antwerpen ontvangen door Luc Vermeersch, chief commercial officer van Port of Antwerp-Bruges. Aan Kazachse kant nam ook ambassadeur Daniyar Seitkali deel.',
      'KZ',
      '2024-09-27',
    );
    expect(json.meetings[0]!.counterparts.find((person) => person.name === 'Daniyar Seitkali')?.side).toBe('ours');
  });
});

describe('een bedrijf na het woord voor zijn soort', () => {
  it('leest "garnalenkweker Mekong Blue" als een bedrijf, maar "teler Azelarab Ouhammou" niet', () => {
    const { json } = read(
      'Op 12 maart 2025 bezocht de delegatie in Sóc Trăng garnalenkweker Mekong Blue, waar de oprichter de werking van de kwekerij toelichtte. In Agadir sprak de ambassadeur dezelfde dag met teler Azelarab Ouhammou over de export van tomaten naar Nederland.',
      'NL',
      '2025-03-13',
    );
    const bodies = json.meetings.flatMap((meeting) => meeting.organisations);
    expect(bodies).toContain('Mekong Blue');
    expect(bodies).not.toContain('Azelarab Ouhammou');
  });
});

describe('een woord dat een zin opent', () => {
  it('hoort niet bij de naam van een organisatie: "Over Port of Antwerp-Bruges" onder het bericht is geen organisatie "Over Port"', () => {
    const { json } = read(
      `Op 5 juni 2025 ontving de havendirecteur in Antwerpen een delegatie uit Ghana. Het gesprek ging over de samenwerking met de haven van Takoradi.

Over Port of Antwerp-Bruges
De haven is de grootste exporthaven van Europa.`,
      'GH',
      '2025-06-06',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).not.toContain('Over Port');
  });

  it('hoort niet bij de naam van een organisatie: "Persvoorlichting Ministerie van Buitenlandse Zaken" onder het bericht is het ministerie', () => {
    const { json } = read(
      `Op 3 maart 2025 sprak minister Klever in Nairobi met de Keniaanse minister van Handel, Rebecca Miano, en met vertegenwoordigers van Koppert en de Nederlandse tuinbouwsector.

Persvoorlichting Ministerie van Buitenlandse Zaken`,
      'KE',
      '2025-03-04',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).not.toContain('Persvoorlichting Ministerie van Buitenlandse Zaken');
  });

  it('hoort niet bij de naam van een organisatie: "Namens Voka nam…" geeft Voka', () => {
    const { json } = read(
      'Op 12 maart 2025 ontving de ambassadeur in Antwerpen een delegatie uit Gujarat. Namens Voka nam Hilde Maes, directeur internationaal ondernemen, deel aan het gesprek over de samenwerking tussen de havens.',
      'IN',
      '2025-03-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Voka']);
  });
});

describe('"diezelfde middag"', () => {
  it('says the same day, as "dezelfde dag" does', () => {
    for (const words of ['diezelfde middag', 'dezelfde dag', 'diezelfde avond']) expect(dutch.days.sameDay.test(words)).toBe(true);
  });

  it('reads "\'s Middags" and "\'s Namiddags" opening a sentence as the same day', () => {
    for (const words of ["'s middags reisde het gezelschap door", "'s namiddags trok de delegatie naar Wieze", "'s voormiddags"])
      expect(dutch.days.sameDay.test(words)).toBe(true);
    expect(dutch.days.sameDay.test('jaarlijks middags')).toBe(false);
  });
});

describe('een rondvaart met iemand', () => {
  it('is een ontmoeting: "Daarna volgde een rondvaart in de haven met dhr. Jan Van Hoecke"', () => {
    const { json } = read(
      `Op 20 mei 2025 werd de delegatie in Antwerpen ontvangen door schepen Annick De Ridder. Het gesprek ging over logistiek.

Daarna volgde een rondvaart in de haven met dhr. Jan Van Hoecke, directeur internationale business bij Port of Antwerp-Bruges.`,
      'UZ',
      '2025-05-22',
    );
    expect(json.meetings.map((meeting) => meeting.counterparts.map((person) => person.name))).toEqual([
      expect.arrayContaining(['Annick De Ridder']),
      expect.arrayContaining(['Jan Van Hoecke']),
    ]);
  });
});

describe('een toezegging', () => {
  it('zegt iets wat nog komt: "zegde toe", "beloofde", "engageerde zich"', () => {
    for (const words of ['de ambassadeur zegde toe om', 'hij beloofde een ontmoeting', 'het bedrijf engageerde zich'])
      expect(dutch.future.test(words)).toBe(true);
  });
});

describe('een universiteit genoemd naar iemand', () => {
  it('leest "de Universiteit Ibn Zohr" als één organisatie', () => {
    const { json } = read(
      'Op 12 maart 2025 bezocht de ambassadeur in Agadir de Universiteit Ibn Zohr, waar president Nadia Chraibi hem ontving. Zij spraken over de uitwisseling van studenten.',
      'BE',
      '2025-03-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Universiteit Ibn Zohr']);
  });
});

describe('bedrijven genoemd direct na het woord ervoor', () => {
  it('zijn elk een organisatie: „de Deense bedrijven Vestas, Orsted en DEME”', () => {
    const { json } = read('Op 12 mei 2025 sprak de minister in Esbjerg met de Deense bedrijven Vestas, Orsted en DEME.', 'NL', '2025-05-13');
    expect(json.meetings[0]!.organisations).toEqual(['Vestas', 'Orsted', 'DEME']);
  });
});

describe('een werksessie', () => {
  it('is een ontmoeting: „Op woensdag had de delegatie een werksessie met…“ opent een tweede', () => {
    const { json } = read(
      `Op dinsdag 11 februari 2025 ontving gedeputeerde Karel Peeters in Antwerpen een Tunesische delegatie onder leiding van Samia Trabelsi.

Op woensdag 12 februari had de delegatie in Gent een werksessie met schepen voor de haven Anna De Smet.`,
      'TN',
      '2025-02-13',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-02-11', '2025-02-12']);
  });
});

describe('een Duitse instelling met een hoofdwoord dat ook Frans is', () => {
  it('wordt met haar Duitse kleine woorden gelezen: „het Karlsruher Institut für Technologie”', () => {
    const { json } = read(
      'Op 12 maart 2025 sprak gedeputeerde Anouk Verbeek in Karlsruhe met rector Sabine Keller van het Karlsruher Institut für Technologie.',
      'NL',
      '2025-03-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Karlsruher Institut für Technologie']);
  });
});

describe('een fotobijschrift', () => {
  it('is geen ontmoeting: „Minister Van Dalen en minister Kamau na afloop van hun gesprek in Nairobi. © Ministerie van Buitenlandse Zaken”', () => {
    const { json } = read(
      `Op 10 maart 2025 sprak minister Reinier van Dalen in Nairobi met de Keniaanse minister van Handel, Rebecca Kamau.

Minister Van Dalen en minister Kamau na afloop van hun gesprek in Nairobi. © Ministerie van Buitenlandse Zaken

Op 12 maart bezocht de minister de haven van Mombasa, waar hij werd ontvangen door havendirecteur Joseph Otieno.`,
      'NL',
      '2025-03-13',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-03-10', '2025-03-12']);
  });
});

describe('wie toelichting gaf', () => {
  it('had een ontmoeting: „Annelies Vandamme … gaf toelichting bij de digitalisering“ opent een tweede', () => {
    const { json } = read(
      `Op dinsdag 10 juni 2025 ontving rector Pieter Claeys in Antwerpen een delegatie van Stellenbosch University onder leiding van vicerector Thandeka Mokoena.

Woensdag 11 juni trok de delegatie naar het Havenhuis. Annelies Vandamme, directeur Internationale Zaken van Port of Antwerp-Bruges, gaf toelichting bij de digitalisering van havenprocessen.`,
      'ZA',
      '2025-06-13',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-06-10', '2025-06-11']);
  });
});

describe('een komma en „en” na een organisatie', () => {
  it('leidt naar iemand, niet naar een veld: „directeur van het Havenbedrijf Rotterdam, en Elmar van Dijk”', () => {
    const { json } = read(
      'Op 2 april 2025 werd de delegatie in Rotterdam ontvangen door Anna de Vries, directeur van het Havenbedrijf Rotterdam, en Elmar van Dijk, directeur van Gasunie.',
      'BR',
      '2025-04-03',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Havenbedrijf Rotterdam', 'Gasunie']);
  });
});

describe('bedrijven genoemd na „als”', () => {
  it('zijn organisaties, ook in hun eigen taal: „de Federação das Indústrias…”, „bedrijven als Raízen, Vale en Suzano”', () => {
    const { json } = read(
      'Op 12 mei 2025 nam de delegatie in São Paulo deel aan een rondetafel bij de Federação das Indústrias do Estado de São Paulo. Braziliaanse bedrijven als Raízen, Vale en Suzano gingen er in gesprek met de Vlaamse ondernemers.',
      'BE',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Federação das Indústrias do Estado de São Paulo', 'Raízen', 'Vale', 'Suzano']);
  });
});

describe('een delegatie met haar eigen land', () => {
  it('bestaat uit bedrijven van dat land: „De Nederlandse delegatie bestond uit vertegenwoordigers van Deltares en Witteveen+Bos”', () => {
    const { json } = read(
      'Op 12 juni 2025 sprak de ambassadeur in Jakarta met de Indonesische minister van Publieke Werken, Dody Hanggodo. De Nederlandse delegatie bestond naast de ambassadeur uit vertegenwoordigers van Deltares en Witteveen+Bos.',
      'NL',
      '2025-06-13',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
  });

  it('ook als de lead een andere delegatie noemt: „Een Indonesische delegatie bezocht Rotterdam … De Nederlandse delegatie bestond uit…”', () => {
    const { json } = read(
      'Een Indonesische delegatie onder leiding van minister Dody Hanggodo bezocht op 12 juni 2025 Rotterdam. Op 12 juni sprak de delegatie met de havenmeester van het Havenbedrijf Rotterdam, René de Vries. De Nederlandse delegatie bestond uit vertegenwoordigers van Deltares en Witteveen+Bos.',
      'ID',
      '2025-06-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Havenbedrijf Rotterdam', 'Deltares', 'Witteveen+Bos']);
  });
});

describe('de landcode aan het eind van een naam', () => {
  it('zegt van welk land een organisatie is: „Oost NL” is Nederlands', () => {
    const text =
      'Op 10 juni 2025 sprak gedeputeerde Jan Markink in Toronto met de Canadese minister Vic Fedeli. Tom Wiersma, investeringsmanager bij Oost NL, nam deel aan het gesprek.';
    expect(read(text, 'NL', '2025-06-12').json.meetings[0]!.organisations).toEqual([]);
    expect(read(text, 'CA', '2025-06-12').json.meetings[0]!.organisations).toEqual(['Oost NL']);
  });
});

describe('wie aanschoof of aanwezig was', () => {
  it('nam deel: „Bij dit gesprek schoof ook Rutger Smit aan, manager bij Gasunie”', () => {
    const { json } = read(
      'Op 3 juni 2025 sprak de gedeputeerde in Hannover met de Nedersaksische minister van Economie, Olaf Lies. Bij dit gesprek schoof ook Rutger Smit aan, manager internationale netwerken bij Gasunie.',
      'DE',
      '2025-06-04',
    );
    expect(json.meetings[0]!.organisations).toContain('Gasunie');
  });
});

describe('„en” voor een naam met functie', () => {
  it('begint een persoon, geen deel van de organisatie: „de Can Tho University en Annelies Brink, directeur van …”', () => {
    const { json } = read(
      'Op 12 maart 2025 bezocht de missie in Can Tho de Can Tho University en Annelies Brink, directeur van Mekong Seeds, gaf toelichting.',
      'NL',
      '2025-03-14',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Can Tho University en Annelies Brink');
    expect(json.meetings[0]!.organisations).toContain('Can Tho University');
  });
});
