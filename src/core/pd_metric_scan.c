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

uint8_t		pd_numeric_bmp[0x10000 / 8];
uint8_t		pd_fc[FC_TABLES][0x10000 / 8];

/*
 * Hashed filters of the first and last code points of every word list
 * (4096 bits each): table_at and table_before skip a position whose
 * character begins, or ends, no word of the list.
 */
#define LF_BIT(set, c)	(((set)[((c) & 4095) >> 3] >> ((c) & 7)) & 1)
#define LF_SET(set, c)	((set)[((c) & 4095) >> 3] |= (uint8_t) (1 << ((c) & 7)))

typedef struct ListFilter
{
	uint8_t		first[512];
	uint8_t		last[512];
} ListFilter;

static ListFilter pd_list_filter[PL_COUNT];

int
is_sentence_end(uint32_t c)
{
	return c == CP_FULL_STOP || c == CP_FW_EXCLAM || c == CP_FW_QUESTION ||
		c == '!' || c == '?' || c == '\n' || c == '\r';
}

int
is_closer(uint32_t c)
{
	return c == CP_RDQUOTE || c == CP_RSQUOTE || c == CP_RCORNER ||
		c == CP_RWCORNER || c == CP_FW_RPAREN || c == ')' || c == CP_RTITLE ||
		c == '"';
}

/* clause punctuation: bounds of indicator and kind windows */
int
is_clause_punct(uint32_t c)
{
	return c == CP_FW_COMMA || c == ',' || c == CP_FW_SEMICOLON || c == ';' ||
		c == CP_FW_COLON || c == ':' || c == CP_FULL_STOP ||
		c == CP_IDEOGRAPHIC_COMMA || c == CP_EM_DASH || c == CP_ELLIPSIS ||
		c == ' ' || c == CP_IDEOGRAPHIC_SPACE || c == '\t' ||
		c == CP_FW_EXCLAM || c == CP_FW_QUESTION || c == '\n' || c == '\r';
}

/*
 * word_at - does the UTF-8 word start at character i of the sentence?
 *
 * Returns its length in characters, 0 if not.  Never reads past the window.
 */
int
word_at(const PdMetricWork *w, int i, const char *word)
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
	d = (const unsigned char *) w->doc + b;
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
	if (wl == 0 || w->off[i] < wl ||
		(unsigned char) w->doc[w->off[i] - 1] != (unsigned char) word[wl - 1])
		return 0;
	for (k = 1; k <= 8 && k <= i; k++)
	{
		size_t		bl = w->off[i] - w->off[i - k];

		if (bl == wl)
			return memcmp(w->doc + w->off[i - k], word, wl) == 0 ? k : 0;
		if (bl > wl)
			return 0;
	}
	return 0;
}

/*
 * table_at - longest word of list l starting at i
 *
 * Returns its length in characters (0 if none); *idx (may be NULL) gets its
 * index in the list.  Of equally long words the first wins.
 */
int
table_at(const PdMetricWork *w, int i, PdList l, size_t *idx)
{
	const PdWordList *L = &pd_lists[l];
	int			best = 0;
	size_t		t;

	if (i < 0 || i >= w->n || !LF_BIT(pd_list_filter[l].first, w->cp[i]))
		return 0;
	for (t = 0; t < L->n; t++)
	{
		int			len = word_at(w, i, L->words[t]);

		if (len > best)
		{
			best = len;
			if (idx)
				*idx = t;
		}
	}
	return best;
}

/* table_before - longest word of list l ending right before i */
int
table_before(const PdMetricWork *w, int i, PdList l)
{
	const PdWordList *L = &pd_lists[l];
	int			best = 0;
	size_t		t;

	if (i <= 0 || i > w->n || !LF_BIT(pd_list_filter[l].last, w->cp[i - 1]))
		return 0;
	for (t = 0; t < L->n; t++)
	{
		int			len = word_before(w, i, L->words[t]);

		if (len > best)
			best = len;
	}
	return best;
}

/* first_cp - the first code point of a NUL-terminated UTF-8 word */
uint32_t
first_cp(const char *word)
{
	int			cl;

	return pd_utf8_decode((const unsigned char *) word, strlen(word), &cl);
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
		int			cl;

		pd_utf8_decode(u, len, &cl);
		u += cl;
		len -= cl;
		k++;
	}
	return k;
}

/* fc_set - add the nth character (0-based) of word to first-character set t */
void
fc_set(int t, const char *word, int nth)
{
	const unsigned char *u = (const unsigned char *) word;
	size_t		len = strlen(word);
	uint32_t	c = 0;
	int			cl = 0;

	while (nth-- >= 0)
	{
		if (len == 0)
			return;
		c = pd_utf8_decode(u, len, &cl);
		u += cl;
		len -= cl;
	}
	if (c < 0x10000)
		pd_fc[t][c >> 3] |= (uint8_t) (1 << (c & 7));
}

static void
list_filter_init(PdList l)
{
	const PdWordList *L = &pd_lists[l];
	ListFilter *f = &pd_list_filter[l];
	size_t		i;

	for (i = 0; i < L->n; i++)
	{
		const unsigned char *u = (const unsigned char *) L->words[i];
		size_t		len = strlen(L->words[i]);
		uint32_t	c = 0;
		int			cl;

		if (len == 0)
			continue;
		c = pd_utf8_decode(u, len, &cl);
		LF_SET(f->first, c);
		while (len > 0)
		{
			c = pd_utf8_decode(u, len, &cl);
			u += cl;
			len -= cl;
		}
		LF_SET(f->last, c);
	}
}

/* pd_metric_scan_init - the numeral bit set and the word lists' filters */
void
pd_metric_scan_init(void)
{
	uint32_t	c;
	int			v,
				l;

	memset(pd_numeric_bmp, 0, sizeof(pd_numeric_bmp));
	for (c = 0; c < 0x10000; c++)
		if (pd_numeral_class(c, &v) != PD_NC_NONE)
			pd_numeric_bmp[c >> 3] |= (uint8_t) (1 << (c & 7));
	memset(pd_fc, 0, sizeof(pd_fc));
	memset(pd_list_filter, 0, sizeof(pd_list_filter));
	for (l = 0; l < PL_COUNT; l++)
		list_filter_init((PdList) l);
}
