# parkdata -- PGXS build
#
# `make demo` and `make test` do everything on a fresh Debian 12 machine:
# they install missing packages, build, install, start a throwaway cluster
# under ./tmp and run.  The ordinary PGXS targets (all, install,
# installcheck) work as usual once the build dependencies are present.

EXTENSION   = parkdata
EXTVERSION  = 1.2
MODULE_big  = parkdata

# Every C file under src/ belongs to the module; src/core/ holds the
# PostgreSQL-free text-processing cores.
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c src/core/*.c)))

# Install script: hand-written parts, then generated reference data, in this
# order (parts that do not exist yet are skipped).
SQL_PARTS = $(wildcard sql/parkdata.sql sql/parkdata_tsearch.sql sql/parkdata_catalog.sql \
	sql/parkdata_catalog_data.sql sql/parkdata_metrics.sql sql/parkdata_model.sql sql/parkdata_citus.sql \
	sql/parkdata_reference.sql sql/parkdata_seeds.sql sql/parkdata_post.sql \
	sql/parkdata_guard.sql sql/parkdata_comments.sql)
# Upgrade scripts.  A released one is frozen: committed as one file
# (sql/parkdata--1.0--1.1.sql, as release 1.1 built it at commit 9040048;
# suite 85-upgrade checks it byte for byte) and installed as it is.  The
# upgrade to this version is written in parts, one per concern, in
# sql/update/1.1--1.2/ (name order, NN-topic.sql), concatenated like the
# install script; the shipped rows (region, park, metric, lexicon) are not
# written there but generated from the install parts' INSERT statements
# (sql/update/shipped_rows.sh) and placed before the parts numbered 80 and
# after (derived data, comments).  When 1.2 is released, its upgrade script
# is committed as one file in turn and the next release's parts begin.
UPDATE_PARTS = $(sort $(wildcard sql/update/1.1--1.2/*.sql))
DATA_built  = sql/$(EXTENSION)--$(EXTVERSION).sql sql/$(EXTENSION)--1.1--1.2.sql
DATA        = $(filter-out $(DATA_built),$(wildcard sql/$(EXTENSION)--*--*.sql))
EXTRA_CLEAN = results regression.diffs regression.out output_iso

# General Chinese word list for segmenting Han text (issue 3): jieba's
# dict.txt (Expat licence; Debian package python3-jieba) compiled by
# src/tools/gen_words.c into a double-array trie image that every backend maps
# read-only from $SHAREDIR/tsearch_data.
JIEBA_DICT  ?= /usr/lib/python3/dist-packages/jieba/dict.txt
DATA_TSEARCH = data/parkdata_zh.words data/parkdata_lexicon.img
EXTRA_CLEAN += data/parkdata_zh.words src/tools/gen_words
# The lexicon's shipped rows (the install script's), compiled by
# src/tools/gen_lexicon.c into an image every backend maps read-only beside
# the word list; a backend then compiles only the users' rows (issue 14).
EXTRA_CLEAN += data/parkdata_lexicon.img src/tools/gen_lexicon

PG_CPPFLAGS = -I$(srcdir)/src -I$(srcdir)/src/core
# -Bsymbolic-functions: calls between the module's own functions are bound
# when it is linked, not looked up by name each time a backend loads it
# (203 of its 387 symbol relocations; the first call in a connection pays
# for them, issue 14).  Nothing outside calls them by name but through
# dlsym, which still finds them.
SHLIB_LINK  = $(ICU_LIBS) -Wl,-Bsymbolic-functions

# pg_regress: inputs in test/sql, expected output at top level (expected/).
# "init" creates the extension and runs first; the rest in name order.
REGRESS_ALL  = $(sort $(basename $(notdir $(wildcard test/sql/*.sql))))
REGRESS      = init $(filter-out init,$(REGRESS_ALL))
REGRESS_OPTS = --inputdir=test --encoding=UTF8
# isolation tests (several sessions): test/specs/*.spec, expected/ as above
ISOLATION      = $(sort $(basename $(notdir $(wildcard test/specs/*.spec))))
ISOLATION_OPTS = --inputdir=test --encoding=UTF8

# Debian's pg_config lives here; the one on PATH may be a client-only wrapper.
PG_CONFIG ?= $(firstword $(wildcard /usr/lib/postgresql/15/bin/pg_config) pg_config)
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
ifeq ($(strip $(ICU_LIBS)),)
$(error PostgreSQL was built without ICU; parkdata needs an ICU-enabled server)
endif
else
# Without PGXS only the set-up targets below work; they install it first.
all install installcheck:
	@echo "parkdata: PGXS not found (postgresql-server-dev-15 missing); run 'make demo' or 'make test', which install it" >&2
	@exit 1
endif

# The extension lives in pg_catalog and creates and owns schema parkdata (see
# sql/parkdata.sql): @extschema@ in the parts means that schema, and is
# written in here, since PostgreSQL would substitute pg_catalog.
EXTSCHEMA = sed 's/@extschema@/$(EXTENSION)/g'

sql/$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS)
	cat $^ | $(EXTSCHEMA) > $@

sql/$(EXTENSION)--1.1--1.2.sql: $(UPDATE_PARTS) $(SQL_PARTS) sql/update/shipped_rows.sh
	{ for f in $(UPDATE_PARTS); do case $${f##*/} in [0-7]*) cat $$f;; esac; done; \
	  sh sql/update/shipped_rows.sh 1.1 1.2 $(SQL_PARTS); \
	  for f in $(UPDATE_PARTS); do case $${f##*/} in [0-7]*) ;; *) cat $$f;; esac; done; } | $(EXTSCHEMA) > $@

all: data/parkdata_zh.words
data/parkdata_zh.words: src/tools/gen_words.c src/core/pd_words.c src/core/pd_words_build.c src/core/pd_words.h src/core/pd_words_int.h src/core/pd_fold.c src/core/pd_fold.h src/core/pd_fold_data.h src/core/pd_chars.h src/core/pd_alloc.h src/core/pd_alloc_std.h
	@test -r $(JIEBA_DICT) || { echo "parkdata: $(JIEBA_DICT) missing (apt-get install python3-jieba, or JIEBA_DICT=path/to/dict.txt)" >&2; exit 1; }
	@mkdir -p data
	$(CC) -O2 -std=c11 -I$(srcdir)/src/core -o src/tools/gen_words src/tools/gen_words.c src/core/pd_words.c src/core/pd_words_build.c src/core/pd_fold.c -lm
	src/tools/gen_words $(JIEBA_DICT) $@

all: data/parkdata_lexicon.img
data/parkdata_lexicon.img: src/tools/gen_lexicon.c sql/$(EXTENSION)--$(EXTVERSION).sql data/parkdata_zh.words $(wildcard src/core/*.c src/core/*.h)
	$(CC) -O2 -std=c11 -I$(srcdir)/src/core $(ICU_CFLAGS) -o src/tools/gen_lexicon src/tools/gen_lexicon.c $(sort $(wildcard src/core/*.c)) $(ICU_LIBS) -lm
	src/tools/gen_lexicon sql/$(EXTENSION)--$(EXTVERSION).sql data/parkdata_zh.words $@

# PGXS tracks no header dependencies: rebuild on any header change.
$(OBJS): $(wildcard src/*.h src/core/*.h)

# ---------------------------------------------------------------------------
# The two README commands and their helpers (all in scripts/pd).
# ---------------------------------------------------------------------------
.PHONY: demo test stop deps cluster unitcheck fuzz bench bench-callgrind warnings conformance \
	eval-seg eval-search eval-metrics test-asan test-asan-server fuzz-sql dist citus-check

demo:
	@scripts/pd demo
test:
	@scripts/pd test
stop:
	@scripts/pd stop
deps:
	@scripts/pd deps
cluster:
	@scripts/pd cluster
bench:
	@scripts/pd bench
# to_tsvector's instructions (callgrind), parkdata.chinese against simple
bench-callgrind:
	@scripts/pd bench-callgrind
test-asan:
	@scripts/pd asan
# parkdata in a PostgreSQL built with AddressSanitizer from Debian's source
# package (built once into tmp/asan-server; long on 2 cores)
test-asan-server:
	@scripts/pd asan-server
# random SQL (sqlsmith) for FUZZ_SQL_SECONDS with seed FUZZ_SQL_SEED
FUZZ_SQL_SECONDS ?= 300
FUZZ_SQL_SEED ?= 1
fuzz-sql:
	@scripts/pd fuzz-sql $(FUZZ_SQL_SECONDS) $(FUZZ_SQL_SEED)
conformance:
	@scripts/pd suite conformance
warnings:
	@scripts/pd suite warnings
# evaluations: test/eval/seg.sh, test/eval/search.sh, test/eval/metrics.sh
eval-seg:
	@scripts/pd eval seg
eval-search:
	@scripts/pd eval search
eval-metrics:
	@scripts/pd eval metrics

# parkdata on a Citus coordinator and two workers against one node (an
# installed Citus: PD_CITUS_PGROOT or PD_CITUS_PG_CONFIG, else the build's
# pg_config; skips with a message without one).  test/citus/check.sh.
citus-check:
	@PG_CONFIG=$(PG_CONFIG) bash test/citus/check.sh

# PGXN: the archive PGXN takes (name-version/ with META.json at its top),
# from the committed tree.
DISTVERSION = $(shell python3 -c 'import json; print(json.load(open("META.json"))["version"])')
dist:
	@mkdir -p dist
	git archive --format zip --prefix=$(EXTENSION)-$(DISTVERSION)/ -o dist/$(EXTENSION)-$(DISTVERSION).zip HEAD
	@echo "dist/$(EXTENSION)-$(DISTVERSION).zip"

# C unit tests of src/core, no server needed.
unitcheck:
	@$(MAKE) -s -C test/unit check

# libFuzzer targets (clang).  FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 60
fuzz:
	@$(MAKE) -s -C test/fuzz run FUZZ_SECONDS=$(FUZZ_SECONDS)
