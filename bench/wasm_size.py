#!/usr/bin/env python3
"""Bytes of a wasm module's code by crate, from its name section.

usage: wasm_size.py MODULE.wasm [TOP] [--json]
(A copy of ../shared/tools/wasm_size.py, with --json for `make bench`.)
Prints code bytes per crate (first path segment of each demangled function name), the data
segment bytes, and the TOP largest functions. Build the module with names kept (a release
build before wasm-bindgen / wasm-opt strip them, e.g. target/wasm32-unknown-unknown/release/*.wasm
with `debug = false` and `strip = false`).
"""
import re, sys
from collections import Counter

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i

def demangle(s):
    """Legacy Rust mangling (_ZN...E) to a readable path; v0 (_R...) names keep their crate words."""
    if s.startswith('_ZN'):
        i = 3; parts = []
        while i < len(s) and s[i].isdigit():
            j = i
            while s[j].isdigit(): j += 1
            n = int(s[i:j]); parts.append(s[j:j+n]); i = j + n
        if parts and re.fullmatch(r'h[0-9a-f]{16}', parts[-1]): parts.pop()
        s = '::'.join(p[1:] if p.startswith('_$') else p for p in parts)
        for a, b in (('$LT$', '<'), ('$GT$', '>'), ('$RF$', '&'), ('$BP$', '*'), ('$u20$', ' '),
                     ('$u27$', "'"), ('$u5b$', '['), ('$u5d$', ']'), ('$u7b$', '{'), ('$u7d$', '}'),
                     ('$LP$', '('), ('$RP$', ')'), ('$C$', ','), ('..', '::')):
            s = s.replace(a, b)
    elif s.startswith('_R'):
        words = re.findall(r'\d+([A-Za-z_][A-Za-z0-9_]*)', s)
        crates = [w for w in words if not w.startswith('Cs')]
        s = '::'.join(crates) if crates else s
    return s

def main():
    data = open(sys.argv[1], 'rb').read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    i = 8; n_imports = 0; bodies = []; names = {}; data_bytes = 0; sections = Counter()
    while i < len(data):
        sid = data[i]; i += 1
        size, i = leb(data, i); end = i + size
        if sid == 2:  # imports: count function imports
            cnt, j = leb(data, i)
            for _ in range(cnt):
                l, j = leb(data, j); j += l
                l, j = leb(data, j); j += l
                kind = data[j]; j += 1
                if kind == 0: _, j = leb(data, j); n_imports += 1
                elif kind == 1: j += 1; fl, j = leb(data, j); _, j = leb(data, j); j = leb(data, j)[1] if fl & 1 else j
                elif kind == 2: fl, j = leb(data, j); _, j = leb(data, j); j = leb(data, j)[1] if fl & 1 else j
                elif kind == 3: j += 2
        if sid == 10:
            cnt, j = leb(data, i)
            for _ in range(cnt):
                l, j = leb(data, j); bodies.append(l); j += l
        if sid == 11: data_bytes += size
        if sid == 0:
            l, j = leb(data, i); nm = data[j:j+l].decode(); j += l
            sections['custom:' + nm] += size
            if nm == 'name':
                while j < end:
                    sub = data[j]; j += 1
                    ssz, j = leb(data, j); send = j + ssz
                    if sub == 1:
                        cnt, k = leb(data, j)
                        for _ in range(cnt):
                            idx, k = leb(data, k); l, k = leb(data, k)
                            names[idx] = data[k:k+l].decode('utf-8', 'replace'); k += l
                    j = send
        else:
            sections[sid] += size
        i = end
    by_crate = Counter(); fns = []
    for n, sz in enumerate(bodies):
        name = names.get(n + n_imports, f'func{n}')
        name = demangle(name)
        m = re.match(r'^(?:<(?:impl )?)?(?:&(?:mut )?)?(?:dyn )?\(?([A-Za-z_][A-Za-z0-9_]*)', name)
        crate = m.group(1) if m else '?'
        # a generic parameter (<T as tachys::view::Render>::build) belongs to the trait's crate
        t = re.match(r'^<[A-Z][A-Za-z0-9_]*(?:<[^>]*>)? as ([a-z_][a-z0-9_]*)::', name)
        if t and (len(crate) <= 3 and crate[:1].isupper()):
            crate = t.group(1)
        by_crate[crate] += sz; fns.append((sz, name))
    total = sum(bodies)
    if '--json' in sys.argv:
        import json
        print(json.dumps({'code': total, 'functions': len(bodies), 'data': data_bytes, 'file': len(data),
                          'crates': by_crate.most_common(30),
                          'largest': [[sz, name[:150]] for sz, name in sorted(fns, reverse=True)[:top]]}))
        return
    print(f'code {total:,} B in {len(bodies)} functions; data {data_bytes:,} B; file {len(data):,} B')
    for crate, sz in by_crate.most_common(30):
        print(f'{sz:>10,}  {100*sz/total:5.1f}%  {crate}')
    print('largest functions:')
    for sz, name in sorted(fns, reverse=True)[:top]:
        print(f'{sz:>8,}  {name[:150]}')

try:
    main()
except BrokenPipeError:
    pass
