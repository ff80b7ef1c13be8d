// Registry of document kinds: [kind, number of documents, builder].
import * as T from './kinds_text.mjs';
import * as C from './kinds_config.mjs';
import * as K from './kinds_code.mjs';
import * as R from './kinds_records.mjs';
import * as P from './kinds_prose.mjs';
export const KINDS = [
  ['chat_export', 30, T.chat_export], ['chat_messenger', 26, T.chat_messenger], ['ticket', 24, T.ticket], ['email', 26, T.email],
  ['onboarding_doc', 18, T.onboarding_doc], ['readme_setup', 16, T.readme_setup], ['meeting_notes', 18, T.meeting_notes], ['handover_notes', 18, T.handover_notes],
  ['wiki_it', 12, T.wiki_it], ['recovery_codes', 16, T.recovery_codes], ['password_sheet', 12, T.password_sheet], ['sms_voicemail', 14, T.sms_voicemail],
  ['config_file', 60, C.config_file], ['dotenv', 16, C.dotenv], ['k8s_manifest', 14, C.k8s_manifest], ['ci_pipeline', 12, C.ci_pipeline], ['docker_compose', 10, C.docker_compose], ['terraform', 10, C.terraform],
  ['source_code', 56, K.source_code], ['shell_history', 16, K.shell_history], ['git_output', 14, K.git_output], ['package_manifest', 14, K.package_manifest], ['app_log', 18, K.app_log], ['key_material', 18, K.key_material],
  ['crm_export', 14, R.crm_export], ['hr_record', 16, R.hr_record], ['medical_record', 16, R.medical_record], ['banking_doc', 16, R.banking_doc], ['invoice_shipping', 12, R.invoice_shipping],
  ['travel_itinerary', 10, R.travel_itinerary], ['api_response', 12, R.api_response], ['sql_dump', 12, R.sql_dump],
  ['news_article', 24, P.news_article], ['narrative_letter', 18, P.narrative_letter], ['case_notes', 14, P.case_notes],
];
