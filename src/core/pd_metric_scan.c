/*-------------------------------------------------------------------------
 *
 * pd_metric_scan.c
 *	  Word matching over the sentence window of the metric extractor:
 *	  character classes, words and word lists at or before a position, and
 *	  the first-character filters that let the scans skip most positions.
 *
 * The filters are bit sets derived once from the static tables and never
 * changed after (pd_metric_init), so they hold no parse state and are safe
 * for nested and parallel calls alike.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_scan.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

uint16_t	pd_cflags[0x10000];
uint8_t		pd_ccls[0x10000];

/*
 * Every word list, and the words of the struct tables, indexed once by
 * first and by last code point: table_at and table_before look only at the
 * words that begin (or end) with the character at hand, after a hashed
 * filter (4096 bits) has turned away most positions.
 */
#define LF_SET(set, c)	((set)[((c) & 4095) >> 3] |= (uint8_t) (1 << ((c) & 7)))

typedef struct WordRef
{
	uint32_t	cp;				/* first (or last) code point */
	uint32_t	cps;			/* its code points: pd_ref_cps[cps ..] */
	uint16_t	word;			/* index in the list */
	uint8_t		bytes;			/* UTF-8 length */
	uint8_t		chars;			/* length in code points */
} WordRef;

typedef struct ListIndex
{
	const char *const *words;
	uint16_t	n;
	uint16_t	at;				/* its refs in pd_first_refs / pd_last_refs */
} ListIndex;

uint8_t		pd_list_first[PL_ALL][512];	/* hashed first code points */
uint8_t		pd_list_last[PL_ALL][512];	/* hashed last code points */

#define MAX_INDEXED		4096
#define MAX_STRUCT_WORDS 256

static ListIndex pd_index[PL_ALL];
static WordRef pd_first_refs[MAX_INDEXED];
static WordRef pd_last_refs[MAX_INDEXED];

/* the code points of every indexed word, back to back */
#define MAX_REF_CPS		(MAX_INDEXED * 8)
static uint32_t pd_ref_cps[MAX_REF_CPS];
static uint32_t pd_n_ref_cps;

/*
 * Where each list's refs of one code point begin: a hash of (list, code
 * point), linear probing, at most half full (MAX_INDEXED keys at most).
 */
#define REF_HASH_SIZE	(MAX_INDEXED * 2)
#define REF_HASH(l, c)	((((uint32_t) (c) * 2654435761u) ^ ((uint32_t) (l) * 40503u)) & \
						 (REF_HASH_SIZE - 1))

typedef struct RefSlot
{
	uint32_t	cp;
	int16_t		l;
	int16_t		r;				/* first ref, -1: an empty slot */
} RefSlot;

typedef struct RefHash
{
	RefSlot		slot[REF_HASH_SIZE];
} RefHash;

static RefHash pd_first_hash;
static RefHash pd_last_hash;
static const char *pd_struct_words[PL_ALL - PL_COUNT][MAX_STRUCT_WORDS];

/* is there clause punctuation in [a, b)? */
int
clause_mark_in(const PdMetricWork *w, int a, int b)
{
	for (; a < b; a++)
		if (is_clause_punct(w->cp[a]))
			return 1;
	return 0;
}

/*
 * clause_break_slow - does character k end a clause?  Clause punctuation
 * does, and so does a space, except one beside a digit, a Latin letter or
 * a percent sign: 营业收入 2124.3 亿元, 实现 GDP762 亿元 are one clause.
 * Called by clause_break (pd_metric_int.h) outside kana and Han.
 */
int
clause_break_slow(const PdMetricWork *w, int k)
{
	uint32_t	c = w->cp[k];

	if (!is_clause_punct(c))
		return 0;
	if (c == ' ' || c == CP_IDEOGRAPHIC_SPACE || c == '\t')
	{
		uint32_t	p = k > 0 ? w->cp[k - 1] : 0,
					n = k + 1 < w->n ? w->cp[k + 1] : 0;

		if (is_adigit(p) || is_adigit(n) || is_latin(p) || is_latin(n) ||
			(k + 1 < w->n && wcls(w, k + 1) == PD_NC_PERCENT))
			return 0;
	}
	return 1;
}

/*
 * word_at_slow - word_at (pd_metric_int.h) past its test of the first byte:
 * does the UTF-8 word start at character i of the sentence?  Returns its
 * length in characters, 0 if not.  Never reads past the window.
 */
int
word_at_slow(const PdMetricWork *w, int i, const char *word)
{
	const unsigned char *d;
	const unsigned char *u = (const unsigned char *) word;
	size_t		b,
				avail,
				wl;
	int			k;

	if (i < 0 || i >= w->n)
		return 0;
	b = w->off[i];
	d = (const unsigned char *) wtext(w, i);
	avail = w->off[w->n] - b;
	/* cheap rejection on the first bytes before anything else */
	if (avail == 0 || d[0] != u[0])
		return 0;
	if (u[1] && (avail < 2 || d[1] != u[1]))
		return 0;
	if (u[1] && u[2] && (avail < 3 || d[2] != u[2]))
		return 0;
	wl = strlen(word);
	if (wl > avail || memcmp(d, u, wl) != 0)
		return 0;
	/* the word must end on a character boundary inside the window */
	for (k = i; k <= w->n; k++)
		if (w->off[k] == b + wl)
			return k - i;
		else if (w->off[k] > b + wl)
			break;
	return 0;
}

/* word_before - length in characters of word if it ends right before i */
int
word_before(const PdMetricWork *w, int i, const char *word)
{
	size_t		wl;
	int			k;

	if (i <= 0)
		return 0;
	/* cheap rejection: the word's last byte against the byte before i */
	wl = strlen(word);
	if (wl == 0 || w->off[i] - w->off[0] < wl ||
		(unsigned char) wtext(w, i)[-1] != (unsigned char) word[wl - 1])
		return 0;
	for (k = 1; k <= 8 && k <= i; k++)
	{
		size_t		bl = w->off[i] - w->off[i - k];

		if (bl == wl)
			return memcmp(wtext(w, i - k), word, wl) == 0 ? k : 0;
		if (bl > wl)
			return 0;
	}
	return 0;
}

/*
 * fenbie_before - where the 分别 of a 分别 list begins, looking back from
 * character i (the list's first figure) for a 分别 that ends at k, i - window
 * < k <= i; the search ends at the first k where stop(w, k) holds (NULL: it
 * never does).  -1 if there is none.  The indicator, subject and period rules
 * each pass their own window and stop.
 */
int
fenbie_before(const PdMetricWork *w, int i, int window, PdStopFn stop)
{
	int			k;

	for (k = i; k > 0 && i - k < window && !(stop && stop(w, k)); k--)
		if (word_before(w, k, "分别"))
			return k - 2;
	return -1;
}

/*
 * find_ref - the first ref of list l in refs whose code point is c, or -1:
 * one probe of the (list, code point) hash in most cases
 */
static inline int
find_ref(const RefHash *h, PdList l, uint32_t c)
{
	uint32_t	k = REF_HASH(l, c);

	for (;; k = (k + 1) & (REF_HASH_SIZE - 1))
	{
		const RefSlot *s = &h->slot[k];

		if (s->r < 0)
			return -1;
		if (s->cp == c && s->l == (int) l)
			return s->r;
	}
}

/* same_cps - are the n code points at a and b the same? */
static inline int
same_cps(const uint32_t *a, const uint32_t *b, int n)
{
	int			k;

	for (k = 0; k < n; k++)
		if (a[k] != b[k])
			return 0;
	return 1;
}

/*
 * table_at_slow - longest word of list l starting at i, past the filter
 * (table_at in pd_metric_int.h)
 *
 * Returns its length in characters (0 if none); *idx (may be NULL) gets its
 * index in the list.  Of equally long words the first wins.  The window's
 * code points are compared with the word's (pd_ref_cps), and the byte
 * lengths too: the same as comparing the folded bytes, since a character
 * read as U+FFFD from invalid UTF-8 is shorter than U+FFFD itself.
 */
int
table_at_slow(const PdMetricWork *w, int i, PdList l, size_t *idx)
{
	const ListIndex *L = &pd_index[l];
	int			r,
				best = 0;

	if ((r = find_ref(&pd_first_hash, l, w->cp[i])) < 0)
		return 0;
	for (; r < L->at + L->n && pd_first_refs[r].cp == w->cp[i]; r++)
	{
		const WordRef *f = &pd_first_refs[r];

		if (f->chars > best && i + f->chars <= w->n &&
			w->off[i + f->chars] - w->off[i] == f->bytes &&
			same_cps(w->cp + i + 1, pd_ref_cps + f->cps + 1, f->chars - 1))
		{
			best = f->chars;
			if (idx)
				*idx = f->word;
		}
	}
	return best;
}

/* table_before_slow - longest word of list l ending right before i, past the filter */
int
table_before_slow(const PdMetricWork *w, int i, PdList l, size_t *idx)
{
	const ListIndex *L = &pd_index[l];
	int			r,
				best = 0;

	if ((r = find_ref(&pd_last_hash, l, w->cp[i - 1])) < 0)
		return 0;
	for (; r < L->at + L->n && pd_last_refs[r].cp == w->cp[i - 1]; r++)
	{
		const WordRef *f = &pd_last_refs[r];

		if (f->chars > best && f->chars <= i &&
			w->off[i] - w->off[i - f->chars] == f->bytes &&
			same_cps(w->cp + i - f->chars, pd_ref_cps + f->cps, f->chars - 1))
		{
			best = f->chars;
			if (idx)
				*idx = f->word;
		}
	}
	return best;
}

/* first_cp - the first code point of a NUL-terminated UTF-8 word */
uint32_t
first_cp(const char *word)
{
	uint32_t	c;

	pd_utf8_next((const unsigned char *) word, strlen(word), &c);
	return c;
}

/* word_chars - length of a NUL-terminated UTF-8 word in code points */
int
word_chars(const char *word)
{
	const unsigned char *u = (const unsigned char *) word;
	size_t		len = strlen(word);
	int			k = 0;

	while (len > 0)
	{
		uint32_t	c;
		size_t		cl = pd_utf8_next(u, len, &c);

		u += cl;
		len -= cl;
		k++;
	}
	return k;
}

/* fc_set - add flag t (FC_*) to the nth character (0-based) of word */
void
fc_set(int t, const char *word, int nth)
{
	const unsigned char *u = (const unsigned char *) word;
	size_t		len = strlen(word);
	uint32_t	c = 0;

	while (nth-- >= 0)
	{
		size_t		cl;

		if (len == 0)
			return;
		cl = pd_utf8_next(u, len, &c);
		u += cl;
		len -= cl;
	}
	if (c < 0x10000)
		pd_cflags[c] |= (uint16_t) t;
}

static int
ref_cmp(const WordRef *a, const WordRef *b)
{
	if (a->cp != b->cp)
		return a->cp < b->cp ? -1 : 1;
	return a->word < b->word ? -1 : a->word > b->word;
}

/* insertion sort: a few hundred words per list, once per backend */
static void
sort_refs(WordRef *r, int n)
{
	int			i,
				j;

	for (i = 1; i < n; i++)
	{
		WordRef		x = r[i];

		for (j = i; j > 0 && ref_cmp(&r[j - 1], &x) > 0; j--)
			r[j] = r[j - 1];
		r[j] = x;
	}
}

/* hash_refs - enter the first ref of each code point of list l into h */
static void
hash_refs(RefHash *h, PdList l, const WordRef *refs, const ListIndex *L)
{
	int			r;

	for (r = L->at; r < L->at + L->n; r++)
	{
		uint32_t	k;

		if (r > L->at && refs[r].cp == refs[r - 1].cp)
			continue;
		k = REF_HASH(l, refs[r].cp);
		while (h->slot[k].r >= 0)
			k = (k + 1) & (REF_HASH_SIZE - 1);
		h->slot[k].cp = refs[r].cp;
		h->slot[k].l = (int16_t) l;
		h->slot[k].r = (int16_t) r;
	}
}

/* index list l (words[0..n)) at refs position *at */
static void
index_list(PdList l, const char *const *words, size_t n, int *at)
{
	ListIndex  *L = &pd_index[l];
	size_t		i;

	L->words = words;
	L->at = (uint16_t) *at;
	L->n = 0;
	for (i = 0; i < n && *at < MAX_INDEXED; i++)
	{
		const unsigned char *u = (const unsigned char *) words[i];
		size_t		len = strlen(words[i]);
		uint32_t	c = 0,
					first;
		int			chars = 0;

		if (len == 0 || len > 255)
			continue;
		if (pd_n_ref_cps + len > MAX_REF_CPS)
		{
			*at = MAX_INDEXED;	/* full: pd_metric_words_indexed says so */
			break;
		}
		pd_utf8_next(u, len, &first);
		pd_first_refs[*at].cps = pd_last_refs[*at].cps = pd_n_ref_cps;
		while (len > 0)
		{
			size_t		cl = pd_utf8_next(u, len, &c);

			u += cl;
			len -= cl;
			pd_ref_cps[pd_n_ref_cps++] = c;
			chars++;
		}
		pd_first_refs[*at].cp = first;
		pd_last_refs[*at].cp = c;
		pd_first_refs[*at].word = pd_last_refs[*at].word = (uint16_t) i;
		pd_first_refs[*at].bytes = pd_last_refs[*at].bytes = (uint8_t) strlen(words[i]);
		pd_first_refs[*at].chars = pd_last_refs[*at].chars = (uint8_t) chars;
		LF_SET(pd_list_first[l], first);
		LF_SET(pd_list_last[l], c);
		L->n++;
		(*at)++;
	}
	sort_refs(pd_first_refs + L->at, L->n);
	sort_refs(pd_last_refs + L->at, L->n);
	hash_refs(&pd_first_hash, l, pd_first_refs, L);
	hash_refs(&pd_last_hash, l, pd_last_refs, L);
}

/* the words of a struct table as a list: PL_S_* */
#define INDEX_STRUCT(l, tab, ntab) \
	do { \
		size_t		k_; \
		for (k_ = 0; k_ < (ntab) && k_ < MAX_STRUCT_WORDS; k_++) \
			pd_struct_words[(l) - PL_COUNT][k_] = (tab)[k_].word; \
		index_list((l), pd_struct_words[(l) - PL_COUNT], \
				   (ntab) < MAX_STRUCT_WORDS ? (ntab) : MAX_STRUCT_WORDS, &at); \
	} while (0)

/*
 * char_flags - the numeral class of every BMP code point (pd_ccls), and the
 * flags of the window's own scans: sentence ends, openers, number starts
 */
static void
char_flags(void)
{
	static const uint32_t ends[] = {CP_FULL_STOP, CP_FW_EXCLAM, CP_FW_QUESTION,
	'!', '?', '\n', '\r'};
	static const uint32_t opens[] = {CP_LDQUOTE, CP_LSQUOTE, CP_LCORNER,
	CP_LWCORNER, '"', CP_LTITLE, '(', CP_FW_LPAREN};
	uint32_t	c;
	size_t		i;

	for (c = 0; c < 0x10000; c++)
	{
		PdNumClass	k = ncls(c);

		pd_ccls[c] = (uint8_t) k;
		if (k == PD_NC_DIGIT || k == PD_NC_ADIGIT || k == PD_NC_TENS ||
			k == PD_NC_UNIT || k == PD_NC_MYRIAD)
			pd_cflags[c] |= FC_NUMBER;
		if (pd_is_arabic_digit(c) || k == PD_NC_DIGIT || k == PD_NC_TENS)
			pd_cflags[c] |= FC_DIGIT;
	}
	pd_cflags[CP_BAN] |= FC_NUMBER;	/* 半数: a share (half_at) */
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		pd_cflags[ends[i]] |= FC_END;
	for (i = 0; i < sizeof(opens) / sizeof(opens[0]); i++)
		pd_cflags[opens[i]] |= FC_OPEN;
}

/* words indexed in all (pd_metric_words_indexed) */
static int	pd_indexed = 0;

/* pd_metric_scan_init - the word lists' filters */
void
pd_metric_scan_init(void)
{
	int			l,
				at = 0;

	pd_fold_init();
	memset(pd_cflags, 0, sizeof(pd_cflags));
	memset(pd_index, 0, sizeof(pd_index));
	memset(pd_list_first, 0, sizeof(pd_list_first));
	memset(pd_list_last, 0, sizeof(pd_list_last));
	memset(&pd_first_hash, 0xFF, sizeof(pd_first_hash));	/* r = -1 */
	memset(&pd_last_hash, 0xFF, sizeof(pd_last_hash));
	pd_n_ref_cps = 0;
	for (l = 0; l < PL_COUNT; l++)
		index_list((PdList) l, pd_lists[l].words, pd_lists[l].n, &at);
	INDEX_STRUCT(PL_S_UNITS, pd_unit_words, pd_n_unit_words);
	INDEX_STRUCT(PL_S_QUAL_BEFORE, pd_qual_before, pd_n_qual_before);
	INDEX_STRUCT(PL_S_QUAL_BETWEEN, pd_qual_between, pd_n_qual_between);
	INDEX_STRUCT(PL_S_QUAL_AFTER, pd_qual_after, pd_n_qual_after);
	INDEX_STRUCT(PL_S_KINDS, pd_kind_words, pd_n_kind_words);
	INDEX_STRUCT(PL_S_PERIODS, pd_period_words, pd_n_period_words);
	INDEX_STRUCT(PL_S_ANAPHORA, pd_anaphora, pd_n_anaphora);
	pd_indexed = at;
	char_flags();
}

/* pd_metric_words_indexed - how many words the lists have (all indexed if < capacity) */
int
pd_metric_words_indexed(void)
{
	return pd_indexed < MAX_INDEXED ? pd_indexed : -1;
}
