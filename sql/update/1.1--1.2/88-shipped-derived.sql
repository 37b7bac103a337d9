
/*
 * 88-shipped-derived: what the extension derives by code from the rows it
 * ships (the seed documents' search vectors and indicators) is derived again
 * here, after every other part has changed the segmenter, the extractor,
 * the lexicon, the catalog and the tables, so that an updated database holds
 * the same shipped data as a fresh install (suite 85-upgrade compares them).
 * The user's documents are left as they are: recomputing them can take long,
 * and the README (Upgrading) tells when and how.
 */
UPDATE @extschema@.document SET title = title WHERE builtin;
SELECT @extschema@.reextract(d.doc_id) FROM @extschema@.document d WHERE d.builtin ORDER BY d.doc_id;
