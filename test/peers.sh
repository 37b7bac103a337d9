# test/peers.sh - sourced by make eval-seg, make eval-search and make bench:
# pd_peers DB creates in DB the peers that are installed in this PostgreSQL
# (never on CI): pg_jieba, whose configuration is jiebacfg, and zhparser,
# configured as zh_all with every token type mapped to simple; it prints the
# names of the peers' configurations present (jiebacfg zh_all), or nothing.
pd_peers() {
	local e
	for e in zhparser pg_jieba; do
		psql -X -q -d "$1" -c "CREATE EXTENSION IF NOT EXISTS $e" >/dev/null 2>&1
	done
	psql -X -q -d "$1" >/dev/null 2>&1 <<'SQL'
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_ts_parser WHERE prsname = 'zhparser')
     AND NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'zh_all') THEN
    CREATE TEXT SEARCH CONFIGURATION zh_all (PARSER = zhparser);
    ALTER TEXT SEARCH CONFIGURATION zh_all ADD MAPPING FOR a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z WITH simple;
  END IF;
END $$;
SQL
	psql -X -q -At -d "$1" -c "SELECT coalesce(string_agg(cfgname, ' ' ORDER BY cfgname), '')
		FROM pg_ts_config WHERE cfgname IN ('jiebacfg', 'zh_all')"
}
