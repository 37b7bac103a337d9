#!/usr/bin/env python3
"""test/dist/check_meta.py - check META.json against the PGXN Meta Spec 1.0.0
(https://pgxn.org/meta/spec.txt) and against the project: the version is the
control file's default_version, the files it names exist.

    check_meta.py [META.json]    prints "ok ..." / "FAIL ..." lines
"""
import json
import os
import re
import sys

SEMVER = (r'(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)'
          r'(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?'
          r'(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?')
RANGE_ONE = r'(?:(?:[=!]=|[<>]=?)\s*)?' + SEMVER
LICENSES = {'agpl_3', 'apache_1_1', 'apache_2_0', 'artistic_1', 'artistic_2', 'bsd', 'freebsd', 'gfdl_1_2',
            'gfdl_1_3', 'gpl_1', 'gpl_2', 'gpl_3', 'lgpl_2_1', 'lgpl_3_0', 'mit', 'mozilla_1_0', 'mozilla_1_1',
            'openssl', 'perl_5', 'postgresql', 'qpl_1_0', 'ssleay', 'sun', 'zlib', 'open_source', 'restricted',
            'unrestricted', 'unknown'}
TOP = {'name', 'version', 'abstract', 'maintainer', 'license', 'provides', 'meta-spec', 'description',
       'generated_by', 'tags', 'no_index', 'prereqs', 'release_status', 'resources'}
REQUIRED = ['name', 'version', 'abstract', 'maintainer', 'license', 'provides', 'meta-spec']
errors = []


def err(where, msg):
    errors.append('%s: %s' % (where, msg))


def custom(key):
    return re.match(r'^[xX]_.', key) is not None


def string(where, v):
    if not isinstance(v, str) or not v:
        err(where, 'must be a non-empty string')
        return False
    return True


def term(where, v):
    if not isinstance(v, str) or not re.fullmatch(r'[^/\\\s\x00-\x1f\x7f]{2,}', v):
        err(where, 'must be a term: two characters or more, no slash, backslash, space or control character')


def version(where, v):
    if not isinstance(v, str) or not re.fullmatch(SEMVER, v):
        err(where, 'must be a semantic version (x.y.z), got %r' % (v,))


def version_range(where, v):
    if v == 0 or v == '0':
        return
    if not isinstance(v, str) or not all(re.fullmatch(RANGE_ONE, p.strip()) for p in v.split(',')):
        err(where, 'must be 0 or a version range such as ">= 1.2.0, < 2.0.0", got %r' % (v,))


def path(where, v, root):
    if not string(where, v):
        return
    if v.startswith('/') or '\\' in v or '..' in v.split('/'):
        err(where, 'must be a relative path in unix form')
    elif not os.path.exists(os.path.join(root, v)):
        err(where, 'names %s, which does not exist' % v)


def check(meta, root):
    for k in REQUIRED:
        if k not in meta:
            err(k, 'mandatory field missing')
    for k in meta:
        if k not in TOP and not custom(k):
            err(k, 'unknown field (custom fields start with x_)')
    term('name', meta.get('name'))
    version('version', meta.get('version'))
    for k in ('abstract', 'description', 'generated_by'):
        if k in meta:
            string(k, meta[k])
    m = meta.get('maintainer')
    if isinstance(m, list):
        if not m:
            err('maintainer', 'must not be empty')
        for i, x in enumerate(m):
            string('maintainer[%d]' % i, x)
    else:
        string('maintainer', m)
    lic = meta.get('license')
    if isinstance(lic, str):
        if lic not in LICENSES:
            err('license', '%r is not a license name of the spec' % lic)
    elif isinstance(lic, list):
        if not lic or any(x not in LICENSES for x in lic):
            err('license', 'must list license names of the spec')
    elif isinstance(lic, dict):
        if not lic or any(not isinstance(u, str) or not re.match(r'^[a-z][a-z0-9+.-]*:', u) for u in lic.values()):
            err('license', 'must map license names to URIs')
    else:
        err('license', 'must be a license name, a list of them or an object of URIs')
    prov = meta.get('provides')
    if not isinstance(prov, dict) or not prov:
        err('provides', 'must be a non-empty object')
    else:
        for name, ext in prov.items():
            w = 'provides.' + name
            term(w, name)
            if not isinstance(ext, dict):
                err(w, 'must be an object')
                continue
            for k in ext:
                if k not in ('file', 'version', 'abstract', 'docfile', 'docpath') and not custom(k):
                    err(w + '.' + k, 'unknown field')
            for k in ('file', 'version'):
                if k not in ext:
                    err(w, '%s missing' % k)
            path(w + '.file', ext.get('file'), root)
            version(w + '.version', ext.get('version'))
            if 'docfile' in ext:
                path(w + '.docfile', ext['docfile'], root)
            if 'abstract' in ext:
                string(w + '.abstract', ext['abstract'])
    ms = meta.get('meta-spec')
    if not isinstance(ms, dict) or ms.get('version') != '1.0.0':
        err('meta-spec', 'must be {"version": "1.0.0", "url": ...}')
    elif set(ms) - {'version', 'url'}:
        err('meta-spec', 'unknown field')
    pre = meta.get('prereqs', {})
    if not isinstance(pre, dict) or ('prereqs' in meta and not pre):
        err('prereqs', 'must be a non-empty object')
    else:
        for phase, rels in pre.items():
            if phase not in ('configure', 'build', 'test', 'runtime', 'develop') and not custom(phase):
                err('prereqs.' + phase, 'unknown phase')
                continue
            if not isinstance(rels, dict) or not rels:
                err('prereqs.' + phase, 'must be a non-empty object')
                continue
            for rel, deps in rels.items():
                w = 'prereqs.%s.%s' % (phase, rel)
                if rel not in ('requires', 'recommends', 'suggests', 'conflicts') and not custom(rel):
                    err(w, 'unknown relationship')
                    continue
                if not isinstance(deps, dict) or not deps:
                    err(w, 'must map extension names to version ranges')
                    continue
                for dep, rng in deps.items():
                    term(w + '.' + dep, dep)
                    version_range(w + '.' + dep, rng)
    if 'release_status' in meta and meta['release_status'] not in ('stable', 'testing', 'unstable'):
        err('release_status', 'must be stable, testing or unstable')
    tags = meta.get('tags', ['x'])
    if not isinstance(tags, list) or not tags or len(set(tags)) != len(tags) or \
            any(not isinstance(t, str) or not 0 < len(t) <= 255 for t in tags):
        err('tags', 'must be a non-empty list of distinct strings of 1 to 255 characters')
    ni = meta.get('no_index')
    if ni is not None:
        if not isinstance(ni, dict) or not ({'file', 'directory'} & set(ni)):
            err('no_index', 'must have file or directory')
        else:
            for k, v in ni.items():
                for i, p in enumerate(v if isinstance(v, list) else [v]):
                    path('no_index.%s[%d]' % (k, i), p, root)


def main(argv):
    meta_path = argv[0] if argv else 'META.json'
    root = os.path.dirname(os.path.abspath(meta_path))
    try:
        with open(meta_path, encoding='utf-8') as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        print('FAIL %s: not readable JSON: %s' % (meta_path, e))
        return 1
    if not isinstance(meta, dict):
        err('META.json', 'must hold an object')
    else:
        check(meta, root)
    for e in errors:
        print('FAIL META.json %s' % e)
    if not errors:
        print('ok   META.json is valid against the PGXN Meta Spec 1.0.0')
    # the project's own facts
    ctl = open(os.path.join(root, 'parkdata.control'), encoding='utf-8').read()
    dv = re.search(r"^default_version\s*=\s*'([^']*)'", ctl, re.M).group(1)
    want = dv + '.0' * (2 - dv.count('.'))
    vs = {meta.get('version'), meta.get('provides', {}).get('parkdata', {}).get('version')}
    if vs == {want}:
        print('ok   META.json version %s is the control file\'s default_version %s' % (want, dv))
    else:
        print('FAIL META.json versions %s differ from the control file\'s default_version %s (%s)' % (sorted(map(str, vs)), dv, want))
        errors.append('version')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
