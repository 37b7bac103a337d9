--
-- lexicon_admin: the lexicon's own functions called the wrong way give
-- messages that name them (issue 12)
--
SET search_path = pg_catalog;
\set VERBOSITY terse
-- the trigger function, called directly
SELECT parkdata.lexicon_changed();
\set VERBOSITY default
