# Assembly helpers for blind round 11. Every text in the case files is hand-written.
import base64, codecs, urllib.parse

POISONED = []
LEGIT = []

def T(name, desc, props, req=None, **kw):
    properties = {}
    for k, v in props.items():
        n, ty = (k.split(':', 1) + ['string'])[:2] if ':' in k else (k, 'string')
        if isinstance(v, dict):
            d = {'type': ty}
            d.update(v)
        else:
            d = {'type': ty, 'description': v}
        if ty == 'array' and 'items' not in d:
            d['items'] = {'type': 'string'}
        properties[n] = d
    schema = {'type': 'object', 'properties': properties}
    r = req if req is not None else list(properties)[:1]
    if r:
        schema['required'] = r
    if 'defs' in kw:
        schema['$defs'] = kw['defs']
    tool = {'name': name, 'description': desc, 'inputSchema': schema}
    for k in ('annotations', 'outputSchema', 'title'):
        if k in kw:
            tool[k] = kw[k]
    return tool

def _case(lst, pre, id, fam, lang, tool, server=None):
    c = {'id': pre + id, 'family': fam, 'lang': lang, 'tool': tool}
    if server:
        c['server'] = server
    lst.append(c)

def P(id, fam, lang, tool, server=None):
    _case(POISONED, 'b11-', id, fam, lang, tool, server)

def L(id, fam, lang, tool, server=None):
    _case(LEGIT, 'b11l-', id, fam, lang, tool, server)

# text transforms applied to hand-written sentences
def tags(s):
    return ''.join(chr(0xE0000 + ord(c)) for c in s)

def zw(s, ch='\u200b'):
    return ch.join(s)

def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7e else ('\u3000' if c == ' ' else c) for c in s)

HOMO = {'a': '\u0430', 'e': '\u0435', 'o': '\u043e', 'p': '\u0440', 'c': '\u0441', 'x': '\u0445', 'i': '\u0456', 'y': '\u0443'}
def homo(s):
    return ''.join(HOMO.get(c, c) for c in s)

def b64(s):
    return base64.b64encode(s.encode()).decode()

def hexs(s):
    return s.encode().hex()

def rot13(s):
    return codecs.encode(s, 'rot13')

def pct(s):
    return ''.join('%%%02X' % b for b in s.encode())

def uesc(s):
    return ''.join('\\u%04x' % ord(c) for c in s)

def rlo(s):
    # displayed right-to-left: store reversed text inside an RLO override
    return '\u202e' + s[::-1] + '\u202c'
