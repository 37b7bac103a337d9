/*-------------------------------------------------------------------------
 *
 * pd_metric_lists.c
 *	  The keyword tables of the metric extractor (pd_metric_data.h),
 *	  exported as arrays and as word lists indexed by PdList.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_lists.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"
#include "pd_metric_data.h"

const size_t pd_n_unit_words = NELEM(pd_unit_words);
const size_t pd_n_qual_before = NELEM(pd_qual_before);
const size_t pd_n_qual_between = NELEM(pd_qual_between);
const size_t pd_n_qual_after = NELEM(pd_qual_after);
const size_t pd_n_kind_words = NELEM(pd_kind_words);
const size_t pd_n_period_words = NELEM(pd_period_words);
const size_t pd_n_anaphora = NELEM(pd_anaphora);

/* 百分之五十 and 千分之三 take these units */
const PdUnitWord *pd_unit_percent = &pd_unit_words[2];
const PdUnitWord *pd_unit_permille = &pd_unit_words[4];
static const PdUnitWord pd_unit_count_word = {"个", "个", 0};
const PdUnitWord *pd_unit_count = &pd_unit_count_word;
static const PdUnitWord pd_unit_month_word = {"个月", "月", PU_SPAN};
const PdUnitWord *pd_unit_month = &pd_unit_month_word;
static const PdUnitWord pd_unit_day_word = {"日", "天", PU_SPAN};
const PdUnitWord *pd_unit_day = &pd_unit_day_word;

#define LIST(a)			{a, NELEM(a), NULL}
#define TAGGED(a)		{a, NELEM(a), a##_tags}

/* a tag array must have one tag per word */
#define SAME_LENGTH(a)	_Static_assert(NELEM(a) == NELEM(a##_tags), #a "_tags")
SAME_LENGTH(pd_period_openers);
SAME_LENGTH(pd_span_openers);
SAME_LENGTH(pd_plan_tail);
SAME_LENGTH(pd_year_tail);
SAME_LENGTH(pd_target_words);
SAME_LENGTH(pd_target_masks);
SAME_LENGTH(pd_park_marks);
SAME_LENGTH(pd_zone_shorts);
SAME_LENGTH(pd_place_count_nouns);
_Static_assert(NELEM(pd_park_kinds) == NELEM(pd_park_kind_full), "pd_park_kind_full");

const char *const *pd_park_kind_full_names = pd_park_kind_full;
_Static_assert(NELEM(pd_park_written) == NELEM(pd_park_written_full), "pd_park_written_full");
SAME_LENGTH(pd_park_written);
const char *const *pd_park_written_full_names = pd_park_written_full;
const char *const *pd_zone_short_full_names = pd_zone_short_full;
_Static_assert(NELEM(pd_zone_shorts) == NELEM(pd_zone_short_full), "pd_zone_short_full");
_Static_assert(NELEM(pd_currency_before) == NELEM(pd_currency_before_unit), "pd_currency_before_unit");
const char *const *pd_currency_before_units = pd_currency_before_unit;

const PdWordList pd_lists[PL_COUNT] = {
	[PL_UNIT_BLOCKERS] = LIST(pd_unit_blockers),
	[PL_EXCL_BEFORE] = LIST(pd_excl_before),
	[PL_CODE_WORDS] = LIST(pd_code_words),
	[PL_PERIOD_OPENERS] = TAGGED(pd_period_openers),
	[PL_TO_VERBS] = LIST(pd_to_verbs),
	[PL_SPAN_OPENERS] = TAGGED(pd_span_openers),
	[PL_SPAN_BEFORE] = LIST(pd_span_before),
	[PL_PLAN_TAIL] = TAGGED(pd_plan_tail),
	[PL_YEAR_TAIL] = TAGGED(pd_year_tail),
	[PL_MONTH_PARTS] = LIST(pd_month_parts),
	[PL_PLAN_NOUNS] = LIST(pd_plan_nouns),
	[PL_BASE_WORDS] = LIST(pd_base_words),
	[PL_BASE_AFTER] = LIST(pd_base_after),
	[PL_COMPARE_LEADS] = LIST(pd_compare_leads),
	[PL_SCORE_TAILS] = LIST(pd_score_tails),
	[PL_FORECAST_VERBS] = LIST(pd_forecast_verbs),
	[PL_FISCAL_TAILS] = LIST(pd_fiscal_tails),
	[PL_SAME_YEAR] = LIST(pd_same_year),
	[PL_MONTH_ENDS] = LIST(pd_month_ends),
	[PL_FISCAL_CURRENT] = LIST(pd_fiscal_current),
	[PL_BUDGET_BILLS] = LIST(pd_budget_bills),
	[PL_PLAN_ADDRESSES] = LIST(pd_plan_addresses),
	[PL_BUDGET_BREAKDOWNS] = LIST(pd_budget_breakdowns),
	[PL_FORECAST_NOUNS] = LIST(pd_forecast_nouns),
	[PL_FORMER_LEVELS] = LIST(pd_former_levels),
	[PL_CUMULATIVE] = LIST(pd_cumulative),
	[PL_PERIOD_END] = LIST(pd_period_end),
	[PL_PRESENT] = LIST(pd_present),
	[PL_SINCE_OPENERS] = LIST(pd_since_openers),
	[PL_EVENT_VERBS] = LIST(pd_event_verbs),
	[PL_RUNNING] = LIST(pd_running),
	[PL_DURATION_BEFORE] = LIST(pd_duration_before),
	[PL_DURATION_AFTER] = LIST(pd_duration_after),
	[PL_ROC_BEFORE] = LIST(pd_roc_before),
	[PL_TARGET_WORDS] = TAGGED(pd_target_words),
	[PL_TARGET_MASKS] = TAGGED(pd_target_masks),
	[PL_PLAN_NOUN_AFTER] = LIST(pd_plan_noun_after),
	[PL_BA_VERBS] = LIST(pd_ba_verbs),
	[PL_EFFECT_VERBS] = LIST(pd_effect_verbs),
	[PL_RECORD_AFTER] = LIST(pd_record_after),
	[PL_ANNUAL] = LIST(pd_annual),
	[PL_EVERY_YEAR] = LIST(pd_every_year),
	[PL_ANAPHOR_LEAD] = LIST(pd_anaphor_lead),
	[PL_RESTATE_LEAD] = LIST(pd_restate_lead),
	[PL_GOVERNORS] = LIST(pd_governors),
	[PL_DATELINE] = LIST(pd_dateline),
	[PL_BREAKDOWN] = LIST(pd_breakdown),
	[PL_ORIGIN_NOUNS] = LIST(pd_origin_nouns),
	[PL_PARTNER_WORDS] = LIST(pd_partner_words),
	[PL_ZONE_COUNTERS] = LIST(pd_zone_counters),
	[PL_ZONE_LEVELS] = LIST(pd_zone_levels),
	[PL_ZONE_NOUNS] = LIST(pd_zone_nouns),
	[PL_PARK_MARKS] = TAGGED(pd_park_marks),
	[PL_ZONE_SHORTS] = TAGGED(pd_zone_shorts),
	[PL_GENERIC_BEFORE] = LIST(pd_generic_before),
	[PL_ORGAN_WORDS] = LIST(pd_organ_words),
	[PL_MAINLAND_MARKS] = LIST(pd_mainland_marks),
	[PL_NATION_BRACKET] = LIST(pd_nation_before_bracket),
	[PL_ANAPHOR_CROSS] = LIST(pd_anaphor_cross),
	[PL_PLACE_COUNTS] = TAGGED(pd_place_count_nouns),
	[PL_PLACE_LIST_HEADS] = LIST(pd_place_list_heads),
	[PL_PARK_WRITTEN] = TAGGED(pd_park_written),
	[PL_NAME_BOUNDS] = LIST(pd_name_bounds),
	[PL_COMPANY_FORMS] = LIST(pd_company_forms),
	[PL_COMPANY_TRIM] = LIST(pd_company_trim),
	[PL_MENTION_BLOCKERS] = LIST(pd_mention_blockers),
	[PL_SHARE_CUT] = LIST(pd_share_cut),
	[PL_EVENT_NOUNS] = LIST(pd_event_nouns),
	[PL_IND_LEAD] = LIST(pd_ind_lead),
	[PL_IND_TRAIL] = LIST(pd_ind_trail),
	[PL_IND_VERBS] = LIST(pd_ind_verbs),
	[PL_IND_STOPS] = LIST(pd_ind_stops),
	[PL_IND_KEEP] = LIST(pd_ind_keep),
	[PL_SHARE_WORDS] = LIST(pd_share_words),
	[PL_IND_HEADS] = LIST(pd_ind_heads),
	[PL_IND_PREDICATES] = LIST(pd_ind_predicates),
	[PL_IND_ASIDES] = LIST(pd_ind_asides),
	[PL_ASIDE_ENDS] = LIST(pd_aside_ends),
	[PL_HELD_ADVERBS] = LIST(pd_held_adverbs),
	[PL_NAME_UNITS] = LIST(pd_name_units),
	[PL_RANK_WORDS] = LIST(pd_rank_words),
	[PL_CLASS_AFTER] = LIST(pd_class_after),
	[PL_SPAN_AFTER] = LIST(pd_span_after),
	[PL_CLASS_NOUNS] = LIST(pd_class_nouns),
	[PL_INDEX_WORDS] = LIST(pd_index_words),
	[PL_LIST_MARKS] = LIST(pd_list_marks),
	[PL_KIND_AFTER] = LIST(pd_kind_after),
	[PL_PARK_WORDS] = LIST(pd_park_words),
	[PL_PARK_HEADS] = LIST(pd_park_heads),
	[PL_PARK_BLOCKERS] = LIST(pd_park_blockers),
	[PL_PARK_KINDS] = LIST(pd_park_kinds),
	[PL_CURRENCY_BEFORE] = LIST(pd_currency_before),
	[PL_SAME_BELOW] = LIST(pd_same_below),
	[PL_TIMEFRAME_AFTER] = LIST(pd_timeframe_after),
	[PL_SPAN_VERBS] = LIST(pd_span_verbs),
	[PL_FLOW_BEFORE] = LIST(pd_flow_before),
	[PL_FLOW_AFTER] = LIST(pd_flow_after),
	[PL_KIND_AFTER_DOWN] = LIST(pd_kind_after_down),
	[PL_UNIT_UNBLOCKERS] = LIST(pd_unit_unblockers),
	[PL_BASE_NOUNS] = LIST(pd_base_nouns),
	[PL_COMPARE_OPEN] = LIST(pd_compare_open),
	[PL_COMPARE_CLOSE] = LIST(pd_compare_close),
	[PL_ESTIMATE_NOTES] = LIST(pd_estimate_notes),
	[PL_BASE_MARKS] = LIST(pd_base_marks),
	[PL_COMPAR_DOWN] = LIST(pd_compar_down),
	[PL_COMPAR_UP] = LIST(pd_compar_up),
	[PL_COMPAR_NOT] = LIST(pd_compar_not),
	[PL_COMPAR_MARKS] = LIST(pd_compar_marks),
	[PL_YIELD_WORDS] = LIST(pd_yield_words),
	[PL_DISTRIBUTORS] = LIST(pd_distributors),
	[PL_BETWEEN_STOPS] = LIST(pd_between_stops),
	[PL_PART_HEADS] = LIST(pd_part_heads),
	[PL_PART_NOT] = LIST(pd_part_not),
	[PL_CUT_VERBS] = LIST(pd_cut_verbs),
	[PL_NARROW_WORDS] = LIST(pd_narrow_words),
	[PL_FALLING_RATES] = LIST(pd_falling_rates),
	[PL_RISING_RATES] = LIST(pd_rising_rates),
	[PL_PART_OF_MARKS] = LIST(pd_part_of_marks),
	[PL_DRAG_VERBS] = LIST(pd_drag_verbs),
	[PL_ROC_YEAR_NOUNS] = LIST(pd_roc_year_nouns),
	[PL_ROC_FROM] = LIST(pd_roc_from),
	[PL_SPEECH_VERBS] = LIST(pd_speech_verbs),
	[PL_COUNT_NOUNS] = LIST(pd_count_nouns),
	[PL_LATIN_INDICATORS] = LIST(pd_latin_indicators),
};
