import json, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import p_en1, p_en2, p_en3, p_en4, p_intl1, p_intl2, p_intl3, p_intl4
import l_en1, l_en2, l_en3, l_en4, l_intl1, l_intl2, l_intl3, l_more

REMAP = {'hr_data': 'sensitive_domain', 'crm': 'sensitive_domain', 'health_data': 'sensitive_domain',
         'iot_control': 'sensitive_domain', 'calendar': 'sensitive_domain',
         'crypto_wallet': 'payments_confirm', 'terminal_ansi': 'unicode_text'}
for c in lib.LEGIT:
    c['family'] = REMAP.get(c['family'], c['family'])

ids = [c['id'] for c in lib.POISONED + lib.LEGIT]
dup = {i for i in ids if ids.count(i) > 1}
assert not dup, dup
for c in lib.POISONED:
    assert c['id'].startswith('b11-') and not c['id'].startswith('b11l-')
for c in lib.LEGIT:
    assert c['id'].startswith('b11l-')
for c in lib.POISONED + lib.LEGIT:
    t = c['tool']
    assert t['name'] and isinstance(t['description'], str) and t['inputSchema']['type'] == 'object'
    for r in t['inputSchema'].get('required', []):
        assert r in t['inputSchema']['properties'], (c['id'], r)

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
for sub, lst in (('poisoned', lib.POISONED), ('risky_legit', lib.LEGIT)):
    with open(os.path.join(root, sub, 'blind11.json'), 'w', encoding='utf-8') as f:
        json.dump({'cases': lst}, f, ensure_ascii=False, indent=2)
        f.write('\n')
print(len(lib.POISONED), len(lib.LEGIT))
