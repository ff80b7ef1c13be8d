// Registry of document kinds: [kind, {fn, count, n: [min, max] body items, human}]
import { CONFIG_KINDS } from './kinds_config.mjs';
import { OPS_KINDS } from './kinds_ops.mjs';
import { CODE_KINDS } from './kinds_code.mjs';
import { DEV_KINDS } from './kinds_dev.mjs';
import { HUMAN_KINDS } from './kinds_human.mjs';

const K = [];
const add = (obj, count, n, human = false) => { for (const [k, fn] of Object.entries(obj)) K.push([k, { fn, count: typeof count === 'object' ? (count[k] ?? count._) : count, n: Array.isArray(n[0]) ? n : (n[k] || n._ || n), human }]); };
add(CONFIG_KINDS, 9, [4, 9]);
add(OPS_KINDS, { _: 9, shell_history: 12, terminal_session: 11, app_log: 11, credentials_file: 11, key_material: 20 }, { _: [3, 8], app_log: [6, 14] });
add(CODE_KINDS, { _: 10, source_code: 20, test_fixture: 12 }, { _: [3, 8], source_code: [5, 10], sql_dump: [4, 9] });
add(DEV_KINDS, { _: 9, git_show: 10 }, [3, 8]);
add(HUMAN_KINDS, { _: 13, crm_export: 16, medical_record: 16, tax_form: 14, chat_log: 16, email_message: 14, support_ticket: 14, prose_note: 14 }, { _: [3, 8], crm_export: [5, 12], chat_log: [5, 11], hr_record: [4, 8], bank_statement: [4, 9] }, true);
export const PLAN = K;
