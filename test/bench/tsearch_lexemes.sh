#!/usr/bin/env bash
# make bench (tsearch, lexemes): what the parts parkdata.chinese indexes beside
# each token's own lexeme (sub-words of compounds, the number and unit of
# 2000年, the 园 of 园区) add to the GIN index and to PostgreSQL's sort of the
# lexemes, over the bench's documents (the seeds and the SIGHAN PKU/MSR test
# texts read from $PD_SHARED, cut into documents of about 2 KB as
# test/bench/tsearch.sh cuts them, one copy).  Counts, not times: they do not
# move with the machine's load.
#
# Per class of token (a number token; a Han word of the lexicon; any other Han
# word; parts of one character apart): tokens with parts, the parts, the
# (document, lexeme) pairs they add that the tokens' own lexemes do not give
# (GIN's postings) and the keys they add (GIN's entries).  Then, where a C
# compiler and PostgreSQL's server headers are at hand, the comparisons of
# to_tsvector's sort (make_tsvector -> uniqueWORD -> qsort with compareWORD,
# PostgreSQL 15's sort_template.h, one ParsedWord per lexeme and position, in
# the order parsetext builds them; and its instructions, where valgrind is
# installed) for the lexemes as emitted and as they
# would be with the parts emitted in another order or not at all.
# Against the cluster of `scripts/pd env`; about a minute.
cd "${PD_ROOT:-$(dirname "$0")/../..}" || exit 1
DB=pd_bench_lexemes
SEGDIR=${PD_SHARED:-$PWD/../shared}/conformance/segmentation
W=$(mktemp -d /tmp/pd_bench_lexemes.XXXXXX)
trap 'rm -rf "$W"' EXIT
export PGOPTIONS="-c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" || exit 1
P() { psql -X -q -At -v ON_ERROR_STOP=1 -d $DB "$@"; }
P -c "CREATE EXTENSION parkdata" -c "CREATE TABLE src (line text)" || exit 1
for f in seeds/*.txt "$SEGDIR"/pku_test.utf8 "$SEGDIR"/msr_test.utf8; do
	[ -f "$f" ] || continue
	P -c "\\copy src FROM '$f' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')"
done
# the documents as tsearch.sh makes them; each token that is not blank with
# its lexemes, in order (the first lexeme is the token's own)
P -F $'\t' >"$W/tokens.tsv" <<'SQL' || exit 1
DELETE FROM src WHERE line IS NULL OR btrim(line) = '';
CREATE TABLE base AS
SELECT g AS grp, string_agg(line, E'\n' ORDER BY n) AS body
FROM (SELECT line, n, (sum(octet_length(line)) OVER (ORDER BY n) / 2000)::int AS g
      FROM (SELECT line, row_number() OVER () AS n FROM src) s) t
GROUP BY g;
SELECT b.grp, d.alias, d.token, array_to_string(d.lexemes, ' '),
       EXISTS (SELECT FROM parkdata.lexicon l WHERE l.word = d.token)
FROM base b, LATERAL ts_debug('parkdata.chinese', b.body) WITH ORDINALITY d
WHERE d.alias <> 'blank'
ORDER BY b.grp, d.ordinality;
SQL
python3 - "$W" <<'PY' || exit 1
import collections, os, sys
w = sys.argv[1]
own = collections.defaultdict(set)          # document -> the tokens' own lexemes
parts = collections.defaultdict(dict)       # document -> part -> its classes
ntok, nparts = collections.Counter(), collections.Counter()
npos = collections.Counter()
orders = {k: open(os.path.join(w, k + ".txt"), "w") for k in
          ("emitted", "reversed", "sorted", "no-number-parts", "no-parts")}
for line in open(os.path.join(w, "tokens.tsv"), encoding="utf-8"):
    doc, alias, tok, lx, inlex = line.rstrip("\n").split("\t")
    npos[doc] += 1                           # every token but blanks takes a position
    lxs = lx.split(" ") if lx else []
    if not lxs:
        continue                             # a stop word
    pos = min(npos[doc], 16383)              # LIMITPOS
    own[doc].add(lxs[0])
    if alias in ("cjknum", "uint", "float", "numword"):
        cls = "number"
    elif alias == "cjk":
        cls = "Han word, lexicon" if inlex == "t" else "Han word, word list"
    else:
        cls = alias
    variants = {"emitted": lxs, "reversed": lxs[:1] + lxs[:0:-1],
                "sorted": sorted(lxs, key=lambda s: s.encode()),
                "no-number-parts": lxs if cls != "number" else lxs[:1],
                "no-parts": lxs[:1]}
    for k, v in variants.items():
        for e in v:
            orders[k].write("%s\t%d\t%s\n" % (doc, pos, e))
    if len(lxs) > 1:
        ntok[cls] += 1
    for e in lxs[1:]:
        c = cls + (", 1 character" if len(e) == 1 else "")
        nparts[c] += 1
        parts[doc].setdefault(e, set()).add(c)
for f in orders.values():
    f.close()
keys = set().union(*own.values())
pairs, newkeys = collections.Counter(), collections.defaultdict(set)
for doc, ps in parts.items():
    for e, cs in ps.items():
        for c in cs:
            if e not in own[doc]:
                pairs[c] += 1 / len(cs)
            if e not in keys:
                newkeys[c].add(e)
total_own = sum(len(s) for s in own.values())
print("documents %d; lexemes (with positions) %d; (document, lexeme) pairs of the tokens' own lexemes %d, keys %d"
      % (len(own), sum(1 for _ in open(os.path.join(w, "emitted.txt"))), total_own, len(keys)))
print("%-32s %7s %7s %13s %8s" % ("parts of", "tokens", "parts", "pairs added", "keys added"))
for c in sorted(nparts):
    print("%-32s %7s %7d %13.0f %8d" % (c, ntok[c] if c in ntok else "", nparts[c], pairs[c], len(newkeys[c])))
added = sum(pairs.values())
print("all parts: +%.0f pairs (%.1f %% of %d), +%d keys"
      % (added, 100 * added / (total_own + added), total_own + added,
         len(set().union(*newkeys.values())) if newkeys else 0))
PY
INC=$(pg_config --includedir-server 2>/dev/null)
if ! command -v cc >/dev/null || [ ! -f "$INC/lib/sort_template.h" ]; then
	echo "tsearch_lexemes: no C compiler or no lib/sort_template.h: sort not simulated"
	exit 0
fi
# to_tsvector's sort, as PostgreSQL 15 does it (to_tsany.c: uniqueWORD's
# qsort with compareWORD; tsvector_op.c: tsCompareString), comparisons counted
cat >"$W/sortsim.c" <<'C'
#include "c.h"
#undef printf
#undef sprintf
typedef struct
{
	uint16		len;
	uint16		nvariant;
	union
	{
		uint16		pos;
		uint16	   *apos;
	}			pos;
	uint16		flags;
	char	   *word;
	uint32		alen;
} ParsedWord;
#define ST_SORT sim_qsort
#define ST_ELEMENT_TYPE_VOID
#define ST_COMPARE_RUNTIME_POINTER
#define ST_SCOPE
#define ST_DECLARE
#define ST_DEFINE
#include "lib/sort_template.h"
static long ncmp;
static int
compareWORD(const void *a, const void *b)
{
	const ParsedWord *x = a, *y = b;
	int			r = memcmp(x->word, y->word, Min(x->len, y->len));

	ncmp++;
	if (r == 0 && x->len != y->len)
		r = x->len < y->len ? -1 : 1;
	if (r == 0 && x->pos.pos != y->pos.pos)
		r = x->pos.pos > y->pos.pos ? 1 : -1;
	return r;
}
int
main(int argc, char **argv)
{
	static char buf[1 << 16], doc[64], lx[4096], cur[64];
	ParsedWord *w = malloc(sizeof(ParsedWord) * 200000);
	long		n = 0, total = 0;
	FILE	   *f = fopen(argv[1], "r");
	char	   *l;
	int			p;

	if (!f || !w)
		return 1;
	do
	{
		l = fgets(buf, sizeof buf, f);
		if (l && sscanf(l, "%63[^\t]\t%d\t%4095[^\n]", doc, &p, lx) != 3)
			continue;
		if (!l || strcmp(doc, cur) != 0)
		{
			if (n > 1)
				sim_qsort(w, n, sizeof(ParsedWord), compareWORD);
			total += n;
			n = 0;
			strcpy(cur, doc);
		}
		if (l && n < 200000)
		{
			w[n].len = strlen(lx);
			w[n].word = strdup(lx);
			w[n].pos.pos = p;
			n++;
		}
	} while (l);
	printf("%9ld lexemes, %9ld comparisons", total, ncmp);
	return 0;
}
C
cc -O2 -I"$INC" -o "$W/sortsim" "$W/sortsim.c" || exit 1
echo "to_tsvector's sort (PostgreSQL 15's qsort and compareWORD, simulated):"
for k in emitted reversed sorted no-number-parts no-parts; do
	case $k in
	emitted) label="as emitted" ;;
	reversed) label="parts in reverse order" ;;
	sorted) label="each token's lexemes sorted" ;;
	no-number-parts) label="without the parts of numbers" ;;
	no-parts) label="without any part (Compounds = false)" ;;
	esac
	ir=
	if command -v valgrind >/dev/null; then
		valgrind --tool=callgrind --toggle-collect=sim_qsort --callgrind-out-file="$W/cg.$k" \
			"$W/sortsim" "$W/$k.txt" >/dev/null 2>&1 &&
			ir=$(sed -n 's/^summary: \([0-9]*\).*/\1/p' "$W/cg.$k" | awk '{printf ", %.1f M instructions", $1 / 1e6}')
	fi
	printf '  %-38s %s%s\n' "$label:" "$("$W/sortsim" "$W/$k.txt")" "$ir"
done
