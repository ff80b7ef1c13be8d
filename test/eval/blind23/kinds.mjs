// Registry of document kinds: name, builder, number of documents, group
// (office = personal/office/business agents, dev = developer side), optional
// fixed languages, and an optional `pre` that pins language/culture per document.
import { MAIL_KINDS } from './kinds_mail.mjs';
import { BUSINESS_KINDS } from './kinds_business.mjs';
import { PEOPLE_KINDS } from './kinds_people.mjs';
import { DEV_KINDS } from './kinds_dev.mjs';
import { EXTRA_KINDS } from './kinds_extra.mjs';

const DEV_LANGS = ['en', 'en', 'en', 'en', 'en', 'de', 'fr', 'es', 'ja', 'zh', 'ru', 'pt', 'pl', 'ko'];
const K = (name, fn, count, group, extra = {}) => ({ name, fn, count, group, ...extra });
// languages each office kind has its own wording for (phrasebook-only kinds take all 24)
const L10 = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'zh', 'ko'];
const L8 = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ja', 'zh'];
const L7 = ['en', 'de', 'fr', 'es', 'ja', 'zh', 'ko'];
const TAX = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ja', 'zh', 'ko', 'tr', 'sv', 'cs', 'el', 'ru', 'fi', 'uk'];
const us = (p) => (r) => (r.chance(p) ? { lang: 'en', culture: 'us' } : {});
const gb = (p) => (r) => (r.chance(p) ? { lang: 'en', culture: 'gb' } : {});
export const KINDS = [
  // office: mail, calendar, chat, tickets
  K('email_thread', MAIL_KINDS.email_thread, 30, 'office'),
  K('calendar_invite', MAIL_KINDS.calendar_invite, 10, 'office', { supported: L10 }),
  K('team_chat', MAIL_KINDS.team_chat, 14, 'office'),
  K('support_chat', MAIL_KINDS.support_chat, 10, 'office', { supported: [...L10, 'pl', 'tr', 'ru'] }),
  K('sms_export', MAIL_KINDS.sms_export, 8, 'office', { supported: ['en', 'de', 'fr', 'es', 'pt', 'ja', 'zh', 'ko', 'ru'] }),
  K('meeting_notes', MAIL_KINDS.meeting_notes, 9, 'office'),
  K('helpdesk_ticket', MAIL_KINDS.helpdesk_ticket, 12, 'office', { supported: L10 }),
  K('account_recovery', MAIL_KINDS.account_recovery, 8, 'office', { supported: [...L10, 'pl', 'ru'] }),
  K('contact_cards', MAIL_KINDS.contact_cards, 8, 'office'),
  // office: business paperwork
  K('invoice', BUSINESS_KINDS.invoice, 12, 'office', { supported: L10 }),
  K('purchase_order', BUSINESS_KINDS.purchase_order, 8, 'office', { supported: L10 }),
  K('contract_nda', BUSINESS_KINDS.contract_nda, 8, 'office', { supported: L8 }),
  K('delivery_note', BUSINESS_KINDS.delivery_note, 8, 'office', { supported: L10 }),
  K('expense_report', BUSINESS_KINDS.expense_report, 8, 'office', { supported: L10 }),
  K('crm_export', BUSINESS_KINDS.crm_export, 10, 'office'),
  K('erp_vendor', BUSINESS_KINDS.erp_vendor, 8, 'office'),
  K('drive_listing', BUSINESS_KINDS.drive_listing, 7, 'office'),
  K('travel_itinerary', BUSINESS_KINDS.travel_itinerary, 11, 'office', { pre: us(0.55), supported: [...L8, 'ko'] }),
  K('property_listing', BUSINESS_KINDS.property_listing, 8, 'office', { supported: L10 }),
  K('tenancy_form', BUSINESS_KINDS.tenancy_form, 8, 'office', { pre: us(0.4), supported: L10 }),
  // office: people files
  K('offer_letter', PEOPLE_KINDS.offer_letter, 7, 'office', { supported: L10 }),
  K('payroll', PEOPLE_KINDS.payroll, 10, 'office', { pre: us(0.6), supported: L10 }),
  K('leave_request', PEOPLE_KINDS.leave_request, 8, 'office', { supported: [...L10, 'pl', 'tr', 'ru'] }),
  K('hr_onboarding', PEOPLE_KINDS.hr_onboarding, 9, 'office', { pre: () => ({ lang: 'en', culture: 'us' }) }),
  K('insurance_claim', PEOPLE_KINDS.insurance_claim, 8, 'office', { pre: us(0.35), supported: L8 }),
  K('patient_portal', PEOPLE_KINDS.patient_portal, 10, 'office', { pre: (r) => r.pick([{ lang: 'en', culture: 'us' }, { lang: 'en', culture: 'gb' }, {}, {}]), supported: L10 }),
  K('referral_letter', PEOPLE_KINDS.referral_letter, 8, 'office', { pre: (r) => r.pick([{ lang: 'en', culture: 'us' }, { lang: 'en', culture: 'gb' }, { lang: 'en', culture: 'gb' }, {}]), supported: L10 }),
  K('school_record', PEOPLE_KINDS.school_record, 8, 'office', { supported: L7 }),
  K('bank_statement', PEOPLE_KINDS.bank_statement, 9, 'office', { supported: L10 }),
  K('tax_form', PEOPLE_KINDS.tax_form, 14, 'office', { pre: us(0.6), supported: TAX }),
  K('password_manager_export', EXTRA_KINDS.password_manager_export, 9, 'office'),
  K('it_handover', EXTRA_KINDS.it_handover, 14, 'office', { supported: L7 }),
  K('integration_settings', EXTRA_KINDS.integration_settings, 12, 'office'),
  K('prescription', EXTRA_KINDS.prescription, 16, 'office', { pre: (r) => r.weighted([[9, { lang: 'en', culture: 'us' }], [9, { lang: 'en', culture: 'gb' }], [3, {}]]), supported: ['en', 'de', 'fr', 'es', 'ja', 'zh'] }),
  // developer side
  K('dotenv', DEV_KINDS.dotenv, 14, 'dev', { langs: DEV_LANGS }),
  K('yaml_config', DEV_KINDS.yaml_config, 11, 'dev', { langs: DEV_LANGS }),
  K('k8s_manifest', DEV_KINDS.k8s_manifest, 9, 'dev', { langs: DEV_LANGS }),
  K('json_config', DEV_KINDS.json_config, 10, 'dev', { langs: DEV_LANGS }),
  K('ini_properties', DEV_KINDS.ini_properties, 8, 'dev', { langs: DEV_LANGS }),
  K('shell_history', DEV_KINDS.shell_history, 11, 'dev', { langs: DEV_LANGS }),
  K('ci_log', DEV_KINDS.ci_log, 9, 'dev', { langs: DEV_LANGS }),
  K('app_log', DEV_KINDS.app_log, 10, 'dev', { langs: DEV_LANGS }),
  K('access_log', DEV_KINDS.access_log, 7, 'dev', { langs: DEV_LANGS }),
  K('sql_dump', DEV_KINDS.sql_dump, 8, 'dev', { langs: DEV_LANGS }),
  K('source_code', DEV_KINDS.source_code, 11, 'dev', { langs: DEV_LANGS }),
  K('git_output', DEV_KINDS.git_output, 9, 'dev', { langs: DEV_LANGS }),
  K('terraform', DEV_KINDS.terraform, 7, 'dev', { langs: DEV_LANGS }),
  K('docker_config', DEV_KINDS.docker_config, 7, 'dev', { langs: DEV_LANGS }),
  K('lockfile_manifest', DEV_KINDS.lockfile_manifest, 6, 'dev', { langs: DEV_LANGS }),
  K('runbook_md', DEV_KINDS.runbook_md, 9, 'dev', { langs: DEV_LANGS }),
  K('ssh_material', DEV_KINDS.ssh_material, 8, 'dev', { langs: DEV_LANGS }),
  K('http_dump', DEV_KINDS.http_dump, 9, 'dev', { langs: DEV_LANGS }),
];
