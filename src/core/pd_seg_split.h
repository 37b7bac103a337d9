/*-------------------------------------------------------------------------
 *
 * pd_seg_split.h
 *	  Number tokens cut under the split convention (parser
 *	  parkdata.icu_zh_split): 2009年 -> 2009 年, 16.7万 -> 16.7 万.  No
 *	  PostgreSQL headers.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_split.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_SEG_SPLIT_H
#define PD_SEG_SPLIT_H

#include <stddef.h>
#include <stdint.h>

/* most pieces one token is cut into; the rest stays in the last piece */
#define PD_SPLIT_MAX	16

/*
 * pd_seg_split_number - the pieces of number token w[0..len) (as written)
 * under convention S of test/data/seg/README.md: a number written with
 * Arabic digits apart from each scale word (16.7 万, 1 兆 5146 億, 1.56 万亿),
 * from its percent sign, date or time unit, 多/余 and currency (2009 年,
 * 46.3 %, 120 多), the ordinal 第 apart from its number (第 五), 百分之 apart
 * from its number, a hyphen between the numbers of a date apart (2024 - 09).
 * A number written in Han numerals stays one value (一万, 三千二百), and so
 * does a fraction in words (三分之一).  Writes (start, length) pairs in text
 * order, covering w exactly, into spans; returns how many (1: not cut).
 */
extern int	pd_seg_split_number(const char *w, size_t len, int32_t (*spans)[2], int max);

/*
 * pd_seg_split_word - the pieces of Han word w[0..len) under the same
 * convention: 第 apart from its number (第 五), 百分之 apart from its number
 * (百分之 十五); any other word is one piece.  Returns how many.
 */
extern int	pd_seg_split_word(const char *w, size_t len, int32_t (*spans)[2], int max);

#endif							/* PD_SEG_SPLIT_H */
