/*-------------------------------------------------------------------------
 *
 * pd_metric.c
 *	  Quantities in Chinese news text (see pd_metric.h): the driver.  Cuts
 *	  the text into sentence windows and finds the figures of each.
 *
 * The text is cut into sentences (at 。！？!? and line ends, at most
 * PD_METRIC_SENTENCE_MAX characters each); each sentence is decoded once
 * into a window of code points and byte offsets and then looked at by a few
 * bounded scans: quotes and titles, place mentions (pd_metric_place.c),
 * time expressions (pd_metric_time.c), target words (pd_metric_status.c),
 * and finally numbers (pd_metric_number.c), each of which gets its kind
 * (pd_metric_kind.c), indicator (pd_metric_indicator.c), period and subject
 * (pd_metric_subject.c).  Every scan looks at most a constant number of
 * characters around each position, so the whole pass is linear in the
 * input.  All keyword knowledge is in pd_metric_data.h, the gazetteer in
 * pd_gazetteer_data.h.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

static int	pd_metric_ready = 0;

/*
 * pd_metric_init - derive the filters from the static tables, once
 *
 * They never change after, so they hold no parse state.
 */
void
pd_metric_init(void)
{
	if (pd_metric_ready)
		return;
	pd_metric_scan_init();
	pd_metric_place_init();
	pd_metric_time_init();
	pd_metric_status_init();
	pd_metric_number_init();
	pd_metric_kind_init();
	pd_metric_ready = 1;
}

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
pd_metric_status_name(PdMetricStatus s)
{
	switch (s)
	{
		case PD_STATUS_TARGET:
			return "target";
		case PD_STATUS_ESTIMATE:
			return "estimate";
		default:
			return "actual";
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
 * Quotes and titles
 * --------------------------------------------------------------------- */

static int
is_quote_open(uint32_t c)
{
	return c == CP_LDQUOTE || c == CP_LSQUOTE || c == CP_LCORNER ||
		c == CP_LWCORNER || c == '"';
}

static int
quote_close(uint32_t open, uint32_t c)
{
	switch (open)
	{
		case CP_LDQUOTE:
			return c == CP_RDQUOTE;
		case CP_LSQUOTE:
			return c == CP_RSQUOTE;
		case CP_LCORNER:
			return c == CP_RCORNER;
		case CP_LWCORNER:
			return c == CP_RWCORNER;
		case '"':
			return c == '"';
		case CP_LTITLE:
			return c == CP_RTITLE;
		default:
			return 0;
	}
}

/* the closing mark of the quote or title opened at i, or -1 */
static int
quote_end(const PdMetricWork *w, int i)
{
	uint32_t	c = w->cp[i];
	int			is_title = (c == CP_LTITLE),
				limit = is_title ? 64 : SHORT_QUOTE + 1,
				j;

	for (j = i + 1; j < w->n && j - i <= limit; j++)
	{
		uint32_t	d = w->cp[j];

		if (quote_close(c, d))
			return j;
		/* a comma or a full stop: reported speech, not a name */
		if (!is_title && (d == CP_FW_COMMA || d == ',' || d == CP_FULL_STOP ||
						  d == CP_FW_SEMICOLON))
			return -1;
	}
	return -1;
}

/* mark_parens - flag the characters inside parentheses of at most 40 */
static void
mark_parens(PdMetricWork *w)
{
	int			i,
				j;

	for (i = 0; i < w->n; i++)
	{
		if (!cf_has(w, i, FC_OPEN) || (w->cp[i] != '(' && w->cp[i] != CP_FW_LPAREN))
			continue;
		for (j = i + 1; j < w->n && j - i <= 40; j++)
			if (w->cp[j] == ')' || w->cp[j] == CP_FW_RPAREN ||
				w->cp[j] == '(' || w->cp[j] == CP_FW_LPAREN)
				break;
		if (j < w->n && j - i <= 40 && (w->cp[j] == ')' || w->cp[j] == CP_FW_RPAREN))
		{
			int			k;

			for (k = i + 1; k < j; k++)
				w->fl[k] |= F_PAREN;
			currency_declared(w, i, j);
			i = j;
		}
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
	int			i;

	memset(w->fl, 0, w->n);
	if (!(w->cf_any & FC_OPEN))
		return;					/* no quote, title or parenthesis opens */
	mark_parens(w);
	for (i = 0; i < w->n; i++)
	{
		int			is_title,
					j,
					k;

		if (!cf_has(w, i, FC_OPEN))
			continue;			/* no quote, title or parenthesis opens here */
		is_title = (w->cp[i] == CP_LTITLE);
		if (!is_quote_open(w->cp[i]) && !is_title)
			continue;
		if ((j = quote_end(w, i)) < 0)
			continue;
		for (k = i; k <= j; k++)
			w->fl[k] |= is_title ? F_TITLE : F_QUOTE;
		if (!is_title)
			i = j;
	}
}

/* ---------------------------------------------------------------------
 * Sentences
 * --------------------------------------------------------------------- */

/* does the sentence hold a digit or a scale character at all? */
static int
has_number(const PdMetricWork *w)
{
	return (w->cf_any & FC_NUMBER) != 0;
}

/* The state of one sentence's figures, from one figure to the next. */
typedef struct SentenceState
{
	const PdGazEntry *topic0;	/* the document's topic at the sentence start */
	int			s0;				/* the sentence without surrounding space */
	int			s1;
	int			prev_end;		/* end of the figure before */
	const char *prev_metric;	/* its catalog code */
	int			nactual;		/* figures given as actuals */
	IndicatorState ind;
} SentenceState;

/* the unit of figure c: 元, or 万元/平方米 for a rate (in w->unitbuf) */
static const char *
figure_unit(PdMetricWork *w, const Candidate *c)
{
	size_t		l1,
				l2;

	if (!c->unit)
		return c->symbol_unit;
	/* 新台币4.76兆元: the currency before names what 元 is */
	if (c->symbol_unit && !c->per && strcmp(c->unit->unit, "元") == 0)
		return c->symbol_unit;
	/* a bare 元 in a text that declared its currency: （澳門元，下同） */
	if (w->doc_currency && !c->per && strcmp(c->unit->word, "元") == 0)
		return w->doc_currency;
	if (!c->per)
		return c->unit->unit;
	l1 = strlen(c->unit->unit);
	l2 = strlen(c->per->unit);
	if (l1 + 1 + l2 >= sizeof(w->unitbuf))
		return c->unit->unit;
	memcpy(w->unitbuf, c->unit->unit, l1);
	w->unitbuf[l1] = '/';
	memcpy(w->unitbuf + l1 + 1, c->per->unit, l2 + 1);
	return w->unitbuf;
}

/*
 * The catalog's place (issue 10): the code of what the figure measures,
 * from the indicator phrase folded to Simplified.  See pd_metric.h for the
 * contract of PdMetricOptions.classify.
 */
static const char *
figure_metric(const PdMetricWork *w, int ia, int ib, PdMetricKind kind,
			  const char *unit, const char *prev)
{
	int			ctx = ib > ia ? indicator_context(w, ia) : ia;

	if (!w->opt.classify)
		return NULL;
	return w->opt.classify(w->opt.classify_arg, ib > ia ? wtext(w, ia) : "",
						   ib > ia ? w->off[ib] - w->off[ia] : 0,
						   w->off[ia] - w->off[ctx], kind, unit, prev);
}

/* fill_metric - the row of figure c */
static void
fill_metric(PdMetricWork *w, const SentenceState *ss, const Figure *f,
			PdMetricKind kind, int ia, int ib, PdMetric *m)
{
	const Candidate *c = &f->c;
	const Period *own = f->period_item >= 0 ? &w->periods[f->period_item] :
	period_for(w, c->start),
			   *p;
	const PdGazEntry *subj;

	memset(m, 0, sizeof(*m));
	m->metric_no = ++w->metric_no;
	m->value = w->value;
	m->unit = figure_unit(w, c);
	m->raw.off = w->off[c->start];
	m->raw.len = w->off[c->end] - w->off[c->start];
	m->raw_char = w->char_base + c->start;
	m->raw_chars = c->end - c->start;
	m->qualifier = c->qual;
	if (ib > ia)
	{
		m->indicator.off = w->off[ia];
		m->indicator.len = w->off[ib] - w->off[ia];
	}
	m->metric = figure_metric(w, ia, ib, kind, m->unit, ss->prev_metric);
	m->kind = kind;
	p = figure_period(w, c, own);
	m->status = figure_status(w, c, p);
	m->is_target = (m->status == PD_STATUS_TARGET);
	/* a target takes no period that is over at the document's date */
	if (m->status == PD_STATUS_TARGET && !own && p && w->doc_date &&
		p->to && p->to < w->doc_date)
		p = NULL;
	figure_dates(w, c, kind, own, p, m);
	subj = f->subject;
	if (!subj)
		subj = counted_parts_whole(w, c->start, c->end, ss->topic0);
	if (!subj)
		subj = subject_for(w, c->start, ss->topic0);
	if (subj)
	{
		m->subject = subj->canonical;
		m->subject_code = subj->code;
		m->subject_kind = subj->kind;
	}
	m->sentence.off = w->off[ss->s0];
	m->sentence.len = w->off[ss->s1] - w->off[ss->s0];
}

/* emit_figure - the row of figure f handed to emit; 1 when emit says stop */
static int
emit_figure(PdMetricWork *w, SentenceState *ss, Figure *f, PdMetricEmit emit,
			void *arg)
{
	PdMetric	m;
	PdMetricKind kind;
	int			negative,
				ia,
				ib,
				stop;

	kind = figure_kind(w, f, &negative);
	if (!make_value(w, &f->c, negative))
		return 0;
	figure_indicator(w, f, kind, ss->prev_end, &ss->ind, &ia, &ib);
	fill_metric(w, ss, f, kind, ia, ib, &m);
	stop = emit(arg, &m);
	ss->nactual += (m.status == PD_STATUS_ACTUAL);
	ss->prev_end = f->c.end;
	ss->prev_metric = m.metric;
	ss->ind.prev_unit = f->c.unit;
	if (f->c.unit && (f->c.unit->flags & PU_MONEY))
	{
		ss->ind.money_ia = ia;
		ss->ind.money_ib = ib;
	}
	ss->ind.prev_ia = ia;
	ss->ind.prev_ib = ib;
	return stop;
}

static inline int
can_start_number(PdNumClass k)
{
	return k == PD_NC_DIGIT || k == PD_NC_ADIGIT || k == PD_NC_TENS ||
		k == PD_NC_UNIT || k == PD_NC_MYRIAD;
}

/*
 * kind_end - where the kind words before candidate c end: its start, or
 * its numeral's when the qualifier before it is a kind word as well
 * (歲出約增七十一億元: about, and a rise)
 */
static int
kind_end(const PdMetricWork *w, const Candidate *c)
{
	size_t		t = 0;

	if (c->nstart > c->start &&
		table_before_idx(w, c->nstart, PL_S_KINDS, &t) == c->nstart - c->start)
		return c->nstart;
	return c->start;
}

/*
 * read_figures - the quantities of the sentence from i on into w->figs,
 * at most MAX_FIGURES; returns where it stopped
 */
static int
read_figures(PdMetricWork *w, int i)
{
	int			lo = i;

	w->nfigs = 0;
	while (i < w->n && w->nfigs < MAX_FIGURES)
	{
		Figure	   *f = &w->figs[w->nfigs];
		int			ok,
					next;

		/* most characters begin no number (FC_NUMBER: can_start_number) */
		if (!cf_has(w, i, FC_NUMBER))
		{
			i++;
			continue;
		}
		next = read_number(w, i, &f->c, &ok);

		if (next <= i)
			next = i + 1;
		if (ok)
		{
			f->kind_at = 0;
			f->subject = NULL;
			f->what = find_kind(w, kind_end(w, &f->c), lo, &f->kind_at);
			lo = f->c.end;
			w->nfigs++;
		}
		i = next;
	}
	return i;
}

/*
 * process_sentence - the figures of the sentence in the window
 *
 * Returns 1 when emit asked to stop.
 */
static int
process_sentence(PdMetricWork *w, PdMetricEmit emit, void *arg)
{
	SentenceState ss;
	int			i = 0,
				k,
				no0 = w->metric_no,
				ctx_year0 = w->ctx_year,
				ctx_relative0 = w->ctx_relative;

	memset(&ss, 0, sizeof(ss));
	ss.topic0 = w->topic;
	mark_quotes(w);
	scan_mentions(w);
	if (!has_number(w))
		return 0;
	w->range_next = -1;
	w->reach_next = -1;
	if (w->doc_year == 0)
		scan_doc_year(w);
	scan_periods(w);
	scan_targets(w);

	ss.s1 = w->n;
	while (ss.s0 < ss.s1 && is_space(w->cp[ss.s0]))
		ss.s0++;
	while (ss.s1 > ss.s0 && is_space(w->cp[ss.s1 - 1]))
		ss.s1--;

	while (i < w->n)
	{
		i = read_figures(w, i);
		link_lists(w);
		carry_kinds(w);
		distribute_subjects(w);
		distribute_indicators(w);
		distribute_periods(w);
		for (k = 0; k < w->nfigs; k++)
			if (emit_figure(w, &ss, &w->figs[k], emit, arg))
				return 1;
	}
	if (w->metric_no == no0)
		passing_year(w, ctx_year0, ctx_relative0);
	else if (ss.nactual == 0)
		forecast_part(w);
	return 0;
}

/* ---------------------------------------------------------------------
 * Windows
 * --------------------------------------------------------------------- */

/*
 * DECODE_AT - the code point at d[p..len) into c, its length into cl
 * (U+FFFD for invalid UTF-8): pd_chars.h's decoder, inline, ASCII and
 * three-byte sequences (most of Chinese text) first
 */
#define DECODE_AT(d, p, len, c, cl) \
	do { \
		(cl) = (int) pd_utf8_next((d) + (p), (len) - (p), &(c)); \
		if ((c) == PD_UTF8_INVALID) \
			(c) = 0xFFFD; \
	} while (0)

/*
 * put_char - character n of the window: the code point c read at byte off,
 * folded to Simplified.  Returns its flags (w->cf[n]; beyond the BMP only
 * FC_NUMBER and FC_DIGIT), and adds 1 to *folded if folding changed it.
 */
static inline uint16_t
put_char(PdMetricWork *w, int n, uint32_t c, size_t off, int *folded)
{
	uint32_t	f = fold_cp(c);
	uint16_t	cf;

	w->cp[n] = f;
	w->off[n] = off;
	if (f < 0x10000)
	{
		w->cls[n] = pd_ccls[f];
		w->cf[n] = cf = pd_cflags[f];
	}
	else
	{
		PdNumClass	k = ncls(f);

		w->cls[n] = (uint8_t) k;
		w->cf[n] = cf = (can_start_number(k) ? FC_NUMBER : 0) |
			(k == PD_NC_DIGIT || k == PD_NC_TENS ? FC_DIGIT : 0);
	}
	*folded += (f != c);
	return cf;
}

/* the window's bytes in w->fold, the folded characters written over theirs */
static void
fill_fold(PdMetricWork *w, int folded)
{
	int			k;

	memcpy(w->fold, w->doc + w->off[0], w->off[w->n] - w->off[0]);
	w->fold[w->off[w->n] - w->off[0]] = '\0';	/* word_at reads up to it */
	if (!folded)
		return;
	for (k = 0; k < w->n; k++)
		if (w->cp[k] >= PD_FOLD_HAN_LO && w->cp[k] < PD_FOLD_HAN_HI &&
			w->off[k + 1] - w->off[k] == 3)
			pd_utf8_put(w->cp[k], w->fold + (w->off[k] - w->off[0]));
}

/*
 * fill_window - decode the next sentence from pos into the window
 *
 * Returns the byte offset after it.  A sentence ends after 。！？ or a line
 * end, with the closing quotes and brackets that follow; one longer than
 * the window is cut where no number is split.
 */
static size_t
fill_window(PdMetricWork *w, size_t pos)
{
	const unsigned char *d = (const unsigned char *) w->doc;
	size_t		p = pos,
				len = w->len;
	int			n = 0,
				cl,
				folded = 0;
	uint16_t	any = 0;

	w->off[0] = pos;
	while (p < len && n < PD_METRIC_SENTENCE_MAX)
	{
		uint32_t	c;
		uint16_t	cf;

		DECODE_AT(d, p, len, c, cl);
		cf = put_char(w, n++, c, p, &folded);
		any |= cf;
		p += cl;
		/* FC_END: is_sentence_end (folding changes no such character) */
		if (!(cf & FC_END))
			continue;
		/* keep closing quotes and brackets with the sentence */
		while (p < len && n < PD_METRIC_SENTENCE_MAX)
		{
			uint32_t	e;

			DECODE_AT(d, p, len, e, cl);
			if (!is_closer(e))
				break;
			any |= put_char(w, n++, e, p, &folded);
			p += cl;
		}
		break;
	}
	/* a full window: cut where no number is split */
	if (n == PD_METRIC_SENTENCE_MAX && p < len)
	{
		int			cut = n;

		while (cut > n - 64 &&
			   (wcls(w, cut - 1) != PD_NC_NONE || is_latin(w->cp[cut - 1])))
			cut--;
		/* cut == n: the window ends between two non-numeral characters */
		if (cut < n && cut > n - 64)
		{
			int			k;

			n = cut;
			p = w->off[cut];
			/* the flags of the characters kept only */
			for (any = 0, k = 0; k < n; k++)
				any |= w->cf[k];
		}
	}
	w->off[n] = p;
	w->n = n;
	w->cf_any = any;
	w->traditional += folded;
	fill_fold(w, folded);
	return p;
}

/* the year of the document's date */
static void
set_published(PdMetricWork *w, PdDate published)
{
	int			y = published / 10000,
				m = published / 100 % 100,
				d = published % 100;

	if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31)
		return;
	w->doc_year = y;
	w->doc_date = published;
}

/*
 * pd_metric_extract_opt - see pd_metric.h
 */
int
pd_metric_extract_opt(const char *doc, size_t len, const PdMetricOptions *opt,
					  PdMetricWork *w, PdMetricEmit emit,
					  PdMetricProgress progress, void *arg)
{
	size_t		pos = 0;
	size_t		chars = 0;

	pd_metric_init();
	memset(w, 0, offsetof(PdMetricWork, cp));	/* the document state */
	w->doc = doc;
	w->len = len;
	if (opt)
		w->opt = *opt;
	set_published(w, w->opt.published);

	while (pos < len)
	{
		size_t		p = fill_window(w, pos);

		w->char_base = chars;
		if (process_sentence(w, emit, arg))
			return w->metric_no;
		/* 该公司 refers back within its paragraph only */
		if (w->n > 0 && (w->cp[w->n - 1] == '\n' || w->cp[w->n - 1] == '\r'))
		{
			w->last_org = NULL;
			paragraph_end(w, doc + p, len - p);
		}
		chars += w->n;
		pos = p;
		if (progress)
			progress(arg, pos);
	}
	return w->metric_no;
}

/*
 * pd_metric_extract - see pd_metric.h
 */
int
pd_metric_extract(const char *doc, size_t len, PdMetricWork *w,
				  PdMetricEmit emit, PdMetricProgress progress, void *arg)
{
	return pd_metric_extract_opt(doc, len, NULL, w, emit, progress, arg);
}
