import { describe, expect, it } from 'vitest';
import { read } from './test-helpers';

describe('reading a French readout', () => {
  const text = `Les 24 et 25 juin, l'ambassadeur du Kosovo, M. Bernard Nikaj, s'est rendu à Bruxelles et à Luxembourg.

Le 24 juin, à Bruxelles, il a rencontré M. Olivier Willocx, directeur exécutif de la Chambre de commerce de Bruxelles. Les parties ont convenu d'organiser un forum d'affaires en ligne d'ici fin septembre.

Le 25 juin, à Luxembourg, M. Nikaj a été reçu par Mme Claire Weber, directrice des relations internationales de la Chambre de commerce du Luxembourg. Les échanges ont porté sur les technologies numériques.`;

  it('gives one meeting per appointment, each with its day and city', () => {
    const { json } = read(text, 'XK', '2019-06-28');
    expect(json.language).toBe('fr');
    expect(json.meetings.map((meeting) => [meeting.startDate, meeting.places[0]?.city])).toEqual([
      ['2019-06-24', 'Brussels'],
      ['2019-06-25', 'Luxembourg'],
    ]);
    expect(json.meetings.map((meeting) => meeting.partnerCountries)).toEqual([['BE'], ['LU']]);
  });

  it('reads names after a courtesy word, functions after a comma, and the body they belong to', () => {
    const { json } = read(text, 'XK', '2019-06-28');
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        { name: 'Bernard Nikaj', title: expect.stringContaining('ambassadeur'), organisation: null, side: 'ours' },
        { name: 'Olivier Willocx', title: 'directeur exécutif', organisation: 'Chambre de commerce de Bruxelles', side: 'partner' },
      ]),
    );
    expect(json.meetings[0]!.followUps).toEqual([{ text: "organiser un forum d'affaires en ligne", committedBy: 'joint', dueDate: '2019-09-30' }]);
    expect(json.meetings[1]!.areas).toEqual(['ICT and digital innovation']);
  });
});

describe('days in French', () => {
  it('reads "le mardi 10" as the Tuesday the 10th nearest the visit, not the next Tuesday after the dateline', () => {
    const { json } = read(
      `Rennes, le 16 février

Du lundi 9 au vendredi 13 février, une délégation bretonne s'est rendue en Côte d'Ivoire.

Le mardi 10, la vice-présidente a été reçue à Abidjan par le ministre des Ressources animales, M. Sidiki Bamba.

Le jeudi 12, la délégation a rencontré à San-Pédro le président du Conseil régional, Séraphin Kouadio Yao.`,
      'FR',
      '2026-02-16',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2026-02-10', '2026-02-12']);
  });
});

describe("a day that « s'est déroulée avec » someone", () => {
  it("reads « s'est déroulée … avec » as a meeting", () => {
    const { json } = read(
      "La dernière journée, le 5 juin, s'est déroulée à Dakar, au siège de l'APIX, avec son directeur général, M. Bakary Séga Bathily.",
      'BE',
      '2026-06-06',
    );
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Bakary Séga Bathily' })]);
  });
});

describe('a visiting mission named in the headline', () => {
  it('puts the body the mission is from at each of its meetings', () => {
    const { json } = read(
      `Mission du Gouvernement wallon au Maroc : le ministre-président renforce les liens économiques

Le ministre-président du Gouvernement wallon, Pierre Collignon, a conduit du 3 au 5 mai une mission officielle au Maroc.

Le 3 mai, à Casablanca, Pierre Collignon a été reçu par le ministre de l'Industrie et du Commerce, M. Omar Kettani.

Le 4 mai, à Rabat, il s'est entretenu avec la ministre de l'Enseignement supérieur, Mme Amina Tazi.`,
      'MA',
      '2025-05-06',
    );
    expect(json.meetings).toHaveLength(2);
    for (const meeting of json.meetings) expect(meeting.organisations).toContain('Gouvernement wallon');
  });
});

describe('names of ministries with adjectives in lower case', () => {
  it('keeps "énergétique" and "durable" in the ministry\'s name', () => {
    const { json } = read(
      "Le 13 octobre, à Rabat, la secrétaire d'État a été reçue au ministère de la Transition énergétique et du Développement durable par la ministre, Mme Leila Benali.",
      'CH',
      '2025-10-14',
    );
    expect(json.meetings[0]!.organisations).toEqual(['ministère de la Transition énergétique et du Développement durable']);
  });
});

describe('a given name that is also a town', () => {
  it('reads "Milan Petrović" after a function as a person, not as Milan', () => {
    const { json } = read('Le 12 mars, la délégation a rencontré le maire de Novi Sad, Milan Petrović.', 'FR', '2026-03-14');
    expect(json.meetings[0]!.counterparts).toEqual([expect.objectContaining({ name: 'Milan Petrović', title: 'maire de Novi Sad' })]);
  });
});

describe('whose side, in French', () => {
  it('takes the delegation for French when it travelled to Serbia, not for Serbian', () => {
    const { json } = read(
      `Du 16 au 18 décembre, M. Laurent Daguerre, ministre délégué, s'est rendu en Serbie à la tête d'une délégation d'une quinzaine d'entreprises françaises.

Le 16 décembre, à Belgrade, le ministre a été reçu par Mme Milica Jovanović, ministre de la Construction.`,
      'FR',
      '2025-01-08',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Laurent Daguerre', side: 'ours' }),
        expect.objectContaining({ name: 'Milica Jovanović', side: 'partner' }),
      ]),
    );
    expect(json.meetings[0]!.partnerCountries).toEqual(['RS']);
  });
});

describe('bodies and leaders, in French', () => {
  it('gives the leader of a Belgian delegation to Belgium, not the host named in the same sentence, and takes a ministry named later as named', () => {
    const { json } = read(
      `Astana, le 12 mars – Le vice-ministre des Affaires étrangères Roman Vassilenko a tenu des consultations avec la délégation du Service public fédéral Affaires étrangères de Belgique, conduite par Mme Ilse Verbeke.

Le 13 mars, Mme Verbeke a été reçue par le vice-ministre de l’Énergie, M. Yerlan Akbarov. Le ministère de l’Énergie s’est engagé à communiquer la liste des projets.`,
      'BE',
      '2024-03-14',
    );
    const [first, second] = json.meetings;
    expect(first!.counterparts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Roman Vassilenko', side: 'partner' }),
        expect.objectContaining({ name: 'Ilse Verbeke', side: 'ours' }),
      ]),
    );
    expect(second!.organisations).toEqual(['ministère de l’Énergie']);
  });
});

describe('undertakings in French', () => {
  it("ends an undertaking before its purpose (« afin qu'… ») and keeps the deadline out of its words", () => {
    const { json } = read(
      `Le 3 avril, à Pristina, l'ambassadeur Olivier Garnier a rencontré la ministre de la Justice Albulena Krasniqi. La ministre s'est engagée à transmettre le projet de loi révisé à l'ambassade avant le 15 mai, afin qu'il puisse être examiné par des experts français.`,
      'FR',
      '2025-04-04',
    );
    expect(json.meetings[0]!.followUps).toEqual([{ text: "transmettre le projet de loi révisé à l'ambassade", committedBy: 'partner', dueDate: '2025-05-15' }]);
  });
});

describe('functions in French', () => {
  it('keeps the fuller function given after a headline', () => {
    const { json } = read(
      `Retour sur la visite du ministre délégué Laurent Daguerre

Le 16 décembre, M. Laurent Daguerre, ministre délégué chargé du Commerce extérieur, a été reçu à Belgrade par Mme Milica Jovanović, ministre de la Construction.`,
      'FR',
      '2025-01-08',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Laurent Daguerre', title: 'ministre délégué chargé du Commerce extérieur' })]),
    );
  });
});

describe('courtesy words and buildings, in French', () => {
  it('reads the function before "S.E. M." and does not take a building after "à l\'" for a town', () => {
    const { json } = read(
      "Le 4 février, le ministre-président de la Région wallonne, M. Adrien Dolimont, a reçu à l'Élysette l'ambassadeur du Kazakhstan, S.E. M. Margulan Baimukhan.",
      'BE',
      '2025-02-05',
    );
    const [meeting] = json.meetings;
    expect(meeting!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Margulan Baimukhan', title: 'ambassadeur du Kazakhstan' })]),
    );
    expect(meeting!.places).toEqual([]);
  });
});

describe('bodies with an acronym, in French', () => {
  it("keeps a body's lower-case words up to its acronym", () => {
    const { json } = read(
      "Le 4 février, à Bruxelles, l'ambassadeur du Kazakhstan, M. Margulan Baimukhan, a rencontré Mme Valérie Lescrenier, directrice générale de l'Agence wallonne à l'exportation et aux investissements étrangers (AWEX).",
      'KZ',
      '2025-02-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(["Agence wallonne à l'exportation et aux investissements étrangers"]);
  });
});

describe('the lead of a French dispatch', () => {
  it('takes a visit told of our minister alone for who came, not for a meeting', () => {
    const { json } = read(
      `Dakar, 25 avr (APS) – La ministre de la Coopération au développement du Royaume de Belgique, Sarah Claes, a achevé jeudi une visite de deux jours au Sénégal.

Mercredi 23 avril, à Dakar, la ministre s'est entretenue avec le ministre de l'Économie, Ousmane Mbengue.`,
      'BE',
      '2025-04-25',
    );
    expect(json.meetings).toHaveLength(1);
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Sarah Claes', side: 'ours' })]));
  });
});

describe('a function across a verb, in French', () => {
  it('does not run a function back over « était accompagné de »', () => {
    const { json } = read(
      "Le 14 octobre, à Liège, l'ambassadeur du Sénégal, M. Mamadou Sy, a rencontré M. Gérard Lambert, président de la CCI. L'ambassadeur était accompagné de M. Cheikh Fall, conseiller économique.",
      'SN',
      '2025-10-15',
    );
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Cheikh Fall', title: 'conseiller économique' })]));
  });
});

describe('an undertaking with an aside, in French', () => {
  it("reads « s'est engagée, quant à elle, à … »", () => {
    const { json } = read(
      "Le 19 février, à Luxembourg, le ministre Luc Weber a reçu la ministre kosovare Arta Krasniqi. La partie kosovare s'est engagée, quant à elle, à communiquer une liste d'entreprises du secteur des TIC.",
      'LU',
      '2025-02-20',
    );
    expect(json.meetings[0]!.followUps).toEqual([
      expect.objectContaining({ text: "communiquer une liste d'entreprises du secteur des TIC", committedBy: 'partner' }),
    ]);
  });
});

describe('a secretary of state', () => {
  it('keeps "secrétaire d\'État" in a function that goes on after it', () => {
    const { json } = read(
      "Paris, 14 mai 2025. Le 12 mai, le vice-ministre kazakh Arman Nurlanov a été reçu par la secrétaire d'État chargée du Commerce extérieur, Mme Sophie Primas. La coopération énergétique était au centre des discussions.",
      'KZ',
      '2025-05-14',
    );
    expect(json.meetings[0]!.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Sophie Primas', title: "secrétaire d'État chargée du Commerce extérieur" })]),
    );
  });
});

describe('a body whose name starts with a field', () => {
  it('takes "Investissement Québec" for a body, and keeps "ambassadeur de la République du Kosovo" a function', () => {
    const { json } = read(
      "Québec, le 16 octobre 2025. Le 15 octobre, M. Driton Gashi, ambassadeur de la République du Kosovo, a rencontré Mme Catherine Thibodeau-Lévesque, présidente-directrice générale d'Investissement Québec.",
      'XK',
      '2025-10-16',
    );
    expect(json.meetings[0]!.counterparts).toEqual([
      expect.objectContaining({ name: 'Driton Gashi', title: 'ambassadeur de la République du Kosovo', organisation: null }),
      expect.objectContaining({ name: 'Catherine Thibodeau-Lévesque', organisation: 'Investissement Québec' }),
    ]);
  });
});

describe('the side named before the people', () => {
  it('puts those listed after "Côté français" on the French side', () => {
    const { json } = read(
      'Tachkent, le 20 mai 2025. Le 19 mai, le ministre délégué a rencontré M. Laziz Kudratov, ministre ouzbek des Investissements. Côté français, Mme Sophie Ben Ali, directrice Asie centrale de Systra, a présenté ses projets.',
      'FR',
      '2025-05-20',
    );
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Sophie Ben Ali', side: 'ours' })]));
    expect(json.meetings[0]!.organisations).not.toContain('Systra');
  });
});

describe('a body whose fields are listed in lower case', () => {
  it('reads "Chambre de commerce, d’industrie et d’agriculture de Dakar" as one body, of Dakar', () => {
    const { json } = read(
      'Liège, le 14 mai 2025. Le 13 mai, la délégation de M. Ousmane Ndiaye, président de la Chambre de commerce, d’industrie et d’agriculture de Dakar, a été reçue par la CCI Liège-Verviers-Namur.',
      'SN',
      '2025-05-14',
    );
    expect(json.meetings[0]!.counterparts).toEqual([
      expect.objectContaining({ name: 'Ousmane Ndiaye', organisation: 'Chambre de commerce, d’industrie et d’agriculture de Dakar', side: 'ours' }),
    ]);
  });
});

describe('bodies of the Swiss Confederation', () => {
  it.each([["l'Office fédéral de la santé publique"], ["le Département fédéral de l'économie"]])(
    'takes %s for a Swiss body: ours for a Swiss mission met abroad',
    (body) => {
      const { json } = read(
        `Tunis, le 14 mai 2025. Le 13 mai, la directrice de ${body}, Mme Anne Lévy, a rencontré à Tunis le ministre tunisien de la Santé, M. Mustapha Ferjani.`,
        'CH',
        '2025-05-14',
      );
      expect(json.meetings[0]!.organisations).toEqual([]);
      expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Anne Lévy', side: 'ours' })]));
    },
  );
});

describe('well-known companies', () => {
  it('puts a company of ours among ours, and does not take a surname for a company', () => {
    const { json } = read(
      "Tachkent, le 20 mai 2025. Le 19 mai, l'ambassadeur, accompagné de Mme Isabelle Roche, conseillère, a reçu le vice-ministre ouzbek Laziz Kudratov et des représentants de Systra et d'Alstom.",
      'FR',
      '2025-05-20',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
    expect(json.meetings[0]!.counterparts).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Isabelle Roche' })]));
  });
});

describe("a body's other name in brackets", () => {
  it('is the same body, not a second one', () => {
    const { json } = read(
      'Le 12 février 2025 à Pristina, la délégation a été reçue par M. Fatmir Gashi, directeur général de la Compagnie régionale des eaux de Prishtina (KRU Prishtina SH.A.), qui a présenté la réhabilitation du réseau.',
      'CH',
      '2025-02-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Compagnie régionale des eaux de Prishtina']);
  });
});

describe('a body named with common nouns after "de"', () => {
  it('reads "de" as a preposition, and a noun with its adjective, inside the name', () => {
    const { json } = read(
      "Le 14 octobre 2024, l'ambassadrice a visité à Prizren le Centre de compétence pour la formation professionnelle de Prizren, puis le Centre de formation professionnelle de Gjakova.",
      'CH',
      '2024-10-15',
    );
    expect(json.meetings[0]!.organisations).toEqual([
      'Centre de compétence pour la formation professionnelle de Prizren',
      'Centre de formation professionnelle de Gjakova',
    ]);
  });
});

describe('a direction générale', () => {
  it('reads "Direction générale du Trésor" whole, though a lower-case adjective follows the head', () => {
    const { json } = read('Le 3 juin 2025 à Paris, la délégation indienne a été reçue à la Direction générale du Trésor.', 'IN', '2025-06-04');
    expect(json.meetings[0]!.organisations).toEqual(['Direction générale du Trésor']);
  });
});

describe('bodies listed after "des représentants de"', () => {
  it('goes on past an acronym', () => {
    const { json } = read(
      'Le 3 mars 2025 à Dakar, le ministre a reçu la délégation. Des représentants de SES, de InTech et de LuxConnect ont présenté leurs solutions.',
      'SN',
      '2025-03-04',
    );
    expect(json.meetings[0]!.organisations).toEqual(expect.arrayContaining(['InTech', 'LuxConnect']));
  });
});

describe('a direction générale with its fields in lower case', () => {
  it('reads the fields after "de la" as part of the name', () => {
    const { json } = read(
      'Le 12 mai 2025 à Alger, la délégation a été reçue à la Direction générale de la recherche scientifique et du développement technologique par son directeur général, M. Karim Benali.',
      'BE',
      '2025-05-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Direction générale de la recherche scientifique et du développement technologique']);
  });
});

describe('a body listed before a person', () => {
  it('ends before ", et de" and a name', () => {
    const { json } = read(
      "Le 4 mai 2025 à Tunis, la vice-présidente a rencontré M. Mourad Chebbi, président-directeur général de l'Office de la Marine Marchande et des Ports (OMMP). Elle était accompagnée de Christophe Aubanel, directeur du développement du Grand Port Maritime de Marseille-Fos, et de Sophie Mattei, directrice Afrique du Nord de CMA CGM.",
      'TN',
      '2025-05-05',
    );
    expect(json.meetings[0]!.organisations.join()).not.toContain('Sophie');
  });
});

describe('une entreprise après le mot de son métier', () => {
  it('lit « la conserverie Aïcha » comme un organisme', () => {
    const { json } = read(
      "Le 12 mars 2025 à Agadir, l'ambassadeur a rencontré des représentants de la conserverie Aïcha. Les discussions ont porté sur les exportations de produits transformés vers la Belgique.",
      'BE',
      '2025-03-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Aïcha']);
  });
});

describe('une visite encore à venir', () => {
  it("n'est pas une réunion : « la délégation se rendra mardi à Oran où elle visitera l'Université d'Oran »", () => {
    const { json } = read(
      `Le 31 mars 2024 à Alger, le ministre Kamel Baddari a reçu une délégation de Wallonie-Bruxelles International conduite par M. Pascal Henry. Les deux parties ont évoqué la mobilité des chercheurs.

Il est à noter que la délégation se rendra mardi à Oran où elle visitera l'Université d'Oran 1 Ahmed Ben Bella ainsi que le Centre de recherche en anthropologie sociale et culturelle.`,
      'BE',
      '2024-03-31',
    );
    expect(json.meetings).toHaveLength(1);
  });
});

describe('la forme luxembourgeoise « S.à r.l. »', () => {
  it("est la forme juridique de la société, luxembourgeoise, et non l'initiale d'une personne", () => {
    const { json } = read(
      'Le 14 mars 2025 à Abidjan, la délégation a rencontré M. Ibrahim Sanogo-Touré, directeur de cabinet du ministère du Commerce. M. Jérôme Faber, gérant de Lux-Agri Solutions S.à r.l., y a exposé un projet de transformation de la noix de cajou.',
      'LU',
      '2025-03-15',
    );
    const meeting = json.meetings[0]!;
    expect(meeting.counterparts.map((person) => person.name)).not.toContain('Lux-Agri Solutions S');
    expect(meeting.counterparts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Jérôme Faber', organisation: 'Lux-Agri Solutions S.à r.l.', side: 'ours' })]),
    );
  });
});

describe('des entreprises nommées juste après le mot qui les désigne', () => {
  it('sont chacune un organisme : « les entreprises wallonnes John Cockerill, Lhoist et Carmeuse »', () => {
    const { json } = read(
      'Le 12 mai 2025 à Casablanca, le ministre a rencontré les entreprises wallonnes John Cockerill, Lhoist et Carmeuse.',
      'MA',
      '2025-05-13',
    );
    expect(json.meetings[0]!.organisations).toEqual(['John Cockerill', 'Lhoist', 'Carmeuse']);
  });
});

describe('une séance de travail', () => {
  it('est une rencontre : « la délégation a tenu une séance de travail avec la commission » en ouvre une seconde', () => {
    const { json } = read(
      `Le Président de l'Assemblée, M. Brahim Ben Salah, a reçu mardi 11 février 2025 à Tunis une délégation du Sénat français conduite par Mme Hélène Courtial.

Le mercredi 12 février, la délégation a tenu, également au palais du Bardo, une séance de travail avec la commission des relations extérieures, en présence de sa présidente, Mme Samia Trabelsi.`,
      'FR',
      '2025-02-13',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2025-02-11', '2025-02-12']);
  });
});

describe('un intertitre', () => {
  it('n’ouvre pas de rencontre à lui seul : « Rencontre avec le gouvernement vaudois » coiffe le paragraphe qui suit', () => {
    const { json } = read(
      `Québec, le 15 novembre 2024 – La ministre des Relations internationales, Mme Geneviève Lachance-Roy, a conclu hier une mission en Suisse.

Rencontre avec le gouvernement vaudois

Le 12 novembre, à Lausanne, la ministre s'est entretenue avec le conseiller d'État Philippe Vuilleumier, chef du Département de l'économie du canton de Vaud.

Le 13 novembre, à Genève, la ministre a été reçue par M. Laurent Bersier, directeur général de la Chambre de commerce de Genève.`,
      'CA',
      '2024-11-15',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2024-11-12', '2024-11-13']);
  });
});

describe('un département cantonal', () => {
  it("est lu avec tous ses domaines en minuscules : « Département de l'économie, de l'innovation, de l'emploi et du patrimoine »", () => {
    const { json } = read(
      "Le 12 novembre 2024, à Lausanne, la ministre s'est entretenue avec le conseiller d'État Philippe Vuilleumier, chef du Département de l'économie, de l'innovation, de l'emploi et du patrimoine.",
      'CA',
      '2024-11-15',
    );
    expect(json.meetings[0]!.organisations).toEqual(["Département de l'économie, de l'innovation, de l'emploi et du patrimoine"]);
  });
});

describe('une mission qui « a multiplié les rencontres »', () => {
  it('est le résumé de la visite, pas une rencontre', () => {
    const { json } = read(
      `QUÉBEC, le 15 nov. 2024 - La ministre Geneviève Lachance-Roy a conclu hier une mission en Suisse. Accompagnée d'une délégation, elle a multiplié les rencontres afin de resserrer les liens entre le Québec et la Suisse romande.

Le 12 novembre, à Lausanne, la ministre s'est entretenue avec le conseiller d'État Philippe Vuilleumier.`,
      'KZ',
      '2024-11-15',
    );
    expect(json.meetings.map((meeting) => meeting.startDate)).toEqual(['2024-11-12']);
  });
});

describe('un ministère aux attributions nombreuses', () => {
  it("garde les adjectifs de ses attributions : « de l'Hygiène publique », « du Développement rural »", () => {
    const { json } = read(
      "Le 14 janvier 2025, à Abidjan, la ministre a reçu des représentants du Ministère de la Santé, de l'Hygiène publique et de la Couverture Maladie Universelle et du Ministère de l'Agriculture, du Développement rural et des Productions vivrières.",
      'CA',
      '2025-01-15',
    );
    expect(json.meetings[0]!.organisations).toEqual([
      "Ministère de la Santé, de l'Hygiène publique et de la Couverture Maladie Universelle",
      "Ministère de l'Agriculture, du Développement rural et des Productions vivrières",
    ]);
  });
});

describe('le gouvernement d’un ministre', () => {
  it("est l'organisation du ministre, pas son portefeuille : « le Ministre-Président du Gouvernement wallon »", () => {
    const { json } = read(
      'Le 19 novembre 2024, la délégation a été reçue à Namur par le Ministre-Président du Gouvernement wallon, M. Pierre-Yves Delvaux.',
      'PL',
      '2024-11-22',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Gouvernement wallon']);
    expect(json.meetings[0]!.counterparts[0]).toMatchObject({ name: 'Pierre-Yves Delvaux', title: 'Ministre-Président', organisation: 'Gouvernement wallon' });
  });
});

describe('une commission parlementaire en minuscules', () => {
  it('est un organisme, avec toutes ses attributions : « la commission des relations extérieures, de la coopération internationale et des Tunisiens »', () => {
    const { json } = read(
      'Le 12 février 2025, à Tunis, la délégation a tenu une séance de travail avec la commission des relations extérieures, de la coopération internationale et des Tunisiens à l’étranger, en présence de sa présidente, Mme Leïla Ben Salah.',
      'BE',
      '2025-02-14',
    );
    expect(json.meetings[0]!.organisations).toHaveLength(1);
    expect(json.meetings[0]!.organisations[0]).toMatch(/^commission des relations extérieures, de la coopération internationale et des Tunisiens/);
  });
});

describe('une région française', () => {
  it('est un organisme quand elle porte une majuscule : « une délégation de la Région Occitanie »', () => {
    const { json } = read(
      'Le mardi 4 février 2025, à Tunis, le Secrétaire d’État a reçu une délégation de la Région Occitanie conduite par Mme Claire Montagné, vice-présidente.',
      'TN',
      '2025-02-05',
    );
    expect(json.meetings[0]!.organisations).toEqual(['Région Occitanie']);
  });
});

describe("ce qui n'est pas un organisme", () => {
  it("un pays avant le sigle d'un organisme : « du Centre de Promotion des Investissements en Côte d'Ivoire (CEPICI) »", () => {
    const { json } = read(
      "Le 4 février 2025, à Abidjan, la secrétaire d'État a rencontré le directeur général du Centre de Promotion des Investissements en Côte d'Ivoire (CEPICI), M. Serge Ahoua.",
      'BE',
      '2025-02-06',
    );
    expect(json.meetings[0]!.organisations).not.toContain("Côte d'Ivoire");
    expect(json.meetings[0]!.organisations).toContain('CEPICI');
  });

  it("les parties du monde dont s'occupe un directeur : « Directeur de l'Asie, du Pacifique et du Moyen-Orient »", () => {
    const { json } = read(
      "Le 9 juillet 2024, à Dakar, le Ministre a reçu l'Ambassadeur du Japon, en présence de M. Ousmane Sarr, Directeur de l'Asie, du Pacifique et du Moyen-Orient.",
      'JP',
      '2024-07-10',
    );
    expect(json.meetings[0]!.organisations).toEqual([]);
  });
});

describe('un organisme qui « participait à la rencontre »', () => {
  it('a pris part à la rencontre', () => {
    const { json } = read(
      "Le 16 octobre 2024, à Gudauri, la délégation a rencontré le maire, M. Levan Beridze. Un projet de télécabine a été présenté avec l'opérateur Kazbegi Alpine Tours LLC, dont la directrice, Ana Meskhi, participait à la rencontre.",
      'FR',
      '2024-10-21',
    );
    expect(json.meetings[0]!.organisations).toContain('Kazbegi Alpine Tours LLC');
  });
});
