// blind8: rendering a secret assignment in many syntaxes, and in prose.
import { S, T, mapText, withV, spanVal } from './lib.mjs';
import { KIND } from './secrets.mjs';

export const snake = (N) => N.toLowerCase();
export const camel = (N) => N.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
export const pascal = (N) => { const c = camel(N); return c[0].toUpperCase() + c.slice(1); };
export const kebab = (N) => N.toLowerCase().replace(/_/g, '-');
export const dotted = (N) => N.toLowerCase().replace(/_/g, '.');
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);

/** one "name = value" line for a secret span `sp` (object from sec()) in syntax `syn`. */
export function assign(r, syn, name, sp) {
  const N = name;
  const esc = (x) => mapText([x], jsonEsc);
  switch (syn) {
    case 'env': return r.pick([T`${N}=${sp}`, T`${N}="${sp}"`, T`export ${N}='${sp}'`, T`${N}=${sp}  # rotated ${r.int(2, 28)}.${r.int(1, 12)}.`]);
    case 'yaml': return r.pick([T`${snake(N)}: ${sp}`, T`${snake(N)}: "${sp}"`, T`${camel(N)}: '${sp}'`]);
    case 'json': return T`"${camel(N)}": "${esc(sp)}"`;
    case 'toml': return T`${snake(N)} = "${sp}"`;
    case 'ini': return r.pick([T`${dotted(N)}=${sp}`, T`${snake(N)} = ${sp}`]);
    case 'hcl': return T`${snake(N)} = "${sp}"`;
    case 'py': return r.pick([T`${N} = "${sp}"`, T`os.environ.setdefault("${N}", "${sp}")`, T`${snake(N)} = '${sp}'  # FIXME move to vault`]);
    case 'js': return r.pick([T`const ${camel(N)} = '${sp}';`, T`process.env.${N} ??= "${sp}";`, T`  ${camel(N)}: \`${sp}\`,`]);
    case 'ts': return r.pick([T`export const ${N}: string = "${sp}";`, T`  ${camel(N)}: '${sp}',`]);
    case 'go': return r.pick([T`${camel(N)} := "${sp}"`, T`os.Setenv("${N}", "${sp}")`, T`const ${camel(N)} = \`${sp}\``]);
    case 'java': return r.pick([T`private static final String ${N} = "${sp}";`, T`props.setProperty("${dotted(N)}", "${sp}");`]);
    case 'kt': return T`val ${camel(N)} = "${sp}"`;
    case 'rb': return r.pick([T`ENV['${N}'] ||= '${sp}'`, T`config.${snake(N)} = "${sp}"`]);
    case 'php': return r.pick([T`'${snake(N)}' => '${sp}',`, T`define('${N}', '${sp}');`, T`$${camel(N)} = "${sp}";`]);
    case 'cs': return r.pick([T`var ${camel(N)} = "${sp}";`, T`options.${pascal(N)} = @"${sp}";`]);
    case 'rs': return T`const ${N}: &str = "${sp}";`;
    case 'swift': return T`let ${camel(N)} = "${sp}"`;
    case 'sh': return r.pick([T`export ${N}=${sp}`, T`${N}='${sp}' ./scripts/deploy.sh --env ${r.pick(['prod', 'staging'])}`, T`echo "${N}=${sp}" >> $GITHUB_ENV`]);
    case 'log': return r.pick([T`${snake(N)}=${sp}`, T`"${snake(N)}":"${esc(sp)}"`, T`${N}: ${sp}`]);
    case 'docker': return T`-e ${N}=${sp}`;
    default: throw new Error('syntax ' + syn);
  }
}
export const SYNS = ['env', 'yaml', 'json', 'toml', 'ini', 'hcl', 'py', 'js', 'ts', 'go', 'java', 'kt', 'rb', 'php', 'cs', 'rs', 'swift', 'sh', 'log', 'docker'];
export const nameOf = (r, sp) => r.pick((KIND[sp.e] || { names: ['PRIVATE_KEY'] }).names);
export const descOf = (sp) => (KIND[sp.e] || { desc: 'private key' }).desc;

/** a secret said in human words (chat, tickets, mail), in several languages */
export function prose(r, sp, lang) {
  const d = descOf(sp);
  lang = lang || r.pick(['en', 'en', 'en', 'de', 'fr', 'es', 'pt', 'ja', 'nl', 'it']);
  const ml = spanVal(sp).includes('\n');
  if (ml) return r.pick([T`here's the key, don't lose it again:\n\`\`\`\n${sp}\n\`\`\``, T`Anbei der Schlüssel für den Build-Server:\n\n${sp}\n`, T`pasting the ${d} for the bastion (will rotate after the migration):\n${sp}`]);
  const pw = /PASSWORD|WIFI/.test(sp.e);
  const en = pw ? [T`pw is ${sp} (same as the shared vault entry)`, T`the ${d} for staging is ${sp}`, T`password: ${sp} — change it after first login`, T`try with "${sp}", that's what ops gave me`, T`can someone rotate the ${d}? I pasted ${sp} in the public channel by mistake 😬`]
    : [T`here's the ${d} for staging: ${sp}`, T`can someone rotate this? I pasted ${sp} into the public channel by mistake 😬`, T`use ${sp} for now, it's the ${d} until Friday`, T`${d}: ${sp}`, T`the old ${d} (${sp}) still works, that's the problem`, T`FYI the ${d} is ${sp}. pls don't commit it`, T`works for me with ${sp} — maybe your copy has a trailing space?`];
  const o = pw ? { en, de: [T`Das Passwort (${d}) lautet ${sp} – bitte nach dem ersten Login ändern.`, T`Zugang: ${sp} (gilt bis Monatsende)`], fr: [T`Le mot de passe est ${sp}, ne le partage pas stp.`], es: [T`La contraseña (${d}) es: ${sp}`], pt: [T`senha provisória: ${sp}`], ja: [T`パスワードは ${sp} です。共有しないでください。`], nl: [T`Het wachtwoord is ${sp}, niet doorsturen aub.`], it: [T`La password è ${sp}, cambiala al primo accesso.`] }
    : { en, de: [T`Der ${d} lautet ${sp} – bitte nicht ins Repo committen.`, T`Neuer Token: ${sp} (der alte ist widerrufen)`], fr: [T`Le ${d} est ${sp}, ne le partage pas stp.`, T`voici la clé : ${sp}`], es: [T`La clave (${d}) es: ${sp}`, T`te paso el token: ${sp} — no lo subas a git`], pt: [T`O token novo é ${sp}, troca depois do deploy.`], ja: [T`${d}は ${sp} です。共有しないでください。`, T`トークン: ${sp}`], nl: [T`De sleutel is ${sp}, niet doorsturen aub.`], it: [T`La chiave è ${sp}, non metterla nel repo.`] };
  return r.pick(o[lang] || en);
}
export { withV };
