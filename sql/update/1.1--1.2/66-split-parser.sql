
/*
 * 66-split-parser (issue 14): parser parkdata.icu_zh_split, icu_zh with a
 * number written with Arabic digits apart from its scale word, unit or
 * percent sign (src/core/pd_seg_split.c)
 */
CREATE FUNCTION @extschema@.icu_zh_split_start(internal, int4) RETURNS internal
    AS 'MODULE_PATHNAME', 'pd_icu_zh_split_start'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.icu_zh_split_start(internal, int4) IS 'parkdata.icu_zh_split parser: start';
CREATE TEXT SEARCH PARSER @extschema@.icu_zh_split (
    START = @extschema@.icu_zh_split_start,
    GETTOKEN = @extschema@.icu_zh_gettoken,
    END = @extschema@.icu_zh_end,
    LEXTYPES = @extschema@.icu_zh_lextype,
    HEADLINE = pg_catalog.prsd_headline
);
COMMENT ON TEXT SEARCH PARSER @extschema@.icu_zh_split IS
    'like parkdata.icu_zh, but a number written with Arabic digits apart from its scale word, unit or percent sign (2009 年, 16.7 万, 46.3 %), as the PKU standard and jieba cut them; for word segmentation, not for parkdata.chinese, whose dictionary indexes those parts anyway';
