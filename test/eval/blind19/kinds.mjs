// Registry of document kinds and how many documents each contributes.
import * as O1 from './kinds_ops1.mjs';
import * as O2 from './kinds_ops2.mjs';
import * as O3 from './kinds_ops3.mjs';
import * as B1 from './kinds_biz1.mjs';
import * as B2 from './kinds_biz2.mjs';
import * as P1 from './kinds_people1.mjs';
import * as P2 from './kinds_people2.mjs';
const reg = (mod, names, count) => Object.fromEntries(names.map((n) => [n.replace(/_/g, '-'), { fn: mod[n], count }]));
export const KINDS = {
  ...reg(O1, ['deploy_log', 'ci_output', 'container_cli', 'cloud_cli', 'db_dump'], 13),
  ...reg(O3, ['access_log', 'source_code', 'git_output', 'lockfile_manifest'], 13),
  ...reg(O2, ['incident_timeline', 'k8s_manifest', 'env_file', 'app_config', 'shell_history'], 13),
  ...reg(B1, ['crm_export', 'erp_export', 'invoice', 'payroll', 'hr_letter'], 14),
  ...reg(B2, ['insurance_claim', 'clinic_document', 'travel_booking', 'legal_correspondence', 'bank_document'], 14),
  ...reg(P1, ['email_thread', 'chat_channel', 'meeting_minutes', 'interview_notes', 'newsletter'], 14),
  ...reg(P2, ['obituary_news', 'customer_review', 'forum_post', 'support_ticket', 'wiki_runbook'], 14),
};
