/*-------------------------------------------------------------------------
 *
 * gen_lexicon.c
 *	  Build tool: the image of the shipped lexicon rows (data/parkdata_lexicon.img).
 *
 *	  gen_lexicon INSTALL_SCRIPT WORD_LIST_IMAGE OUTPUT
 *
 * Reads the rows of parkdata.lexicon that the install script writes (the
 * built sql/parkdata--X.Y.sql, after @extschema@ became parkdata), as the
 * server would: the domain terms, the indicator synonyms (ON CONFLICT their
 * metric wins), then the region and park names of parkdata_post.sql with
 * its rules (short names not ambiguous, no white space, 2 to 64 characters,
 * a park's name before a region's, no conflict replaced).  The words the
 * segmenter keeps (all but source 'metric') are compiled like a backend
 * compiles them, the names derived from them added (with the word list and
 * ICU, as src/pd_lexicon.c does), and the lexicon written as an image with
 * the rows' count and hash sum, by which a backend tells whether the table
 * it reads still has these rows (else it compiles the table itself).
 *
 * The statements are recognised by their text: any other statement that
 * writes the lexicon, or a changed one, stops the build with a message
 * saying what to update here.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/tools/gen_lexicon.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uclean.h>
#include <unicode/uversion.h>

#include "pd_alloc_std.h"
#include "pd_seg_lexicon.h"
#include "pd_segment.h"
#include "pd_words.h"

#define MAXVALS		16
#define MAXARR		64

typedef struct Row
{
	char	   *word;
	const char *source;
	char	   *metric;
} Row;

static Row *rows;
static size_t nrows,
			caprows;

/* one value of a VALUES tuple */
typedef struct Val
{
	int			kind;			/* 'S' string, 'N' NULL, 'A' array, 'O' other */
	char	   *s;
	char	   *arr[MAXARR];
	int			narr;
} Val;

static _Noreturn void
die(const char *msg, const char *what)
{
	fprintf(stderr, "gen_lexicon: %s%s%s\n", msg, what ? ": " : "", what ? what : "");
	exit(1);
}

static void *
xalloc(void *arg, size_t size)
{
	void	   *p = malloc(size);

	(void) arg;
	if (!p)
		die("out of memory", NULL);
	return p;
}

static void
xfree(void *arg, void *p)
{
	(void) arg;
	free(p);
}

/* xstrndup - a malloc'd NUL-terminated copy of s[0..n) */
static char *
xstrndup(const char *s, size_t n)
{
	char	   *p = xalloc(NULL, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

#define xstrdup(s) xstrndup((s), strlen(s))

static Row *
find_row(const char *word)
{
	size_t		i;

	for (i = 0; i < nrows; i++)
		if (strcmp(rows[i].word, word) == 0)
			return &rows[i];
	return NULL;
}

/* add_row - INSERT; ON CONFLICT DO NOTHING unless update_metric */
static void
add_row(const char *word, const char *source, const char *metric, int update_metric)
{
	Row		   *r = find_row(word);

	if (r)
	{
		if (update_metric)
			r->metric = metric ? xstrdup(metric) : NULL;
		return;
	}
	if (nrows == caprows)
	{
		caprows = caprows ? caprows * 2 : 1024;
		rows = realloc(rows, caprows * sizeof(Row));
		if (!rows)
			die("out of memory", NULL);
	}
	rows[nrows].word = xstrdup(word);
	rows[nrows].source = source;
	rows[nrows].metric = metric ? xstrdup(metric) : NULL;
	nrows++;
}

/* skip_space - past white space and -- comments */
static const char *
skip_space(const char *p)
{
	for (;;)
	{
		while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
			p++;
		if (p[0] == '-' && p[1] == '-')
		{
			while (*p && *p != '\n')
				p++;
			continue;
		}
		return p;
	}
}

/* parse_string - a '...' literal at p ('' is a quote); *end past it */
static char *
parse_string(const char *p, const char **end)
{
	size_t		n = 0;
	char	   *out = malloc(4096);

	if (*p != '\'' || !out)
		die("string literal expected", NULL);
	p++;
	for (;;)
	{
		if (*p == '\0')
			die("unterminated string literal", NULL);
		if (*p == '\'' && p[1] == '\'')
		{
			out[n++] = '\'';
			p += 2;
			continue;
		}
		if (*p == '\'')
			break;
		if (n >= 4095)
			die("string literal too long", NULL);
		out[n++] = *p++;
	}
	out[n] = '\0';
	*end = p + 1;
	return out;
}

/* array_literal - split a text[] literal '{a,b}' (no quoted elements) */
static void
array_literal(Val *v)
{
	char	   *s = v->s,
			   *tok;
	size_t		n = strlen(s);

	if (n < 2 || s[0] != '{' || s[n - 1] != '}' || strchr(s, '"') || strchr(s, '\\'))
		die("unsupported array literal", s);
	s[n - 1] = '\0';
	v->narr = 0;
	for (tok = strtok(s + 1, ","); tok; tok = strtok(NULL, ","))
	{
		if (v->narr == MAXARR)
			die("array literal too long", NULL);
		v->arr[v->narr++] = tok;
	}
	v->kind = 'A';
}

/* parse_value - one value of a tuple at p; returns the position after it */
static const char *
parse_value(const char *p, Val *v)
{
	p = skip_space(p);
	memset(v, 0, sizeof(*v));
	if (*p == '\'')
	{
		v->kind = 'S';
		v->s = parse_string(p, &p);
		if (strncmp(p, "::text[]", 8) == 0)
		{
			array_literal(v);
			p += 8;
		}
		return p;
	}
	if (strncmp(p, "ARRAY[", 6) == 0)
	{
		v->kind = 'A';
		p += 6;
		while (*(p = skip_space(p)) != ']')
		{
			if (v->narr == MAXARR)
				die("ARRAY too long", NULL);
			v->arr[v->narr++] = parse_string(p, &p);
			p = skip_space(p);
			if (*p == ',')
				p++;
		}
		return p + 1;
	}
	if (strncmp(p, "NULL", 4) == 0)
	{
		v->kind = 'N';
		return p + 4;
	}
	/* numbers, true, false */
	{
		const char *b = p;

		v->kind = 'O';
		while (*p && *p != ',' && *p != ')' && *p != ' ' && *p != '\n')
			p++;
		v->s = xstrndup(b, (size_t) (p - b));
	}
	return p;
}

/*
 * parse_tuples - the tuples of a VALUES list at p, each passed to fn with
 * its values; returns the position after the last one
 */
static const char *
parse_tuples(const char *p, int nvals, void (*fn) (Val *))
{
	Val			v[MAXVALS];

	for (;;)
	{
		int			i;

		p = skip_space(p);
		if (*p != '(')
			return p;
		p++;
		for (i = 0; i < nvals; i++)
		{
			p = skip_space(parse_value(p, &v[i]));
			if (*p != (i == nvals - 1 ? ')' : ','))
				die("malformed VALUES tuple", NULL);
			p++;
		}
		fn(v);
		p = skip_space(p);
		if (*p == ',')
			p++;
	}
}

/* the rows parkdata_post.sql derives from region and park, before the insert */
typedef struct Name
{
	char	   *word;
	int			rank;
} Name;
static Name *names;
static size_t nnames,
			capnames;

static void
add_name(const char *w, int rank)
{
	if (!w)
		return;
	if (nnames == capnames)
	{
		capnames = capnames ? capnames * 2 : 4096;
		names = realloc(names, capnames * sizeof(Name));
		if (!names)
			die("out of memory", NULL);
	}
	names[nnames].word = xstrdup(w);
	names[nnames].rank = rank;
	nnames++;
}

static void
region_tuple(Val *v)
{
	int			i;

	/* code, name, short_name, aliases, level, parent_code, short_name_ambiguous, builtin */
	if (v[6].kind != 'O' || (strcmp(v[6].s, "true") != 0 && strcmp(v[6].s, "false") != 0))
		die("region row: short_name_ambiguous is not true or false", v[1].s);
	if (v[1].kind == 'S')
		add_name(v[1].s, 2);
	if (v[2].kind == 'S' && strcmp(v[6].s, "false") == 0)
		add_name(v[2].s, 2);
	for (i = 0; i < v[3].narr; i++)
		add_name(v[3].arr[i], 2);
}

static void
park_tuple(Val *v)
{
	int			i;

	/* park_id, name, short_name, aliases, kind, level, region_code, ... */
	if (v[1].kind == 'S')
		add_name(v[1].s, 1);
	if (v[2].kind == 'S')
		add_name(v[2].s, 1);
	for (i = 0; i < v[3].narr; i++)
		add_name(v[3].arr[i], 1);
}

static void
catalog_tuple(Val *v)
{
	/* word, source, builtin, metric */
	if (v[0].kind != 'S' || v[1].kind != 'S')
		die("catalog synonym row without word or source", NULL);
	add_row(v[0].s, strcmp(v[1].s, "metric") == 0 ? "metric" : xstrdup(v[1].s),
			v[3].kind == 'S' ? v[3].s : NULL, 1);
}

/* the statements of the install script that write parkdata.lexicon */
static const char DOMAIN_HEAD[] =
"INSERT INTO parkdata.lexicon (word, source, builtin)\n"
"SELECT w, 'domain', true\n"
"FROM pg_catalog.unnest(ARRAY[";
static const char DOMAIN_TAIL[] = "]) AS t(w);";
static const char CATALOG_HEAD[] =
"INSERT INTO parkdata.lexicon AS l (word, source, builtin, metric) VALUES";
static const char CATALOG_TAIL[] = "ON CONFLICT (word) DO UPDATE SET metric = excluded.metric;";
static const char REGION_HEAD[] =
"INSERT INTO parkdata.region (code, name, short_name, aliases, level, parent_code, short_name_ambiguous, builtin) VALUES";
static const char PARK_HEAD[] =
"INSERT INTO parkdata.park (park_id, name, short_name, aliases, kind, level, region_code, approved_year, nbs_code, builtin) VALUES";
/* parkdata_post.sql's statement, which the code below carries out */
static const char POST_STMT[] =
"INSERT INTO parkdata.lexicon (word, source, builtin)\n"
"SELECT DISTINCT ON (w.word) w.word, w.source, true\n"
"FROM (SELECT p.name AS word, 'park' AS source, 1 AS rank FROM parkdata.park p\n"
"      UNION ALL SELECT p.short_name, 'park', 1 FROM parkdata.park p\n"
"      UNION ALL SELECT a.alias, 'park', 1 FROM parkdata.park p\n"
"                CROSS JOIN LATERAL pg_catalog.unnest(p.aliases) AS a (alias)\n"
"      UNION ALL SELECT r.name, 'region', 2 FROM parkdata.region r\n"
"      UNION ALL SELECT r.short_name, 'region', 2 FROM parkdata.region r\n"
"                WHERE NOT r.short_name_ambiguous\n"
"      UNION ALL SELECT a.alias, 'region', 2 FROM parkdata.region r\n"
"                CROSS JOIN LATERAL pg_catalog.unnest(r.aliases) AS a (alias)) w\n"
"WHERE w.word IS NOT NULL\n"
"  AND w.word OPERATOR(pg_catalog.!~) '\\s'\n"
"  AND pg_catalog.char_length(w.word) OPERATOR(pg_catalog.>=) 2\n"
"  AND pg_catalog.char_length(w.word) OPERATOR(pg_catalog.<=) 64\n"
"ORDER BY w.word, w.rank\n"
"ON CONFLICT (word) DO NOTHING;";

/* has_space - does w hold a character PostgreSQL's \s matches? */
static int
has_space(const char *w)
{
	const unsigned char *u = (const unsigned char *) w;

	for (; *u; u++)
		if (*u == ' ' || (*u >= '\t' && *u <= '\r') ||
			(u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) ||	/* U+3000 */
			(u[0] == 0xC2 && u[1] == 0xA0))
			return 1;
	return 0;
}

static size_t
utf8_chars(const char *w)
{
	size_t		n = 0;

	for (; *w; w++)
		n += ((unsigned char) *w & 0xC0) != 0x80;
	return n;
}

static int
name_cmp(const void *a, const void *b)
{
	const Name *x = a,
			   *y = b;
	int			c = strcmp(x->word, y->word);

	return c ? c : x->rank - y->rank;
}

/* post_rows - parkdata_post.sql's statement over the collected names */
static void
post_rows(void)
{
	size_t		i;

	qsort(names, nnames, sizeof(Name), name_cmp);
	for (i = 0; i < nnames; i++)
	{
		const char *w = names[i].word;
		size_t		nc = utf8_chars(w);

		if (i > 0 && strcmp(names[i - 1].word, w) == 0)
			continue;			/* DISTINCT ON: the lowest rank */
		if (has_space(w) || nc < 2 || nc > 64)
			continue;
		add_row(w, names[i].rank == 1 ? "park" : "region", NULL, 0);
	}
}

/* writes - does the statement at p write table (a name like parkdata.lexicon)? */
static int
writes(const char *p, const char *table)
{
	static const char *const verbs[] = {"INSERT INTO ", "UPDATE ", "DELETE FROM ",
	"TRUNCATE ", "COPY "};
	size_t		i;

	for (i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++)
	{
		size_t		n = strlen(verbs[i]);

		if (strncmp(p, verbs[i], n) == 0 && strncmp(p + n, table, strlen(table)) == 0)
			return 1;
	}
	return 0;
}

/* read_script - walk the install script's statements that fill the rows */
static void
read_script(const char *sql)
{
	const char *p;
	int			post_seen = 0;

	for (p = sql; *p; p++)
	{
		if (p != sql && p[-1] != '\n')
			continue;
		if (strncmp(p, DOMAIN_HEAD, sizeof(DOMAIN_HEAD) - 1) == 0)
		{
			const char *q = p + sizeof(DOMAIN_HEAD) - 1;

			while (*(q = skip_space(q)) == '\'')
			{
				char	   *w = parse_string(q, &q);

				if (find_row(w))
					die("duplicate domain term", w);
				add_row(w, "domain", NULL, 0);
				q = skip_space(q);
				if (*q == ',')
					q++;
			}
			if (strncmp(q, DOMAIN_TAIL, sizeof(DOMAIN_TAIL) - 1) != 0)
				die("the domain terms' statement changed; update src/tools/gen_lexicon.c", NULL);
			p = q;
		}
		else if (strncmp(p, CATALOG_HEAD, sizeof(CATALOG_HEAD) - 1) == 0)
		{
			const char *q = parse_tuples(p + sizeof(CATALOG_HEAD) - 1, 4, catalog_tuple);

			if (strncmp(q, CATALOG_TAIL, sizeof(CATALOG_TAIL) - 1) != 0)
				die("the indicator synonyms' statement changed; update src/tools/gen_lexicon.c", NULL);
			p = q;
		}
		else if (strncmp(p, REGION_HEAD, sizeof(REGION_HEAD) - 1) == 0)
			p = parse_tuples(p + sizeof(REGION_HEAD) - 1, 8, region_tuple);
		else if (strncmp(p, PARK_HEAD, sizeof(PARK_HEAD) - 1) == 0)
			p = parse_tuples(p + sizeof(PARK_HEAD) - 1, 10, park_tuple);
		else if (strncmp(p, POST_STMT, sizeof(POST_STMT) - 1) == 0)
		{
			post_rows();
			post_seen++;
			p += sizeof(POST_STMT) - 2;
		}
		else if (writes(p, "parkdata.lexicon") ||
				 (!post_seen && (writes(p, "parkdata.region") || writes(p, "parkdata.park "))))
		{
			char		line[120];

			snprintf(line, sizeof(line), "%.*s", (int) strcspn(p, "\n"), p);
			die("a statement of the install script writes the lexicon (or the gazetteer it is "
				"filled from) in a way src/tools/gen_lexicon.c does not know; update it", line);
		}
	}
	if (post_seen != 1)
		die("parkdata_post.sql's lexicon statement not found (or changed); update src/tools/gen_lexicon.c", NULL);
}

static char *
read_file(const char *path, size_t *size)
{
	char	   *buf = pd_read_file(path, size);

	if (!buf)
		die("cannot read", path);
	return buf;
}

int
main(int argc, char **argv)
{
	PdAllocator a = {xalloc, xfree, NULL};
	PdLexicon  *lex,
			   *orig;
	PdLexImageInfo info;
	PdWords    *words;
	PdSegmenter *seg;
	UBreakIterator *bi;
	UErrorCode	status = U_ZERO_ERROR;
	UVersionInfo uv;
	size_t		size,
				i,
				kept = 0;
	char	   *sql,
			   *wl;
	void	   *img;
	FILE	   *out;
	int			derived;

	if (argc != 4)
	{
		fprintf(stderr, "usage: gen_lexicon INSTALL_SCRIPT WORD_LIST_IMAGE OUTPUT\n");
		return 2;
	}
	sql = read_file(argv[1], &size);
	read_script(sql);
	wl = read_file(argv[2], &size);
	words = pd_words_open(&a, wl, size);
	if (!words)
		die("not a word list image", argv[2]);

	memset(&info, 0, sizeof(info));
	lex = pd_lexicon_create(&a);
	orig = pd_lexicon_create(&a);
	for (i = 0; i < nrows; i++)
	{
		int			synonym_only = strcmp(rows[i].source, "metric") == 0;
		size_t		len = strlen(rows[i].word);

		info.rows++;
		info.rowsum += pd_lexicon_row_hash(rows[i].word, len, synonym_only);
		if (synonym_only)
			continue;
		if (pd_lexicon_add(lex, rows[i].word, len) < 0 ||
			pd_lexicon_add(orig, rows[i].word, len) < 0)
			die("out of memory", NULL);
		kept++;
	}
	bi = pd_seg_open_template(&status);
	if (!bi || U_FAILURE(status))
		die("cannot open ICU's word break iterator", u_errorName(status));
	seg = pd_seg_create(&a, bi, NULL);
	pd_seg_set_words(seg, words);
	derived = pd_lexicon_derive_names(lex, seg);
	if (derived < 0)
		die("deriving names failed", NULL);
	info.wordlist_words = pd_words_count(words);
	u_getVersion(uv);
	u_versionToString(uv, info.icu_version);

	img = pd_lex_image_build(lex, orig, &info, &size);
	if (!img)
		die("image too large", NULL);
	out = fopen(argv[3], "wb");
	if (!out || fwrite(img, 1, size, out) != size || fclose(out) != 0)
		die("cannot write", argv[3]);
	printf("gen_lexicon: %zu shipped rows, %zu segmentation words + %d derived names, image %zu bytes (ICU %s)\n",
		   nrows, pd_lexicon_count(orig), derived, size, info.icu_version);
	(void) kept;
	pd_seg_destroy(seg);
	ubrk_close(bi);
	return 0;
}
