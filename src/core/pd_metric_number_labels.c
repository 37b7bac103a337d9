/*-------------------------------------------------------------------------
 *
 * pd_metric_number_labels.c
 *	  Numbers that label a thing rather than measure it: a version (前瞻
 *	  基礎建設計畫2.0, 鑫源4.0), a specification inside the name of a product
 *	  or project of a list (10吉瓦拉棒、4万吨电解铜箔等N个项目), 一度 (once,
 *	  一度達到4.26兆元) and 两人 before a verb of saying (兩人指出).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_number_labels.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

#define CP_DIAN4		0x7535	/* 电 */
#define SPEC_WINDOW		40		/* characters looked ahead for 等 */

/* Han characters that may follow a measure (4万吨的, 10吨以上, 5吨左右, 3吨至) */
static const char measure_followers[] =
	"的以左上下等和及与或至到之每余多、";

static int
is_han_char(uint32_t c)
{
	return c >= CP_CJK_FIRST && c <= 0x9FFF;
}

/* does the Han character c follow a measure in running text? */
static int
measure_follower(uint32_t c)
{
	char		u[5] = {0};

	pd_utf8_put(c, u);
	return strstr(measure_followers, u) != NULL;
}

/*
 * name_spec - is the number ending at e a specification inside a name: a
 * noun follows it at once (10吉瓦拉棒, 12000米海洋钻机, 3.5微米铜箔) and the
 * list it stands in closes with 等 (…等57个重点项目, …等一批产品) in the
 * same clause, items after 、 included?
 */
int
name_spec(const PdMetricWork *w, int e)
{
	int			k;

	if (e >= w->n || !is_han_char(w->cp[e]) || measure_follower(w->cp[e]))
		return 0;
	for (k = e + 1; k < w->n && k - e <= SPEC_WINDOW; k++)
	{
		if (w->cp[k] == CP_DENG)
			return 1;
		if (clause_break(w, k) && w->cp[k] != CP_IDEOGRAPHIC_COMMA)
			return 0;
	}
	return 0;
}

/*
 * version_label - is the bare number of c a version, one digit, a point and
 * a zero (計畫2.0, 前瞻1.0編列, 鑫源4.0高端摩托车), not in a list of figures
 * and with no kind word before it in its clause (开放共赢指数年均提高1.0 is
 * an index's change)?
 */
int
version_label(const PdMetricWork *w, const Candidate *c)
{
	int			a = c->nstart,
				at = 0;
	uint32_t	p,
				z;

	if (c->nend - a != 3 || !is_adigit(w->cp[a]))
		return 0;
	p = w->cp[a + 1];
	z = w->cp[a + 2];
	if ((p != '.' && p != CP_FW_POINT) || (z != '0' && z != CP_FW_ZERO))
		return 0;
	/* not an item of a list of figures (高8.2、8.0和7.5个百分点) */
	if ((a > 0 && w->cp[a - 1] == CP_IDEOGRAPHIC_COMMA) ||
		(c->nend < w->n && (w->cp[c->nend] == CP_IDEOGRAPHIC_COMMA ||
							table_at(w, c->nend, PL_LIST_MARKS, NULL))))
		return 0;
	return find_kind(w, c->start, 0, &at) == 0;
}

/*
 * once_adverb - is 一度 (二度, 三度, 兩度) at the numeral of c an adverb,
 * once or a second time (在2022年一度達到4.26兆元, 二度超過七百億美元),
 * not kilowatt-hours (一度电): one Chinese digit, and a Han character other
 * than 电 or 的 after it
 */
int
once_adverb(const PdMetricWork *w, const Candidate *c, int k, int l)
{
	int			v;

	if (!(c->unit->flags & PU_DEGREE) || c->nend - c->nstart != 1 ||
		!is_cdigit(w->cp[c->nstart]) ||
		pd_numeral_class(w->cp[c->nstart], &v) != PD_NC_DIGIT ||
		c->start != c->nstart || k + l >= w->n)
		return 0;
	return is_han_char(w->cp[k + l]) && w->cp[k + l] != CP_DIAN4 &&
		w->cp[k + l] != CP_DE;
}

/*
 * named_people - is 两人 or 三人 at c the people named before it (楊、劉
 * 兩人指出): one Chinese digit, 人, and a verb of saying after it
 */
int
named_people(const PdMetricWork *w, const Candidate *c, int k, int l)
{
	int			v;

	if (c->nend - c->nstart != 1 || !is_cdigit(w->cp[c->nstart]) ||
		pd_numeral_class(w->cp[c->nstart], &v) != PD_NC_DIGIT ||
		w->cp[k] != 0x4EBA /* 人 */ || l != 1)
		return 0;
	return table_at(w, k + l, PL_SPEECH_VERBS, NULL) != 0;
}
