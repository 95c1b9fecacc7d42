-- Full-text search over the public directory. The app stores name and description already
-- normalised (ä→ae/a, ö→oe/o, ü→ue/u, ß→ss, lower case) and keeps this table in sync in the
-- same transaction as every write to an organisation (app/domain/organisations/search.server.ts).
CREATE VIRTUAL TABLE `organisation_search` USING fts5(
	`organisation_id` UNINDEXED,
	`name`,
	`description`,
	tokenize = 'unicode61 remove_diacritics 2'
);
