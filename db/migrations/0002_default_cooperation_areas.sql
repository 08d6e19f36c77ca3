-- The default list of cooperation areas; admins rename, add or retire them in Reference data.
INSERT INTO `cooperation_areas` (`name`) VALUES
  ('ICT and digital innovation'),
  ('Renewable and green energy'),
  ('Biotechnology'),
  ('Transport and logistics'),
  ('Finance and investment'),
  ('Trade'),
  ('Higher education and research'),
  ('Culture'),
  ('Security and defence'),
  ('Climate and sustainable development'),
  ('Agriculture and food'),
  ('Tourism'),
  ('Health'),
  ('Justice and rule of law'),
  ('Consular and diaspora affairs');
