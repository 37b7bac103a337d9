#!/usr/bin/env bash
# pd: standalone
# 17-debian: the Debian package.  Builds postgresql-15-parkdata from the
# tracked files with `dpkg-buildpackage -us -uc -b` (which runs the pg_regress
# suite against the staged files in a throwaway cluster, pg_buildext
# installcheck), installs the .deb into a throwaway directory and creates the
# extension from it in a throwaway cluster of the stock PostgreSQL 15
# (extension_destdir, as Debian's own tests do), and runs lintian: every tag
# it reports must be explained in docs/packaging.md.
cd "$PD_ROOT" || exit 1
# the builds' throwaway clusters choose their own port and user: nothing of
# the test cluster's connection settings may reach them
unset PGHOST PGPORT PGUSER PGDATABASE PGOPTIONS
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
for tool in dpkg-buildpackage dh pg_buildext pg_virtualenv lintian; do
	if ! command -v $tool >/dev/null; then
		echo "# 17-debian skipped: $tool is not installed (make test installs debhelper, postgresql-server-dev-all, lintian as root)"
		echo "0 passed, 0 failed"; exit 0
	fi
done
# the package is built and tested against the stock PostgreSQL 15 packages
changed=$(dpkg -V postgresql-15 postgresql-server-dev-15 2>/dev/null | awk '$1 ~ /5/ { print $NF }' | head -3)
if [ -n "$changed" ]; then
	echo "# 17-debian SKIPPED: the system's PostgreSQL 15 is not as Debian ships it (dpkg -V: ${changed//$'\n'/ } ...), so a package built against it would not be one; reinstall postgresql-15 and postgresql-server-dev-15"
	echo "0 passed, 0 failed"; exit 0
fi
version=$(dpkg-parsechangelog -S Version)
upstream=${version%-*}
# a directory the cluster's user can read (the staged files are read by the server)
work=$(mktemp -d /tmp/parkdata-deb.XXXXXX)
chmod 755 "$work"
src=$work/parkdata-$upstream
mkdir -p "$src"
if git rev-parse --git-dir >/dev/null 2>&1; then
	git ls-files -z | while IFS= read -r -d '' f; do [ -e "$f" ] && cp --parents -p "$f" "$src/"; done
else
	tar --exclude=./tmp --exclude=./.git -cf - . | tar -C "$src" -xf -
fi

t0=$SECONDS
# dh_pgxs_test starts its throwaway cluster with pg_virtualenv on port 5432,
# as the check below does: two work trees' runs on one machine take turns
if (cd "$src" && DEB_BUILD_OPTIONS=parallel=2 flock /tmp/parkdata-pg_virtualenv.lock \
	dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1; then
	ok "dpkg-buildpackage -us -uc -b: postgresql-15-parkdata_${version} built in $((SECONDS - t0)) s"
else
	bad "dpkg-buildpackage failed: $(grep -E 'error|FAILED|failed' "$work/build.log" | head -5 | tr '\n' ' ')"
	tail -40 "$work/build.log"
fi
deb=$(ls "$work"/postgresql-15-parkdata_"$version"_*.deb 2>/dev/null | head -1)
# every pg_regress run of dh_pgxs_test (the suite, then any isolation schedule)
runs=$(grep -oE 'All [0-9]+ tests passed' "$work/build.log" | grep -oE '[0-9]+' | paste -sd+ -)
if [ -n "$runs" ] && ! grep -qE 'tests? failed|FAILED' "$work/build.log"; then
	ok "the package build ran the regression tests: $(($runs)) passed ($runs)"
else
	bad "the package build did not run or pass the regression tests"
fi

if [ -n "$deb" ]; then
	root=$work/root
	dpkg-deb -x "$deb" "$root"
	missing=""
	# every upgrade step: from each release (test/upgrade/releases.tsv) to the next, the last to this version
	steps=$(awk -F'\t' -v cur="$upstream" '!/^#/ && $1 != cur { if (prev) print "parkdata--" prev "--" $1 ".sql"; prev = $1 }
		END { if (prev) print "parkdata--" prev "--" cur ".sql" }' test/upgrade/releases.tsv)
	for f in usr/lib/postgresql/15/lib/parkdata.so usr/share/postgresql/15/extension/parkdata.control \
		usr/share/postgresql/15/extension/parkdata--$upstream.sql $(printf 'usr/share/postgresql/15/extension/%s ' $steps) \
		usr/share/postgresql/15/tsearch_data/parkdata_zh.words usr/share/postgresql/15/tsearch_data/parkdata_lexicon.img \
		usr/share/doc/postgresql-15-parkdata/copyright; do
		[ -s "$root/$f" ] || missing="$missing $f"
	done
	[ -z "$missing" ] && ok "the package holds the module, control file, install script, upgrade scripts (${steps//$'\n'/, }), word list, lexicon image and copyright" ||
		bad "the package lacks:$missing"
	deps=$(dpkg-deb -f "$deb" Depends)
	grep -q 'postgresql-15' <<<"$deps" && ! grep -q 'asan' <<<"$deps" && ok "Depends: $deps" || bad "Depends: $deps"
	# a stock PostgreSQL 15 given the package's files, as pg_virtualenv -p does;
	# its cluster takes port 5432 in /var/run/postgresql, so two runs on one
	# machine (several work trees) take turns
	out=$(NONROOT=1 flock /tmp/parkdata-pg_virtualenv.lock pg_virtualenv -v 15 \
		-o "extension_destdir=$root" -o "dynamic_library_path=$root/usr/lib/postgresql/15/lib:\$libdir" \
		psql -X -At -v ON_ERROR_STOP=1 -c "CREATE EXTENSION parkdata" \
		-c "SELECT extversion FROM pg_extension WHERE extname = 'parkdata'" \
		-c "SELECT parkdata.cn_numeral_to_numeric('16.7万')" \
		-c "SELECT to_tsvector('parkdata.chinese', '溧阳高新区科创平台集聚高层次人才')" \
		-c "SELECT count(*) FROM parkdata.indicator_facts" \
		-c "DROP EXTENSION parkdata" -c "SELECT count(*) FROM pg_namespace WHERE nspname = 'parkdata'" 2>&1)
	if [ $? -eq 0 ] && grep -qx "$upstream" <<<"$out" && grep -qx 167000 <<<"$out" && grep -q "'科创平台'" <<<"$out"; then
		ok "CREATE EXTENSION parkdata from the installed package in a stock PostgreSQL 15: $(tr '\n' ' ' <<<"$out" | cut -c1-160)"
	else
		bad "CREATE EXTENSION from the package: $(tail -5 <<<"$out" | tr '\n' ' ')"
	fi

	# lintian: every tag explained in docs/packaging.md
	lintian --pedantic --display-experimental --allow-root "$work"/parkdata_"$version"_*.changes >"$work/lintian.log" 2>&1
	tags=$(sed -nE 's/^[EWIPX]: [^ ]+( [^ ]+)?: ([a-z0-9-]+).*/\2/p' "$work/lintian.log" | sort -u)
	unexplained=""
	for tag in $tags; do grep -q "\`$tag\`" docs/packaging.md || unexplained="$unexplained $tag"; done
	if [ -z "$unexplained" ]; then
		ok "lintian: $(grep -cE '^[EWIPX]:' "$work/lintian.log") tags, each explained in docs/packaging.md (${tags//$'\n'/, })"
	else
		bad "lintian tags not explained in docs/packaging.md:$unexplained"
		grep -E '^[EWIPX]:' "$work/lintian.log" | head -10
	fi
fi
[ $fail -eq 0 ] && rm -rf "$work" || echo "# build directory kept: $work"
echo "$pass passed, $fail failed"
