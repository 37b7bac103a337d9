/*
 * 61-lexicon-source (issue 14): rows of source 'metric' (the shipped
 * surface forms of the indicator catalog, part 34) name an indicator for
 * extract_metrics only; the parser does not keep them whole (most are
 * ordinary phrases such as 工业投资 that segmentation standards cut).
 */
COMMENT ON COLUMN @extschema@.lexicon.source IS 'where the word comes from (domain, region, park, user ...); words of source metric only name an indicator (lexicon.metric): the parser does not keep them whole';
