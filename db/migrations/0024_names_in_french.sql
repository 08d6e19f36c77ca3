ALTER TABLE `cooperation_areas` ADD `name_fr` text;--> statement-breakpoint
ALTER TABLE `posts` ADD `title_fr` text;--> statement-breakpoint
-- The default areas (0002) in French, where a mission has not renamed them.
UPDATE `cooperation_areas` SET `name_fr` = CASE `name`
  WHEN 'ICT and digital innovation' THEN 'Numérique et innovation'
  WHEN 'Renewable and green energy' THEN 'Énergies renouvelables et vertes'
  WHEN 'Biotechnology' THEN 'Biotechnologies'
  WHEN 'Transport and logistics' THEN 'Transports et logistique'
  WHEN 'Finance and investment' THEN 'Finance et investissement'
  WHEN 'Trade' THEN 'Commerce'
  WHEN 'Higher education and research' THEN 'Enseignement supérieur et recherche'
  WHEN 'Culture' THEN 'Culture'
  WHEN 'Security and defence' THEN 'Sécurité et défense'
  WHEN 'Climate and sustainable development' THEN 'Climat et développement durable'
  WHEN 'Agriculture and food' THEN 'Agriculture et alimentation'
  WHEN 'Tourism' THEN 'Tourisme'
  WHEN 'Health' THEN 'Santé'
  WHEN 'Justice and rule of law' THEN 'Justice et État de droit'
  WHEN 'Consular and diaspora affairs' THEN 'Affaires consulaires et diaspora'
END
WHERE `name_fr` IS NULL;
