// Registry of document kinds: [kind, builder, count].
import * as CFG from './kinds_config.mjs';
export const KINDS = [
  ['env', CFG.env, 18], ['yaml_config', CFG.yaml_config, 13], ['json_config', CFG.json_config, 14], ['ini_toml', CFG.ini_toml, 11],
  ['properties_xml', CFG.properties_xml, 10], ['k8s_manifest', CFG.k8s_manifest, 14], ['docker_compose', CFG.docker_compose, 11], ['docker_config', CFG.docker_config, 8],
  ['terraform', CFG.terraform, 11], ['ci_pipeline', CFG.ci_pipeline, 12], ['cred_files', CFG.cred_files, 14], ['ssh_material', CFG.ssh_material, 9], ['kubeconfig', CFG.kubeconfig, 6],
];
import * as OPS from './kinds_ops.mjs';
KINDS.push(['shell_history', OPS.shell_history, 16], ['app_log', OPS.app_log, 16], ['access_log', OPS.access_log, 10], ['http_trace', OPS.http_trace, 13],
  ['git_output', OPS.git_output, 14], ['sql_dump', OPS.sql_dump, 10], ['env_dump', OPS.env_dump, 14]);
import * as CODE from './kinds_code.mjs';
KINDS.push(['source_code', CODE.source_code, 42], ['notebook', CODE.notebook, 6]);
import * as BIZ from './kinds_business.mjs';
KINDS.push(['crm_export', BIZ.crm_export, 18], ['ticket', BIZ.ticket, 14], ['email', BIZ.email_msg, 14], ['chat', BIZ.chat, 18], ['hr_record', BIZ.hr_record, 14],
  ['medical_note', BIZ.medical_note, 20], ['bank_statement', BIZ.bank_statement, 12], ['order_receipt', BIZ.order_receipt, 10], ['travel_booking', BIZ.travel_booking, 10],
  ['us_form', BIZ.us_form, 18], ['manifest', BIZ.manifest, 10], ['markdown_doc', BIZ.markdown_doc, 12]);
import * as PR from './kinds_prose.mjs';
KINDS.push(['news', PR.news, 20], ['letter', PR.letter, 20], ['minutes', PR.minutes, 16], ['case_notes', PR.case_notes, 18], ['review', PR.review, 16],
  ['forum_post', PR.forum_post, 18], ['biography', PR.biography, 16], ['social_post', PR.social_post, 16], ['translation', PR.translation, 18]);
