#!/usr/bin/env python3
"""scan_sql.py - search_path safety of the install and upgrade scripts.

Reads sql/parkdata--*.sql (the built install script and every upgrade
script) and reports, with file and line:
  * a function call whose name is not schema-qualified (name followed by "(",
    not a SQL keyword or syntax form, not preceded by "schema.");
  * an operator outside OPERATOR(schema.op) (=, <>, <, >, <=, >=, ||, +, -,
    *, /, %, @@, ~, &, |, ->, ->>, #>, @>, <@, &&);
in every top-level statement and in the bodies of functions that do NOT pin
search_path with SET search_path.  Bodies with a pinned search_path are
skipped (names there resolve through pg_catalog and the pinned path only).
Comments, string literals and quoted identifiers are ignored.  Prints one
line per finding and a last line "N findings in M scripts"; exit 1 on any.
"""
import re
import sys
import glob

KEYWORDS = set("""
all and any array as between by case cast check coalesce constraint create cube
default distinct else end exists extract filter for foreign from greatest grouping
having if in index insert into is join key lateral least like not null nullif on or
over overlaps partition position primary references returning returns row rows
select set similar table then to trim union unique using values when where window
with within exclude include lock nowait do update delete conflict order group limit
offset fetch only generated always stored identity varying precision timestamp
time interval char character varchar numeric decimal bit float double nchar
substring overlay treat xmlelement collation collate function procedure trigger view
aggregate type domain operator execute perform raise return query loop foreach
begin declare exception elsif elseif while exit continue get diagnostics
""".split())
OPS = ['->>', '#>>', '<>', '<=', '>=', '!=', '||', '@@', '->', '#>', '@>', '<@', '&&', '::',
       '=', '<', '>', '+', '-', '*', '/', '%', '~', '&', '|', '^']
TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<lcomment>--[^\n]*)
  | (?P<bcomment>/\*.*?\*/)
  | (?P<dollar>\$(?P<tag>[A-Za-z_]*)\$)
  | (?P<string>[EeUu]?&?'(?:[^']|'')*')
  | (?P<qident>"(?:[^"]|"")*")
  | (?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<param>\$\d+)
  | (?P<psqlvar>:'?[A-Za-z_]+'?)
  | (?P<ident>[A-Za-z_@][A-Za-z_0-9@$]*)
  | (?P<op>->>|\#>>|<>|<=|>=|!=|\|\||@@|->|\#>|@>|<@|&&|::|[=<>+\-*/%~&|^])
  | (?P<punct>[(),;.\[\]:\\])
  | (?P<other>.)
""", re.S | re.X)


def tokens(text, base_line=1):
    """yield (kind, value, line); dollar-quoted bodies come as ('body', text, line)"""
    pos, line = 0, base_line
    while pos < len(text):
        m = TOKEN.match(text, pos)
        kind = m.lastgroup if m.lastgroup != 'tag' else 'dollar'
        val = m.group(0)
        if m.group('dollar') is not None:
            tag = val
            end = text.find(tag, m.end())
            if end < 0:
                end = len(text)
            body = text[m.end():end]
            yield ('body', body, line + val.count('\n'))
            line += (text[pos:end + len(tag)]).count('\n')
            pos = end + len(tag)
            continue
        if kind not in ('ws', 'lcomment', 'bcomment'):
            yield (kind, val, line)
        line += val.count('\n')
        pos = m.end()


def scan(text, fname, base_line, findings):
    toks = list(tokens(text, base_line))
    # statements: split at top-level ';'
    stmt = []
    for t in toks + [('punct', ';', -1)]:
        if t == ('punct', ';', -1) or (t[0] == 'punct' and t[1] == ';'):
            if stmt:
                scan_statement(stmt, fname, findings)
            stmt = []
        else:
            stmt.append(t)


def scan_statement(stmt, fname, findings):
    words = [v.lower() for k, v, _ in stmt if k == 'ident']
    pinned = 'search_path' in words and 'set' in words
    is_func = len(words) >= 2 and words[0] == 'create' and 'function' in words[:4]
    lang = None
    for i, (k, v, _) in enumerate(stmt):
        if k == 'ident' and v.lower() == 'language' and i + 1 < len(stmt):
            lang = stmt[i + 1][1].lower()
    in_operator = 0
    for i, (k, v, line) in enumerate(stmt):
        prev = stmt[i - 1] if i > 0 else ('', '', 0)
        nxt = stmt[i + 1] if i + 1 < len(stmt) else ('', '', 0)
        if k == 'body':
            if is_func and lang in ('sql', 'plpgsql') and not pinned:
                scan(v, fname, line, findings)
            continue
        if k == 'ident' and v.upper() == 'OPERATOR' and nxt[1] == '(':
            in_operator = 2      # skip "(" schema "." op ")"
            continue
        if in_operator:
            if k == 'punct' and v == ')':
                in_operator = 0
            continue
        if k == 'ident' and nxt[1] == '(' and prev[1] != '.':
            name = v.lower()
            if name in KEYWORDS or name.startswith('@'):
                continue
            # CREATE ... name( / column definitions / ON table (cols) / INTO t (cols)
            before = [w[1].lower() for w in stmt[max(0, i - 3):i] if w[0] == 'ident']
            if before and before[-1] in ('function', 'table', 'on', 'into', 'index', 'references',
                                          'aggregate', 'procedure', 'as', 'trigger', 'type', 'using'):
                continue
            findings.append(f"{fname}:{line}: unqualified function {v}(")
        if k == 'op' and v not in ('::',) and not (v == '*' and prev[1] in ('(', ',', 'select', '.', 'SELECT')):
            # a sign right after "(" "," or a keyword: unary minus on a literal
            if v == '-' and (prev[0] in ('punct', 'op') or prev[1].lower() in KEYWORDS) and nxt[0] == 'num':
                continue
            if v == '=' and prev[0] == 'ident' and prev[1].lower() in (
                    'parser', 'start', 'gettoken', 'end', 'lextype', 'headline', 'init', 'lexize',
                    'template', 'leftarg', 'rightarg', 'function', 'procedure', 'search_path', 'lextypes'):
                continue   # CREATE TEXT SEARCH ... (PARSER = x) and similar option lists
            if v == '=' and 'update' in words and prev[0] == 'ident' and \
                    i >= 2 and (stmt[i - 2][1].lower() == 'set' or stmt[i - 2][1] == ','):
                continue   # UPDATE ... SET col = x, ON CONFLICT ... DO UPDATE SET col = x
            findings.append(f"{fname}:{line}: bare operator {v} (use OPERATOR(pg_catalog.{v}))")


def main():
    args = sys.argv[1:]
    known = set()
    if args and args[0].startswith('--known='):
        with open(args.pop(0)[8:], encoding='utf-8') as fh:
            known = {l.rstrip('\n') for l in fh if l.strip() and not l.startswith('#')}
    # the parts of the install script (line numbers where people edit) and
    # every upgrade script
    files = args or sorted(set(glob.glob('sql/parkdata.sql') + glob.glob('sql/parkdata_*.sql')
                               + glob.glob('sql/parkdata--*--*.sql')))
    findings = []
    for f in files:
        with open(f, encoding='utf-8') as fh:
            text = fh.read()
        got = []
        scan(text, f, 1, got)
        lines = text.split('\n')
        for x in got:
            ln = int(x.split(':')[1])
            findings.append((x, f"{f}: {x.split(': ', 1)[1]}: {lines[ln - 1].strip()}"))
    new = [x for x, key in findings if key not in known]
    for x, key in findings:
        print(('known ' if key in known else '') + x)
    findings = new
    print(f"{len(findings)} new findings in {len(files)} scripts")
    sys.exit(1 if findings else 0)


if __name__ == '__main__':
    main()
