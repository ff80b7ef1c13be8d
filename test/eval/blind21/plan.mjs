// Which document kinds are generated, and how many of each.
import * as H from './kinds_home.mjs';
import * as F from './kinds_forms.mjs';
import * as T from './kinds_tech.mjs';
import * as T2 from './kinds_tech2.mjs';
export const PLAN = [
  ['email_thread', H.email_thread, 22], ['calendar_invite', H.calendar_invite, 10], ['chat_export', H.chat_export, 20], ['newsletter', H.newsletter, 10],
  ['obituary', H.obituary, 10], ['real_estate_listing', H.real_estate_listing, 10], ['travel_booking', H.travel_booking, 10], ['boarding_pass', H.boarding_pass, 8],
  ['household_budget', H.household_budget, 8], ['sms_export', H.sms_export, 8], ['vcard_export', H.vcard_export, 8],
  ['tax_letter', F.tax_letter, 14], ['us_tax_form', F.us_tax_form, 16], ['benefits_enrollment', F.benefits_enrollment, 12], ['insurance_claim', F.insurance_claim, 9], ['medical_letter', F.medical_letter, 16], ['pharmacy_log', F.pharmacy_log, 10], ['school_letter', F.school_letter, 10],
  ['rental_agreement', F.rental_agreement, 10], ['visa_application', F.visa_application, 10], ['bank_statement', F.bank_statement, 12], ['payslip', F.payslip, 12],
  ['hr_onboarding', F.hr_onboarding, 12], ['car_rental_form', F.car_rental_form, 9],
  ['shell_history', T.shell_history, 16], ['dotfiles', T.dotfiles, 16], ['env_dump', T.env_dump, 14], ['password_export', T.password_export, 12],
  ['router_config', T.router_config, 16], ['tfvars', T.tfvars, 10], ['powershell_script', T.powershell_script, 12], ['registry_export', T.registry_export, 9], ['terminal_session', T.terminal_session, 12],
  ['connection_strings', T2.connection_strings, 12], ['k8s_manifest', T2.k8s_manifest, 12], ['app_config', T2.app_config, 16], ['json_credentials', T2.json_credentials, 12],
  ['server_log', T2.server_log, 14], ['git_output', T2.git_output, 12], ['source_code', T2.source_code, 14], ['crm_export', T2.crm_export, 10],
  ['support_ticket', T2.support_ticket, 12], ['markdown_notes', T2.markdown_notes, 14], ['package_manifest', T2.package_manifest, 8],
];
