import { describe, expect, it } from 'vitest';
import { read } from './test-helpers';

describe('reading an Italian readout', () => {
  const text = `Roma, 12 marzo 2025 – Si è svolto l'11 marzo alla Farnesina, a Roma, un incontro tra il vice ministro degli Affari esteri del Kazakistan Askar Temirbekov e il direttore centrale per l'Asia centrale Lorenzo Vitali.
I colloqui hanno riguardato la cooperazione nei trasporti e nell'energia rinnovabile. Le parti hanno concordato di tenere il prossimo round di consultazioni ad Astana. La parte kazaka si è impegnata a trasmettere entro fine aprile una bozza di memorandum.`;

  it('takes the dateline as the publication date and the meeting day from the text', () => {
    const { json, draft } = read(text, 'KZ');
    expect(draft.published).toBe('2025-03-12');
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.startDate).toBe('2025-03-11');
    expect(json.meetings[0]!.places).toEqual([{ city: 'Rome', country: 'IT' }]);
  });

  it('puts the Kazakh official on our side for a Kazakh mission, and reads who undertook what', () => {
    const { json } = read(text, 'KZ');
    const [meeting] = json.meetings;
    expect(meeting!.counterparts.find((person) => person.name === 'Askar Temirbekov')?.side).toBe('ours');
    expect(meeting!.counterparts.find((person) => person.name === 'Lorenzo Vitali')?.side).toBe('partner');
    expect(meeting!.followUps).toEqual([
      { text: 'tenere il prossimo round di consultazioni ad Astana', committedBy: 'joint', dueDate: null },
      // A deadline inside the action stays in its words; only one at either end leaves them.
      { text: 'trasmettere entro fine aprile una bozza di memorandum', committedBy: 'ours', dueDate: '2025-04-30' },
    ]);
  });
});

describe('people in Italian', () => {
  it('reads "Stefano Lo Russo" as a name, not as a Russian, and gives the rector her own function', () => {
    const { json } = read(
      'Il 13 marzo la delegazione kazaka è stata ricevuta a Torino dal sindaco Stefano Lo Russo e dalla professoressa Giovanna Rossi, rettrice del Politecnico di Torino.',
      'KZ',
      '2025-03-14',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Stefano Lo Russo', title: 'sindaco' }),
        expect.objectContaining({ name: 'Giovanna Rossi', title: 'rettrice', organisation: 'Politecnico di Torino' }),
      ]),
    );
  });

  it('reads a function past "prof.ssa", and "Lo Monaco" as a surname, not as a place', () => {
    const { json } = read(
      "Il 18 febbraio la delegazione polacca è stata accolta dalla prorettrice dell'Università di Padova, prof.ssa Giovanna Lo Monaco.",
      'PL',
      '2025-02-20',
    );
    expect(json.meetings[0]!.counterparts).toEqual([
      expect.objectContaining({ name: 'Giovanna Lo Monaco', title: 'prorettrice', organisation: 'Università di Padova', side: 'partner' }),
    ]);
  });

  it('does not run a place into the function after it ("alla Farnesina l\'Ambasciatore")', () => {
    const { json } = read(
      "Il 18 marzo la Sottosegretaria Maria Tripodi ha ricevuto alla Farnesina l'Ambasciatore del Kazakistan in Italia, Yerbolat Sembayev.",
      'IT',
      '2025-03-18',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Yerbolat Sembayev', title: 'Ambasciatore del Kazakistan in Italia', organisation: null })]),
    );
  });
});

describe('names that come back only outside the story', () => {
  it("takes a masthead or a palace named again in a caption or a signature for no one, and keeps the visit's leader", () => {
    const { json } = read(
      `Toscana Notizie

FIRENZE – Si è chiusa oggi la visita della delegazione di Alessandria d'Egitto, guidata dal governatore Ahmed Fathy Mansour.

Mercoledì 3 giugno il governatore è stato ricevuto a Palazzo Strozzi Sacrati dall'assessore Lorenzo Baldacci.

Foto: il governatore e l'assessore a Palazzo Strozzi Sacrati

Leggi anche
Ufficio stampa – Toscana Notizie`,
      'EG',
      '2026-06-05',
    );
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).toEqual(['Ahmed Fathy Mansour', 'Lorenzo Baldacci']);
  });
});

describe('a visiting delegation told in the lead', () => {
  const { json } = read(
    `Venezia, 20 febbraio 2025

Si è chiusa ieri la visita in Veneto di una delegazione del Voivodato della Bassa Slesia, guidata dal vicemaresciallo Tomasz Wiśniewski.

Lunedì 17 febbraio la delegazione è stata ricevuta dall'assessora regionale Marina Dal Santo. All'incontro ha preso parte la direttrice dell'Agenzia di sviluppo di Breslavia, Katarzyna Zielińska.

Martedì 18 febbraio, a Padova, la delegazione ha incontrato la rettrice del Politecnico di Breslavia, Agnieszka Nowicka. La Bassa Slesia è oggi un polo industriale, ha ricordato Nowicka.

Mercoledì la delegazione ha partecipato a un seminario organizzato con Unioncamere del Veneto. Il Veneto esporta in Polonia.`,
    'IT',
    '2025-02-20',
  );

  it('takes "si è chiusa la visita" for the visit\'s summary, not a meeting', () => {
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-02-17', '2025-02-18']);
  });

  it('puts the body the delegation is from at each of its meetings', () => {
    for (const meeting of json.meetings) expect(meeting.organisations).toContain('Voivodato della Bassa Slesia');
  });

  it('takes a name whose last word is a region ("Bassa Slesia", "Unioncamere del Veneto") for no one, though the region comes back', () => {
    const names = json.meetings.flatMap((meeting) => meeting.counterparts.map((person) => person.name));
    expect(names).not.toContain('Bassa Slesia');
    expect(names).not.toContain('Unioncamere del Veneto');
  });
});

describe('bodies named in their own language', () => {
  const { json } = read(
    `Porto Alegre, 13 marzo 2026 – Il 12 marzo la rettrice Giovanna Dal Molin è stata ricevuta dal vicerettore della Universidade Federal do Rio Grande do Sul (UFRGS), Paulo Roberto Dias, e dalla titolare della Secretaría de Desarrollo Sustentable, Ana Lucía Ortega.

Il 13 marzo, ultima tappa nella Serra Gaúcha, la rettrice ha incontrato il presidente dell'Associação Vêneta da Serra Gaúcha, Renato Zanella.`,
    'IT',
    '2026-03-14',
  );

  it('reads Portuguese and Spanish bodies with their small words ("do", "de", "da")', () => {
    expect(json.meetings[0]!.organisations).toEqual(['Universidade Federal do Rio Grande do Sul', 'Secretaría de Desarrollo Sustentable']);
    expect(json.meetings[1]!.organisations).toEqual(['Associação Vêneta da Serra Gaúcha']);
  });

  it('takes "la Farnesina" and the Ministry of Foreign Affairs it stands for as one body, by its full name', () => {
    const { json: one } = read(
      "Roma, 9 ottobre 2025 – Il Vice Ministro Valerio Contini ha ricevuto oggi alla Farnesina la Vice Ministra del Commercio dell'Indonesia, Sari Wulandari. Il Ministero degli Affari Esteri e della Cooperazione Internazionale ospiterà il forum d'affari.",
      'ID',
      '2025-10-09',
    );
    expect(one.meetings[0]!.organisations).toEqual(['Ministero degli Affari Esteri e della Cooperazione Internazionale']);
  });

  it('reads a German federal office in an Italian text ("il Bundesamt für Migration")', () => {
    const { json: german } = read(
      'Il 14 novembre 2024, a Norimberga, la Console Generale ha visitato il Bundesamt für Migration und Flüchtlinge, dove è stata ricevuta dal vicepresidente Jonas Weber.',
      'IT',
      '2024-11-15',
    );
    expect(german.meetings[0]!.organisations).toEqual(['Bundesamt für Migration und Flüchtlinge']);
  });

  it('reads a connector and an article inside a Spanish body ("de la Industria")', () => {
    const { json: spanish } = read(
      'Il 25 febbraio, a Monterrey, la delegazione ha incontrato nella sede della Cámara de la Industria de Transformación de Nuevo León il presidente Héctor Villarreal Cantú.',
      'IT',
      '2026-02-27',
    );
    expect(spanish.meetings[0]!.organisations).toEqual(['Cámara de la Industria de Transformación de Nuevo León']);
  });

  it('reads a French body in an Italian text ("Université Internationale de Rabat")', () => {
    const { json: french } = read(
      "Il 14 maggio, a Rabat, la delegazione ha visitato l'Université Internationale de Rabat (UIR), dove è stata accolta dal presidente dell'ateneo, prof. Noureddine Mouaddib.",
      'CH',
      '2025-05-16',
    );
    expect(french.meetings[0]!.organisations).toEqual(['Université Internationale de Rabat']);
  });

  it("takes a region named again inside a body's name for no one", () => {
    expect(json.meetings.flatMap((meeting) => meeting.counterparts.map((person) => person.name))).not.toContain('Serra Gaúcha');
  });
});

describe('bodies described, not named', () => {
  it('takes "la Giunta regionale" or "il Centro nazionale" for no body met', () => {
    const { json } = read(
      'Il 12 maggio, a Tashkent, la Presidente della Giunta regionale, Marina Santoni, ha incontrato il vice ministro Bakhtiyor Saidov. Erano presenti anche i vertici del Centro nazionale.',
      'UZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Giunta regionale');
    expect(json.meetings[0]!.organisations).not.toContain('Centro nazionale');
  });
});

describe("a ministry's fields after commas", () => {
  it('reads on past a country\'s word inside a later field ("e dei Marocchini Residenti all\'Estero")', () => {
    const { json } = read(
      "Il 3 marzo, a Rabat, il sottosegretario ha incontrato il segretario generale del Ministero degli Affari Esteri, della Cooperazione Africana e dei Marocchini Residenti all'Estero, Youssef Amrani.",
      'IT',
      '2025-03-05',
    );
    expect(json.meetings[0]!.organisations).toHaveLength(1);
    expect(json.meetings[0]!.organisations[0]).toMatch(/^Ministero degli Affari Esteri, della Cooperazione Africana e dei Marocchini Residenti/);
  });
});

describe('companies listed as present', () => {
  it('takes every company "tra le aziende presenti" for a body at the meeting, past the dots of their legal forms', () => {
    const { json } = read(
      'Il 4 giugno, a Belgrado, la delegazione ha incontrato la vicepresidente della Camera di commercio serba, Milica Đorđević. Tra le aziende varesine presenti Fonderie Valcuvia S.p.A., Lamiere Ticino S.r.l., Brughiera Plast SpA e la startup Sensoria.',
      'RS',
      '2024-06-07',
    );
    expect(json.meetings[0]!.organisations).toEqual(
      expect.arrayContaining(['Fonderie Valcuvia S.p.A.', 'Lamiere Ticino S.r.l.', 'Brughiera Plast SpA', 'Sensoria']),
    );
  });
});

describe('companies named with an ampersand', () => {
  it('keeps "Colombo & Ferri srl" whole', () => {
    const { json } = read('Il 4 giugno il ministro ha incontrato Marco Colombo, titolare della Colombo & Ferri srl di Monza.', 'RS', '2025-06-05');
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Marco Colombo', organisation: 'Colombo & Ferri srl' })]);
  });

  it('keeps it whole in a list of companies too', () => {
    const { json } = read(
      'Il 4 giugno, a Milano, il ministro ha incontrato la vicepresidente di Assolombarda, Francesca Orsini, e una ventina di imprese, tra cui Meccanica Brianza S.p.A. e Colombo & Ferri srl.',
      'RS',
      '2025-06-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(expect.arrayContaining(['Meccanica Brianza S.p.A.', 'Colombo & Ferri srl']));
  });
});

describe('Italian legal forms in lower case', () => {
  it('ends a company at "srl" and takes it, not its town, for the body of its owner', () => {
    const { json } = read(
      'Il 7 ottobre la delegazione ha incontrato il governatore Mauricio Kuri. Presente al colloquio anche Giacomo Rota, titolare della Meccaniche Rota srl di Lumezzane.',
      'IT',
      '2025-10-10',
    );
    expect(json.meetings[0]!.counterparts).toContainEqual(expect.objectContaining({ name: 'Giacomo Rota', organisation: 'Meccaniche Rota srl' }));
  });
});

describe('words that start like a country', () => {
  it('reads "Katarzyna" as a given name, not as Qatar, and "Belgrado" as a town, not as Belgium', () => {
    const { json } = read(
      "Il 17 febbraio, a Belgrado, l'assessora Marina Dal Santo ha incontrato la direttrice dell'Agenzia di sviluppo di Breslavia, Katarzyna Zielińska.",
      'IT',
      '2025-02-20',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Katarzyna Zielińska', title: 'direttrice', side: 'partner' })]),
    );
    expect(json.meetings[0]!.partnerCountries).not.toContain('BE');
    expect(json.meetings[0]!.partnerCountries).not.toContain('QA');
  });
});

describe('a list of people with their functions, in Italian', () => {
  const { json } = read(
    'Venerdì la delegazione del Cantone Ticino ha incontrato il presidente della Provincia del Verbano Cusio Ossola, Alessio Ferrini, la sindaca di Domodossola, Lucia Zanetti, e il presidente della Società Subalpina di Imprese Ferroviarie (SSIF), Gianni Borghi.',
    'CH',
    '2026-03-14',
  );
  const people = json.meetings[0]!.counterparts;

  it('keeps every capitalised word of a body before a comma and a name ("Provincia del Verbano Cusio Ossola, Alessio Ferrini")', () => {
    expect(people).toContainEqual(
      expect.objectContaining({ name: 'Alessio Ferrini', title: 'presidente', organisation: 'Provincia del Verbano Cusio Ossola' }),
    );
  });

  it("leaves a body's acronym in brackets out of its name, in a function after a name", () => {
    const { json: withAcronym } = read(
      "Venerdì la delegazione ha incontrato il sindaco Mario Rossi. C'era anche il direttore delle Ferrovie autolinee regionali ticinesi (FART), Claudio Rossetti.",
      'IT',
      '2026-02-22',
    );
    expect(withAcronym.meetings[0]!.counterparts).toContainEqual(
      expect.objectContaining({ name: 'Claudio Rossetti', organisation: 'Ferrovie autolinee regionali ticinesi' }),
    );
  });

  it('gives "la sindaca di Domodossola" to the name after it, and takes the town for part of her function, not a body', () => {
    expect(people).toContainEqual(expect.objectContaining({ name: 'Lucia Zanetti', title: 'sindaca di Domodossola', organisation: null }));
    expect(json.meetings[0]!.organisations).toEqual(['Provincia del Verbano Cusio Ossola', 'Società Subalpina di Imprese Ferroviarie']);
  });
});

describe('bodies in Italian', () => {
  it('keeps a region with its name ("Regione Emilia-Romagna") and ends a body before "e Ministro"', () => {
    const { json } = read(
      'Il 5 marzo il Presidente della Regione Emilia-Romagna Michele de Pascale e il Vice Presidente del Consiglio e Ministro degli Affari Esteri, Antonio Tajani, hanno incontrato il Ministro degli Esteri kazako Murat Nurtleu.',
      'KZ',
      '2025-03-06',
    );
    const people = json.meetings[0]!.counterparts;
    expect(people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Michele de Pascale', organisation: 'Regione Emilia-Romagna' }),
        expect.objectContaining({ name: 'Antonio Tajani', title: expect.stringContaining('Ministro degli Affari Esteri') }),
      ]),
    );
    expect(people.map((person) => person.organisation)).not.toContain(expect.stringContaining('Consiglio e Ministro'));
  });
});

describe('ministers in Italian', () => {
  it("reads a ministra's whole portfolio as her function, not as a body", () => {
    const { json } = read(
      "Il 12 marzo il ministro degli Esteri, Paolo Ferraresi, ha avuto un colloquio telefonico con la ministra dell'Integrazione africana e degli Affari esteri senegalese, Aïssatou Ndiaye.",
      'IT',
      '2025-03-13',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Aïssatou Ndiaye', title: expect.stringMatching(/^ministra dell'Integrazione africana e degli Affari esteri/) }),
      ]),
    );
  });
});

describe('a day that "took place with" someone', () => {
  it('reads "si è svolta … con" as a meeting, and the companies listed after "tra le quali"', () => {
    const { json } = read(
      'La giornata conclusiva di venerdì 5 giugno si è svolta a Firenze, nella sede di Confindustria Toscana, con il vicepresidente Niccolò Guarducci e una quindicina di imprese, tra le quali Nuovo Pignone, Oleificio Colline Pisane e Tessitura Ciampi S.r.l.',
      'EG',
      '2026-06-06',
    );
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.organisations).toEqual(['Confindustria Toscana', 'Nuovo Pignone', 'Oleificio Colline Pisane', 'Tessitura Ciampi S.r.l.']);
  });

  it('does not take a forum "organizzato con" a body for a meeting with it', () => {
    const { json } = read(
      "Il 12 maggio, a Tunisi, si è svolto il Business forum Puglia-Tunisia, organizzato con l'Union tunisienne de l'industrie, du commerce et de l'artisanat (UTICA). Il presidente Lorusso ha incontrato il presidente dell'UTICA, Samir Mejri.",
      'IT',
      '2025-05-14',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).not.toContain('Union tunisienne');
  });
});

describe('Italian meetings', () => {
  it('reads "si è intrattenuto con" as a meeting of its own', () => {
    const { json } = read(
      `Il 10 marzo a Milano l'ambasciatore Yerbolat Sembayev ha incontrato il presidente della Regione Lombardia Attilio Fontana.

L'11 marzo a Torino l'ambasciatore si è intrattenuto con il sindaco Stefano Lo Russo sulla cooperazione universitaria.`,
      'KZ',
      '2025-03-12',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-03-10', '2025-03-11']);
  });
});

describe('counterparts named as such, in Italian', () => {
  it('reads "il suo omologo uzbeko" as a function before a name', () => {
    const { json } = read(
      'Il 5 marzo il Ministro Francesco Lollobrigida ha incontrato a Roma il suo omologo uzbeko Ibrokhim Abdurakhmonov. Al centro del colloquio la cooperazione agricola.',
      'IT',
      '2025-03-06',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Ibrokhim Abdurakhmonov', title: 'omologo uzbeko', side: 'partner' })]),
    );
  });
});

describe('an Italian dispatch with a dateline', () => {
  it('counts "ieri" from the dateline, and gives the delegation\'s leader its country', () => {
    const { json } = read(
      "Torino, 14 marzo 2025 – Una delegazione del Kazakistan guidata dal Vice Ministro dell'Industria Olzhas Saparbekov è stata ricevuta ieri dal Presidente della Regione Piemonte, Alberto Cirio.",
      'IT',
      '2025-03-15',
    );
    expect(json.meetings[0]!.startDate).toBe('2025-03-13');
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Olzhas Saparbekov', side: 'partner' }),
        expect.objectContaining({ name: 'Alberto Cirio', side: 'ours' }),
      ]),
    );
  });
});

describe('an Italian delegation led by someone', () => {
  it("gives the leader the delegation's country when the sentence names another too", () => {
    const { json } = read(
      "Il 24 settembre a Roma si sono svolte consultazioni politiche con il Ministero degli Affari Esteri. La delegazione svizzera era guidata dalla Segretaria di Stato del DFAE, Cornelia Gasser, accompagnata dall'ambasciatrice di Svizzera in Italia, Verena Luthiger. La Segretaria di Stato Gasser si è impegnata a promuovere un incontro tecnico.",
      'CH',
      '2024-09-27',
    );
    const [meeting] = json.meetings;
    expect(meeting!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Cornelia Gasser', side: 'ours' })]));
    expect(meeting!.followUps).toEqual([expect.objectContaining({ text: 'promuovere un incontro tecnico', committedBy: 'ours' })]);
  });
});

describe('a seat and a function, in Italian', () => {
  it('prefers the function after the name to the seat before it', () => {
    const { json } = read(
      'Il 19 novembre a Roma il presidente della Commissione Esteri, Raffaele Mancuso, ha ricevuto il deputato Arben Kola, vicepresidente del Parlamento albanese.',
      'IT',
      '2024-11-20',
    );
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Arben Kola', title: 'vicepresidente' })]));
  });
});

describe('who "la viceministra" is', () => {
  it('finds the holder of a function written in the feminine', () => {
    const { json } = read(
      "Il 13 marzo a Roma l'ambasciatore del Senegal, Mamadou Lamine Sarr, è stato ricevuto dalla viceministra degli Esteri Giulia Montanari. La viceministra si è impegnata a finanziare due nuovi centri di formazione.",
      'SN',
      '2025-03-14',
    );
    expect(json.meetings[0]!.followUps).toEqual([expect.objectContaining({ text: 'finanziare due nuovi centri di formazione', committedBy: 'partner' })]);
  });
});

describe('bodies named after a town', () => {
  it('does not take "Porto di Danzica" for a body of Porto, in Portugal', () => {
    const { json } = read(
      "Lunedì 20 maggio l'Ambasciatrice, accompagnata da Tomasz Wróbel, direttore commerciale del Porto di Danzica, è stata ricevuta a Trieste dal presidente dell'Autorità portuale, Stefano Brun.",
      'PL',
      '2024-05-22',
    );
    expect(json.meetings[0]!.partnerCountries).toEqual(['IT']);
  });
});

describe('names of three words', () => {
  it('keeps a given name after a function: "dal Segretario generale Mehdi Tazi Lahlou"', () => {
    const { json } = read('Il 12 maggio il Sottosegretario è stato ricevuto a Rabat dal Segretario generale Mehdi Tazi Lahlou.', 'IT', '2025-05-14');
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Mehdi Tazi Lahlou', title: 'Segretario generale' })]);
  });
});

describe('who undertook it', () => {
  it('gives the mission what it undertakes after "mentre" or after a deadline, not the body named before', () => {
    const { json } = read(
      "Napoli, 5 aprile 2025\n\nIl 3 aprile l'ambasciatore del Belgio in Italia, Pierre Van den Berghe, ha incontrato l'assessora alla Cultura del Comune di Napoli, Laura Esposito. Il Comune metterà a disposizione le sale del Maschio Angioino, mentre l'Ambasciata si è impegnata a coprire i costi di trasporto delle opere. Entro fine maggio l'Ambasciata invierà all'Autorità portuale il programma di una visita di studio.",
      'BE',
      '2025-04-05',
    );
    expect(json.meetings[0]!.followUps).toEqual([
      expect.objectContaining({ text: 'coprire i costi di trasporto delle opere', committedBy: 'ours' }),
      expect.objectContaining({ committedBy: 'ours', dueDate: '2025-05-31' }),
    ]);
  });

  it('gives "La Regione" the side of the region named before', () => {
    const { json } = read(
      "Sfax, 14 maggio 2025\n\nIl 13 maggio il presidente della Regione Puglia, Michele Lorusso, è stato accolto all'Università di Sfax dal rettore Hatem Karray. La Regione si è impegnata a finanziare dieci borse di dottorato presso l'Università di Bari.",
      'IT',
      '2025-05-14',
    );
    expect(json.meetings[0]!.followUps).toEqual([expect.objectContaining({ committedBy: 'ours' })]);
  });

  it('does not join two acronyms with "e" into one body', () => {
    const { json } = read('Roma, 13 marzo 2025. Il 12 marzo il ministro ha incontrato i vertici di SACE e CDP.', 'RS', '2025-03-13');
    expect(json.meetings[0]!.organisations).toEqual(['SACE', 'CDP']);
  });
});

describe('an agency dispatch', () => {
  it('reads "ROMA, 09 OTT - Due giorni…" as no date, "sen." as a courtesy word and a working lunch as a meeting', () => {
    const { json } = read(
      "(ANSA) - ROMA, 09 OTT - Due giorni di incontri a Roma per il ministro degli Esteri serbo, Dragan Milovanović, ricevuto ieri alla Farnesina dal ministro degli Esteri Tommaso Ferrante.\n\nNel pomeriggio Milovanović è stato ricevuto al ministero dell'Università dalla ministra, sen. Elisabetta Guarnieri.\n\nOggi i due ministri si sono ritrovati a Villa Madama per una colazione di lavoro con i vertici di SACE.",
      'RS',
      '2025-10-09',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-10-08', '2025-10-08', '2025-10-09']);
    expect(json.meetings[1]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Elisabetta Guarnieri' })]));
  });
});

describe('regional bodies abroad', () => {
  it('reads "Contea" as the head of a body, not as a name', () => {
    const { json } = read(
      'TIMIȘ IN FRIULI: 70 INCONTRI B2B\n\nUdine, 23 maggio 2025. Si è conclusa la missione di una delegazione della Contea di Timiș. Il 22 maggio la delegazione è stata ricevuta dal presidente della Camera di commercio, Giovanni Da Pozzo.',
      'IT',
      '2025-05-23',
    );
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).toEqual(['Giovanni Da Pozzo']);
  });
});

describe('two people of two bodies', () => {
  it('does not run a body\'s name into the next person\'s: "presidente di Confindustria, e Anna Bianchi"', () => {
    const { json } = read(
      'Il 12 maggio a Roma il ministro ha incontrato Paolo Rossi, presidente di Confindustria, e Anna Bianchi, amministratrice delegata di ENIT.',
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Paolo Rossi', organisation: 'Confindustria' }),
        expect.objectContaining({ name: 'Anna Bianchi', organisation: 'ENIT' }),
      ]),
    );
  });
});

describe('more ways to tell a meeting', () => {
  it.each([
    'Il 12 maggio il ministro Paolo Rossi si è recato a Torino per un confronto con il presidente della Regione, Alberto Cirio, sulla logistica.',
    'Lunedì 12 maggio il ministro Paolo Rossi ha tenuto un bilaterale con il viceministro kazako Arman Nurlanov sulla cooperazione energetica.',
    "Il 12 maggio il ministro Paolo Rossi ha avuto un cordiale scambio di vedute con il viceministro kazako Arman Nurlanov sull'energia.",
    'Il 12 maggio il ministro Paolo Rossi e il viceministro kazako Arman Nurlanov hanno discusso della cooperazione energetica.',
    'Il 12 maggio il ministro Paolo Rossi ha presieduto con il viceministro kazako Arman Nurlanov i lavori della commissione mista.',
  ])('%s', (sentence) => {
    const { json } = read(`Roma, 14 maggio 2025. ${sentence}`, 'IT', '2025-05-14');
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.startDate).toBe('2025-05-12');
  });
});

describe('an "amministratrice delegata" is no minister', () => {
  it('takes the company after "amministratrice delegata di" for her organisation, not for a portfolio', () => {
    const { json } = read(
      'Il 12 maggio il ministro ha incontrato Anna Bianchi, amministratrice delegata di Fincantieri. Al centro dei colloqui la cooperazione nella cantieristica.',
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.counterparts).toEqual([
      expect.objectContaining({ name: 'Anna Bianchi', title: 'amministratrice delegata', organisation: 'Fincantieri' }),
    ]);
  });
});

describe('bodies whose name goes on in adjectives', () => {
  it('keeps "Unione Industriale Biellese" whole, and its president as a person of it', () => {
    const { json } = read(
      "Biella, 14 maggio 2025. Il 13 maggio il ministro ha incontrato il presidente dell'Unione Industriale Biellese, Massimo Gilardi.",
      'UZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Unione Industriale Biellese']);
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Massimo Gilardi', organisation: 'Unione Industriale Biellese' })]);
  });

  it('names a hospital and a consortium by their heads', () => {
    const { json } = read(
      "Milano, 14 maggio 2025. Il 13 maggio la delegazione ha incontrato i vertici dell'Ospedale Niguarda e il direttore del Consorzio del Prosciutto di Parma, Luca Verdi.",
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Ospedale Niguarda', 'Consorzio del Prosciutto di Parma']);
  });
});

describe('bodies still to be met', () => {
  it('does not count the bodies whose heads a minister will meet', () => {
    const { json } = read(
      'Milano, 8 novembre 2025. Il 7 novembre il viceministro ha incontrato il sindaco di Milano, Anna Rossi. Il viceministro sarà a Torino il 9 novembre per incontrare i vertici di Iveco Group, Leonardo SpA e Prysmian Group.',
      'KZ',
      '2025-11-08',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toEqual([]);
  });
});

describe('a body named again by its head alone', () => {
  it('takes "la Camera di commercio" for the chamber named in full', () => {
    const { json } = read(
      "Milano, 14 maggio 2025. La Camera di Commercio di Milano ha accolto una delegazione lussemburghese. Il 13 maggio la delegazione è stata ricevuta presso la Camera di commercio dal presidente Carlo Sangalli. Entro fine maggio l'Ambasciata invierà all'Autorità portuale il programma di una visita.",
      'LU',
      '2025-05-14',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toEqual(['Camera di Commercio di Milano']);
  });
});

describe('a body before a bare article', () => {
  it('ends "Autorità portuale di Napoli" before "il programma"', () => {
    const { json } = read(
      "Napoli, 14 maggio 2025. Il 13 maggio il console belga ha presentato all'Autorità portuale di Napoli il programma di una visita di studio.",
      'BE',
      '2025-05-14',
    );
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toEqual(['Autorità portuale di Napoli']);
  });
});

describe('a company named after the word for its kind', () => {
  it('takes the name after "lo spedizioniere" for a company', () => {
    const { json } = read(
      "Genova, 14 maggio 2025. Il 13 maggio l'ambasciatore ha incontrato i vertici dello spedizioniere Lanterna Logistica nel porto di Genova.",
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Lanterna Logistica']);
  });
});

describe("the delegation's country", () => {
  it('gives the leader of a delegation the country named in it, not the one its ambassador is posted to', () => {
    const { json } = read(
      "Roma, 14 maggio 2025. Il 13 maggio il Segretario generale ha incontrato alla Farnesina una delegazione kazaka. La delegazione del Ministero degli Affari esteri della Repubblica del Kazakistan era guidata dal vice ministro Askar Temirbekov, accompagnato dall'Ambasciatrice del Kazakistan in Italia, Aigul Kuspan.",
      'IT',
      '2025-05-14',
    );
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Askar Temirbekov', side: 'partner' })]));
    expect(json.meetings[0]!.partnerCountries).toEqual(['KZ']);
  });

  it('does not give the leader the country the delegation went to', () => {
    const { json } = read(
      "Astana, 14 maggio 2025. Il 13 maggio ad Astana la delegazione in visita in Kazakistan, guidata dal deputato Marco Rossi e accompagnata dall'Ambasciatore d'Italia in Kazakistan, Luca Bianchi, ha incontrato il vice ministro Askar Temirbekov.",
      'IT',
      '2025-05-14',
    );
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Marco Rossi', side: 'ours' })]));
  });
});

describe('the body a delegation is from', () => {
  it('gives the leader of a delegation its body, met in every meeting the leader attends', () => {
    const { json } = read(
      "Milano, 9 ottobre 2025. Missione in Italia di una delegazione del Ministero dell'Economia della Repubblica dell'Azerbaigian guidata dal vice ministro Elnur Gasimov.\n\nMartedì 7 ottobre Gasimov ha incontrato a Milano l'assessore regionale Paolo Gerosa.\n\nMercoledì 8 ottobre a Ravenna il vice ministro ha visitato il porto con la presidente dell'Autorità portuale Giorgia Fabbri.",
      'IT',
      '2025-10-09',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Elnur Gasimov', organisation: "Ministero dell'Economia della Repubblica dell'Azerbaigian" })]),
    );
    expect(json.meetings[0]!.organisations).toEqual(["Ministero dell'Economia della Repubblica dell'Azerbaigian"]);
  });
});

describe('towns the gazetteer does not list', () => {
  it("takes a body named after a town for that town's country", () => {
    const { json } = read(
      "Ancona, 14 maggio 2025. Il 13 maggio la delegazione polacca ha visitato ad Ancona l'Università Politecnica delle Marche con il prorettore del Politecnico di Rzeszów, Jan Sowa.",
      'PL',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Politecnico di Rzeszów');
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Jan Sowa', side: 'ours' })]);
  });
});

describe('companies listed after the word for them', () => {
  it('takes the names after "aziende, tra cui" for companies', () => {
    const { json } = read(
      'Torino, 19 febbraio 2025. Il 18 febbraio il ministro marocchino ha incontrato a Torino una delegazione di aziende piemontesi, tra cui Cablaggi Borgaro e Sila Fari.',
      'MA',
      '2025-02-19',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Cablaggi Borgaro', 'Sila Fari']);
  });
});

describe('what is not a body in Italian', () => {
  it.each([
    ["La ministra dell'Università e della Ricerca, Elisabetta Guarnieri, ha ricevuto il viceministro vietnamita Pham Quang Minh.", []],
    [
      "Il 13 maggio il ministro ha incontrato i vertici della Regione Piemonte. La Regione e l'Amdie hanno concordato un incontro d'affari.",
      ['Regione Piemonte'],
    ],
  ])('%s', (sentence, bodies) => {
    const { json } = read(`Roma, 14 maggio 2025. Il 13 maggio a Roma: ${sentence}`, 'MA', '2025-05-14');
    expect(json.meetings.flatMap((meeting) => meeting.organisations)).toEqual(bodies);
  });
});

describe('a fuller function named later', () => {
  it("takes the country the fuller function names for the person's", () => {
    const { json } = read(
      "Roma, 12 marzo 2025\n\nRegaldi incontra il Vice Ministro Tran Minh Khoa\n\nL'11 marzo il Sottosegretario Fausto Regaldi ha ricevuto a Roma il Vice Ministro dell'Industria e del Commercio della Repubblica Socialista del Vietnam, Tran Minh Khoa.",
      'IT',
      '2025-03-12',
    );
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Tran Minh Khoa', side: 'partner' })]));
  });
});

describe("another country's ministry", () => {
  it('does not take "il ministro degli Esteri" for a minister of the Serbian ministry named before', () => {
    const { json } = read(
      "Roma, 9 ottobre 2025. Il ministro degli Esteri serbo, Dragan Milovanović, è stato ricevuto l'8 ottobre alla Farnesina dal vicepremier e ministro degli Esteri Tommaso Ferrante.",
      'IT',
      '2025-10-09',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Tommaso Ferrante', organisation: 'Ministero degli Esteri', side: 'ours' })]),
    );
  });
});

describe('towns by their Italian names', () => {
  it('places "a Durazzo" in Albania', () => {
    const { json } = read(
      "Tirana, 14 novembre 2025. Lunedì 10 novembre, a Durazzo, l'Ambasciatore è stato ricevuto dal direttore generale del porto, Arben Kola.",
      'IT',
      '2025-11-14',
    );
    expect(json.meetings[0]!.places).toEqual([{ city: 'Durrës', country: 'AL' }]);
  });
});

describe('companies with the legal forms of other countries', () => {
  it("reads Albanian and Macedonian legal forms, dotted or not, as the end of a company's name", () => {
    const { json } = read(
      "Il 12 marzo 2025, a Durazzo, l'Ambasciatore ha incontrato una ventina di imprenditori, tra cui rappresentanti di Durrës Shipyard Sh.a., di Bregu Construction Sh.p.k. e di Hegerland Kabelsysteme DOOEL.",
      'IT',
      '2025-03-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Durrës Shipyard Sh.a.', 'Bregu Construction Sh.p.k.', 'Hegerland Kabelsysteme DOOEL']);
  });
});

describe('a region in lower case', () => {
  it('is land, not the government of a region, which Italian writes with a capital', () => {
    const { json } = read(
      "Il 14 maggio 2025 a Samarcanda l'assessore Tosti ha incontrato il vicegovernatore della regione di Samarcanda, Bakhtiyor Rakhimov, e i vertici della Camera di commercio e dell'industria dell'Uzbekistan.",
      'IT',
      '2025-05-15',
    );
    expect(json.meetings[0]!.organisations).not.toContain('regione di Samarcanda');
  });
});

describe("a body's seat", () => {
  it('reads the body after "la sede di", but not a street there', () => {
    const first = read(
      "ALGERI, 21 gen 2025 - Nel pomeriggio il viceministro si è recato alla sede di Sonatrach, dove ha incontrato l'amministratore delegato del gruppo, Rachid Boukhalfa.",
      'IT',
      '2025-01-21',
    );
    expect(first.json.meetings[0]!.organisations).toEqual(['Sonatrach']);
    const second = read(
      'Il 3 marzo 2025 la delegazione vietnamita è stata ricevuta nella sede di Largo Antonio Ruberti dal direttore generale Paolo Bianchi.',
      'VN',
      '2025-03-04',
    );
    expect(second.json.meetings[0]?.organisations ?? []).not.toContain('Largo Antonio Ruberti');
  });
});

describe("a region's administration", () => {
  it('reads "Amministrazione regionale di Imereti" as a body', () => {
    const { json } = read(
      "Il 12 giugno 2025 a Kutaisi l'Ambasciatore ha incontrato il presidente dell'Amministrazione regionale di Imereti, Giorgi Beridze.",
      'IT',
      '2025-06-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Amministrazione regionale di Imereti']);
  });
});

describe('English heads in an Italian text', () => {
  it('reads "the Georgian Railway" as a body', () => {
    const { json } = read(
      'Il 9 aprile 2025 a Poti il sottosegretario ha incontrato il direttore generale del porto, Nika Tsertsvadze, alla presenza di rappresentanti della Georgian Railway.',
      'IT',
      '2025-04-10',
    );
    expect(json.meetings[0]!.organisations).toContain('Georgian Railway');
  });
});

describe('bodies listed after "rappresentanti di"', () => {
  it('keeps a body named after its town and a company after the word for its kind, but not a seat named after a saint', () => {
    const { json } = read(
      "Il 4 giugno 2025 a Como l'assessore ha incontrato la presidente della Camera di Commercio di Como-Lecco, Roberta Cattaneo. All'incontro hanno partecipato anche rappresentanti di Confartigianato Como, di Grimaldi e del gruppo Spinelli.",
      'CH',
      '2025-06-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(expect.arrayContaining(['Confartigianato Como', 'Grimaldi', 'Spinelli']));
    const seat = read(
      "Il 6 febbraio 2025 la delegazione ha fatto visita all'Autorità di Sistema Portuale del Mare Adriatico Settentrionale, nella sede di Santa Marta a Venezia.",
      'PL',
      '2025-02-07',
    );
    expect(seat.json.meetings[0]!.organisations).not.toContain('Santa Marta');
  });
});

describe('a company named after the word for its kind', () => {
  it('goes on past a small word to the rest of its name, and a list goes on to a company named with any word', () => {
    const first = read(
      'Il 12 novembre 2024 la delegazione ha visitato a Querétaro la cooperativa Quesera del Semidesierto, dove è stata ricevuta dal presidente Juan Pérez.',
      'IT',
      '2024-11-13',
    );
    expect(first.json.meetings[0]!.organisations).toEqual(['Quesera del Semidesierto']);
    const second = read(
      "Il 4 giugno 2025 a Como l'assessore ha incontrato la presidente della Camera di Commercio di Como-Lecco, Roberta Cattaneo. All'incontro hanno partecipato anche rappresentanti di Confartigianato Como e di Villa Erba S.p.A.",
      'CH',
      '2025-06-05',
    );
    expect(second.json.meetings[0]!.organisations).toEqual(expect.arrayContaining(['Confartigianato Como', 'Villa Erba S.p.A.']));
  });
});

describe('a body after a function with its adjective', () => {
  it('reads the name after "direttore commerciale di", up to its legal form', () => {
    const { json } = read(
      "Il 9 settembre 2024 a Milano l'assessore ha incontrato Paolo Sala, direttore commerciale di Trenord, e Franco Zuliani, direttore generale di Elettra Sincrotrone Trieste S.C.p.A.",
      'CH',
      '2024-09-10',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Trenord', 'Elettra Sincrotrone Trieste S.C.p.A.']);
  });
});

describe("a region's adjective", () => {
  it('places the companies of an Umbrian mission in Italy, on our side for an Italian mission', () => {
    const { json } = read(
      "Giovedì 15 maggio 2025, a Tashkent, l'assessore Tosti ha aperto il forum d'affari con la Camera di Commercio e dell'Industria dell'Uzbekistan. Oltre 40 incontri B2B tra le imprese umbre – tra cui Oleificio Colli Martani e Cantine Montefalco Riunite – e aziende uzbeke.",
      'IT',
      '2025-05-16',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Oleificio Colli Martani');
  });
});

describe('a Portuguese port authority in an Italian text', () => {
  it('reads "Autoridade Portuária de Santos" whole', () => {
    const { json } = read(
      "Il 3 aprile 2025 il Console generale d'Italia ha incontrato a Santos il presidente dell'Autoridade Portuária de Santos, Anderson Pomini. Al centro del colloquio il potenziamento dei collegamenti marittimi con i porti italiani e gli investimenti delle imprese italiane nella logistica.",
      'IT',
      '2025-04-04',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Autoridade Portuária de Santos']);
  });
});

describe('a foreign region named by its Italian adjective', () => {
  it('places the Carinthian government in Austria, on our side for an Austrian mission', () => {
    const { json } = read(
      "Il 12 marzo 2025 a Klagenfurt l'assessore regionale ha incontrato i rappresentanti del governo carinziano e dell'Università di Klagenfurt.",
      'AT',
      '2025-03-13',
    );
    expect(json.meetings[0]!.organisations.join()).not.toContain('carinziano');
  });
});

describe('Italian bodies named in lower case', () => {
  it('run on over nouns and adjectives to a comma, but not to a verb', () => {
    const { json } = read(
      "Il 14 ottobre 2025 a Roma la delegazione marocchina ha incontrato il presidente del Consiglio per la ricerca in agricoltura e l'analisi dell'economia agraria, Mario Rossi, e il direttore del Ministero dell'Agricoltura per discutere di vino.",
      'MA',
      '2025-10-15',
    );
    expect(json.meetings[0]!.organisations).toEqual(expect.arrayContaining(["Consiglio per la ricerca in agricoltura e l'analisi dell'economia agraria"]));
    expect(json.meetings[0]!.organisations.join()).not.toContain('discutere');
  });
});

describe('what a function is for', () => {
  it('is no body, listed after the first field too', () => {
    const { json } = read(
      "Il 10 febbraio 2025 a Genova la delegazione è stata accolta dall'assessore allo Sviluppo economico, Porto e Relazioni internazionali, Davide Ferrando.",
      'UA',
      '2025-02-11',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
  });
});

describe('a company named in quotes after its legal form', () => {
  it('is the name in the quotes, and the legal form is no body of its own', () => {
    const { json } = read(
      'Il 3 maggio 2025 a Dushanbe il sottosegretario ha visitato il cantiere di OJSC "Rogun HPP" con il direttore Davlat Rahimov.',
      'IT',
      '2025-05-04',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Rogun HPP']);
  });
});

describe('a body in lower case that ends with a place', () => {
  it('keeps the place, so the body is of its country', () => {
    const { json } = read(
      "Il 5 marzo 2025 a Genova la delegazione ucraina ha visitato l'Istituto Gaslini con la direttrice dell'Ospedale pediatrico regionale di Odessa, Olena Savchuk.",
      'UA',
      '2025-03-06',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Ospedale pediatrico regionale');
  });
});

describe('una visita ancora da venire', () => {
  it('non è un incontro: "la visita proseguirà domani con un incontro a Confindustria"', () => {
    const { json } = read(
      `Roma, 12 marzo 2026 – Il sottosegretario Giulio Pellegrini ha incontrato martedì a Roma la ministra del Commercio del Kosovo, Drita Krasniqi. Al centro del colloquio la cooperazione nel settore tessile.

La visita della delegazione kosovara proseguirà domani con un incontro a Confindustria sulle opportunità nel settore delle energie rinnovabili.`,
      'IT',
      '2026-03-12',
    );
    expect(json.meetings).toHaveLength(1);
  });
});

describe("l'incontro che apre il racconto", () => {
  it('è l\'incontro raccontato, non uno già detto: "È stato il tema dell\'incontro che il sottosegretario … ha avuto martedì"', () => {
    const { json } = read(
      "(ANSA) - ROMA, 12 MAR - Rafforzare la cooperazione industriale tra Italia e Kosovo. È stato il tema dell'incontro che il sottosegretario alle Imprese, Giulio Pellegrini, ha avuto martedì a Palazzo Piacentini con la ministra dell'Industria della Repubblica del Kosovo, Drita Krasniqi.",
      'IT',
      '2026-03-12',
    );
    expect(json.meetings.map((meeting) => meeting.counterparts.map((person) => person.name))).toEqual([expect.arrayContaining(['Drita Krasniqi'])]);
  });

  it('ma "la visita" che si è chiusa ieri resta il riassunto della visita', () => {
    const { json } = read(
      `Si è chiusa ieri la visita in Veneto di una delegazione del Voivodato della Bassa Slesia guidata dal vicemaresciallo Tomasz Wiśniewski.

Lunedì 17 febbraio la delegazione è stata ricevuta a Venezia dall'assessora regionale allo Sviluppo economico, Marina Dal Santo.`,
      'IT',
      '2025-02-20',
    );
    expect(json.meetings).toHaveLength(1);
  });
});

describe('una città unita da un trattino al luogo nel nome', () => {
  it('dice il paese dell\'ente: "Aeroporto di Rzeszów-Jasionka" è polacco, e per una missione polacca è dei nostri', () => {
    const { json } = read(
      "Ancona, 19 marzo 2025 – Martedì 18 marzo la delegazione della Regione Marche è stata ricevuta dalla direttrice dell'Aeroporto di Rzeszów-Jasionka, Katarzyna Mazur, e dal presidente di Aerdorica S.p.A., Carlo Paoletti. Le parti hanno discusso di nuovi collegamenti aerei.",
      'PL',
      '2025-03-19',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Regione Marche', 'Aerdorica S.p.A.']);
  });
});

describe('"e con" dopo un ente', () => {
  it('apre un\'altra frase: il nome di Assolombarda finisce prima di "e con la Kamar Dagang"', () => {
    const { json } = read(
      "Milano, 14 maggio 2025 – Il 13 maggio la delegazione indonesiana ha incontrato a Milano i vertici di Assolombarda e con la Kamar Dagang dan Industri Indonesia ha firmato un memorandum d'intesa sulla formazione tecnica.",
      'ID',
      '2025-05-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Assolombarda']);
  });
});

describe('chi si unisce alla delegazione', () => {
  it('è della delegazione: "la delegazione, cui si è unito il presidente dell\'Autorità portuale…, Marco Sartori"', () => {
    const { json } = read(
      "Bruxelles, 8 febbraio 2024 – Mercoledì 7 febbraio la missione si è spostata ad Anversa, dove la delegazione, cui si è unito il presidente dell'Autorità di sistema portuale del Mare Adriatico centro-settentrionale, Marco Sartori, è stata accolta al Port of Antwerp-Bruges da Jan De Smet, chief commercial officer dello scalo.",
      'IT',
      '2024-02-08',
    );
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Marco Sartori', side: 'ours' })]));
    expect(json.meetings[0]!.organisations).toEqual(['Port of Antwerp-Bruges']);
  });
});

describe('una parte del mondo dopo una funzione', () => {
  it('è ciò di cui la funzione si occupa, non un ente: "responsabile per l\'area del Mediterraneo"', () => {
    const { json } = read(
      "Anversa, 12 marzo 2025 – L'assessore Marco Rossi è stato ricevuto al Port of Antwerp-Bruges da Kristof Peeters, responsabile per l'area del Mediterraneo. Le parti hanno discusso dei collegamenti con Ravenna.",
      'IT',
      '2025-03-12',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Port of Antwerp-Bruges']);
  });
});

describe('aziende nominate subito dopo la parola che le indica', () => {
  it('sono ciascuna un ente: «le aziende venete Carel, Zoppas e Danieli»', () => {
    const { json } = read('Il 12 maggio 2025 a Milano il ministro ha incontrato le aziende venete Carel, Zoppas e Danieli.', 'MA', '2025-05-13');
    expect(json.meetings[0]!.organisations).toEqual(['Carel', 'Zoppas', 'Danieli']);
  });
});

describe('un nome seguito dalla sua funzione in un elenco di aziende', () => {
  it('è una persona: «rappresentanti di aziende, tra cui Timur Kasimov, direttore commerciale di Artel»', () => {
    const { json } = read(
      'Martedì 20 maggio 2025, a Tashkent, la delegazione è stata accolta dalla Vicepresidente della Camera di Commercio, Dilnoza Rakhimova. Hanno preso parte alla riunione rappresentanti di aziende dei due Paesi, tra cui Timur Kasimov, direttore commerciale di Artel.',
      'SM',
      '2025-05-22',
    );
    expect(json.meetings[0]!.organisations).not.toContain('Timur Kasimov');
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).toContain('Timur Kasimov');
  });
});

describe('la segreteria di Stato la cui pagina è incollata', () => {
  it("è a ogni incontro che racconta, quando è dell'altra parte: «Repubblica di San Marino – Segreteria di Stato per gli Affari Esteri»", () => {
    const { json } = read(
      `Repubblica di San Marino
Segreteria di Stato per gli Affari Esteri

Missione del Segretario di Stato in Uzbekistan

Lunedì 19 maggio 2025, a Tashkent, il Segretario di Stato Giacomo Bollini è stato ricevuto dal Ministro degli Affari Esteri Farrukh Norboev.`,
      'UZ',
      '2025-05-22',
    );
    expect(json.meetings[0]!.organisations).toContain('Segreteria di Stato per gli Affari Esteri');
  });
});

describe('il Comitato popolare di una città', () => {
  it('è un ente, con il suo aggettivo in -are e una città di più parole: «del Comitato popolare di Ho Chi Minh City»', () => {
    const { json } = read(
      "Il 12 marzo 2025, a Ho Chi Minh City, l'assessora Paola Ruggeri ha incontrato il vicepresidente del Comitato popolare di Ho Chi Minh City, Đỗ Thanh Bình.",
      'IT',
      '2025-03-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Comitato popolare di Ho Chi Minh City']);
    expect(json.meetings[0]!.counterparts.map((person) => person.name)).not.toContain('Ho Chi Minh City');
  });
});

describe('un ente nominato con parole generiche soltanto', () => {
  it("non è un ente da registrare, salvo un ministero: «la Camera di Commercio», ma «il Ministero dell'Agricoltura»", () => {
    const { json } = read(
      "Il 20 maggio 2025, a Tashkent, la delegazione è stata accolta dal vicepresidente Bekzod Alimov presso la Camera di Commercio. Erano presenti anche funzionari del Ministero dell'Agricoltura.",
      'SM',
      '2025-05-22',
    );
    expect(json.meetings[0]!.organisations).toEqual(["Ministero dell'Agricoltura"]);
  });
});

describe('un ente noto dal nome lungo', () => {
  it('è letto intero anche in minuscolo: «il ministero delle Imprese e del Made in Italy», non «… del Made»', () => {
    const { json } = read(
      'Il 26 marzo 2025, a Varsavia, una delegazione del ministero delle Imprese e del Made in Italy ha incontrato il viceministro Piotr Nowak.',
      'PL',
      '2025-03-27',
    );
    expect(json.meetings[0]!.organisations).toEqual(['ministero delle Imprese e del Made in Italy']);
  });
});

describe('un titoletto in maiuscolo', () => {
  it('non è un ente: «IL PORTO DI MOMBASA - …», ma «CMA CGM» sì', () => {
    const { json } = read(
      "IL PORTO DI MOMBASA - Mercoledì 21 febbraio 2024, a Mombasa, l'assessore ha incontrato il managing director della Kenya Ports Authority, Salim Juma Omar, e i rappresentanti di CMA CGM.",
      'IT',
      '2024-02-23',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Kenya Ports Authority', 'CMA CGM']);
  });
});

describe('dove finisce il nome di un ente', () => {
  it("non comprende la preposizione elisa all'inizio della frase: «All'Universidad Técnica Federico Santa María»", () => {
    const { json } = read(
      "Il 14 novembre 2024, a Valparaíso, la delegazione ha visitato l'ateneo. All'Universidad Técnica Federico Santa María la vicerettrice Paula Contreras ha firmato una lettera d'intenti.",
      'CH',
      '2024-11-16',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Universidad Técnica Federico Santa María']);
  });

  it('non prosegue dopo «e» con una parola minuscola: «alla Farnesina e incontro del Vice Ministro»', () => {
    const { json } = read(
      'Roma, 5 marzo 2025 – Consultazioni politiche alla Farnesina e incontro del Vice Ministro Ranieri con il Vice Ministro Do Van Khiem.',
      'VN',
      '2025-03-06',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Farnesina']);
  });
});

describe('un ente con la sua sigla', () => {
  it("è letto dalla parola da cui la sigla ne compita il nome: «del Dipartimento delle finanze e dell'economia (DFE)»", () => {
    const { json } = read(
      "Il 2 ottobre 2024, a Singapore, il ministro Tan Kiat How ha ricevuto il Consigliere di Stato Marco Rezzonico, Direttore del Dipartimento delle finanze e dell'economia (DFE).",
      'SG',
      '2024-10-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(["Dipartimento delle finanze e dell'economia"]);
  });
});
