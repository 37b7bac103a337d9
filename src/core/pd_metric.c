/*-------------------------------------------------------------------------
 *
 * pd_metric.c
 *	  Quantities in Chinese news text (see pd_metric.h).  No PostgreSQL
 *	  headers; all keyword knowledge is in pd_metric_data.h and the
 *	  gazetteer in pd_gazetteer_data.h.
 *
 * The text is cut into sentences (at 。！？!? and line ends, at most
 * PD_METRIC_SENTENCE_MAX characters each); each sentence is decoded once
 * into a window of code points and byte offsets and then looked at by a few
 * bounded scans: quotes and titles, place mentions, time expressions, target
 * words, and finally numbers.  Every scan looks at most a constant number of
 * characters around each position, so the whole pass is linear in the input.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_metric.h"
#include "pd_numeral.h"
#include "pd_metric_data.h"
#include "pd_gazetteer_data.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

#define MAX_NUM_CHARS	40		/* a longer digit run is a code, not a number */
#define MAX_MENTIONS	64		/* place mentions remembered per sentence */
#define MAX_PERIODS		16		/* time expressions remembered per sentence */
#define KIND_WINDOW		14		/* characters looked back for kind words */
#define IND_WINDOW		24		/* characters looked back for the indicator */
#define IND_RIGHT		20		/* characters looked ahead for the indicator */
#define SHORT_QUOTE		16		/* a quote this short is a name or a slogan */
#define VALUE_MAX		512
#define SEEN_CODES		32
#define COMPANIES		4
#define COMPANY_MAX		96

/* per-character flags of the sentence window */
#define F_QUOTE		0x01		/* inside a short quote: a slogan or a code */
#define F_TITLE		0x02		/* inside 《...》 */

typedef struct Mention
{
	int			start;			/* character index in the sentence */
	int			end;
	const PdGazEntry *entry;	/* what it names (NULL: unresolved anaphor) */
	int			subject_ok;		/* may be a figure's subject */
	const PdGazEntry *topic;	/* document topic after this mention */
} Mention;

typedef struct Period
{
	int			start;
	int			end;
	int			year;
	int			target;			/* 到2025年: points to the future */
	int			base;			/* 较“十二五”末: a base of comparison */
} Period;

struct PdMetricWork
{
	/* the sentence window */
	uint32_t	cp[PD_METRIC_SENTENCE_MAX + 1];
	size_t		off[PD_METRIC_SENTENCE_MAX + 2];
	uint8_t		fl[PD_METRIC_SENTENCE_MAX + 1];
	uint8_t		cls[PD_METRIC_SENTENCE_MAX + 1];	/* PdNumClass of cp[] */
	int			n;
	size_t		char_base;		/* code points before the sentence */

	Mention		mentions[MAX_MENTIONS];
	int			nmentions;
	Period		periods[MAX_PERIODS];
	int			nperiods;
	int			target_at;		/* first target word, or n */
	int			range_next;		/* start of a range's upper end (2-3家), or -1 */

	/* document state */
	const char *doc;
	size_t		len;
	int			doc_year;
	int			metric_no;
	const PdGazEntry *last_county;
	const PdGazEntry *last_park;
	const PdGazEntry *last_city;
	const PdGazEntry *last_org;
	const PdGazEntry *topic;	/* last county or park named */
	const char *seen[SEEN_CODES];	/* codes named in full */
	int			nseen;

	/* companies named in the text (not in the gazetteer), a small ring */
	PdGazEntry	company[COMPANIES];
	char		company_name[COMPANIES][COMPANY_MAX];
	int			ncompany;

	char		unitbuf[64];
	char		numbuf[VALUE_MAX];
	char		value[VALUE_MAX];
};

size_t
pd_metric_work_size(void)
{
	return sizeof(PdMetricWork);
}

const char *
pd_metric_qualifier_name(PdQualifier q)
{
	switch (q)
	{
		case PD_QUAL_APPROX:
			return "approx";
		case PD_QUAL_MORE_THAN:
			return "more_than";
		case PD_QUAL_AT_LEAST:
			return "at_least";
		case PD_QUAL_LESS_THAN:
			return "less_than";
		case PD_QUAL_AT_MOST:
			return "at_most";
		default:
			return NULL;
	}
}

const char *
pd_metric_kind_name(PdMetricKind k)
{
	switch (k)
	{
		case PD_KIND_CHANGE:
			return "change";
		case PD_KIND_GROWTH_RATE:
			return "growth_rate";
		case PD_KIND_SHARE:
			return "share";
		default:
			return "level";
	}
}

/* ---------------------------------------------------------------------
 * Character helpers
 * --------------------------------------------------------------------- */

/* BMP code points of some numeral class other than NONE (set by fc_init) */
static uint8_t pd_numeric_bmp[0x10000 / 8];

static PdNumClass
ncls(uint32_t c)
{
	int			v;

	if (c < 0x10000 && !((pd_numeric_bmp[c >> 3] >> (c & 7)) & 1))
		return PD_NC_NONE;
	return pd_numeral_class(c, &v);
}

static int
is_adigit(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static int
is_cdigit(uint32_t c)
{
	PdNumClass k = ncls(c);

	return k == PD_NC_DIGIT || k == PD_NC_TENS;
}

static int
is_latin(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		(c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

static int
is_sentence_end(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' ||
		c == '?' || c == '\n' || c == '\r';
}

static int
is_closer(uint32_t c)
{
	return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F ||
		c == 0xFF09 || c == ')' || c == 0x300B || c == '"';
}

/* clause punctuation: bounds of indicator and kind windows */
static int
is_clause_punct(uint32_t c)
{
	return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' ||
		c == 0xFF1A || c == ':' || c == 0x3002 || c == 0x3001 ||
		c == 0x2014 || c == 0x2026 || c == ' ' || c == 0x3000 ||
		c == '\t' || c == 0xFF01 || c == 0xFF1F || c == '\n' || c == '\r';
}

static int
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 ||
		c == '\n' || c == '\r';
}

/*
 * word_at - does the UTF-8 word w start at character i of the sentence?
 *
 * Returns its length in characters, 0 if not.  Never reads past the window.
 */
static int
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
static int
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

typedef struct FcFilter FcFilter;
static const FcFilter *fc_filter(const char *const *tab);
static int	fc_first_ok(const FcFilter *f, uint32_t c);
static int	fc_last_ok(const FcFilter *f, uint32_t c);

/* longest word of a string table starting at i; *idx gets its index */
static int
table_at(const PdMetricWork *w, int i, const char *const *tab, size_t ntab,
		 size_t *idx)
{
	int			best = 0;
	size_t		t;
	const FcFilter *f = fc_filter(tab);

	if (i < 0 || i >= w->n || (f && !fc_first_ok(f, w->cp[i])))
		return 0;

	for (t = 0; t < ntab; t++)
	{
		int			l = word_at(w, i, tab[t]);

		if (l > best)
		{
			best = l;
			if (idx)
				*idx = t;
		}
	}
	return best;
}

/* longest word of a string table ending right before i */
static int
table_before(const PdMetricWork *w, int i, const char *const *tab,
			 size_t ntab)
{
	int			best = 0;
	size_t		t;
	const FcFilter *f = fc_filter(tab);

	if (i <= 0 || i > w->n || (f && !fc_last_ok(f, w->cp[i - 1])))
		return 0;

	for (t = 0; t < ntab; t++)
	{
		int			l = word_before(w, i, tab[t]);

		if (l > best)
			best = l;
	}
	return best;
}

/* ---------------------------------------------------------------------
 * First-character filters
 *
 * The per-character scans (places, anaphora, periods, targets) first ask
 * whether the code point can begin a word of their table at all.  The bit
 * sets are derived once from the static tables and never change after, so
 * they hold no parse state (safe for nested and parallel calls alike).
 * --------------------------------------------------------------------- */

#define FC_GAZ		0			/* first characters of gazetteer names */
#define FC_GAZ2		1			/* their second characters */
#define FC_ANAPHOR	2
#define FC_PERIOD	3
#define FC_TARGET	4
#define FC_UNIT		5			/* first characters of unit words */
#define FC_KIND_LAST 6			/* last characters of kind words */
#define FC_ANAPHOR2	7			/* second characters of anaphora */
#define FC_TABLES	8

/* ranges of gazetteer entries by first code point, ascending */
typedef struct GazFirst
{
	uint32_t	cp;
	uint32_t	lo;
	uint32_t	hi;
} GazFirst;

static GazFirst pd_gaz_first[PD_GAZETTEER_SIZE];
static size_t pd_ngaz_first = 0;

/* first code points of the entries of the struct tables */
static uint32_t pd_unit_first[NELEM(pd_unit_words)];
static uint32_t pd_anaphor_first[NELEM(pd_anaphora)];
static uint32_t pd_period_first[NELEM(pd_period_words)];

static uint32_t
first_cp(const char *word)
{
	int			cl;

	return pd_utf8_decode((const unsigned char *) word, strlen(word), &cl);
}

static uint8_t pd_fc[FC_TABLES][0x10000 / 8];
static int	pd_fc_ready = 0;

/*
 * Hashed filters of the first and last code points of the string tables
 * (4096 bits each): table_at and table_before skip a position whose
 * character begins, or ends, no word of the table.
 */
#define FC_BIT(set, c)	(((set)[((c) & 4095) >> 3] >> ((c) & 7)) & 1)

struct FcFilter
{
	const char *const *tab;
	uint8_t		first[512];
	uint8_t		last[512];
};

static int
fc_first_ok(const FcFilter *f, uint32_t c)
{
	return FC_BIT(f->first, c);
}

static int
fc_last_ok(const FcFilter *f, uint32_t c)
{
	return FC_BIT(f->last, c);
}

#define FC_MAX_FILTERS 24
static FcFilter pd_filters[FC_MAX_FILTERS];
static int	pd_nfilters = 0;


static void
fc_register(const char *const *tab, size_t n)
{
	FcFilter   *f;
	size_t		i;

	if (pd_nfilters >= FC_MAX_FILTERS)
		return;
	f = &pd_filters[pd_nfilters++];
	f->tab = tab;
	for (i = 0; i < n; i++)
	{
		const unsigned char *u = (const unsigned char *) tab[i];
		size_t		len = strlen(tab[i]);
		uint32_t	c = 0;
		int			cl;

		if (len == 0)
			continue;
		c = pd_utf8_decode(u, len, &cl);
		f->first[(c & 4095) >> 3] |= (uint8_t) (1 << (c & 7));
		while (len > 0)
		{
			c = pd_utf8_decode(u, len, &cl);
			u += cl;
			len -= cl;
		}
		f->last[(c & 4095) >> 3] |= (uint8_t) (1 << (c & 7));
	}
}

static const FcFilter *
fc_filter(const char *const *tab)
{
	int			k;

	for (k = 0; k < pd_nfilters; k++)
		if (pd_filters[k].tab == tab)
			return &pd_filters[k];
	return NULL;
}

static void
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
fc_init(void)
{
	size_t		i;

	if (pd_fc_ready)
		return;
	memset(pd_fc, 0, sizeof(pd_fc));
	memset(pd_numeric_bmp, 0, sizeof(pd_numeric_bmp));
	{
		uint32_t	c;
		int			v;

		for (c = 0; c < 0x10000; c++)
			if (pd_numeral_class(c, &v) != PD_NC_NONE)
				pd_numeric_bmp[c >> 3] |= (uint8_t) (1 << (c & 7));
	}
	for (i = 0; i < PD_GAZETTEER_SIZE; i++)
	{
		fc_set(FC_GAZ, pd_gazetteer[i].name, 0);
		fc_set(FC_GAZ2, pd_gazetteer[i].name, 1);
	}
	for (i = 0; i < NELEM(pd_anaphora); i++)
	{
		fc_set(FC_ANAPHOR, pd_anaphora[i].word, 0);
		fc_set(FC_ANAPHOR2, pd_anaphora[i].word, 1);
	}
	/* UTF-8 byte order is code point order: equal first characters are adjacent */
	pd_ngaz_first = 0;
	for (i = 0; i < PD_GAZETTEER_SIZE; i++)
	{
		const char *nm = pd_gazetteer[i].name;
		int			cl;
		uint32_t	c = pd_utf8_decode((const unsigned char *) nm, strlen(nm), &cl);

		if (pd_ngaz_first > 0 && pd_gaz_first[pd_ngaz_first - 1].cp == c)
			pd_gaz_first[pd_ngaz_first - 1].hi = (uint32_t) i + 1;
		else
		{
			pd_gaz_first[pd_ngaz_first].cp = c;
			pd_gaz_first[pd_ngaz_first].lo = (uint32_t) i;
			pd_gaz_first[pd_ngaz_first].hi = (uint32_t) i + 1;
			pd_ngaz_first++;
		}
	}
	for (i = 0; i < NELEM(pd_period_words); i++)
		fc_set(FC_PERIOD, pd_period_words[i].word, 0);
	for (i = 0; i < NELEM(pd_period_openers); i++)
		fc_set(FC_PERIOD, pd_period_openers[i], 0);
	fc_set(FC_PERIOD, "“", 0);
	fc_set(FC_PERIOD, "\"", 0);
	fc_set(FC_PERIOD, "十", 0);
	fc_set(FC_PERIOD, "过去", 0);
	fc_set(FC_PERIOD, "未来", 0);
	fc_set(FC_PERIOD, "最近", 0);
	for (i = 0; i < NELEM(pd_target_words); i++)
		fc_set(FC_TARGET, pd_target_words[i], 0);
	for (i = 0; i < NELEM(pd_unit_words); i++)
	{
		fc_set(FC_UNIT, pd_unit_words[i].word, 0);
		pd_unit_first[i] = first_cp(pd_unit_words[i].word);
	}
	for (i = 0; i < NELEM(pd_anaphora); i++)
		pd_anaphor_first[i] = first_cp(pd_anaphora[i].word);
	for (i = 0; i < NELEM(pd_period_words); i++)
		pd_period_first[i] = first_cp(pd_period_words[i].word);
	for (i = 0; i < NELEM(pd_kind_words); i++)
	{
		const char *wd = pd_kind_words[i].word;
		int			k = 0;
		const unsigned char *u = (const unsigned char *) wd;
		size_t		len = strlen(wd);

		while (len > 0)
		{
			int			cl;

			pd_utf8_decode(u, len, &cl);
			u += cl;
			len -= cl;
			k++;
		}
		fc_set(FC_KIND_LAST, wd, k - 1);
	}
#define REG(t) fc_register(t, NELEM(t))
	REG(pd_unit_blockers);
	REG(pd_excl_before);
	REG(pd_code_words);
	REG(pd_period_openers);
	REG(pd_target_words);
	REG(pd_anaphor_lead);
	REG(pd_share_cut);
	REG(pd_event_nouns);
	REG(pd_ind_lead);
	REG(pd_ind_trail);
	REG(pd_ind_verbs);
	REG(pd_ind_stops);
	REG(pd_mention_blockers);
	REG(pd_ind_heads);
#undef REG
	pd_fc_ready = 1;
}

static inline int
fc_has(int t, uint32_t c)
{
	return c >= 0x10000 || ((pd_fc[t][c >> 3] >> (c & 7)) & 1);
}

/* ---------------------------------------------------------------------
 * Gazetteer
 * --------------------------------------------------------------------- */

/* compare the first n bytes of name (NUL-padded) with s */
static int
prefix_cmp(const char *name, const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		unsigned char a = (unsigned char) name[i];
		unsigned char b = (unsigned char) s[i];

		if (a != b)
			return a < b ? -1 : 1;
		if (a == 0)
			return -1;
	}
	return 0;
}

/*
 * gaz_match - longest gazetteer name starting at character i
 *
 * Narrows the sorted table one character at a time with binary searches, so
 * a position costs a few probes.  Ambiguous short names (资源, 合作 ...) are
 * skipped.  Returns the length in characters, 0 if nothing matches.
 */
static int
gaz_match(const PdMetricWork *w, int i, const PdGazEntry **hit)
{
	size_t		lo = 0,
				hi = pd_ngaz_first;
	const char *s = w->doc + w->off[i];
	int			k,
				best = 0;

	/* the entries that begin with this character, by an integer search */
	while (lo < hi)
	{
		size_t		m = lo + (hi - lo) / 2;

		if (pd_gaz_first[m].cp < w->cp[i])
			lo = m + 1;
		else
			hi = m;
	}
	if (lo >= pd_ngaz_first || pd_gaz_first[lo].cp != w->cp[i])
		return 0;
	hi = pd_gaz_first[lo].hi;
	lo = pd_gaz_first[lo].lo;

	for (k = i + 2; k <= w->n && k - i <= 24; k++)
	{
		size_t		L = w->off[k] - w->off[i];
		size_t		a = lo,
					b = hi;

		/* lower bound of names >= s[0..L) as a prefix */
		while (a < b)
		{
			size_t		m = a + (b - a) / 2;

			if (prefix_cmp(pd_gazetteer[m].name, s, L) < 0)
				a = m + 1;
			else
				b = m;
		}
		lo = a;
		b = hi;
		while (a < b)
		{
			size_t		m = a + (b - a) / 2;

			if (prefix_cmp(pd_gazetteer[m].name, s, L) <= 0)
				a = m + 1;
			else
				b = m;
		}
		hi = a;
		if (lo >= hi)
			break;
		if (pd_gazetteer[lo].name[L] == '\0')
		{
			size_t		e;

			/* first of equal names that is not an ambiguous short form */
			for (e = lo; e < hi && pd_gazetteer[e].name[L] == '\0'; e++)
				if (!(pd_gazetteer[e].flags & 2))
				{
					*hit = &pd_gazetteer[e];
					best = k - i;
					break;
				}
		}
	}
	return best;
}

/* ---------------------------------------------------------------------
 * Sentence pre-scans
 * --------------------------------------------------------------------- */

static int
quote_close(uint32_t open, uint32_t c)
{
	switch (open)
	{
		case 0x201C:
			return c == 0x201D;
		case 0x2018:
			return c == 0x2019;
		case 0x300C:
			return c == 0x300D;
		case 0x300E:
			return c == 0x300F;
		case '"':
			return c == '"';
		case 0x300A:
			return c == 0x300B;
		default:
			return 0;
	}
}

/*
 * mark_quotes - flag characters inside short quotes and inside titles
 *
 * A quote of at most SHORT_QUOTE characters without a comma or full stop
 * is a name, a slogan or a code (“532”发展战略, “2+2+X”, “十三五”); numbers
 * in it are not quantities.  Longer quotes are reported speech and are
 * read like the rest.  《...》 is a title.  Each search is bounded.
 */
static void
mark_quotes(PdMetricWork *w)
{
	int			i,
				j;

	memset(w->fl, 0, w->n);
	for (i = 0; i < w->n; i++)
	{
		uint32_t	c = w->cp[i];
		int			limit;
		int			is_title = (c == 0x300A);

		if (!(c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E ||
			  c == '"' || is_title))
			continue;
		limit = is_title ? 64 : SHORT_QUOTE + 1;
		for (j = i + 1; j < w->n && j - i <= limit; j++)
		{
			uint32_t	d = w->cp[j];

			if (quote_close(c, d))
				break;
			if (!is_title && (d == 0xFF0C || d == ',' || d == 0x3002 ||
							  d == 0xFF1B))
			{
				j = w->n;
				break;
			}
		}
		if (j < w->n && j - i <= limit && quote_close(c, w->cp[j]))
		{
			int			k;

			for (k = i; k <= j; k++)
				w->fl[k] |= is_title ? F_TITLE : F_QUOTE;
			if (!is_title)
				i = j;
		}
	}
}

/* is a mention at i the grammatical subject, or governed by a preposition? */
static int
mention_subject_ok(const PdMetricWork *w, int i)
{
	static const char *const preps[] = {
		"为", "向", "给", "对", "在", "从", "与", "和", "同", "赴", "到", "来",
		"至", "往", "于", "落户", "扎根", "齐聚", "助力", "服务", "支持",
		"带领", "建设", "打造", "融入", "推动", "携手", "位于", "由", "距",
		"离", "比", "较", "像", "如", "全力打造", "来自", "访问", "考察", "入选", "获评", "、",
	};

	/* an item of a list (A、B等) is not the subject either */
	if (i > 0 && w->cp[i - 1] == 0x3001)
		return 0;
	return table_before(w, i, preps, NELEM(preps)) == 0;
}

static const PdGazEntry *
resolve_anaphor(const PdMetricWork *w, int what)
{
	const PdGazEntry *c = w->last_county;

	switch (what)
	{
		case PA_PARK:
			return w->last_park ? w->last_park : c;
		case PA_DISTRICT:
			if (c)
			{
				size_t		l = strlen(c->canonical);

				if (l >= 3 && strcmp(c->canonical + l - 3, "区") == 0)
					return c;
			}
			return w->last_park ? w->last_park : c;
		case PA_ORG:
			return w->last_org;
		case PA_CITY:
			if (c)
			{
				size_t		l = strlen(c->canonical);

				if (l >= 3 && strcmp(c->canonical + l - 3, "市") == 0)
					return c;
			}
			return w->last_city ? w->last_city : c;
		default:
			return w->topic;
	}
}

/* remember the region codes the document named in full (a small ring) */
static void
note_seen(PdMetricWork *w, const char *code)
{
	int			k;

	for (k = 0; k < SEEN_CODES; k++)
		if (w->seen[k] && strcmp(w->seen[k], code) == 0)
			return;
	w->seen[w->nseen++ % SEEN_CODES] = code;
}

static int
seen_code(const PdMetricWork *w, const char *code)
{
	int			k;

	for (k = 0; k < SEEN_CODES; k++)
		if (w->seen[k] && strcmp(w->seen[k], code) == 0)
			return 1;
	return 0;
}

static void
note_entry(PdMetricWork *w, const PdGazEntry *e)
{
	switch (e->kind)
	{
		case 1:
		case 2:
			w->last_city = e;
			break;
		case 3:
			w->last_county = e;
			w->topic = e;
			break;
		case 4:
			w->last_park = e;
			w->topic = e;
			break;
		default:
			w->last_org = e;
			break;
	}
}

/*
 * company_at - a company's legal form (有限公司 ...) at i
 *
 * The name runs back to the clause start, the last 的 or 、 (at most 20
 * characters): 中航锂电科技有限公司.  Place names found inside it are
 * dropped; the company becomes a mention whose short form (legal form and
 * a trailing 科技 removed: 中航锂电) is the subject.  Returns the legal
 * form's length in characters, 0 if there is none at i.
 */
static int
company_at(PdMetricWork *w, int i)
{
	size_t		t = 0;
	int			l = table_at(w, i, pd_company_forms, NELEM(pd_company_forms), &t),
				a,
				b,
				k;
	PdGazEntry *e;
	char	   *nm;
	size_t		bytes;

	if (!l)
		return 0;
	for (a = i; a > 0 && i - a < 20; a--)
	{
		uint32_t	c = w->cp[a - 1];

		/* 、 的 “ ” and conjunctions or prepositions before the name */
		if (is_clause_punct(c) || c == 0x7684 || c == 0x201C || c == 0x201D ||
			c == 0x4E0E || c == 0x548C || c == 0x53CA || c == 0x7531 ||
			c == 0x88AB || c == 0x5411 || c == 0x7ED9 || c == 0x5BF9 ||
			c == 0x5728 || c == 0x4E3A || c == 0x662F || c == 0xFF09 ||
			(w->fl[a - 1] & F_TITLE))
			break;
	}
	b = i;
	k = table_before(w, b, pd_company_trim, NELEM(pd_company_trim));
	if (b - k - a >= 2)
		b -= k;
	if (b - a < 2)
		return 0;
	bytes = w->off[b] - w->off[a];
	if (bytes + 1 > COMPANY_MAX)
		return 0;
	/* places inside the name are part of it */
	while (w->nmentions > 0 && w->mentions[w->nmentions - 1].start >= a)
		w->nmentions--;
	e = &w->company[w->ncompany % COMPANIES];
	nm = w->company_name[w->ncompany % COMPANIES];
	w->ncompany++;
	memcpy(nm, w->doc + w->off[a], bytes);
	nm[bytes] = '\0';
	e->name = nm;
	e->canonical = nm;
	e->code = NULL;
	e->kind = 5;
	e->flags = 0;
	w->last_org = e;
	if (w->nmentions < MAX_MENTIONS)
	{
		Mention    *m = &w->mentions[w->nmentions++];

		m->start = a;
		m->end = i + l;
		m->entry = e;
		m->subject_ok = mention_subject_ok(w, a) &&
			!(i + l < w->n && (w->cp[i + l] == 0x3001 || w->cp[i + l] == 0x7B49));
		m->topic = w->topic;
	}
	(void) t;
	return l;
}

/*
 * scan_mentions - places, parks and anaphora (我区, 园区 ...) in the sentence
 *
 * Updates the document state as it goes, so an anaphor resolves to what was
 * named before it, and remembers the topic after each mention.
 */
static void
scan_mentions(PdMetricWork *w)
{
	int			i;

	w->nmentions = 0;
	for (i = 0; i < w->n; i++)
	{
		const PdGazEntry *e = NULL;
		int			l,
					anaphor = 0;

		if (w->cp[i] < 0x3400 || (w->fl[i] & F_TITLE))
			continue;
		if (w->cp[i] == 0x6709 || w->cp[i] == 0x80A1 || w->cp[i] == 0x96C6)
		{
			int			cl = company_at(w, i);

			if (cl)
			{
				i += cl - 1;
				continue;
			}
		}
		if (!(fc_has(FC_ANAPHOR, w->cp[i]) && i + 1 < w->n && fc_has(FC_ANAPHOR2, w->cp[i + 1])) &&
			!(fc_has(FC_GAZ, w->cp[i]) && i + 1 < w->n && fc_has(FC_GAZ2, w->cp[i + 1])))
			continue;
		l = (fc_has(FC_GAZ, w->cp[i]) && i + 1 < w->n && fc_has(FC_GAZ2, w->cp[i + 1])) ?
			gaz_match(w, i, &e) : 0;
		/* 上海交通大学, 晨风路: part of another name */
		if (l && table_at(w, i + l, pd_mention_blockers,
						  NELEM(pd_mention_blockers), NULL))
			l = 0;
		/*
		 * A two-character short name of a county (新平 in 创新平台) only at
		 * a word boundary we can see: after punctuation, at the start, or
		 * after a preposition, or once the document named it in full.
		 */
		if (l == 2 && (e->flags & 1) && e->kind == 3 && i > 0 &&
			w->cp[i - 1] >= 0x3400 && mention_subject_ok(w, i) &&
			!seen_code(w, e->code))
			l = 0;
		if (l && !(e->flags & 1))
			note_seen(w, e->code);
		if (l == 0)
		{
			for (size_t a = 0; a < NELEM(pd_anaphora); a++)
				if (pd_anaphor_first[a] == w->cp[i] &&
					(l = word_at(w, i, pd_anaphora[a].word)) > 0)
				{
					/* 大园区作用: an ordinary noun, not 园区 the subject */
					if (pd_anaphora[a].generic && i > 0 &&
						!is_clause_punct(w->cp[i - 1]) && !is_space(w->cp[i - 1]) &&
						!table_before(w, i, pd_anaphor_lead, NELEM(pd_anaphor_lead)))
					{
						l = 0;
						break;
					}
					e = resolve_anaphor(w, pd_anaphora[a].what);
					anaphor = pd_anaphora[a].what;
					break;
				}
		}
		if (l == 0)
			continue;
		if (!(w->fl[i] & F_QUOTE))
		{
			int			ok = e && mention_subject_ok(w, i) &&
				(e->kind != 5 || anaphor == PA_ORG) &&
				!(i + l < w->n && (w->cp[i + l] == 0x3001 || w->cp[i + l] == 0x7B49));

			/* 位于清远高新区百慕科创园: the inner name shares the outer's role */
			if (w->nmentions > 0 && w->mentions[w->nmentions - 1].end == i)
				ok = ok && w->mentions[w->nmentions - 1].subject_ok;

			if (e && (ok || e->kind == 5))
				note_entry(w, e);
			if (w->nmentions < MAX_MENTIONS)
			{
				Mention    *m = &w->mentions[w->nmentions++];

				m->start = i;
				m->end = i + l;
				m->entry = e;
				m->subject_ok = ok;
				m->topic = w->topic;
			}
		}
		i += l - 1;
	}
}

/* ---------------------------------------------------------------------
 * Time expressions
 * --------------------------------------------------------------------- */

/* value of the Arabic digits in [i, j), or -1 */
static long
adigits_value(const PdMetricWork *w, int i, int j)
{
	long		v = 0;
	int			k;

	if (j <= i || j - i > 9)
		return -1;
	for (k = i; k < j; k++)
	{
		uint32_t	c = w->cp[k];

		if (c >= 0xFF10 && c <= 0xFF19)
			c = c - 0xFF10 + '0';
		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	return v;
}

static int
adigit_run(const PdMetricWork *w, int i)
{
	int			j = i;

	while (j < w->n && is_adigit(w->cp[j]))
		j++;
	return j;
}

/* month digits (Arabic or Chinese, 1-12) followed by 月 at i; returns end */
static int
month_at(const PdMetricWork *w, int i)
{
	int			j = i;

	while (j < w->n && j - i < 3 && (is_adigit(w->cp[j]) || is_cdigit(w->cp[j]) ||
									  w->cp[j] == 0x5341))
		j++;
	if (j == i)
		return 0;
	/* a range 1至10月, 1-4月 */
	if (j < w->n && (w->cp[j] == 0x81F3 || w->cp[j] == '-' || w->cp[j] == 0x2014 ||
					 w->cp[j] == 0x5230 || w->cp[j] == 0xFF0D || w->cp[j] == 0x2013))
	{
		int			k = j + 1;

		while (k < w->n && k - j <= 3 && (is_adigit(w->cp[k]) || is_cdigit(w->cp[k]) ||
										  w->cp[k] == 0x5341))
			k++;
		if (k > j + 1 && k < w->n && w->cp[k] == 0x6708)
			j = k;
	}
	if (j < w->n && w->cp[j] == 0x6708 && !word_at(w, j, "月前"))
	{
		j++;
		if (word_at(w, j, "份"))
			j++;
		/* 3月8日, 12月中旬 */
		if (word_at(w, j, "中旬") || word_at(w, j, "上旬") || word_at(w, j, "下旬") ||
			word_at(w, j, "底") || word_at(w, j, "末") || word_at(w, j, "初"))
			j += word_at(w, j, "底") || word_at(w, j, "末") || word_at(w, j, "初") ? 1 : 2;
		else
		{
			int			k = j;

			while (k < w->n && k - j < 2 && (is_adigit(w->cp[k]) || is_cdigit(w->cp[k]) ||
											 w->cp[k] == 0x5341))
				k++;
			if (k > j && k < w->n && (w->cp[k] == 0x65E5 || w->cp[k] == 0x53F7))
				j = k + 1;
		}
		return j;
	}
	return 0;
}

/* plan name 十X五 (optionally quoted) at i; *year gets its last year */
static int
plan_at(const PdMetricWork *w, int i, int *last_year)
{
	int			j = i,
				v;

	if (j < w->n && (w->cp[j] == 0x201C || w->cp[j] == '"'))
		j++;
	if (j + 2 >= w->n + 0 || w->cp[j] != 0x5341 || w->cp[j + 2] != 0x4E94)
		return 0;
	if (pd_numeral_class(w->cp[j + 1], &v) != PD_NC_DIGIT || v < 1 || v > 9)
		return 0;
	*last_year = 2010 + (v - 1) * 5;
	j += 3;
	if (j < w->n && (w->cp[j] == 0x201D || w->cp[j] == '"'))
		j++;
	return j;
}

/* does an event noun (大会, 论坛) follow within the clause? (2024年凝聚态物理大会) */
static int
names_event(const PdMetricWork *w, int i)
{
	int			k;

	for (k = i; k < w->n && k - i < 12; k++)
	{
		if (is_clause_punct(w->cp[k]) || w->cp[k] == 0x7B49 || w->cp[k] == 0x7684)
			return 0;
		if (table_at(w, k, pd_event_nouns, NELEM(pd_event_nouns), NULL))
			return 1;
	}
	return 0;
}

/*
 * period_at - a time expression starting at i
 *
 * Returns its end (exclusive) or 0; fills *p.  Recognised: period words
 * (今年以来, 目前 ...), years (2022年, 2021年度, 2023年上半年, 2022年1至10月),
 * months (11月, 1-4月), plan periods (“十三五”期间, “十四五”末), each
 * optionally opened by 截至/到/至.
 */
static int
period_at(const PdMetricWork *w, int i, Period *p)
{
	static const char *const plan_tail[] = {
		"期间", "时期", "末", "初", "以来", "规划期", "中期",
	};
	static const char *const year_tail[] = {
		"上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度",
		"年度", "度", "末", "底", "初", "以来",
	};
	int			j = i,
				opener = 0,
				end = 0,
				plan_year = 0;
	size_t		t;

	memset(p, 0, sizeof(*p));
	p->start = i;
	/* 近三年, 过去5年, 未来五年, 今后3个月 */
	{
		static const char *const spans[] = {"近", "过去", "未来", "今后", "最近"};
		size_t		u = 0;
		int			l = table_at(w, i, spans, NELEM(spans), &u);

		if (l)
		{
			int			k = i + l;

			while (k < w->n && k - i - l < 4 &&
				   (is_adigit(w->cp[k]) || is_cdigit(w->cp[k]) || w->cp[k] == 0x5341))
				k++;
			if (k > i + l && k < w->n)
			{
				int			e = 0;

				if (w->cp[k] == 0x5E74)
					e = k + 1;
				else if (word_at(w, k, "个月"))
					e = k + 2;
				if (e)
				{
					p->end = e;
					p->target = (u == 2 || u == 3);
					return e;
				}
			}
		}
	}
	opener = table_at(w, i, pd_period_openers, NELEM(pd_period_openers), &t);
	/* 增至2021年, 降至: the 至 belongs to the verb */
	if (opener && t == 4 && i > 0 &&
		(w->cp[i - 1] == 0x589E || w->cp[i - 1] == 0x964D || w->cp[i - 1] == 0x5347 ||
		 w->cp[i - 1] == 0x63D0))
		return 0;
	if (opener)
	{
		j = i + opener;
		if (t == 3)				/* 到: a deadline, hence a target */
			p->target = 2;
	}
	/* period words */
	for (t = 0; t < NELEM(pd_period_words); t++)
	{
		int			l;

		if (j >= w->n || pd_period_first[t] != w->cp[j])
			continue;
		l = word_at(w, j, pd_period_words[t].word);
		/* 完成全年计划的35.1%: the year's plan, not the period */
		if (l && (word_at(w, j + l, "计划") || word_at(w, j + l, "目标") ||
				  word_at(w, j + l, "任务")))
			l = 0;

		if (l)
		{
			end = j + l;
			if (pd_period_words[t].has_year && w->doc_year)
				p->year = w->doc_year + pd_period_words[t].rel;
			/* 今年1-4月, 今年以来 */
			{
				int			m = month_at(w, end);

				if (m)
					end = m;
			}
			break;
		}
	}
	/* plan periods */
	if (!end)
	{
		int			k = plan_at(w, j, &plan_year);

		if (k)
		{
			size_t		u;
			int			l = table_at(w, k, plan_tail, NELEM(plan_tail), &u);

			end = k + l;
			if (l && (strcmp(plan_tail[u], "末") == 0))
				p->year = plan_year;
			else if (l && strcmp(plan_tail[u], "初") == 0)
				p->year = plan_year - 4;
		}
	}
	/* years: 4 Arabic digits and 年 */
	if (!end && j < w->n && is_adigit(w->cp[j]))
	{
		int			k = adigit_run(w, j);
		long		y = adigits_value(w, j, k);

		if (k - j == 4 && y >= 1900 && y <= 2099 && k < w->n &&
			w->cp[k] == 0x5E74 && (j == 0 || !is_adigit(w->cp[j - 1])) &&
			!names_event(w, k + 1))
		{
			size_t		u;
			int			l,
						m;

			end = k + 1;
			p->year = (int) y;
			l = table_at(w, end, year_tail, NELEM(year_tail), &u);
			if (l && strcmp(year_tail[u], "度") == 0 && end - 1 >= 0)
				end += l;
			else if (l)
				end += l;
			else if ((m = month_at(w, end)) != 0)
				end = m;
			/* 到2025年, 力争2021年 after the document's year: a target */
			if (w->doc_year && y > w->doc_year)
				p->target = 1;
			else if (p->target == 2 && w->doc_year && y <= w->doc_year)
				p->target = 0;
		}
		else if (opener || (j > 0 && !is_adigit(w->cp[j - 1])))
		{
			int			m = month_at(w, j);

			if (m && (opener || w->cp[m - 1] == 0x6708))
			{
				end = m;
				if (w->doc_year)
					p->year = w->doc_year;
			}
		}
	}
	else if (!end && opener && j < w->n && is_cdigit(w->cp[j]))
	{
		int			m = month_at(w, j);

		if (m)
		{
			end = m;
			if (w->doc_year)
				p->year = w->doc_year;
		}
	}
	if (!end)
		return 0;
	p->end = end;
	if (p->target == 2)
		p->target = 1;
	{
		static const char *const base_words[] = {"较", "比", "相比", "同比", "与", "同"};

		if (table_before(w, i, base_words, NELEM(base_words)))
			p->base = 1;
	}
	return end;
}

/*
 * scan_doc_year - the document's own date (2021-03-11, 2024年9月6日)
 *
 * Only a full date counts: 到2025年 is a target, not a publication date.
 * 今年 and 去年 resolve against it.
 */
static void
scan_doc_year(PdMetricWork *w)
{
	int			i;

	for (i = 0; i + 5 < w->n; i++)
	{
		int			k = adigit_run(w, i);
		long		y;

		if (k - i != 4 || (i > 0 && is_adigit(w->cp[i - 1])))
		{
			i = k > i ? k : i;
			continue;
		}
		y = adigits_value(w, i, k);
		if (y >= 1900 && y <= 2099 && k + 3 < w->n)
		{
			uint32_t	sep = w->cp[k];

			if (sep == '-' || sep == '/' || sep == '.')
			{
				int			m = adigit_run(w, k + 1);

				if (m - (k + 1) >= 1 && m - (k + 1) <= 2 && m < w->n &&
					w->cp[m] == sep && adigit_run(w, m + 1) > m + 1)
				{
					w->doc_year = (int) y;
					return;
				}
			}
			else if (sep == 0x5E74)
			{
				int			m = month_at(w, k + 1);

				if (m && w->cp[m - 1] == 0x65E5)
				{
					w->doc_year = (int) y;
					return;
				}
			}
		}
		i = k;
	}
}

static void
scan_periods(PdMetricWork *w)
{
	int			i;

	w->nperiods = 0;
	for (i = 0; i < w->n; i++)
	{
		Period		p;
		int			e;

		if (w->fl[i] & F_TITLE)
			continue;
		if ((w->fl[i] & F_QUOTE) && !(w->cp[i] == 0x201C || w->cp[i] == '"'))
			continue;
		if (!fc_has(FC_PERIOD, w->cp[i]) && !is_adigit(w->cp[i]) && !is_cdigit(w->cp[i]))
			continue;
		/* inside a word: 2022年 only when not glued to a preceding digit */
		e = period_at(w, i, &p);
		if (!e)
			continue;
		/* 今年 + 1-4月 written apart, or a period right after another: merge */
		if (w->nperiods > 0 && w->periods[w->nperiods - 1].end == i)
		{
			Period	   *q = &w->periods[w->nperiods - 1];

			q->end = p.end;
			if (p.year)
				q->year = p.year;
			q->target |= p.target;
		}
		else if (w->nperiods < MAX_PERIODS)
			w->periods[w->nperiods++] = p;
		i = e - 1;
	}
}

static void
scan_targets(PdMetricWork *w)
{
	int			i;

	w->target_at = w->n;
	for (i = 0; i < w->n; i++)
	{
		size_t		t;
		int			l;

		if (w->fl[i] & (F_QUOTE | F_TITLE))
			continue;
		if (!fc_has(FC_TARGET, w->cp[i]))
			continue;
		l = table_at(w, i, pd_target_words, NELEM(pd_target_words), &t);
		if (!l)
			continue;
		/* 将近 is a qualifier, 即将 still a plan */
		if (strcmp(pd_target_words[t], "将") == 0 && word_at(w, i, "将近"))
			continue;
		if (strcmp(pd_target_words[t], "拟") == 0 && i > 0 &&
			(w->cp[i - 1] == 0x6A21 || w->cp[i - 1] == 0x865A))
			continue;
		/* 完成全年计划的: the plan as a noun */
		if ((strcmp(pd_target_words[t], "计划") == 0 ||
			 strcmp(pd_target_words[t], "目标") == 0) &&
			(i + l < w->n && (w->cp[i + l] == 0x7684 || is_clause_punct(w->cp[i + l]))))
			continue;
		/* 将 as the object marker: 将面积约123亩的工业用地打造成 */
		if (strcmp(pd_target_words[t], "将") == 0)
		{
			static const char *const ba_verbs[] = {
				"打造成", "打造为", "转让给", "列为", "作为", "改造成", "建成为",
				"转化为", "纳入", "视为", "作为", "交给", "落实到",
			};
			int			k,
						ba = 0;

			for (k = i + 1; k < w->n && k - i < 20 && !is_clause_punct(w->cp[k]); k++)
				if (table_at(w, k, ba_verbs, NELEM(ba_verbs), NULL))
				{
					ba = 1;
					break;
				}
			if (ba)
				continue;
		}
		w->target_at = i;
		return;
	}
}

/* ---------------------------------------------------------------------
 * Decimal strings
 * --------------------------------------------------------------------- */

/* times_ten - multiply a plain decimal string by 10, in place */
static void
times_ten(char *v, size_t cap)
{
	char	   *dot = strchr(v, '.');
	size_t		l = strlen(v);

	if (!dot)
	{
		if (strcmp(v, "0") == 0 || strcmp(v, "-0") == 0 || l + 2 > cap)
			return;
		v[l] = '0';
		v[l + 1] = '\0';
		return;
	}
	/* move the point one place right */
	dot[0] = dot[1];
	dot[1] = '.';
	if (dot[2] == '\0')
		dot[1] = '\0';
	/* strip leading zeros of the integer part ("05" -> "5") */
	{
		char	   *s = v + (v[0] == '-');
		char	   *q = s;

		while (q[0] == '0' && q[1] != '\0' && q[1] != '.')
			q++;
		if (q != s)
			memmove(s, q, strlen(q) + 1);
	}
}

static void
negate(char *v, size_t cap)
{
	size_t		l = strlen(v);

	if (v[0] == '-' || strcmp(v, "0") == 0 || l + 2 > cap)
		return;
	memmove(v + 1, v, l + 1);
	v[0] = '-';
}

/* ---------------------------------------------------------------------
 * Numbers
 * --------------------------------------------------------------------- */

/* can character c continue the numeral span that ends at i-1? */
static int
span_continues(const PdMetricWork *w, int i)
{
	uint32_t	c = w->cp[i];
	PdNumClass	k = ncls(c);

	switch (k)
	{
		case PD_NC_DIGIT:
		case PD_NC_ADIGIT:
		case PD_NC_UNIT:
		case PD_NC_MYRIAD:
		case PD_NC_TENS:
			return 1;
		case PD_NC_POINT:
			return i > 0 && is_adigit(w->cp[i - 1]) && i + 1 < w->n &&
				is_adigit(w->cp[i + 1]);
		case PD_NC_POINT_CN:
			return i > 0 && is_cdigit(w->cp[i - 1]) && i + 1 < w->n &&
				is_cdigit(w->cp[i + 1]);
		case PD_NC_COMMA:
			if (i > 0 && is_adigit(w->cp[i - 1]) && i + 3 < w->n &&
				is_adigit(w->cp[i + 1]) && is_adigit(w->cp[i + 2]) &&
				is_adigit(w->cp[i + 3]))
				return i + 4 >= w->n || !is_adigit(w->cp[i + 4]);
			return 0;
		default:
			return 0;
	}
}

/* longest unit word at i (after the blockers); returns characters */
static int
unit_at(const PdMetricWork *w, int i, const PdUnitWord **u)
{
	int			best = 0;
	size_t		t;

	*u = NULL;
	if (i >= w->n || !fc_has(FC_UNIT, w->cp[i]))
		return 0;
	if (table_at(w, i, pd_unit_blockers, NELEM(pd_unit_blockers), NULL))
	{
		/* a blocker hides shorter units only: 人次 still wins over 人才? no */
		return 0;
	}
	for (t = 0; t < NELEM(pd_unit_words); t++)
	{
		int			l;

		if (pd_unit_first[t] != w->cp[i])
			continue;
		l = word_at(w, i, pd_unit_words[t].word);

		if (l > best)
		{
			best = l;
			*u = &pd_unit_words[t];
		}
	}
	/* a Latin unit must not run on into a longer Latin word */
	if (best && is_latin(w->cp[i]) && i + best < w->n &&
		is_latin(w->cp[i + best]))
		return 0;
	return best;
}

static int
qual_word(const PdMetricWork *w, int i, const PdQualWord *tab, size_t ntab,
		  PdQualifier *q)
{
	int			best = 0;
	size_t		t;

	for (t = 0; t < ntab; t++)
	{
		int			l = word_at(w, i, tab[t].word);

		if (l > best)
		{
			best = l;
			*q = (PdQualifier) tab[t].qual;
		}
	}
	return best;
}

static int
qual_before(const PdMetricWork *w, int i, PdQualifier *q)
{
	int			best = 0;
	size_t		t;

	for (t = 0; t < NELEM(pd_qual_before); t++)
	{
		int			l = word_before(w, i, pd_qual_before[t].word);

		if (l > best)
		{
			best = l;
			*q = (PdQualifier) pd_qual_before[t].qual;
		}
	}
	return best;
}

/* is the number at [i, j) glued to a code: 5G, 400-0123, 2+2, 10:30 ... */
static int
glued(const PdMetricWork *w, int i, int j)
{
	uint32_t	p = i > 0 ? w->cp[i - 1] : 0;
	uint32_t	pp = i > 1 ? w->cp[i - 2] : 0;
	uint32_t	n = j < w->n ? w->cp[j] : 0;
	uint32_t	nn = j + 1 < w->n ? w->cp[j + 1] : 0;

	if (is_latin(p) || p == '_' || p == '@' || p == '/' || p == 0xFF0F)
		return 1;
	if ((p == '+' || p == 0xFF0B || p == '*' || p == '=') && i > 1)
		return 1;
	if (n == '+' || n == 0xFF0B || n == '*' || n == '=' || n == '@' ||
		n == '_')
		return 1;
	/* digit groups joined by - : . / or a space: dates, phones, clock times */
	if ((p == '-' || p == 0xFF0D || p == ':' || p == 0xFF1A || p == '.' ||
		 p == '/' || p == ' ') && (is_adigit(pp)))
		return 1;
	if ((n == '-' || n == 0xFF0D || n == ':' || n == 0xFF1A || n == '/' ||
		 n == 0xFF0F || n == ' ' || n == '.') && is_adigit(nn) &&
		is_adigit(w->cp[j - 1]))
		return 1;
	return 0;
}

/* a code word (邮编, 电话, ICP ...) just before i, separators skipped */
static int
after_code_word(const PdMetricWork *w, int i)
{
	int			k = i;

	while (k > 0 && i - k < 4 &&
		   (w->cp[k - 1] == ':' || w->cp[k - 1] == 0xFF1A || is_space(w->cp[k - 1]) ||
			w->cp[k - 1] == '-' || is_latin(w->cp[k - 1]) ||
			w->cp[k - 1] == 0x3010 || w->cp[k - 1] == 0x3011))
	{
		if (table_before(w, k, pd_code_words, NELEM(pd_code_words)))
			return 1;
		k--;
	}
	return table_before(w, k, pd_code_words, NELEM(pd_code_words)) > 0;
}

/* the clause start at or before i (after clause punctuation), not before lo */
static int
clause_start(const PdMetricWork *w, int i, int lo)
{
	while (i > lo && !is_clause_punct(w->cp[i - 1]))
		i--;
	return i;
}

/*
 * find_kind - nearest kind word in the clause before i
 *
 * Returns PK_* (0 for none).
 */
static int
find_kind(const PdMetricWork *w, int i, int lo, int *at)
{
	int			k;

	for (k = i; k > lo && i - k <= KIND_WINDOW; k--)
	{
		size_t		t;

		if (is_clause_punct(w->cp[k - 1]))
			break;
		if (!fc_has(FC_KIND_LAST, w->cp[k - 1]))
			continue;
		for (t = 0; t < NELEM(pd_kind_words); t++)
		{
			int			l = word_before(w, k, pd_kind_words[t].word);

			if (l)
			{
				/* 占地 stops the search: an area, not a share */
				*at = k - l;
				return pd_kind_words[t].what;
			}
		}
	}
	return 0;
}

/*
 * trim_indicator - strip conjunctions, verbs and subjects off [*a, *b)
 */
static void
trim_indicator(const PdMetricWork *w, int *a, int *b)
{
	int			changed = 1;

	while (changed && *a < *b)
	{
		int			l,
					m;

		changed = 0;
		/* a mention of the subject or an anaphor at the front */
		for (m = 0; m < w->nmentions; m++)
			if (w->mentions[m].start == *a && w->mentions[m].end <= *b)
			{
				*a = w->mentions[m].end;
				changed = 1;
				break;
			}
		/* a time expression at the front */
		for (m = 0; m < w->nperiods; m++)
			if (w->periods[m].start == *a && w->periods[m].end <= *b)
			{
				*a = w->periods[m].end;
				changed = 1;
				break;
			}
		while (*a < *b && (is_clause_punct(w->cp[*a]) || w->cp[*a] == 0x201C ||
						   w->cp[*a] == 0x201D))
		{
			(*a)++;
			changed = 1;
		}
		{
			size_t		t = 0;

			l = table_at(w, *a, pd_ind_lead, NELEM(pd_ind_lead), &t);
			/* 项目 alone is an indicator (签约引进项目832个) */
			if (l && strcmp(pd_ind_lead[t], "项目") == 0 && *a + l + 2 > *b)
				l = 0;
		}
		if (l && *a + l <= *b)
		{
			*a += l;
			changed = 1;
		}
		/* a time expression at the end */
		for (m = 0; m < w->nperiods; m++)
			if (w->periods[m].end == *b && w->periods[m].start >= *a)
			{
				*b = w->periods[m].start;
				changed = 1;
				break;
			}
		l = table_before(w, *b, pd_ind_trail, NELEM(pd_ind_trail));
		if (l && *b - l >= *a)
		{
			*b -= l;
			changed = 1;
		}
	}
}

/* last verb of pd_ind_verbs ending in (a, b]; returns the index after it or -1 */
static int
last_verb_end(const PdMetricWork *w, int a, int b)
{
	int			k;

	for (k = b; k > a; k--)
		if (table_before(w, k, pd_ind_verbs, NELEM(pd_ind_verbs)))
			return k;
	return -1;
}

/* the noun phrase after j: up to the last noun head before a stop word */
static void
right_phrase(const PdMetricWork *w, int j, int *ra, int *rb)
{
	int			a = j,
				k,
				best = -1,
				stop;

	if (a < w->n && w->cp[a] == 0x7684)	/* 的 */
		a++;
	/* a verb or a stop word right after the unit: no noun follows */
	if (table_at(w, a, pd_ind_stops, NELEM(pd_ind_stops), NULL))
	{
		*ra = *rb = a;
		return;
	}
	for (k = a; k < w->n && k - a < IND_RIGHT; k++)
	{
		int			l;

		if (is_clause_punct(w->cp[k]))
			break;
		if (k > a && table_at(w, k, pd_ind_stops, NELEM(pd_ind_stops), NULL))
			break;
		/* a following number ends the phrase too */
		if (((PdNumClass) w->cls[k]) == PD_NC_ADIGIT)
			break;
		l = table_at(w, k, pd_ind_heads, NELEM(pd_ind_heads), NULL);
		if (l)
			best = k + l;
	}
	stop = k;
	if (best < 0 && stop - a <= 8)
		best = stop;			/* 123个日夜: no head, but short */
	*ra = a;
	*rb = best > a ? best : a;
}

/*
 * find_indicator - what the number at [i, j) measures
 *
 * The text before it in its clause, after the last object-taking verb
 * (集聚人才1030人), trimmed of subjects, periods, conjunctions and
 * copulas; if that is empty or the number is followed by its noun
 * (引进38个领军人才创业团队, 10所国内知名高校), the noun phrase after
 * the unit.  Sets *ia, *ib (characters; *ia == *ib if none) and returns
 * 1 when the text before was used, 2 for the text after, 0 for none.
 */
static int
find_indicator(const PdMetricWork *w, int i, int j, int lo, int *ia, int *ib)
{
	int			a = clause_start(w, i, lo),
				b = i,
				k,
				v,
				ra,
				rb;
	uint32_t	last = i > 0 ? w->cp[i - 1] : 0;

	if (i - a > IND_WINDOW)
		a = i - IND_WINDOW;
	right_phrase(w, j, &ra, &rb);
	/*
	 * The noun follows when the number comes right after 的 or 等, after a
	 * conjunction (3家潜在独角兽企业和9家瞪羚企业) or after a quoted
	 * enumeration (“土地、资金、人才”三项保障).
	 */
	if (b > a && (last == 0x7684 || last == 0x7B49 || last == 0x548C ||
				  last == 0x4E0E || last == 0x53CA || last == 0x201D) &&
		rb - ra >= 2)
	{
		*ia = ra;
		*ib = rb;
		return 2;
	}
	/* after the last 的 / 等 */
	for (k = b - 1; k > a; k--)
		if (w->cp[k] == 0x7684 || w->cp[k] == 0x7B49)
		{
			if (b - (k + 1) >= 2)
				a = k + 1;
			break;
		}
	v = last_verb_end(w, a, b);
	if (v >= 0)
	{
		int			va = v,
					vb = b;

		trim_indicator(w, &va, &vb);
		if (vb - va >= 2)
		{
			*ia = va;
			*ib = vb;
			return 1;
		}
		if (rb - ra >= 1)
		{
			*ia = ra;
			*ib = rb;
			return 2;
		}
		/* 品牌活动已举办30余场: the noun before the verb and its adverb */
		{
			static const char *const adverbs[] = {"已", "已经", "均", "都", "共", "累计"};
			int			vs = v - table_before(w, v, pd_ind_verbs, NELEM(pd_ind_verbs));
			int			al = table_before(w, vs, adverbs, NELEM(adverbs));

			if (al)
				b = vs - al;
		}
	}
	trim_indicator(w, &a, &b);
	if (b - a >= 2)
	{
		*ia = a;
		*ib = b;
		return 1;
	}
	*ia = ra;
	*ib = rb;
	return rb > ra ? 2 : 0;
}

typedef struct Candidate
{
	int			start;			/* raw start (qualifier included) */
	int			nstart;			/* numeral start */
	int			nend;			/* numeral end */
	int			end;			/* raw end */
	const PdUnitWord *unit;
	PdQualifier qual;
	int			extra_scale;	/* 余万: index of the scale character, or -1 */
	int			percent_of;		/* 百分之: 1, 千分之: 2 */
	int			half;			/* 两米半: add one half */
	int			negative;		/* 负3, -3 */
	const char *symbol_unit;	/* ￥300, $20 */
	const PdUnitWord *per;		/* 2.5万元/平方米: the unit after the slash */
} Candidate;

static int
is_range_conn(uint32_t c)
{
	return c == '-' || c == 0xFF0D || c == 0x2014 || c == 0x2013 || c == '~' ||
		c == 0xFF5E || c == 0x81F3 || c == 0x5230;
}

/*
 * range_at - is [.., j) the lower end of a range 2-3家 / 10至15家?
 *
 * Returns the upper end's unit when a connector at j is followed by a
 * number with a unit that makes it a quantity, else NULL.
 */
static const PdUnitWord *
range_at(const PdMetricWork *w, int j)
{
	const PdUnitWord *u = NULL;
	int			k,
				l;
	PdNumClass	c;

	if (j + 1 >= w->n || !is_range_conn(w->cp[j]))
		return NULL;
	c = (PdNumClass) w->cls[j + 1];
	if (c != PD_NC_DIGIT && c != PD_NC_ADIGIT && c != PD_NC_TENS &&
		!(c == PD_NC_UNIT && w->cp[j + 1] == 0x5341))
		return NULL;
	/* both ends in the same script: 2-3, 两到三 */
	if ((is_adigit(w->cp[j - 1]) != 0) != (is_adigit(w->cp[j + 1]) != 0))
		return NULL;
	for (k = j + 1; k < w->n && k - j <= MAX_NUM_CHARS && span_continues(w, k); k++)
		;
	l = unit_at(w, k, &u);
	if (!l || !u->unit || (u->flags & (PU_EXCLUDE | PU_PERCENT)))
		return NULL;
	/* 3-5年 is a span of years, 2021-2025年 a period */
	if ((u->flags & PU_YEAR) && k - (j + 1) >= 4)
		return NULL;
	/* a further connector: 400-0123-021, a date */
	if (k < w->n && is_range_conn(w->cp[k]) && w->cp[k] != 0x81F3 && w->cp[k] != 0x5230)
		return NULL;
	return u;
}

/* glued on the left only (for the two ends of a range) */
static int
glued_before(const PdMetricWork *w, int i, int is_upper)
{
	uint32_t	p = i > 0 ? w->cp[i - 1] : 0;
	uint32_t	pp = i > 1 ? w->cp[i - 2] : 0;

	if (is_upper)
		return 0;
	if (p == '_' || p == '@' || p == '/' || p == 0xFF0F || p == '+' || p == 0xFF0B)
		return 1;
	return (p == '-' || p == ':' || p == '.' || p == ' ') && is_adigit(pp);
}

/*
 * read_number - a quantity starting at i, or the end of a non-quantity
 *
 * Returns the index after what was consumed and sets *ok when c holds a
 * quantity.
 */
static int
read_number(PdMetricWork *w, int i, Candidate *c, int *ok)
{
	int			j,
				k,
				l;
	PdNumClass	cls = ((PdNumClass) w->cls[i]);
	PdQualifier q = PD_QUAL_NONE;
	const PdUnitWord *range_unit = NULL;
	int			is_upper = 0;
	int			chinese_only = 1,
				lone_one = 0,
				has_scale = 0,
				has_point = 0,
				ndigits = 0;

	*ok = 0;
	memset(c, 0, sizeof(*c));
	c->extra_scale = -1;

	/* 百分之五十, 千分之三 */
	if ((w->cp[i] == 0x767E || w->cp[i] == 0x5343) &&
		(word_at(w, i, "百分之") || word_at(w, i, "千分之")) && i + 3 < w->n &&
		(is_cdigit(w->cp[i + 3]) || is_adigit(w->cp[i + 3]) ||
		 ((PdNumClass) w->cls[i + 3]) == PD_NC_UNIT))
	{
		c->percent_of = w->cp[i] == 0x767E ? 1 : 2;
		c->nstart = i + 3;
	}
	else if (cls == PD_NC_DIGIT || cls == PD_NC_ADIGIT || cls == PD_NC_TENS ||
			 cls == PD_NC_UNIT || cls == PD_NC_MYRIAD)
	{
		/* 百, 千, 万, 亿 open a number only after a qualifier: 近百家, 超亿元 */
		if ((cls == PD_NC_UNIT && w->cp[i] != 0x5341 && w->cp[i] != 0x62FE) ||
			cls == PD_NC_MYRIAD)
		{
			if (!qual_before(w, i, &q))
			{
				/* skip the run so that its digits do not start a number */
				for (j = i; j < w->n && span_continues(w, j); j++)
					;
				return j;
			}
		}
		c->nstart = i;
	}
	else
		return i + 1;

	for (j = c->nstart; j < w->n && j - c->nstart < MAX_NUM_CHARS &&
		 span_continues(w, j); j++)
	{
		PdNumClass	k2 = ((PdNumClass) w->cls[j]);
		const PdUnitWord *u0;

		/* 3.5万千瓦, 5千米, 10.1个百分点: a scale word that begins a unit */
		if (j > c->nstart && (k2 == PD_NC_UNIT || k2 == PD_NC_MYRIAD) &&
			unit_at(w, j, &u0) > 1)
			break;

		if (k2 == PD_NC_ADIGIT)
		{
			chinese_only = 0;
			ndigits++;
		}
		if (k2 == PD_NC_MYRIAD || (k2 == PD_NC_UNIT && !chinese_only))
			has_scale = 1;
		if (k2 == PD_NC_POINT || k2 == PD_NC_POINT_CN)
			has_point = 1;
	}
	if (j - c->nstart >= MAX_NUM_CHARS)
	{
		while (j < w->n && span_continues(w, j))
			j++;
		return j;
	}
	c->nend = j;
	if (c->percent_of)
		c->start = i;
	else
		c->start = c->nstart;

	/* in a quote or title, glued to a code, after 第/每/前, or a code */
	if (w->fl[i] & (F_QUOTE | F_TITLE))
		return j;
	/* 2-3家, 10至15家: the lower end borrows the upper end's unit */
	range_unit = range_at(w, j);
	is_upper = (c->nstart == w->range_next);
	if (!range_unit && !is_upper && glued(w, c->nstart, j))
		return j;
	if ((range_unit || is_upper) && c->nstart > 0 &&
		(is_latin(w->cp[c->nstart - 1]) || glued_before(w, c->nstart, is_upper)))
		return j;
	if (table_before(w, c->start, pd_excl_before, NELEM(pd_excl_before)))
		return j;
	if (!chinese_only && after_code_word(w, c->start))
		return j;
	/* plan names 十三五 */
	if (chinese_only && j - c->nstart == 3 && w->cp[c->nstart] == 0x5341 &&
		w->cp[c->nstart + 2] == 0x4E94)
		return j;
	/* Arabic integers: leading zero or seven digits and more are codes */
	if (!chinese_only && !has_point && !has_scale)
	{
		if (is_adigit(w->cp[c->nstart]) && (w->cp[c->nstart] == '0' ||
											w->cp[c->nstart] == 0xFF10) && ndigits > 1)
			return j;
	}
	lone_one = (j - c->nstart == 1 &&
				(w->cp[c->nstart] == 0x4E00 || w->cp[c->nstart] == 0x58F9));
	/* 之一: "one of" */
	if (lone_one && c->nstart > 0 && w->cp[c->nstart - 1] == 0x4E4B)
		return j;
	/* vague: 十几年, 几十 */
	if (j < w->n && (w->cp[j] == 0x51E0))
		return j;

	/* a sign or a currency symbol right before: 负0.2千米, -3, ￥300, $20 */
	if (!c->percent_of && c->start > 0)
	{
		uint32_t	p = w->cp[c->start - 1];

		if (p == 0xFFE5 || p == 0xA5)
		{
			c->symbol_unit = "元";
			c->start--;
		}
		else if (p == '$' || p == 0xFF04)
		{
			c->symbol_unit = "美元";
			c->start--;
		}
		if (!is_upper && c->start > 0 &&
			(w->cp[c->start - 1] == 0x8D1F ||
			 ((w->cp[c->start - 1] == '-' || w->cp[c->start - 1] == 0x2212) &&
			  (c->start < 2 || (!is_adigit(w->cp[c->start - 2]) &&
								(PdNumClass) w->cls[c->start - 2] != PD_NC_PERCENT)))))
		{
			c->negative = 1;
			c->start--;
		}
	}

	/* qualifier before */
	if (!c->percent_of)
	{
		PdQualifier q2 = PD_QUAL_NONE;
		int			qb = qual_before(w, c->start, &q2);
		if (qb)
		{
			c->start -= qb;
			c->qual = q2;
		}
	}

	/* 余, 多, 来 between number and unit, then maybe a scale (30余万元) */
	k = j;
	if (!c->percent_of)
	{
		PdQualifier q3 = PD_QUAL_NONE;

		l = qual_word(w, k, pd_qual_between, NELEM(pd_qual_between), &q3);
		if (l)
		{
			const PdUnitWord *u2;
			int			kk = k + l;

			if (kk < w->n && ((PdNumClass) w->cls[kk]) == PD_NC_MYRIAD)
			{
				c->extra_scale = kk;
				c->qual = q3;
				k = kk + 1;
				has_scale = 1;
			}
			else if (unit_at(w, kk, &u2) && u2->unit)
			{
				c->qual = q3;
				k = kk;
			}
		}
	}
	if (c->percent_of)
	{
		c->unit = &pd_unit_words[c->percent_of == 1 ? 2 : 4];
	}
	else if (range_unit && k == j)
	{
		/* the lower end: raw is the number alone, the unit is the upper end's */
		c->unit = range_unit;
		if (c->qual == PD_QUAL_NONE)
			c->qual = PD_QUAL_AT_LEAST;
		w->range_next = j + 1;
		c->end = k;
		*ok = 1;
		return k;
	}
	else
	{
		l = unit_at(w, k, &c->unit);
		if (l && (c->unit->flags & PU_EXCLUDE))
			return j;
		if (l && (c->unit->flags & PU_TENTH) && !chinese_only && !has_point &&
			ndigits > 1)
			l = 0, c->unit = NULL;	/* 10成? not a share */
		if (l && (c->unit->flags & PU_YEAR))
		{
			/* 2021年, 二〇二一年: a date; 13年: years */
			if ((ndigits == 4 && !has_point && !has_scale) ||
				(chinese_only && j - c->nstart >= 3 && !has_scale &&
				 ((PdNumClass) w->cls[c->nstart + 1]) == PD_NC_DIGIT))
				return j;
		}
		/* 两个亿: 个 before a scale word is no unit */
		if (l == 1 && w->cp[k] == 0x4E2A && k + 1 < w->n &&
			((PdNumClass) w->cls[k + 1]) == PD_NC_MYRIAD && c->extra_scale < 0)
		{
			c->extra_scale = k + 1;
			has_scale = 1;
			k += 2;
			l = unit_at(w, k, &c->unit);
			if (l && (c->unit->flags & PU_EXCLUDE))
				return j;
		}
		/* 近3年, 过去5年, 未来五年: a span of time before now, not a quantity */
		if (l && c->unit->unit && (strcmp(c->unit->unit, "年") == 0 ||
								   strcmp(c->unit->unit, "个月") == 0 ||
								   strcmp(c->unit->unit, "天") == 0 ||
								   strcmp(c->unit->unit, "周") == 0))
		{
			static const char *const spans[] = {"近", "过去", "未来", "今后", "最近", "此前"};

			if (table_before(w, c->nstart, spans, NELEM(spans)))
				return j;
		}
		/* a lone 一 before a measure word is an article (一批, 一个): 一吨 is not */
		if (lone_one && c->qual == PD_QUAL_NONE &&
			!(l && (c->unit->flags & (PU_PHYS | PU_MONEY))))
			return j;
		if (l)
		{
			k += l;
			/* 6%-8%, 3倍至5倍: a range written with the unit on both ends */
			if (k + 1 < w->n && is_range_conn(w->cp[k]) &&
				(is_adigit(w->cp[k + 1]) || is_cdigit(w->cp[k + 1])))
			{
				int			k2 = k + 1;
				const PdUnitWord *u4;

				while (k2 < w->n && k2 - k <= MAX_NUM_CHARS && span_continues(w, k2))
					k2++;
				if (unit_at(w, k2, &u4) && u4 == c->unit)
				{
					w->range_next = k + 1;
					if (c->qual == PD_QUAL_NONE)
						c->qual = PD_QUAL_AT_LEAST;
				}
			}
			/* 2.5万元/平方米, 30微克/立方米: a rate */
			if (k + 1 < w->n && (w->cp[k] == '/' || w->cp[k] == 0xFF0F))
			{
				const PdUnitWord *u3;
				int			l3 = unit_at(w, k + 1, &u3);

				if (l3 && u3->unit && !(u3->flags & (PU_PERCENT | PU_EXCLUDE)))
				{
					c->per = u3;
					k += 1 + l3;
				}
			}
			/* 两米半, 三斤半: and a half */
			if (k < w->n && w->cp[k] == 0x534A &&
				(!(c->unit->flags & PU_PERCENT) || (c->unit->flags & PU_TENTH)) &&
				!has_point)
			{
				c->half = 1;
				k++;
			}
		}
		else
		{
			c->unit = NULL;
			/* a bare number is a quantity only with a scale or a point */
			if (!has_scale && !has_point && !c->symbol_unit)
				return j;
			/* bare 4-digit years: 2023中国..., © 2011 */
			if (k < w->n && is_latin(w->cp[k]))
				return j;
		}
	}
	if (c->percent_of)
		k = j;

	/* qualifier after the unit */
	{
		PdQualifier q4 = PD_QUAL_NONE;

		l = qual_word(w, k, pd_qual_after, NELEM(pd_qual_after), &q4);
		if (l && !(q4 == PD_QUAL_MORE_THAN && c->qual != PD_QUAL_NONE))
		{
			/* 以上 in 硕士以上学历 belongs to the number only right after it */
			c->qual = q4;
			k += l;
		}
	}
	if (is_upper && c->qual == PD_QUAL_NONE)
		c->qual = PD_QUAL_AT_MOST;
	c->end = k;
	*ok = 1;
	return k;
}

/* ---------------------------------------------------------------------
 * Sentences
 * --------------------------------------------------------------------- */

static const Period *
period_for(const PdMetricWork *w, int i)
{
	const Period *best = NULL;
	int			p;

	for (p = 0; p < w->nperiods; p++)
		if (w->periods[p].end <= i && !w->periods[p].base)
			best = &w->periods[p];
	return best;
}

static const PdGazEntry *
subject_for(const PdMetricWork *w, int i, const PdGazEntry *topic0)
{
	int			m;
	const PdGazEntry *topic = topic0;

	for (m = w->nmentions - 1; m >= 0; m--)
		if (w->mentions[m].end <= i)
		{
			const Mention *x = &w->mentions[m];

			if (x->subject_ok && x->entry)
				return x->entry;
			if (x->subject_ok && x->entry && x->entry->kind == 5 &&
				x->end == i)
				return x->entry;
		}
	for (m = w->nmentions - 1; m >= 0; m--)
		if (w->mentions[m].end <= i)
		{
			topic = w->mentions[m].topic;
			break;
		}
	return topic;
}

/*
 * make_value - the exact value of the candidate as a decimal string
 *
 * Returns 0 if the numeral parser rejects the span or gives a quotient.
 */
static int
make_value(PdMetricWork *w, const Candidate *c, int negative)
{
	size_t		a = w->off[c->nstart],
				b = w->off[c->nend],
				n = b - a,
				errpos = 0;
	PdNumStatus st;

	if (n + 8 > sizeof(w->numbuf))
		return 0;
	memcpy(w->numbuf, w->doc + a, n);
	/* 近百家, 超亿元: a bare scale word means one of it */
	if (((PdNumClass) w->cls[c->nstart]) == PD_NC_UNIT || ((PdNumClass) w->cls[c->nstart]) == PD_NC_MYRIAD)
	{
		if (w->cp[c->nstart] != 0x5341 && w->cp[c->nstart] != 0x62FE)
		{
			memmove(w->numbuf + 3, w->numbuf, n);
			memcpy(w->numbuf, "一", 3);
			n += 3;
		}
	}
	if (c->extra_scale >= 0)
	{
		size_t		sa = w->off[c->extra_scale],
					sl = w->off[c->extra_scale + 1] - sa;

		memcpy(w->numbuf + n, w->doc + sa, sl);
		n += sl;
	}
	w->numbuf[n] = '\0';
	st = pd_numeral_parse(w->numbuf, n, w->value, sizeof(w->value) - 4, &errpos);
	if (st != PD_NUM_OK || strchr(w->value, '/') || strchr(w->value, '+'))
		return 0;
	if (c->half && !strchr(w->value, '.') && strlen(w->value) + 3 < sizeof(w->value))
		strcat(w->value, ".5");
	if (c->unit && (c->unit->flags & PU_TENTH))
		times_ten(w->value, sizeof(w->value));
	if (negative != c->negative)
		negate(w->value, sizeof(w->value));
	return 1;
}

static int
process_sentence(PdMetricWork *w, PdMetricEmit emit, void *arg)
{
	int			i,
				prev_end = 0,
				prev_ia = 0,
				prev_ib = 0;
	const PdGazEntry *topic0 = w->topic;
	const PdUnitWord *prev_unit = NULL;
	int			money_ia = 0,
				money_ib = 0;
	int			has_digit = 0;
	int			s0 = 0,
				s1 = w->n;

	for (i = 0; i < w->n; i++)
	{
		PdNumClass k = ((PdNumClass) w->cls[i]);

		if (k == PD_NC_DIGIT || k == PD_NC_ADIGIT || k == PD_NC_TENS ||
			k == PD_NC_UNIT || k == PD_NC_MYRIAD)
		{
			has_digit = 1;
			break;
		}
	}
	mark_quotes(w);
	scan_mentions(w);
	if (!has_digit)
		return 0;
	w->range_next = -1;
	if (w->doc_year == 0)
		scan_doc_year(w);
	scan_periods(w);
	scan_targets(w);

	while (s0 < s1 && is_space(w->cp[s0]))
		s0++;
	while (s1 > s0 && is_space(w->cp[s1 - 1]))
		s1--;

	for (i = 0; i < w->n;)
	{
		Candidate	c;
		int			ok,
					next,
					what,
					negative = 0,
					ia,
					ib;
		PdMetric	m;
		const Period *p;
		const PdGazEntry *subj;
		PdMetricKind kind = PD_KIND_LEVEL;
		int			kind_at = 0,
					src;

		next = read_number(w, i, &c, &ok);
		if (next <= i)
			next = i + 1;
		if (!ok)
		{
			i = next;
			continue;
		}

		/* kind and sign */
		what = find_kind(w, c.start, prev_end, &kind_at);
		if (what == PK_SHARE && c.unit && (c.unit->flags & PU_PERCENT))
		{
			PdQualifier q5 = PD_QUAL_NONE;

			kind = PD_KIND_SHARE;
			/* 约占全国15% */
			if (c.qual == PD_QUAL_NONE && qual_before(w, kind_at, &q5))
				c.qual = q5;
		}
		/* 超六成, 完成全年计划的35.1%: a part of a whole */
		else if (what == 0 && c.unit && (c.unit->flags & PU_PERCENT) &&
				 ((c.unit->flags & PU_TENTH) ||
				  (c.start > 0 && w->cp[c.start - 1] == 0x7684)))
			kind = PD_KIND_SHARE;
		else if (what == PK_RATE)
			kind = PD_KIND_GROWTH_RATE;
		else if (what == PK_CHANGE)
			kind = PD_KIND_CHANGE;
		else if (what == PK_UP || what == PK_DOWN)
		{
			if (c.unit && (c.unit->flags & (PU_PERCENT | PU_MULT)))
				kind = PD_KIND_GROWTH_RATE;
			else
				kind = PD_KIND_CHANGE;
			negative = (what == PK_DOWN);
		}
		if (!make_value(w, &c, negative))
		{
			i = next;
			continue;
		}

		src = find_indicator(w, c.start, c.end, prev_end, &ia, &ib);
		/* 超100亿元企业: an amount read after its noun is the amount before's */
		if (src == 2 && c.unit && (c.unit->flags & PU_MONEY) &&
			money_ib > money_ia)
		{
			ia = money_ia;
			ib = money_ib;
		}
		/* 年产量约占全国15%: the share's base is not part of the indicator */
		if (kind == PD_KIND_SHARE)
		{
			int			k;

			for (k = ia + 1; k < ib; k++)
				if (table_at(w, k, pd_share_cut, NELEM(pd_share_cut), NULL))
				{
					ib = k;
					break;
				}
		}
		/* “龙城英才计划”项目: keep the opening quote of a closing one */
		if (ia > 0 && ib > ia && w->cp[ia - 1] == 0x201C)
		{
			int			k;

			for (k = ia; k < ib; k++)
				if (w->cp[k] == 0x201D)
				{
					ia--;
					break;
				}
		}
		/* 占人才总数的52%: the share of what the figure before counts */
		if (kind == PD_KIND_SHARE && prev_ib > prev_ia && ib > ia &&
			word_at(w, ia, "占"))
		{
			ia = prev_ia;
			ib = prev_ib;
		}
		/* 较“十二五”末增长46.3%: the indicator of the figure before */
		if (prev_ib > prev_ia &&
			(((ib - ia < 2 || word_at(w, ia, "较") || word_at(w, ia, "比")) &&
			  kind == PD_KIND_GROWTH_RATE) ||
			 (ib - ia < 2 && c.unit == prev_unit)))
		{
			ia = prev_ia;
			ib = prev_ib;
		}

		memset(&m, 0, sizeof(m));
		m.metric_no = ++w->metric_no;
		m.value = w->value;
		m.unit = c.unit ? c.unit->unit : c.symbol_unit;
		if (c.unit && c.per)
		{
			size_t		l1 = strlen(c.unit->unit),
						l2 = strlen(c.per->unit);

			if (l1 + 1 + l2 < sizeof(w->unitbuf))
			{
				memcpy(w->unitbuf, c.unit->unit, l1);
				w->unitbuf[l1] = '/';
				memcpy(w->unitbuf + l1 + 1, c.per->unit, l2 + 1);
				m.unit = w->unitbuf;
			}
		}
		m.raw.off = w->off[c.start];
		m.raw.len = w->off[c.end] - w->off[c.start];
		m.raw_char = w->char_base + c.start;
		m.raw_chars = c.end - c.start;
		m.qualifier = c.qual;
		if (ib > ia)
		{
			m.indicator.off = w->off[ia];
			m.indicator.len = w->off[ib] - w->off[ia];
		}
		m.kind = kind;
		p = period_for(w, c.start);
		m.is_target = (w->target_at < c.start) || (p && p->target);
		if (p)
		{
			m.period.off = w->off[p->start];
			m.period.len = w->off[p->end] - w->off[p->start];
			m.year = p->year;
		}
		subj = subject_for(w, c.start, topic0);
		if (subj)
		{
			m.subject = subj->canonical;
			m.subject_code = subj->code;
		}
		m.sentence.off = w->off[s0];
		m.sentence.len = w->off[s1] - w->off[s0];
		if (emit(arg, &m))
			return 1;
		prev_end = c.end;
		prev_unit = c.unit;
		if (c.unit && (c.unit->flags & PU_MONEY))
		{
			money_ia = ia;
			money_ib = ib;
		}
		prev_ia = ia;
		prev_ib = ib;
		i = next;
	}
	return 0;
}

/*
 * pd_metric_extract - see pd_metric.h
 */
int
pd_metric_extract(const char *doc, size_t len, PdMetricWork *w,
				  PdMetricEmit emit, PdMetricProgress progress, void *arg)
{
	size_t		pos = 0;
	size_t		chars = 0;

	fc_init();
	memset(w, 0, offsetof(PdMetricWork, numbuf));
	w->doc = doc;
	w->len = len;

	while (pos < len)
	{
		size_t		p = pos;
		int			n = 0;

		while (p < len && n < PD_METRIC_SENTENCE_MAX)
		{
			int			cl;
			uint32_t	c = pd_utf8_decode((const unsigned char *) doc + p,
										   len - p, &cl);

			w->cp[n] = c;
			w->off[n] = p;
			w->cls[n] = (uint8_t) ncls(c);
			n++;
			p += cl;
			if (is_sentence_end(c))
			{
				/* keep closing quotes and brackets with the sentence */
				while (p < len && n < PD_METRIC_SENTENCE_MAX)
				{
					uint32_t	d = pd_utf8_decode((const unsigned char *) doc + p,
												   len - p, &cl);

					if (!is_closer(d))
						break;
					w->cp[n] = d;
					w->off[n] = p;
					w->cls[n] = (uint8_t) ncls(d);
					n++;
					p += cl;
				}
				break;
			}
		}
		/* a full window: cut where no number is split */
		if (n == PD_METRIC_SENTENCE_MAX && p < len)
		{
			int			cut = n;

			while (cut > n - 64 &&
				   (((PdNumClass) w->cls[cut - 1]) != PD_NC_NONE ||
					is_latin(w->cp[cut - 1])))
				cut--;
			/* cut == n: the window ends between two non-numeral characters */
			if (cut < n && cut > n - 64)
			{
				n = cut;
				p = w->off[cut];
			}
		}
		w->off[n] = p;
		w->n = n;
		w->char_base = chars;
		if (process_sentence(w, emit, arg))
			return w->metric_no;
		/* 该公司 refers back within its paragraph only */
		if (n > 0 && (w->cp[n - 1] == '\n' || w->cp[n - 1] == '\r'))
			w->last_org = NULL;
		chars += n;
		pos = p;
		if (progress)
			progress(arg, pos);
	}
	return w->metric_no;
}
