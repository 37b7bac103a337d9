/*-------------------------------------------------------------------------
 *
 * pd_words.h
 *	  The segmenter's general word list: every word with its cost, stored as
 *	  a double-array trie over character codes (no PostgreSQL headers).
 *
 * The list is built once (at build time, by src/tools/gen_words.c) into an
 * image, a block of bytes that every backend maps read-only; a word list is
 * opened on such an image and never changes.  Looking up every word that
 * starts at a position costs one array access per character: no hashing,
 * no string comparison.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_words.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_WORDS_H
#define PD_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "pd_alloc.h"

/* longest word in characters; longer words are not taken */
#define PD_WORDS_MAX_CHARS	64

/* word costs: -ln(probability) in thousandths, at most PD_COST_MAX */
#define PD_COST_SCALE	1000
#define PD_COST_MAX		32767

/* what the builder returns on allocation failure */
#define PD_WORDS_NOMEM	(-1)

typedef struct PdWords PdWords;
typedef struct PdWordsBuilder PdWordsBuilder;

/*
 * pd_words_builder_create - an empty builder whose memory comes from
 * *alloc (copied).  NULL if out of memory.
 */
extern PdWordsBuilder *pd_words_builder_create(const PdAllocator *alloc);

/*
 * pd_words_builder_add - add a word (UTF-8, as it will be looked up: the
 * caller folds it first, see pd_fold.h) with its cost (-ln(probability) in
 * thousandths, capped at PD_COST_MAX).  Returns 1 if taken, 0 if ignored
 * (empty, longer than PD_WORDS_MAX_CHARS characters, with a character
 * beyond the BMP or an invalid byte), PD_WORDS_NOMEM on allocation failure.
 * A word added again (as 著名 and 着名 are once folded) is one word whose
 * probabilities are added (pd_words_cost_sum).
 */
extern int	pd_words_builder_add(PdWordsBuilder *b, const char *word, size_t len,
								 uint32_t cost);

/* pd_words_cost_sum - the cost of a word seen with costs a and b */
extern uint32_t pd_words_cost_sum(uint32_t a, uint32_t b);

/*
 * pd_words_builder_finish - the image of every word added, allocated with
 * the builder's allocator (the caller frees it); its size in *size.  NULL
 * if out of memory or the trie outgrows its 24-bit cell indexes.
 */
extern void *pd_words_builder_finish(PdWordsBuilder *b, size_t *size);

/* pd_words_builder_destroy - free the builder (not a finished image) */
extern void pd_words_builder_destroy(PdWordsBuilder *b);

/*
 * pd_words_open - a word list over image img[0..size) (which must outlive
 * it: a memory-mapped file is shared by every process).  NULL if the block
 * is not a valid image or out of memory.  The image is in the byte order
 * of the machine that built it.
 */
extern PdWords *pd_words_open(const PdAllocator *alloc, const void *img, size_t size);

/* pd_words_close - free the word list (not the image) */
extern void pd_words_close(PdWords *w);

/* pd_words_count - number of distinct words */
extern size_t pd_words_count(const PdWords *w);

/* pd_words_max_cost - the highest cost of any word (0 if none) */
extern uint32_t pd_words_max_cost(const PdWords *w);

/*
 * pd_words_matches - every word that starts at s[0..len) (folded text):
 * its byte length in ends[] and its cost in costs[], shortest first, at most
 * maxout of them.  Returns how many were written.
 */
extern int	pd_words_matches(const PdWords *w, const char *s, size_t len,
							 size_t *ends, uint32_t *costs, int maxout);

/* pd_words_code - a character's code in the list (0: in no word) */
extern uint16_t pd_words_code(const PdWords *w, uint32_t c);

/*
 * pd_words_walk - every word that starts with the characters of codes
 * code[0..n) (from pd_words_code, over text decoded once): its length in
 * characters in lens[] and its cost in costs[], shortest first, at most
 * maxout of them.  Returns how many were written.
 */
extern int	pd_words_walk(const PdWords *w, const uint16_t *code, size_t n,
						  uint8_t *lens, uint32_t *costs, int maxout);

/*
 * pd_words_prefetch - start fetching the trie cell that a walk over
 * code[0..n) reaches with its second character (the first is nearly always
 * in the cache), so that a caller about to walk from several positions
 * overlaps their waits for memory
 */
extern void pd_words_prefetch(const PdWords *w, const uint16_t *code, size_t n);

/* pd_words_longest - byte length of the longest word at s, 0 if none */
extern size_t pd_words_longest(const PdWords *w, const char *s, size_t len);

#endif							/* PD_WORDS_H */
