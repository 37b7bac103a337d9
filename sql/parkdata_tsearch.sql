
-- ---------------------------------------------------------------------------
-- Chinese full-text search (issue 3): parser parkdata.icu_zh, dictionary
-- parkdata.zh_compound, configuration parkdata.chinese, lexicon.
-- ---------------------------------------------------------------------------

-- Domain lexicon: words the parser always keeps whole (longest match wins
-- over ICU).  Changes are seen by every session at its next statement after
-- the change commits (a statement-level trigger queues a relcache
-- invalidation); indexes built before the change need REINDEX.
CREATE TABLE @extschema@.lexicon (
    word    text PRIMARY KEY
            CHECK (pg_catalog.char_length(word) OPERATOR(pg_catalog.>=) 2
                   AND pg_catalog.char_length(word) OPERATOR(pg_catalog.<=) 64),
    source  text,
    builtin boolean NOT NULL DEFAULT false
    -- sql/parkdata_catalog.sql adds metric (the indicator a word names)
);
COMMENT ON TABLE @extschema@.lexicon IS
    'words the parkdata.icu_zh parser keeps whole (2 to 64 characters; Traditional and full-width forms are folded); INSERT to add, then REINDEX indexes built on parkdata.chinese';
COMMENT ON COLUMN @extschema@.lexicon.word IS 'the word, 2 to 64 characters';
COMMENT ON COLUMN @extschema@.lexicon.source IS 'where the word comes from (domain, region, park, user ...); words of source metric only name an indicator (lexicon.metric): the parser does not keep them whole';
COMMENT ON COLUMN @extschema@.lexicon.builtin IS 'shipped with the extension (not dumped by pg_dump)';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.lexicon', 'WHERE NOT builtin');
-- the parser reads the lexicon as the calling user: whoever may use the
-- schema may tokenize (changing the lexicon stays with its owner)
GRANT SELECT ON @extschema@.lexicon TO PUBLIC;

CREATE FUNCTION @extschema@.lexicon_changed() RETURNS trigger
    AS 'MODULE_PATHNAME', 'pd_lexicon_changed'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.lexicon_changed() IS
    'statement trigger of parkdata.lexicon: tells every backend to reload the lexicon at its next statement';

CREATE TRIGGER lexicon_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.lexicon
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.lexicon_changed();
COMMENT ON TRIGGER lexicon_changed ON @extschema@.lexicon IS
    'invalidates the per-backend lexicon caches';
-- it fires under session_replication_role = replica too (logical replication)
ALTER TABLE @extschema@.lexicon ENABLE ALWAYS TRIGGER lexicon_changed;

/*
 * The certificate that the shipped rows are those of the prebuilt image
 * (src/pd_lexicon_state.c): one row, the count and hash sum of the rows
 * WHERE builtin and a stamp of the objects that keep it true, written by
 * the two triggers below whenever a statement writes a shipped row.  A
 * backend whose image has the same count and sum reads only the users'
 * rows, through lexicon_users; anything else reads every row.  Not dumped:
 * CREATE EXTENSION writes it again with the shipped rows.
 */
CREATE TABLE @extschema@.lexicon_state (
    builtin_rows bigint NOT NULL,
    builtin_sum  bigint NOT NULL,
    stamp        bigint NOT NULL
);
COMMENT ON TABLE @extschema@.lexicon_state IS
    'one row written by the triggers of parkdata.lexicon: the count and hash sum of its shipped rows, which let a backend skip them when they are those of the prebuilt image (never write it yourself)';
COMMENT ON COLUMN @extschema@.lexicon_state.builtin_rows IS 'rows of parkdata.lexicon WHERE builtin (-1: the triggers or the index are not as the install made them, no certificate)';
COMMENT ON COLUMN @extschema@.lexicon_state.builtin_sum IS 'the sum of their 64-bit hashes (a word, and whether the parser keeps it), modulo 2^64';
COMMENT ON COLUMN @extschema@.lexicon_state.stamp IS 'a hash of the catalog rows of the triggers, their functions, the index lexicon_users and the table''s file at the time of writing: if any changed since, the row is not trusted';
GRANT SELECT ON @extschema@.lexicon_state TO PUBLIC;

CREATE INDEX lexicon_users ON @extschema@.lexicon (word) WHERE builtin IS NOT TRUE;
COMMENT ON INDEX @extschema@.lexicon_users IS
    'the rows users added: what a backend reads when lexicon_state certifies the shipped ones';

CREATE FUNCTION @extschema@.lexicon_state_row() RETURNS trigger
    AS 'MODULE_PATHNAME', 'pd_lexicon_state_row'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.lexicon_state_row() IS
    'row trigger of parkdata.lexicon: notes that a statement wrote a shipped row';
REVOKE ALL ON FUNCTION @extschema@.lexicon_state_row() FROM PUBLIC;
CREATE FUNCTION @extschema@.lexicon_state_statement() RETURNS trigger
    AS 'MODULE_PATHNAME', 'pd_lexicon_state_statement'
    LANGUAGE C;
COMMENT ON FUNCTION @extschema@.lexicon_state_statement() IS
    'statement trigger of parkdata.lexicon: counts the shipped rows again into parkdata.lexicon_state when a statement wrote one';
REVOKE ALL ON FUNCTION @extschema@.lexicon_state_statement() FROM PUBLIC;
CREATE TRIGGER lexicon_state_row
    AFTER INSERT OR UPDATE OR DELETE ON @extschema@.lexicon
    FOR EACH ROW EXECUTE FUNCTION @extschema@.lexicon_state_row();
COMMENT ON TRIGGER lexicon_state_row ON @extschema@.lexicon IS
    'keeps parkdata.lexicon_state: notes a shipped row written';
CREATE TRIGGER lexicon_state
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.lexicon
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.lexicon_state_statement();
COMMENT ON TRIGGER lexicon_state ON @extschema@.lexicon IS
    'keeps parkdata.lexicon_state: counts the shipped rows again after a statement that wrote one';
ALTER TABLE @extschema@.lexicon ENABLE ALWAYS TRIGGER lexicon_state_row;
ALTER TABLE @extschema@.lexicon ENABLE ALWAYS TRIGGER lexicon_state;

CREATE FUNCTION @extschema@.lexicon_backend_words() RETURNS bigint
    AS 'MODULE_PATHNAME', 'pd_lexicon_backend_words'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lexicon_backend_words() IS
    'number of words in this backend''s compiled lexicon, brought up to date first (diagnostics)';

CREATE FUNCTION @extschema@.lexicon_checksum() RETURNS text
    AS 'MODULE_PATHNAME', 'pd_lexicon_checksum_sql'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.lexicon_checksum() IS
    'this backend''s lexicon and indicator catalog, brought up to date, as rows:hash (rows read and the sum of their 64-bit hashes: a lexicon word with its metric, a parkdata.metric code with its unit_dimension): equal where two nodes or sessions read the same rows (parkdata.lexicon_nodes() compares every Citus node)';

CREATE FUNCTION @extschema@.icu_version() RETURNS text
    AS 'MODULE_PATHNAME', 'pd_icu_version'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.icu_version() IS
    'version of the ICU library that segments Chinese text; REINDEX parkdata.chinese indexes after it changes';

-- the parser
CREATE FUNCTION @extschema@.icu_zh_start(internal, int4) RETURNS internal
    AS 'MODULE_PATHNAME', 'pd_icu_zh_start'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.icu_zh_start(internal, int4) IS 'parkdata.icu_zh parser: start';
CREATE FUNCTION @extschema@.icu_zh_gettoken(internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pd_icu_zh_gettoken'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.icu_zh_gettoken(internal, internal, internal) IS 'parkdata.icu_zh parser: next token';
CREATE FUNCTION @extschema@.icu_zh_end(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'pd_icu_zh_end'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.icu_zh_end(internal) IS 'parkdata.icu_zh parser: end';
CREATE FUNCTION @extschema@.icu_zh_lextype(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pd_icu_zh_lextype'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.icu_zh_lextype(internal) IS 'parkdata.icu_zh parser: token types';

CREATE TEXT SEARCH PARSER @extschema@.icu_zh (
    START = @extschema@.icu_zh_start,
    GETTOKEN = @extschema@.icu_zh_gettoken,
    END = @extschema@.icu_zh_end,
    LEXTYPES = @extschema@.icu_zh_lextype,
    HEADLINE = pg_catalog.prsd_headline
);
COMMENT ON TEXT SEARCH PARSER @extschema@.icu_zh IS
    'Chinese parser: Han text cut into the most probable words of a general word list, other scripts by ICU word rules; parkdata.lexicon words kept whole (the longest match wins), numbers with scale and unit, Traditional and full-width text folded; every byte in exactly one token';

-- the same parser with numbers cut under the split convention
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

-- the same parser with ICU's own dictionary for Han text (for comparison,
-- and for text where ICU's conventions are wanted)
CREATE FUNCTION @extschema@.icu_zh_icudict_start(internal, int4) RETURNS internal
    AS 'MODULE_PATHNAME', 'pd_icu_zh_icudict_start'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.icu_zh_icudict_start(internal, int4) IS 'parkdata.icu_zh_icudict parser: start';
CREATE TEXT SEARCH PARSER @extschema@.icu_zh_icudict (
    START = @extschema@.icu_zh_icudict_start,
    GETTOKEN = @extschema@.icu_zh_gettoken,
    END = @extschema@.icu_zh_end,
    LEXTYPES = @extschema@.icu_zh_lextype,
    HEADLINE = pg_catalog.prsd_headline
);
COMMENT ON TEXT SEARCH PARSER @extschema@.icu_zh_icudict IS
    'like parkdata.icu_zh, but Han text cut by ICU''s own word dictionary instead of the general word list';

CREATE FUNCTION @extschema@.word_list_words() RETURNS bigint
    AS 'MODULE_PATHNAME', 'pd_word_list_words'
    LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.word_list_words() IS
    'number of words in the general word list that cuts Han text ($SHAREDIR/tsearch_data/parkdata_zh.words, from jieba''s dict.txt)';

-- the dictionary
CREATE FUNCTION @extschema@.zh_compound_init(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pd_zh_compound_init'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_compound_init(internal) IS 'parkdata.zh_compound dictionary: init';
CREATE FUNCTION @extschema@.zh_compound_lexize(internal, internal, internal, internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'pd_zh_compound_lexize'
    LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.zh_compound_lexize(internal, internal, internal, internal) IS 'parkdata.zh_compound dictionary: lexize';

CREATE TEXT SEARCH TEMPLATE @extschema@.zh_compound_template (
    INIT = @extschema@.zh_compound_init,
    LEXIZE = @extschema@.zh_compound_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE @extschema@.zh_compound_template IS
    'folds Traditional/full-width/case, drops stop words, returns a word plus its sub-words at one position (options StopWords, Compounds)';

CREATE TEXT SEARCH DICTIONARY @extschema@.zh_compound (
    TEMPLATE = @extschema@.zh_compound_template
);
COMMENT ON TEXT SEARCH DICTIONARY @extschema@.zh_compound IS
    'Chinese words folded to Simplified, with compound sub-words (华罗庚高新区 -> 华罗庚高新区, 华罗庚, 高新区) and Chinese function words as stop words';

-- the configuration
CREATE TEXT SEARCH CONFIGURATION @extschema@.chinese (PARSER = @extschema@.icu_zh);
ALTER TEXT SEARCH CONFIGURATION @extschema@.chinese
    ADD MAPPING FOR asciiword, word, numword, float, uint, cjk, cjknum, kana
    WITH @extschema@.zh_compound;
COMMENT ON TEXT SEARCH CONFIGURATION @extschema@.chinese IS
    'Chinese full-text search: parkdata.icu_zh parser, parkdata.zh_compound dictionary for every token type but blank';

-- Built-in domain terms of China's regional innovation economy.  Region and
-- park names are added from the gazetteer tables by parkdata_post.sql.
INSERT INTO @extschema@.lexicon (word, source, builtin)
SELECT w, 'domain', true
FROM pg_catalog.unnest(ARRAY[
    '高新区', '国家高新区', '省级高新区', '高新技术产业开发区', '国家高新技术产业开发区',
    '经济技术开发区', '经开区', '开发区', '自贸区', '自由贸易试验区', '综合保税区',
    '国家自主创新示范区', '自创区', '产业园', '产业园区', '科技园', '科技园区', '科学城', '大学科技园',
    '孵化器', '科技企业孵化器', '众创空间', '加速器', '科创平台', '科创板', '科创中心',
    '科技创新', '自主创新', '创新驱动', '创新链', '产业链', '供应链', '资金链', '人才链',
    '领军人才', '高层次人才', '高技能人才', '青年人才', '人才计划', '人才政策', '引才', '留才',
    '院士工作站', '博士后工作站', '博士后科研工作站',
    '独角兽企业', '瞪羚企业', '专精特新', '小巨人', '专精特新小巨人', '隐形冠军', '单项冠军',
    '高新技术企业', '高企', '科技型中小企业', '规上企业', '规上工业', '规上工业企业',
    '规模以上工业', '规上工业总产值', '规上工业增加值', '工业总产值', '工业增加值',
    '营业收入', '营收', '研发投入', '研发经费', '研发强度', '新型研发机构',
    '重点实验室', '工程技术研究中心', '企业技术中心', '产学研', '成果转化', '科技成果转化',
    '知识产权', '发明专利', '有效发明专利', '万人发明专利拥有量', '技术合同成交额',
    '火炬计划', '双创', '招商引资', '招才引智', '营商环境', '放管服',
    '战略性新兴产业', '新兴产业', '未来产业', '集成电路', '生物医药', '新能源汽车', '人工智能',
    '智能制造', '数字经济', '先进制造业', '现代服务业', '新材料', '新能源', '高端装备',
    '新一代信息技术', '工业互联网', '智能网联汽车', '动力电池', '锂电池', '光伏',
    '长三角', '粤港澳大湾区', '京津冀', '成渝地区双城经济圈', '一带一路',
    '十三五', '十四五', '十五五', '新质生产力', '高质量发展', '管委会'
]) AS t(w);
