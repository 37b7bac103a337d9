/*-------------------------------------------------------------------------
 *
 * pd_dict.c
 *	  Text-search dictionary template parkdata.zh_compound_template: folds
 *	  a token (Traditional -> Simplified, full-width -> half-width, lower
 *	  case), drops stop words and returns the whole word plus its sub-words
 *	  at the same position, so a search for 高新区 or 华罗庚 also finds
 *	  华罗庚高新区 while the parser stays non-overlapping and phrase
 *	  positions stay right.
 *
 * Options (CREATE TEXT SEARCH DICTIONARY ... ( TEMPLATE = ..., ... )):
 *	  StopWords = name	 stop words from $SHAREDIR/tsearch_data/name.stop
 *						 instead of the built-in list of Chinese function words
 *	  Compounds = bool	 emit sub-words (default true)
 *
 * The whole word and its sub-words are one variant: in a document they all
 * sit at the word's position, so a query for 高新区 or 华罗庚 finds
 * 华罗庚高新区; in a query they are AND-ed, '华罗庚高新区' & '华罗庚' & '高新区',
 * so a query for the compound (phraseto_tsquery included) needs the compound
 * itself and never matches its parts scattered in a text.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_dict.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "commands/defrem.h"
#include "fmgr.h"
#include "tsearch/ts_locale.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

#include "parkdata.h"
#include "pd_chars.h"
#include "pd_parts.h"
#include "pd_tsearch.h"

/* most sub-words returned for one token */
#define PD_MAX_SUBWORDS	16

/*
 * Built-in stop words: Chinese function words (particles, conjunctions,
 * prepositions, pronouns) that carry no meaning on their own in a search.
 */
static const char *const pd_builtin_stopwords[] = {
	"的", "地", "得", "了", "着", "过", "之", "所",
	"在", "是", "和", "与", "及", "以及", "及其", "等", "或", "或者",
	"也", "而", "并", "并且", "就", "都", "又", "还", "则", "即",
	"被", "把", "对", "从", "向", "为", "以", "于", "由", "将",
	"其", "这", "那", "此", "该", "这个", "那个", "这些", "那些",
	"我", "你", "他", "她", "它", "我们", "你们", "他们", "她们", "它们",
	"但", "但是", "因为", "所以", "如果", "虽然", "而且", "已", "已经",
	"吗", "呢", "吧", "啊",
};

typedef struct PdDict
{
	StopList	stoplist;
	bool		compounds;
	/* the stop words again as a hash set: every token is looked up */
	uint32		stopmask;		/* slots - 1 */
	size_t		stopmin,		/* shortest and longest stop word, in bytes */
				stopmax;
	const char **stopslot;		/* NULL = empty */
	size_t	   *stoplen;		/* the slot's word's length */
	uint32	   *stophash;		/* ... and its pd_stop_hash */
} PdDict;

static inline uint32
pd_hash_bytes(const char *s, size_t len)
{
	uint32		h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h;
}

/*
 * pd_stop_hash - the stop-word set's hash of s[0..len): its first three and
 * last two bytes and its length, in a few instructions (every token is
 * looked up; a byte-by-byte hash cost more than the rest of the lookup)
 */
static inline uint32
pd_stop_hash(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32		x;

	if (len == 0)
		return 0;
	if (len >= 3)
		x = u[0] | (uint32) u[1] << 8 | (uint32) u[2] << 16 | (uint32) u[len - 1] << 24;
	else
		x = u[0] | (uint32) u[len - 1] << 8;
	x = (x ^ (uint32) u[len > 1 ? len - 2 : 0] << 5 ^ (uint32) len << 13) * 0x9E3779B1u;
	return x ^ (x >> 16);
}

/* pd_stop_build - the hash set of d->stoplist */
static void
pd_stop_build(PdDict *d)
{
	uint32		n = 8;
	int			i;

	while (n < (uint32) d->stoplist.len * 2)
		n *= 2;
	d->stopmask = n - 1;
	d->stopmin = SIZE_MAX;
	d->stopmax = 0;
	d->stopslot = palloc0(sizeof(char *) * n);
	d->stoplen = palloc0(sizeof(size_t) * n);
	d->stophash = palloc0(sizeof(uint32) * n);
	for (i = 0; i < d->stoplist.len; i++)
	{
		const char *w = d->stoplist.stop[i];
		size_t		wl = strlen(w);
		uint32		h = pd_stop_hash(w, wl),
					k = h & d->stopmask;

		d->stopmin = Min(d->stopmin, wl);
		d->stopmax = Max(d->stopmax, wl);

		while (d->stopslot[k] && strcmp(d->stopslot[k], w) != 0)
			k = (k + 1) & d->stopmask;
		d->stopslot[k] = w;
		d->stoplen[k] = wl;
		d->stophash[k] = h;
	}
}

/*
 * pd_is_stop - is word[0..len) a stop word?  (The slot's whole hash and
 * length are compared first: most slots a word lands on hold another word,
 * often of the same length, and the bytes are compared only on a match.)
 */
static inline bool
pd_is_stop(const PdDict *d, const char *word, size_t len)
{
	uint32		h,
				k;

	if (len < d->stopmin || len > d->stopmax)
		return false;
	h = pd_stop_hash(word, len);
	k = h & d->stopmask;
	while (d->stopslot[k])
	{
		if (d->stophash[k] == h && d->stoplen[k] == len &&
			memcmp(d->stopslot[k], word, len) == 0)
			return true;
		k = (k + 1) & d->stopmask;
	}
	return false;
}

/* backend-wide segmenter for sub-words (no lexicon; ICU words only) */
static PdSegmenter *pd_dict_seg = NULL;

static PdSegmenter *
pd_dict_segmenter(void)
{
	if (!pd_dict_seg)
	{
		MemoryContext cxt = AllocSetContextCreate(TopMemoryContext,
												  "parkdata compound dictionary",
												  ALLOCSET_SMALL_SIZES);
		PdAllocator a;
		UBreakIterator *bi = pd_iterator_acquire();	/* kept for the backend */

		pd_allocator_init(&a, cxt);
		pd_dict_seg = pd_seg_create(&a, bi, NULL);
		pd_seg_set_words(pd_dict_seg, pd_words_get());
	}
	return pd_dict_seg;
}

PG_FUNCTION_INFO_V1(pd_zh_compound_init);
Datum
pd_zh_compound_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	PdDict	   *d = palloc0(sizeof(PdDict));
	bool		stoploaded = false;
	ListCell   *l;

	pd_require_utf8();
	d->compounds = true;
	foreach(l, options)
	{
		DefElem    *defel = (DefElem *) lfirst(l);

		if (strcmp(defel->defname, "stopwords") == 0)
		{
			if (stoploaded)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("multiple StopWords parameters")));
			readstoplist(defGetString(defel), &d->stoplist, lowerstr);
			stoploaded = true;
		}
		else if (strcmp(defel->defname, "compounds") == 0)
			d->compounds = defGetBoolean(defel);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized parkdata compound dictionary parameter: \"%s\"",
							defel->defname)));
	}
	if (!stoploaded)
	{
		int			n = lengthof(pd_builtin_stopwords),
					i;

		d->stoplist.len = n;
		d->stoplist.stop = palloc(sizeof(char *) * n);
		for (i = 0; i < n; i++)
			d->stoplist.stop[i] = pstrdup(pd_builtin_stopwords[i]);
	}
	pd_stop_build(d);
	PG_RETURN_POINTER(d);
}

/*
 * pd_lower - lower-case s[0..len) (NUL-terminated at len).  ASCII and Han
 * text, nearly every token, is done here in place; other alphabets go
 * through lowerstr_with_len and the database's locale.  Returns s or a new
 * palloc'd string.
 */
static char *
pd_lower(char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		/* ASCII, or a 3-byte sequence of CJK blocks U+3000..U+9FFF */
		if (c < 0x80)
		{
			if (c >= 'A' && c <= 'Z')
				s[i] = (char) (c + 'a' - 'A');
		}
		else if (c >= 0xE3 && c <= 0xE9 && i + 2 < len)
			i += 2;
		else
			return lowerstr_with_len(s, (int) len);	/* ASCII done is still lower */
	}
	return s;
}

/*
 * pd_copy_lower - s[0..len) into dst, lower-cased, NUL-terminated: the
 * parser's folded token, ASCII and Han text in one pass (no memcpy call);
 * any other byte, dst gets the rest as it is and pd_lower does the whole
 * (the database's locale).  Returns the word: dst or a new palloc'd string.
 */
static inline char *
pd_copy_lower(char *dst, const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x80)
			dst[i++] = (char) (c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c);
		else if (c >= 0xE3 && c <= 0xE9 && i + 2 < len)
		{
			dst[i] = (char) c;
			dst[i + 1] = s[i + 1];
			dst[i + 2] = s[i + 2];
			i += 3;
		}
		else
		{
			memcpy(dst + i, s + i, len - i);
			dst[len] = '\0';
			return pd_lower(dst, len);
		}
	}
	dst[len] = '\0';
	return dst;
}

/*
 * is_long_han_word - is s a Han word (PD_TOK_CJK) of three characters or
 * more?  Han characters take three or four bytes, and no character (nor an
 * invalid byte, counted as one) more than four: nine bytes are three
 * characters at least, so the length alone tells, without counting.
 * type: the token's type where the parser gave it, else PD_TOK_END.
 */
static bool
is_long_han_word(const char *s, size_t len, int type)
{
	if (len < 9 || (unsigned char) s[0] < 0xE2 ||
		(type != PD_TOK_END && type != PD_TOK_CJK))
		return false;
	return type == PD_TOK_CJK || pd_seg_classify(s, len) == PD_TOK_CJK;
}

/*
 * may_be_number - may s be a number token with parts?  It then begins with
 * a digit, a sign or a numeral character (二, 十, 百 of 百分之, −): a cheap
 * test that spares most words the call of pd_number_parts.
 */
static inline bool
may_be_number(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32		c;
	int			v;

	if (u[0] < 0x80)
		return (u[0] >= '0' && u[0] <= '9') || u[0] == '-';
	if (pd_utf8_next(u, len, &c) != 3)
		return false;
	return pd_numeral_class(c, &v) != PD_NC_NONE;
}

/*
 * lex_alloc, lex_strdup - memory for what lexize returns: the parse's arena
 * for the token the parser just gave (pd_arena.c), else palloc.  A result
 * array is allocated after its lexemes, so that parsetext's pfree of it,
 * right after reading it, gives its room back to the arena.
 */
static inline void *
lex_alloc(PdArena *arena, Size size)
{
	return arena ? pd_arena_alloc(arena, size) : palloc(size);
}

static inline char *
lex_strdup(PdArena *arena, const char *s, size_t len)
{
	char	   *p = lex_alloc(arena, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* lex_result - the n lexemes of lex[] as a NULL-terminated result array */
static TSLexeme *
lex_result(PdArena *arena, const TSLexeme *lex, int n)
{
	TSLexeme   *r = lex_alloc(arena, sizeof(TSLexeme) * (n + 1));

	memcpy(r, lex, sizeof(TSLexeme) * n);
	memset(&r[n], 0, sizeof(TSLexeme));
	return r;
}

/*
 * Sub-words of recent words, per backend: a two-way cache, emptied
 * whenever the lexicon is rebuilt (sub-words depend on it, on the word
 * list, which a backend never changes, and on the word).  Words repeat a
 * lot in text, and cutting one costs a segmentation.  It starts at
 * SUBCACHE_MIN_SLOTS (17 kB: a connection's first, short text needs no
 * more, and pays for every byte it zeroes) and grows fourfold, keeping what
 * it holds, up to SUBCACHE_MAX_SLOTS (about 1 MB: the long words of a few
 * megabytes of news) each time it has missed as many times as it has slots.
 */
#define SUBCACHE_MIN_SLOTS	256
#define SUBCACHE_MAX_SLOTS	16384
#define SUBCACHE_KEY	48		/* longer words are not cached */
#define SUBCACHE_SPANS	8		/* words with more sub-words are not cached */

typedef struct PdSubCacheSlot
{
	uint8		keylen;			/* 0 = empty */
	uint8		nspans;
	uint8		spans[SUBCACHE_SPANS][2];
	char		key[SUBCACHE_KEY];
} PdSubCacheSlot;

static MemoryContext pd_subcache_cxt = NULL;	/* "parkdata sub-word cache" */
static PdSubCacheSlot *pd_subcache = NULL;
static uint32 pd_subcache_slots = 0;	/* a power of two: sets of two */
static uint32 pd_subcache_misses = 0;	/* since it was last emptied */
static uint64 pd_subcache_generation = 0;

/* pd_subcache_set - the two slots of word's set in cache c of slots slots */
static inline PdSubCacheSlot *
pd_subcache_set(PdSubCacheSlot *c, uint32 slots, uint32 hash)
{
	return &c[(hash & (slots / 2 - 1)) * 2];
}

/* pd_subcache_put - e into its set, first; the set's first moves second */
static inline void
pd_subcache_put(PdSubCacheSlot *set, const PdSubCacheSlot *e)
{
	set[1] = set[0];
	set[0] = *e;
}

/*
 * pd_subcache_make - a cache of slots slots, holding what the old one held
 * (the old one kept if memory is short)
 */
static void
pd_subcache_make(uint32 slots)
{
	PdSubCacheSlot *c;
	uint32		i;

	/* its own context, so that memory accounting can tell it apart */
	if (pd_subcache_cxt == NULL)
		pd_subcache_cxt = AllocSetContextCreate(TopMemoryContext, "parkdata sub-word cache",
												ALLOCSET_SMALL_SIZES);
	c = MemoryContextAllocExtended(pd_subcache_cxt, sizeof(PdSubCacheSlot) * slots,
								   MCXT_ALLOC_NO_OOM | MCXT_ALLOC_ZERO);
	if (!c)
		return;
	/* each set's second slot first, so that its first stays first */
	for (i = 0; i < pd_subcache_slots; i++)
	{
		PdSubCacheSlot *old = &pd_subcache[i ^ 1];

		if (old->keylen > 0)
			pd_subcache_put(pd_subcache_set(c, slots, pd_hash_bytes(old->key, old->keylen)),
							old);
	}
	if (pd_subcache)
		pfree(pd_subcache);
	pd_subcache = c;
	pd_subcache_slots = slots;
	pd_subcache_misses = 0;
}

/* pd_subwords_compute - sub-word spans of word into spans; how many */
static int
pd_subwords_compute(const char *word, size_t wlen, int32 (*spans)[2])
{
	PdLexHandle *h = pd_lexicon_acquire();
	volatile int k = 0;

	PG_TRY();
	{
		k = pd_seg_subwords(pd_dict_segmenter(), pd_lexicon_of(h), word, wlen,
							spans, PD_MAX_SUBWORDS);
	}
	PG_FINALLY();
	{
		pd_lexicon_release(h);
	}
	PG_END_TRY();
	if (k < 0)
		pd_segment_error(k, pd_seg_icu_status(pd_dict_segmenter()));
	return k;
}

/*
 * pd_subwords - sub-word spans of word (folded, lower case) into spans;
 * returns how many
 */
static int
pd_subwords(const char *word, size_t wlen, int32 (*spans)[2])
{
	PdSubCacheSlot *set,
			   *slot;
	uint32		hash;
	int			k;
	bool		fresh = false;

	if (wlen > SUBCACHE_KEY)
		return pd_subwords_compute(word, wlen, spans);
	if (!pd_subcache)
	{
		pd_subcache_make(SUBCACHE_MIN_SLOTS);
		if (!pd_subcache)
			return pd_subwords_compute(word, wlen, spans);
		fresh = true;			/* empty: zeroed when made */
	}
	/* bring the lexicon up to date first: a rebuild empties the cache */
	pd_lexicon_release(pd_lexicon_acquire());
	if (pd_subcache_generation != pd_lexicon_generation())
	{
		if (!fresh)
			memset(pd_subcache, 0, sizeof(PdSubCacheSlot) * pd_subcache_slots);
		pd_subcache_misses = 0;
		pd_subcache_generation = pd_lexicon_generation();
	}
	hash = pd_hash_bytes(word, wlen);
	set = pd_subcache_set(pd_subcache, pd_subcache_slots, hash);
	for (slot = set; slot < set + 2; slot++)
		if (slot->keylen == wlen && memcmp(slot->key, word, wlen) == 0)
		{
			for (k = 0; k < slot->nspans; k++)
			{
				spans[k][0] = slot->spans[k][0];
				spans[k][1] = slot->spans[k][1];
			}
			return slot->nspans;
		}
	if (++pd_subcache_misses >= pd_subcache_slots && pd_subcache_slots < SUBCACHE_MAX_SLOTS)
	{
		pd_subcache_make(Min(pd_subcache_slots * 4, SUBCACHE_MAX_SLOTS));
		set = pd_subcache_set(pd_subcache, pd_subcache_slots, hash);
	}
	k = pd_subwords_compute(word, wlen, spans);
	if (k <= SUBCACHE_SPANS)
	{
		PdSubCacheSlot e;
		int			j;

		e.keylen = (uint8) wlen;
		memcpy(e.key, word, wlen);
		e.nspans = (uint8) k;
		for (j = 0; j < k; j++)
		{
			e.spans[j][0] = (uint8) spans[j][0];
			e.spans[j][1] = (uint8) spans[j][1];
		}
		pd_subcache_put(set, &e);
	}
	return k;
}

/*
 * pd_lexize_number - the lexemes of a number token: the whole and its parts
 * (pd_number_parts), the spellings with Arabic digits of a Han number as a
 * second variant, so that a query for 二〇〇一年 finds either spelling.
 * Returns the result array, NULL if word is not a number with parts (a
 * return value, not an out parameter: the caller, run for every token,
 * then takes the address of no local and needs no stack protector).
 */
static pg_noinline TSLexeme *
pd_lexize_number(PdDict *d, PdArena *arena, char *word, size_t wlen)
{
	char		buf[PD_PARTS_BUF];
	PdPart		parts[PD_PARTS_MAX];
	TSLexeme	lex[PD_PARTS_MAX + 1];
	int			k = pd_number_parts(word, wlen, buf, sizeof(buf), parts, PD_PARTS_MAX),
				i,
				n = 0;

	if (k <= 0)
		return NULL;
	memset(lex, 0, sizeof(lex));
	lex[n].lexeme = word;
	lex[n++].nvariant = 1;
	for (i = 0; i < k; i++)
	{
		if (pd_is_stop(d, parts[i].s, parts[i].len))
			continue;
		lex[n].lexeme = lex_strdup(arena, parts[i].s, parts[i].len);
		lex[n++].nvariant = parts[i].alt ? 2 : 1;
	}
	return lex_result(arena, lex, n);
}

/*
 * pd_lexize_compound - the lexemes of a Han word of three characters or
 * more: the whole, then its sub-words (one variant)
 */
static TSLexeme *
pd_lexize_compound(PdDict *d, PdArena *arena, char *word, size_t wlen)
{
	TSLexeme	res[PD_MAX_SUBWORDS + 1];
	int32		spans[PD_MAX_SUBWORDS][2];
	size_t		reslen[PD_MAX_SUBWORDS + 1];	/* strlen of res[j].lexeme */
	int			nres = 1,
				k,
				i;

	res[0].lexeme = word;
	res[0].nvariant = 1;
	res[0].flags = 0;
	reslen[0] = wlen;

	/*
	 * The sub-words, and theirs in turn (breadth first, each once, at most
	 * PD_MAX_SUBWORDS): a query for a compound asks for its own sub-words
	 * too (one variant), so a text holding it inside a longer word must have
	 * them (中国国际广播电台 -> 国际广播电台 -> 国际, 广播电台).
	 */
	k = pd_subwords(word, wlen, spans);

	for (i = 0; i < k; i++)
	{
		const char *sw = word + spans[i][0];
		int32		sl = spans[i][1];
		int			j;
		char	   *sub;

		for (j = 0; j < nres; j++)
			if (reslen[j] == (size_t) sl && memcmp(res[j].lexeme, sw, sl) == 0)
				break;
		if (j < nres)
			continue;
		if (!pd_is_stop(d, sw, sl))
		{
			sub = lex_strdup(arena, sw, sl);
			res[nres].lexeme = sub;
			res[nres].nvariant = 1;
			res[nres].flags = 0;
			reslen[nres] = sl;
			nres++;
		}
		if (k < PD_MAX_SUBWORDS && is_long_han_word(sw, sl, PD_TOK_END))
		{
			int32		more[PD_MAX_SUBWORDS][2];
			int			m = pd_subwords(sw, sl, more),
						q;

			for (q = 0; q < m && k < PD_MAX_SUBWORDS; q++)
			{
				spans[k][0] = spans[i][0] + more[q][0];
				spans[k][1] = more[q][1];
				k++;
			}
		}
	}
	return lex_result(arena, res, nres);
}

PG_FUNCTION_INFO_V1(pd_zh_compound_lexize);
Datum
pd_zh_compound_lexize(PG_FUNCTION_ARGS)
{
	PdDict	   *d = (PdDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char	   *folded,
			   *word,
			   *stem;
	size_t		n,
				wlen;
	TSLexeme   *res;
	PdArena    *arena = NULL;
	int			type;

	if (len <= 0)
		PG_RETURN_POINTER(NULL);
	if (in == pd_last_token.orig && len == pd_last_token.len && pd_last_token.flen >= 0)
	{
		/*
		 * the token the parser just gave: folded and classified there; its
		 * lexemes go to the parse's arena (when called in the context the
		 * parse started in, whose lifetime the arena has)
		 */
		if (pd_last_token.arena &&
			pd_last_token.arena->header.parent == CurrentMemoryContext)
			arena = pd_last_token.arena;
		n = pd_last_token.flen;
		folded = lex_alloc(arena, n + 1);
		word = pd_copy_lower(folded, pd_last_token.folded, n);
		type = pd_last_token.type;
	}
	else
	{
		folded = palloc(len + 1);
		n = pd_fold_utf8(in, len, folded, NULL);
		folded[n] = '\0';
		word = pd_lower(folded, n);
		type = PD_TOK_END;		/* not known */
	}
	wlen = word == folded ? n : strlen(word);
	if (wlen == 0 || pd_is_stop(d, word, wlen))
	{
		/* a stop word: no lexeme, but a position */
		res = lex_alloc(arena, sizeof(TSLexeme));
		memset(res, 0, sizeof(TSLexeme));
		PG_RETURN_POINTER(res);
	}

	if (d->compounds && may_be_number(word, wlen) &&
		(res = pd_lexize_number(d, arena, word, wlen)) != NULL)
		PG_RETURN_POINTER(res);
	if (d->compounds && is_long_han_word(word, wlen, type))
		PG_RETURN_POINTER(pd_lexize_compound(d, arena, word, wlen));

	/* one word, or 园区 carrying 园: a query for 科学园 finds 科学|园区 */
	stem = NULL;
	if (d->compounds && wlen == 6 && memcmp(word + 3, "\xe5\x8c\xba", 3) == 0 &&	/* 区 */
		pd_seg_suffix_stem(word, wlen) == 3)
		stem = lex_strdup(arena, word, 3);
	res = lex_alloc(arena, sizeof(TSLexeme) * 3);	/* after its lexemes */
	res[0].lexeme = word;
	res[0].nvariant = 1;
	res[0].flags = 0;
	res[1].lexeme = stem;
	res[1].nvariant = 1;
	res[1].flags = 0;
	res[2].lexeme = NULL;
	PG_RETURN_POINTER(res);
}
