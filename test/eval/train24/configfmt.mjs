// Serialisers for configuration syntaxes. A config is a list of sections {name, entries:[{k, v, note}]},
// where v is a string, a labelled value, or a fragment mixing both. Values are quoted and escaped per
// syntax; a labelled value that the escaping changes gets that escaping added to its encoding chain.
import { isVal, reenc, flat, look } from './builder.mjs';
import { encode } from './codec.mjs';
import { styleKey } from './secrets.mjs';

export function esc(fr, step) {
  if (fr === null || fr === undefined) return fr;
  if (Array.isArray(fr)) return fr.map((x) => esc(x, step));
  if (isVal(fr)) return encode(fr.v, step) === fr.v ? fr : reenc(fr, step);
  return encode(String(fr), step);
}
const multiline = (v) => flat(v).includes('\n');
const needsQuote = (v) => /[\s#;'"=:{}\[\],&*!|>%@`]/.test(flat(v)) || flat(v) === '';
export const SYNTAXES = ['env', 'yaml', 'json', 'toml', 'ini', 'xml', 'xml_attr', 'properties', 'hcl', 'hocon', 'php_array', 'php_define', 'python', 'nix', 'edn', 'plist', 'reg', 'psd1', 'lua', 'dockerfile', 'makefile', 'systemd', 'conf', 'cue', 'ruby_yaml_erb', 'jsonc'];
export const KEY_STYLE = { env: 'UPPER', yaml: ['snake', 'camel', 'kebab'], json: ['camel', 'snake'], jsonc: ['camel'], toml: ['snake', 'kebab'], ini: ['snake', 'flat', 'Pascal'], xml: ['Pascal', 'camel'], xml_attr: ['Pascal', 'dot', 'UPPER'],
  properties: ['dot', 'kebab'], hcl: 'snake', hocon: ['camel', 'dot'], php_array: ['snake'], php_define: 'UPPER', python: 'UPPER', nix: 'camel', edn: 'kebab', plist: 'Pascal', reg: ['Pascal', 'Title'],
  psd1: 'Pascal', lua: 'snake', dockerfile: 'UPPER', makefile: 'UPPER', systemd: 'UPPER', conf: ['kebab', 'flat', 'snake'], cue: 'camel', ruby_yaml_erb: 'snake' };
export function keyStyle(r, syn) { const s = KEY_STYLE[syn]; return Array.isArray(s) ? r.pick(s) : s; }
export const restyle = (k, style) => styleKey(k.replace(/[._-]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'), style);

const dq = (v) => ['"', esc(v, 'json'), '"'];
function indentFrag(v, n) { return esc(v, `indent:${n}`); }

export function render(r, syn, sections, { comment = '#' } = {}) {
  const out = [];
  const C = (text) => (text ? [comment, ' ', text, '\n'] : []);
  switch (syn) {
    case 'env': {
      const exp = r.chance(0.25) ? 'export ' : '';
      for (const s of sections) {
        if (s.name) out.push(`\n# --- ${s.name} ---\n`);
        for (const e of s.entries) {
          if (e.note) out.push(C(e.note));
          const v = e.v;
          if (multiline(v)) out.push(exp, e.k, '="', esc(v, r.chance(0.5) ? 'nl' : 'plain'), '"\n');
          else if (needsQuote(v) || r.chance(0.2)) out.push(exp, e.k, '=', r.chance(0.5) && !flat(v).includes("'") ? ["'", v, "'"] : ['"', esc(v, 'cstr'), '"'], '\n');
          else out.push(exp, e.k, '=', v, '\n');
        }
      }
      return out;
    }
    case 'yaml': case 'ruby_yaml_erb': {
      for (const s of sections) {
        const ind = s.name ? '  ' : '';
        if (s.name) out.push(s.name, ':\n');
        for (const e of s.entries) {
          if (e.note) out.push(ind, '# ', e.note, '\n');
          const v = e.v;
          if (multiline(v)) out.push(ind, e.k, ': |\n', ind, '  ', indentFrag(v, ind.length + 2), '\n');
          else if (needsQuote(v) || r.chance(0.3)) out.push(ind, e.k, ': ', r.chance(0.5) && !flat(v).includes("'") ? ["'", v, "'"] : dq(v), '\n');
          else out.push(ind, e.k, ': ', v, '\n');
        }
      }
      return out;
    }
    case 'json': case 'jsonc': {
      const ind = r.pick(['  ', '    ', '\t']);
      const line = (e, pad, comma) => {
        const v = e.v; const lit = typeof v === 'string' && /^(\d+|true|false|null)$/.test(v);
        return [e.note && syn === 'jsonc' ? [pad, '// ', e.note, '\n'] : '', pad, JSON.stringify(e.k), ': ', lit ? v : dq(v), comma, '\n'];
      };
      const items = [];
      for (const s of sections) { if (s.name) items.push({ s }); else for (const e of s.entries) items.push({ e }); }
      out.push('{\n');
      items.forEach((it, i) => {
        const comma = i < items.length - 1 ? ',' : '';
        if (it.e) { out.push(line(it.e, ind, comma)); return; }
        out.push(ind, JSON.stringify(it.s.name), ': {\n');
        it.s.entries.forEach((e, j) => out.push(line(e, ind + ind, j < it.s.entries.length - 1 ? ',' : '')));
        out.push(ind, '}', comma, '\n');
      });
      out.push('}\n');
      return out;
    }
    case 'toml': {
      for (const s of sections) {
        if (s.name) out.push(`\n[${s.name}]\n`);
        for (const e of s.entries) {
          if (e.note) out.push(C(e.note));
          const v = e.v;
          if (typeof v === 'string' && /^(\d+|true|false)$/.test(v)) out.push(e.k, ' = ', v, '\n');
          else if (multiline(v) && r.chance(0.5)) out.push(e.k, ' = """\n', v, '"""\n');
          else if (r.chance(0.2) && !flat(v).includes("'") && !multiline(v)) out.push(e.k, " = '", v, "'\n");
          else out.push(e.k, ' = ', dq(v), '\n');
        }
      }
      return out;
    }
    case 'ini': case 'conf': {
      const eq = syn === 'conf' ? ' ' : r.pick([' = ', '=', ': ']);
      for (const s of sections) {
        if (s.name && syn === 'ini') out.push(`\n[${s.name}]\n`);
        for (const e of s.entries) {
          if (e.note) out.push(r.pick(['# ', '; ']).slice(0, syn === 'conf' ? 0 : 2) || '# ', e.note, '\n');
          const v = multiline(e.v) ? esc(e.v, 'nl') : e.v;
          out.push(e.k, eq, syn === 'conf' && needsQuote(v) ? dq(v) : v, '\n');
        }
      }
      return out;
    }
    case 'properties': {
      const eq = r.pick(['=', ' = ', ': ']);
      for (const s of sections) {
        if (s.name) out.push(`\n# ${s.name}\n`);
        for (const e of s.entries) {
          if (e.note) out.push(r.pick(['# ', '! ']), e.note, '\n');
          out.push(s.name && r.chance(0.6) ? s.name.toLowerCase().replace(/\s+/g, '.') + '.' : '', e.k, eq, multiline(e.v) ? esc(e.v, 'nl') : e.v, '\n');
        }
      }
      return out;
    }
    case 'xml': {
      const root = r.pick(['configuration', 'settings', 'config', 'appConfig']);
      out.push('<?xml version="1.0" encoding="utf-8"?>\n', `<${root}>\n`);
      for (const s of sections) {
        const pad = s.name ? '    ' : '  ';
        const tag = s.name ? s.name.replace(/\W+/g, '') : null;
        if (tag) out.push(`  <${tag}>\n`);
        for (const e of s.entries) {
          if (e.note) out.push(pad, '<!-- ', e.note, ' -->\n');
          const tg = e.k.replace(/[^A-Za-z0-9_.-]/g, '') || 'value';
          out.push(pad, `<${tg}>`, esc(e.v, 'xml'), `</${tg}>\n`);
        }
        if (tag) out.push(`  </${tag}>\n`);
      }
      out.push(`</${root}>\n`);
      return out;
    }
    case 'xml_attr': {
      out.push('<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n');
      for (const s of sections) for (const e of s.entries) {
        if (e.note) out.push('    <!-- ', e.note, ' -->\n');
        out.push('    <add key="', e.k, '" value="', esc(multiline(e.v) ? esc(e.v, 'nl') : e.v, 'xml'), '" />\n');
      }
      out.push('  </appSettings>\n</configuration>\n');
      return out;
    }
    case 'hcl': case 'hocon': case 'cue': case 'nix': {
      const open = syn === 'nix' ? '{\n' : '';
      const asg = syn === 'cue' ? ': ' : ' = ';
      const end = syn === 'nix' ? ';' : '';
      out.push(open);
      for (const s of sections) {
        const pad = (syn === 'nix' ? '  ' : '') + (s.name ? '  ' : '');
        if (s.name) out.push(syn === 'nix' ? '  ' : '', syn === 'hcl' ? `${s.name.replace(/\W+/g, '_')} {\n` : `${s.name.replace(/\W+/g, '_')}${syn === 'cue' ? ': ' : syn === 'nix' ? ' = ' : ' '}{\n`);
        for (const e of s.entries) {
          if (e.note) out.push(pad, syn === 'hcl' || syn === 'hocon' ? '# ' : syn === 'nix' ? '# ' : '// ', e.note, '\n');
          const v = e.v; const lit = typeof v === 'string' && /^(\d+|true|false)$/.test(v);
          const val = lit ? v : multiline(v) && syn === 'hcl' && r.chance(0.5) ? ['<<-EOT\n', v, '\nEOT'] : dq(v);
          out.push(pad, syn === 'nix' && /[^A-Za-z0-9_]/.test(e.k) ? JSON.stringify(e.k) : e.k, asg, val, end, '\n');
        }
        if (s.name) out.push(syn === 'nix' ? '  ' : '', '}', end, '\n');
      }
      if (syn === 'nix') out.push('}\n');
      return out;
    }
    case 'php_array': {
      out.push('<?php\n\nreturn [\n');
      for (const s of sections) {
        const pad = s.name ? '        ' : '    ';
        if (s.name) out.push(`    '${s.name.replace(/\W+/g, '_').toLowerCase()}' => [\n`);
        for (const e of s.entries) { if (e.note) out.push(pad, '// ', e.note, '\n'); out.push(pad, `'${e.k}' => '`, e.v, "',\n"); }
        if (s.name) out.push('    ],\n');
      }
      out.push('];\n');
      return out;
    }
    case 'php_define': {
      out.push('<?php\n');
      for (const s of sections) { if (s.name) out.push(`\n/** ${s.name} */\n`); for (const e of s.entries) { if (e.note) out.push('// ', e.note, '\n'); out.push(`define( '${e.k}', '`, e.v, "' );\n"); } }
      return out;
    }
    case 'python': {
      for (const s of sections) {
        if (s.name) out.push(`\n# ${s.name}\n`);
        for (const e of s.entries) {
          if (e.note) out.push('# ', e.note, '\n');
          const v = e.v; const lit = typeof v === 'string' && /^(\d+|True|False|None)$/.test(v);
          out.push(e.k, ' = ', lit ? v : multiline(v) ? ['"""', v, '"""'] : r.chance(0.5) ? ["'", v, "'"] : dq(v), '\n');
        }
      }
      return out;
    }
    case 'edn': {
      out.push('{');
      sections.forEach((s, si) => {
        if (s.name) out.push(si ? '\n ' : '', `:${s.name.replace(/\W+/g, '-').toLowerCase()} {`);
        s.entries.forEach((e, i) => { if (e.note) out.push(i || si ? '\n  ' : '', ';; ', e.note); out.push(i || si || e.note ? '\n  ' : '', `:${e.k} `, dq(e.v)); });
        if (s.name) out.push('}');
      });
      out.push('}\n');
      return out;
    }
    case 'plist': {
      out.push('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n');
      for (const s of sections) for (const e of s.entries) out.push(`\t<key>${e.k}</key>\n\t<string>`, esc(e.v, 'xml'), '</string>\n');
      out.push('</dict>\n</plist>\n');
      return out;
    }
    case 'reg': {
      out.push('Windows Registry Editor Version 5.00\n');
      for (const s of sections) {
        out.push(`\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\${r.pick(['Fabrikam', 'Contoso', 'Northwind'])}\\${(s.name || 'Settings').replace(/\W+/g, '')}]\n`);
        for (const e of s.entries) out.push(`"${e.k}"="`, esc(multiline(e.v) ? esc(e.v, 'nl') : e.v, 'cstr'), '"\n');
      }
      return out;
    }
    case 'psd1': {
      out.push('@{\n');
      for (const s of sections) {
        const pad = s.name ? '        ' : '    ';
        if (s.name) out.push(`    ${s.name.replace(/\W+/g, '')} = @{\n`);
        for (const e of s.entries) { if (e.note) out.push(pad, '# ', e.note, '\n'); out.push(pad, e.k, " = '", e.v, "'\n"); }
        if (s.name) out.push('    }\n');
      }
      out.push('}\n');
      return out;
    }
    case 'lua': {
      out.push(`local ${r.pick(['config', 'settings', 'M'])} = {\n`);
      for (const s of sections) {
        const pad = s.name ? '    ' : '  ';
        if (s.name) out.push(`  ${s.name.replace(/\W+/g, '_')} = {\n`);
        for (const e of s.entries) { if (e.note) out.push(pad, '-- ', e.note, '\n'); out.push(pad, e.k, ' = ', multiline(e.v) ? ['[[', e.v, ']]'] : dq(e.v), ',\n'); }
        if (s.name) out.push('  },\n');
      }
      out.push('}\n');
      return out;
    }
    case 'dockerfile': {
      out.push(`FROM ${r.pick(['python', 'node', 'eclipse-temurin', 'golang', 'ruby'])}:`, look('version', `${r.int(1, 21)}.${r.int(0, 12)}`), r.pick(['-slim', '-alpine', '-jre', '']), '\n');
      for (const s of sections) for (const e of s.entries) {
        if (e.note) out.push('# ', e.note, '\n');
        const v = multiline(e.v) ? esc(e.v, 'nl') : e.v;
        out.push(r.chance(0.7) ? 'ENV ' : 'ARG ', e.k, '=', needsQuote(v) ? dq(v) : v, '\n');
      }
      out.push(`WORKDIR /srv/app\nCOPY . .\nCMD ["./start.sh"]\n`);
      return out;
    }
    case 'makefile': {
      for (const s of sections) for (const e of s.entries) {
        if (e.note) out.push('# ', e.note, '\n');
        out.push(e.k, r.pick([' ?= ', ' := ', ' = ']), multiline(e.v) ? esc(e.v, 'nl') : e.v, '\n');
      }
      out.push('\ndeploy:\n\t./scripts/deploy.sh $(ENVIRONMENT)\n');
      return out;
    }
    case 'systemd': {
      out.push(`[Unit]\nDescription=${r.pick(['Billing worker', 'Report exporter', 'Sync agent', 'Webhook relay'])}\nAfter=network-online.target\n\n[Service]\nType=simple\nUser=${r.pick(['svc', 'app', 'nobody'])}\n`);
      for (const s of sections) for (const e of s.entries) {
        if (e.note) out.push('# ', e.note, '\n');
        const v = multiline(e.v) ? esc(e.v, 'nl') : e.v;
        out.push(r.chance(0.5) ? ['Environment="', e.k, '=', esc(v, 'cstr'), '"\n'] : ['Environment=', e.k, '=', v, '\n']);
      }
      out.push('ExecStart=/opt/app/bin/worker\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n');
      return out;
    }
    default: throw new Error('unknown syntax ' + syn);
  }
}
