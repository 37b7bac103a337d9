/*-------------------------------------------------------------------------
 *
 * pd_metric_place.c
 *	  Places in a sentence: gazetteer names (regions, parks, institutes),
 *	  anaphora (我区, 全区, 园区, 该公司) and companies named by their legal
 *	  form.  Every mention found is remembered with whether it may be the
 *	  subject of the clause's figures, and the document state (the last
 *	  county, park, city and organisation named) is updated as it goes, so
 *	  an anaphor resolves to what was named before it.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_place.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/*
 * mention_subject_ok - is a mention at i the grammatical subject?
 *
 * Not when a preposition or verb governs it (落户金坛), nor when it is an
 * item of a list (A、B等).
 */
int
mention_subject_ok(const PdMetricWork *w, int i)
{
	if (i > 0 && w->cp[i - 1] == CP_IDEOGRAPHIC_COMMA)
		return 0;
	/* 巴林—奈曼—阜新: a route */
	if (i > 0 && w->cp[i - 1] == CP_EM_DASH && w->nmentions > 0 &&
		w->mentions[w->nmentions - 1].end == i - 1)
		return 0;
	/* 中新社 北京12月12日电: a dateline */
	if (i > 1 && is_space(w->cp[i - 1]) && table_before(w, i - 1, PL_DATELINE))
		return 0;
	return table_before(w, i, PL_GOVERNORS) == 0;
}

/*
 * item_with_figure - an item of a list of places each followed by its own
 * figure (竹科3600人、中科2000人): the subject of that figure; not an item
 * of a list of places (高于全省、全市2.5个和1.3个百分点)
 */
static int
item_with_figure(const PdMetricWork *w, int i, int l)
{
	return i > 0 && w->cp[i - 1] == CP_IDEOGRAPHIC_COMMA && i + l < w->n &&
		is_adigit(w->cp[i + l]) &&
		!(w->nmentions > 0 && w->mentions[w->nmentions - 1].end == i - 1);
}

/*
 * figure_in_brackets - the place is followed by its own figure in brackets
 * (依次为甲市（12.5%）、乙市（9.1%）): the subject of that figure, whatever
 * governs the place
 */
static int
figure_in_brackets(const PdMetricWork *w, int end)
{
	return end + 1 < w->n &&
		(w->cp[end] == CP_FW_LPAREN || w->cp[end] == '(') &&
		is_adigit(w->cp[end + 1]);
}

/*
 * list_item - is [i, end) an item of a list of places (甲园区、乙园区和丙园区4个园区)?
 * Named in passing, no item is what a later 园区 means.
 */
static int
list_item(const PdMetricWork *w, int i, int end)
{
	return (i > 0 && place_gap(w, i - 1, i)) ||
		(i > 1 && place_gap(w, i - 2, i)) ||
		(end + 1 < w->n && place_gap(w, end, end + 1)) ||
		(end + 2 < w->n && place_gap(w, end, end + 2));
}

/* a list item follows: 武进区、天宁区 or 武进等 */
static int
list_follows(const PdMetricWork *w, int end)
{
	return end < w->n && (w->cp[end] == CP_IDEOGRAPHIC_COMMA ||
						  w->cp[end] == CP_DENG);
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t		l = strlen(s),
				m = strlen(suffix);

	return l >= m && strcmp(s + l - m, suffix) == 0;
}

/* the register of places of e's level: 0 province, 1 prefecture, 2 county, 3 park */
static int
level_of(const PdGazEntry *e)
{
	switch (e->kind)
	{
		case PD_GAZ_PROVINCE:
			return 0;
		case PD_GAZ_PREFECTURE:
			return 1;
		case PD_GAZ_COUNTY:
			return 2;
		case PD_GAZ_PARK:
			return 3;
		default:
			return -1;
	}
}

/* the place of a level named last as a subject, else named at all */
static const PdGazEntry *
named(const PdMetricWork *w, int level)
{
	return w->last[level] ? w->last[level] : w->seen_at[level];
}

static const PdGazEntry *
resolve_anaphor(PdMetricWork *w, int what)
{
	const PdGazEntry *c = named(w, 2),
			   *park = named(w, 3);

	switch (what)
	{
		case PA_PARK:
			return park ? park : c;
		case PA_HITECH:
		case PA_ETDZ:
			/* 高新区: the high-tech zone named last, else as 园区 */
			if (park_of_kind(w, what))
				return park_of_kind(w, what);
			return park ? park : c;
		case PA_FTZ:
		case PA_NEW_AREA:
			return park_of_kind(w, what);
		case PA_DISTRICT:
			if (c && ends_with(c->canonical, "区"))
				return c;
			/* 全区 in an autonomous region's news (柳州… ；全区轿车产量) */
			if (!park && named(w, 0) && ends_with(named(w, 0)->canonical, "自治区"))
				return named(w, 0);
			return park ? park : c;
		case PA_ORG:
			return w->last_org;
		case PA_CITY:
			if (c && ends_with(c->canonical, "市"))
				return c;
			if (named(w, 1))
				return named(w, 1);
			return c ? c : doc_region(w, 1);
		case PA_COUNTY:
			return c;
		case PA_PROVINCE:
			return named(w, 0) ? named(w, 0) : doc_region(w, 0);
		case PA_TAIWAN:
			return traditional_doc(w) ? pd_gaz_taiwan : NULL;
		case PA_TAIWAN_SHARED:
			return traditional_doc(w) && !doc_has(w, "人民幣") &&
				!doc_has(w, "人民币") ? pd_gaz_taiwan : NULL;
		case PA_HK:
			return pd_gaz_hk;
		case PA_MACAU:
			return pd_gaz_macau;
		default:
			return w->topic;
	}
}

/* is place a inside place b (by region code: 320481 is in 320400 and 320000)? */
static int
inside(const PdGazEntry *a, const PdGazEntry *b)
{
	size_t		n;

	if (!a->code || !b->code || strlen(a->code) != 6 || strlen(b->code) != 6)
		return 0;
	/* 台中市, 彰化县: places no row holds share their region's code */
	if (a->kind <= PD_GAZ_COUNTY && strcmp(a->code, b->code) == 0 &&
		strcmp(a->canonical, b->canonical) != 0)
		return 0;
	if (b->kind == PD_GAZ_PROVINCE)
		n = 2;
	else if (b->kind == PD_GAZ_PREFECTURE)
		n = 4;
	else
		return 0;
	return strncmp(a->code, b->code, n) == 0;
}

static int
seen_code(const PdMetricWork *w, const char *code)
{
	int			k;

	if (!code)
		return 0;
	for (k = 0; k < SEEN_CODES && k < w->nseen; k++)
		if (w->seen[k] == code ||
			(w->seen[k] && w->seen[k][0] == code[0] && strcmp(w->seen[k], code) == 0))
			return 1;
	return 0;
}

/* remember the region codes the document named in full (a small ring) */
static void
note_seen(PdMetricWork *w, const char *code)
{

	if (!code || seen_code(w, code))
		return;
	w->seen[w->nseen++ % SEEN_CODES] = code;
}


/*
 * note_entry - a place named as a subject: the register of its level, and
 * the document's topic, which a wider place named later does not replace
 * when the topic lies inside it (a county's report naming its city), nor a
 * part of it named after 其中 or 分地区看 (breakdown)
 */
static void
note_entry(PdMetricWork *w, const PdGazEntry *e, int breakdown)
{
	int			lv = level_of(e);

	if (lv < 0)
	{
		w->last_org = e;
		return;
	}
	/*
	 * 其中舟山市…: a part of the topic is the subject of its figures only,
	 * and no antecedent of 园区 or 该市 after (分园区看…南科…。园区就业人数)
	 */
	if (breakdown && w->topic && inside(e, w->topic))
		return;
	/*
	 * 成都高新区…成都高新综合保税区进出口居首: a customs area of the topic
	 * park's region lies in that park, a part named in passing
	 */
	if ((e->flags & PD_GAZ_AREA) && w->topic && w->topic->kind == PD_GAZ_PARK &&
		w->topic->code && e->code && strcmp(w->topic->code, e->code) == 0)
		return;
	/* 巴中经济开发区驷马园: a part of a park in the topic's region, likewise */
	if ((e->flags & PD_GAZ_PART) && w->topic && w->topic->code && e->code &&
		strcmp(w->topic->code, e->code) == 0)
		return;
	/*
	 * 东部地区, 长株潭地区: a macro-region (no code) is the subject of its own
	 * sentence's figures only (分区域看，东部地区…；中部地区…), never the topic
	 */
	if (!e->code)
		return;
	note_park(w, e);
	w->last[lv] = e;
	w->seen_at[lv] = e;
	if (!w->topic || !inside(w->topic, e))
		w->topic = e;
}

/* note_passing - a place named in passing: anaphora may still mean it */
static void
note_passing(PdMetricWork *w, const PdGazEntry *e)
{
	int			lv = e ? level_of(e) : -1;

	if (lv >= 0)
		w->seen_at[lv] = e;
}

static void
add_mention(PdMetricWork *w, int start, int end, const PdGazEntry *e, int ok)
{
	Mention    *m;

	if (w->nmentions >= MAX_MENTIONS)
		return;
	m = &w->mentions[w->nmentions++];
	m->start = start;
	m->end = end;
	m->entry = e;
	m->subject_ok = ok;
	m->origin = 0;
	m->topic = w->topic;
}

/* where the name of a company whose legal form starts at i begins */
static int
company_name_start(const PdMetricWork *w, int i)
{
	int			a;

	for (a = i; a > 0 && i - a < 20; a--)
		if (is_clause_punct(w->cp[a - 1]) || (w->fl[a - 1] & F_TITLE) ||
			table_before(w, a, PL_NAME_BOUNDS))
			break;
	return a;
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
	int			l = table_at(w, i, PL_COMPANY_FORMS, NULL),
				a,
				b,
				k;
	PdGazEntry *e;
	char	   *nm;
	size_t		bytes;

	if (!l)
		return 0;
	a = company_name_start(w, i);
	b = i;
	k = table_before(w, b, PL_COMPANY_TRIM);
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
	e->kind = PD_GAZ_ORG;
	e->flags = 0;
	w->last_org = e;
	add_mention(w, a, i + l, e,
				mention_subject_ok(w, a) && !list_follows(w, i + l));
	return l;
}

/* an anaphor at i (我区, 园区 ...): its length, *e and *what set */
static int
anaphor_at(PdMetricWork *w, int i, const PdGazEntry **e, int *what)
{
	size_t		a = 0;
	int			l = table_at(w, i, PL_S_ANAPHORA, &a);

	/* 资本市场, 全市场: a word read across, no 本市 or 全市 */
	if (!l || table_at(w, i + l - 1, PL_ANAPHOR_CROSS, NULL))
		return 0;
	/* 大园区作用: an ordinary noun, not 园区 the subject */
	if (pd_anaphora[a].generic && i > 0 &&
		!is_clause_punct(w->cp[i - 1]) && !is_space(w->cp[i - 1]) &&
		!table_before(w, i, PL_ANAPHOR_LEAD))
	{
		/* 中国自贸试验区, 21个自贸试验区: the kind in general from here on */
		if (table_before(w, i, PL_GENERIC_BEFORE))
			forget_kind(w, pd_anaphora[a].what);
		return 0;
	}
	*e = resolve_anaphor(w, pd_anaphora[a].what);
	*what = pd_anaphora[a].what;
	/* 开发区: the park last named that is one, before any other park */
	if (*what == PA_PARK && park_named_with(w, pd_anaphora[a].word))
		*e = park_named_with(w, pd_anaphora[a].word);
	/* 大陆财政部: the mainland's ministry, no place */
	if (*what == PA_TAIWAN_SHARED && table_before(w, i, PL_MAINLAND_MARKS))
		*e = NULL;
	return l;
}

/* may a character of class k stand in a numeral beside a digit? */
static int
numeral_part(PdNumClass k)
{
	return k == PD_NC_DIGIT || k == PD_NC_ADIGIT || k == PD_NC_UNIT ||
		k == PD_NC_MYRIAD || k == PD_NC_TENS || k == PD_NC_POINT_CN;
}

/*
 * in_numeral - are the characters [i, i + l) Chinese digits with a digit,
 * 点 or a scale word right before or after them (二七 of 二七七点三亿元)?
 */
static int
in_numeral(const PdMetricWork *w, int i, int l)
{
	int			k;

	for (k = i; k < i + l; k++)
		if (!is_cdigit(w->cp[k]))
			return 0;
	return (i > 0 && numeral_part(wcls(w, i - 1))) ||
		(i + l < w->n && numeral_part(wcls(w, i + l)));
}

/* a gazetteer name at i that is really a place here: its length, *e set */
static int
place_at(PdMetricWork *w, int i, const PdGazEntry **e)
{
	int			l = gaz_match(w, i, e);

	/* 上海交通大学, 晨风路: part of another name */
	if (l && table_at(w, i + l, PL_MENTION_BLOCKERS, NULL))
		l = 0;
	/* 中国地质大学（武汉）: the campus of the organisation named before */
	if (l && i > 1 && (w->cp[i - 1] == CP_FW_LPAREN || w->cp[i - 1] == '(') &&
		table_before(w, i - 1, PL_MENTION_BLOCKERS))
		l = 0;
	/* 二七七點三億元: a short name written in digits (二七区) inside a numeral */
	if (l && in_numeral(w, i, l))
		l = 0;
	/*
	 * 台中園區, 屏東園區: the part of a science park named by Taiwan's city,
	 * not the city
	 */
	if (l && ((*e)->flags & PD_GAZ_SHORT) && pd_gaz_taiwan &&
		(*e)->code && strcmp((*e)->code, pd_gaz_taiwan->code) == 0 &&
		(*e)->kind == PD_GAZ_COUNTY && table_at(w, i + l, PL_PARK_HEADS, NULL))
		l = 0;
	if (l)
	{
		int			kl = zone_short_at(w, i, l, e);

		if (!kl)
			kl = zone_at(w, i, l, e);
		if (!kl)
			kl = foreign_park_at(w, i, l, e);
		if (kl)
			return l + kl + sub_park_at(w, i, l + kl, e);
		/* 滨海新区 after 绍兴滨海新区: the zone named so before */
		zone_of_short(w, e);
	}

	/*
	 * A two-character short name of a county (新平 in 创新平台) only at a
	 * word boundary we can see: after punctuation, at the start, or after a
	 * preposition, or once the document named it in full.
	 */
	if (l == 2 && (*e)->kind == PD_GAZ_COUNTY && i > 0 &&
		w->cp[i - 1] >= CP_CJK_FIRST && mention_subject_ok(w, i) &&
		!(w->nmentions > 0 && w->mentions[w->nmentions - 1].end == i) &&
		!seen_code(w, (*e)->code))
		l = 0;
	/* 市委、市政府和县委: 和县 read across a word (县委) is no place */
	if (l == 2 && (*e)->kind == PD_GAZ_COUNTY && i > 0 &&
		w->cp[i - 1] >= CP_CJK_FIRST && table_at(w, i + l, PL_ORGAN_WORDS, NULL))
		l = 0;
	if (l && !((*e)->flags & PD_GAZ_SHORT))
		note_seen(w, (*e)->code);
	/* 临泉工业园区: a park named by its region, as written */
	if (l)
		l += park_written_at(w, i, l, e);
	/* 兰州新区氢能产业园: a part of the park */
	if (l)
		l += sub_park_at(w, i, l, e);
	return l;
}

/*
 * record a place or anaphor mention [i, i + l) and update the document state;
 * after a word naming trade partners (接单地区, 以地区别观察) a place is one:
 * no subject, no topic, not distributed by 分别
 */
static void
note_mention(PdMetricWork *w, int i, int l, const PdGazEntry *e, int anaphor,
			 int breakdown, int partners)
{
	int			ok = e && (mention_subject_ok(w, i) || item_with_figure(w, i, l) ||
						   figure_in_brackets(w, i + l)) &&
		(e->kind != PD_GAZ_ORG || anaphor == PA_ORG) && !list_follows(w, i + l) &&
		!compared_base(w, i, i + l) &&
		!(i + l < w->n && w->cp[i + l] == CP_WEI);	/* 如皋市委: an organ */

	if (partners && !anaphor && e)
	{
		/* a partner is no antecedent, nor a place of last resort */
		add_mention(w, i, i + l, e, 0);
		w->mentions[w->nmentions - 1].origin = 1;
		return;
	}
	/* 位于清远高新区百慕科创园: the inner name shares the outer's role */
	if (w->nmentions > 0 && w->mentions[w->nmentions - 1].end == i)
		ok = ok && w->mentions[w->nmentions - 1].subject_ok;
	/*
	 * 东部地区…30亿元以上、中西部地区15亿元以上的企业: macro-regions listed
	 * with thresholds are conditions of one noun, neither is a subject
	 */
	if (e && !e->code && e->kind == PD_GAZ_PROVINCE && i > 2 &&
		w->cp[i - 1] == CP_IDEOGRAPHIC_COMMA && w->cp[i - 3] == 0x4EE5 /* 以 */ &&
		(w->cp[i - 2] == 0x4E0A /* 上 */ || w->cp[i - 2] == 0x4E0B /* 下 */ ))
	{
		int			m;

		ok = 0;
		for (m = w->nmentions - 1; m >= 0; m--)
			if (w->mentions[m].entry && !w->mentions[m].entry->code &&
				w->mentions[m].entry->kind == PD_GAZ_PROVINCE)
			{
				w->mentions[m].subject_ok = 0;
				break;
			}
	}
	if (e && ok && figure_in_brackets(w, i + l))
	{
		/*
		 * 广东（69.27亿元）、北京（56.61亿元）: a place with its own figure
		 * in brackets is an item listed, the subject of that figure only:
		 * neither the topic nor an antecedent
		 */
	}
	else if (e && (ok || e->kind == PD_GAZ_ORG))
	{
		note_entry(w, e, breakdown);
		/* 柳州…；全区轿车产量: the whole province is the topic again */
		if (ok && anaphor && e->kind == PD_GAZ_PROVINCE && w->topic &&
			inside(w->topic, e))
			w->topic = e;
	}
	else if (!anaphor && !list_item(w, i, i + l))
		note_passing(w, e);
	add_mention(w, i, i + l, e, ok);
}

/* the region a zone named by region and kind (如皋高新区) is named by, or NULL */
static const PdGazEntry *
zone_region(const PdMetricWork *w, const PdGazEntry *e)
{
	if (e >= w->zone && e < w->zone + ZONES)
		return w->zone_region[e - w->zone];
	return NULL;
}

/*
 * sibling_parts - does the sentence name, as subjects, two places or more of
 * one level inside topic (竹科…；中科…；南科…), or, with no topic yet, zones
 * named by region and kind (玉林高新区…，玉林经济技术开发区…)?  Then they are
 * parts of the topic, which stays the document's (or becomes the first
 * zone's region).
 */
static int
sibling_parts(const PdMetricWork *w, const PdGazEntry *topic)
{
	const PdGazEntry *first = NULL;
	int			m;

	for (m = 0; m < w->nmentions; m++)
	{
		const PdGazEntry *e = w->mentions[m].entry;

		if (!e || !w->mentions[m].subject_ok || level_of(e) < 0 ||
			!(topic ? inside(e, topic) : zone_region(w, e) != NULL))
			continue;
		if (!first)
			first = e;
		else if (level_of(e) == level_of(first) &&
				 strcmp(e->canonical, first->canonical) != 0)
			return 1;
	}
	return 0;
}

static inline int
pair_in(int t1, int t2, const PdMetricWork *w, int i)
{
	return cf_has(w, i, t1) && i + 1 < w->n && cf_has(w, i + 1, t2);
}


_Static_assert(FC_GAZ << 1 == FC_GAZ2 && FC_ANAPHOR << 5 == FC_ANAPHOR2, "pair flags");

/*
 * mention_may_start - can scan_mentions find anything at i: a company form
 * or a breakdown word's first character, or the first two characters of a
 * gazetteer name or an anaphor (pair_in)?  Without branches: nearly every
 * Han character begins some name, so a test per flag mispredicts often.
 */
static inline int
mention_may_start(const PdMetricWork *w, int i)
{
	unsigned	c = w->cf[i],
				next = i + 1 < w->n ? w->cf[i + 1] : 0;

	return ((c & (FC_COMPANY | FC_BREAKDOWN)) |
			((c << 1) & next & FC_GAZ2) |
			((c << 5) & next & FC_ANAPHOR2)) != 0;
}

/*
 * scan_mentions - places, parks, companies and anaphora in the sentence
 *
 * Updates the document state as it goes, so an anaphor resolves to what was
 * named before it, and remembers the topic after each mention.
 */
void
scan_mentions(PdMetricWork *w)
{
	int			i,
				breakdown = 0,
				partners = 0;
	const PdGazEntry *topic = w->topic;

	memcpy(w->seen0, w->seen_at, sizeof(w->seen0));
	w->nmentions = 0;
	for (i = 0; i < w->n; i++)
	{
		const PdGazEntry *e = NULL;
		int			l = 0,
					anaphor = 0,
					cl;

		if (!mention_may_start(w, i) || (w->fl[i] & F_TITLE))
			continue;
		if (!breakdown && cf_has(w, i, FC_BREAKDOWN) &&
			table_at(w, i, PL_BREAKDOWN, NULL))
			breakdown = 1;
		if (!partners && cf_has(w, i, FC_BREAKDOWN) &&
			table_at(w, i, PL_PARTNER_WORDS, NULL))
			partners = 1;
		if (cf_has(w, i, FC_COMPANY) && (cl = company_at(w, i)) > 0)
		{
			i += cl - 1;
			continue;
		}
		if (pair_in(FC_GAZ, FC_GAZ2, w, i))
			l = place_at(w, i, &e);
		else if (!pair_in(FC_ANAPHOR, FC_ANAPHOR2, w, i))
			continue;
		/*
		 * 人民网南宁11月25日电: a dateline's place is no mention, nor one in
		 * an aside on the place named before it (乌鲁木齐经开区（头屯河区）)
		 */
		if (l > 0 && (dateline_after(w, i + l) || aside_of_mention(w, i)))
		{
			i += l - 1;
			continue;
		}
		if (l == 0)
			l = anaphor_at(w, i, &e, &anaphor);
		if (l == 0)
			continue;
		if (!(w->fl[i] & F_QUOTE))
		{
			note_mention(w, i, l, e, anaphor, breakdown, partners);
			if (!anaphor && origin_after(w, i + l))
				unmark_origins(w, topic);
		}
		i += l - 1;
	}
	zone_lists(w, topic);
	if (w->topic != topic && sibling_parts(w, topic))
		w->topic = topic ? topic : zone_region(w, w->topic);
}
