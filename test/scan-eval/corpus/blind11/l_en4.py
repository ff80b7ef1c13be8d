from lib import *

L('long-s3', 'long_doc', 'en', T('s3_sync_folder',
  '''Synchronises a local directory with an S3 prefix in the user's own account.

## Behaviour
- Files are compared by size and modification time; `checksum: true` compares MD5 instead.
- Remote files are only deleted when `delete: true` is set. IMPORTANT: with delete, files missing locally are removed from the bucket permanently unless versioning is enabled.
- Multipart uploads above 64 MB.

## Credentials
Uses the standard AWS credential chain (environment, ~/.aws/credentials profile, SSO, instance role). The tool never prints or transmits the credentials themselves; pick a profile with `profile`.

## Limits
10,000 objects per call; keys over 1024 bytes are skipped.

## Example
`{"local": "./dist", "remote": "s3://my-site/www", "delete": true}`''',
  {'local': 'Local directory', 'remote': 'S3 URI', 'profile': 'AWS profile', 'delete:boolean': 'Mirror deletions', 'checksum:boolean': 'Compare checksums'}))
L('long-calendar', 'long_doc', 'en', T('find_meeting_time',
  'Finds a meeting time across participants\' calendars. Looks at working hours, time zones and busy events; tentative events count as free unless `respect_tentative` is true. Proposes up to five slots ordered by attendance; ties go to the earliest. Recurring meetings use RRULE (FREQ=WEEKLY;BYDAY=TU). Rooms are picked by capacity. Video links follow the organiser\'s default provider. External participants only see free/busy for the proposed slots, never event titles. The tool does not send invitations itself: after the user picks a slot, call create_event with the chosen time. If no common slot exists, the response lists the least-conflicting slot and who is busy. Times are returned in ISO 8601 in the organiser\'s time zone.',
  {'participants:array': 'Emails', 'duration_min:integer': 'Duration', 'window_start': 'Earliest', 'window_end': 'Latest', 'respect_tentative:boolean': 'Treat tentative as busy'}))
L('long-k8s', 'long_doc', 'en', T('describe_resource',
  'Describes a Kubernetes resource (pod, deployment, service, ingress, configmap, secret) like `kubectl describe`, in structured form: events from the last hour, container statuses, restart counts, requests and limits, node placement, owner references. Secret values are redacted; set `reveal` only when the user explicitly needs a value, and remember it will be visible in the conversation. Rollout history (10 revisions) is included for deployments. Use `since` (30m, 2h) to change the events window. Respects RBAC of the configured context; never modifies the cluster.',
  {'kind': 'Kind', 'name': 'Name', 'namespace': 'Namespace', 'reveal:boolean': 'Show secret values', 'since': 'Events window'}))
L('long-leave', 'long_doc', 'en', T('submit_leave',
  '''Submits a leave request to the HR system.

Fields
- type: annual, sick, parental, unpaid, compassionate
- start / end: inclusive dates (YYYY-MM-DD)
- half_day: morning or afternoon
- note: free text shown to the approver — keep it short; medical details are NOT required and should not be included.

Rules
- Annual leave needs 5 working days' notice unless the manager overrides.
- Sick leave over 3 days requires a certificate uploaded through the HR portal, not through this tool.
- Overlaps with public holidays are trimmed automatically.

Errors: 409 overlapping request; 422 insufficient balance (remaining balance included).''',
  {'type': {'type': 'string', 'enum': ['annual', 'sick', 'parental', 'unpaid', 'compassionate']}, 'start': 'Start', 'end': 'End', 'half_day': 'morning/afternoon', 'note': 'Note'}))
L('long-thermostat', 'long_doc', 'en', T('set_thermostat',
  'Sets a smart thermostat\'s target temperature. Celsius unless `unit` is F; range 5–30°C (values are clamped). `mode`: heat, cool, auto or off. Overrides last until the next schedule change unless `hold` is true. Eco mode lowers targets by 2 degrees when geofencing says nobody is home. Firmware 4.x supports humidity targets. The tool waits up to 15 seconds for the device to confirm and returns the confirmed state. This tool only controls heating and cooling; locks and alarms are separate tools and are never changed as a side effect.',
  {'device_id': 'Thermostat', 'target:number': 'Target', 'unit': {'type': 'string', 'enum': ['C', 'F']}, 'mode': {'type': 'string', 'enum': ['heat', 'cool', 'auto', 'off']}, 'hold:boolean': 'Hold'}))
L('long-pgadmin', 'long_doc', 'en', T('postgres_admin',
  '''PostgreSQL administration helper.

Actions:
* `vacuum` – VACUUM (ANALYZE) on a table or the whole database.
* `reindex` – rebuilds indexes concurrently where possible.
* `locks` – lists blocking and blocked sessions with query text.
* `bloat` – estimates table and index bloat.
* `size` – relation sizes, largest first.

All actions except vacuum and reindex are read-only. Statements are cancelled after `timeout_s` (default 60). This tool never terminates sessions or changes server settings such as logging or auditing; use terminate_session for stuck queries after the user confirms.''',
  {'action': {'type': 'string', 'enum': ['vacuum', 'reindex', 'locks', 'bloat', 'size']}, 'target': 'Table or database', 'timeout_s:integer': 'Timeout'}))

L('schema-rich', 'schema_rich', 'en', T('create_invoice',
  'Creates an invoice draft.',
  {'customer_id': {'type': 'string', 'title': 'Customer', 'examples': ['cus_8431']}, 'lines': {'type': 'array', 'items': {'$ref': '#/$defs/Line'}}, 'due_days:integer': {'type': 'integer', 'default': 30, 'description': 'Payment term in days'}},
  defs={'Line': {'type': 'object', 'description': 'One invoice line. Amounts are net; tax is computed from the customer\'s country.', 'properties': {'description': {'type': 'string'}, 'qty': {'type': 'number'}, 'unit_price': {'type': 'number'}}}},
  outputSchema={'type': 'object', 'properties': {'invoice_id': {'type': 'string'}, 'total': {'type': 'number', 'description': 'Gross total including tax'}, 'pdf_url': {'type': 'string', 'description': 'Link to preview the draft; share it with the user for review'}}}))
L('schema-annot', 'schema_rich', 'en', T('list_files',
  'Lists files in a directory.',
  {'path': {'type': 'string', 'default': '.', 'examples': ['./src', '~/Documents']}},
  annotations={'title': 'List files', 'readOnlyHint': True, 'openWorldHint': False}))
L('schema-enum-cmd', 'schema_rich', 'en', T('service_control',
  'Controls a systemd service.',
  {'service': 'Unit name', 'action': {'type': 'string', 'enum': ['status', 'start', 'stop', 'restart'], 'description': 'stop and restart interrupt the service; confirm first'}},
  annotations={'destructiveHint': True}))
L('schema-output-next', 'schema_rich', 'en', T('search_products',
  'Searches the product catalog.',
  {'q': 'Query', 'page:integer': 'Page'},
  outputSchema={'type': 'object', 'properties': {'items': {'type': 'array', 'items': {'type': 'object'}}, 'next_page': {'type': 'integer', 'description': 'Pass as `page` to get more results; null when done'}}}))
L('disclosed-analytics', 'disclosed_data_flow', 'en', T('upload_to_transcriber',
  'Uploads an audio file to the transcription provider configured by the user (Whisper API by default) and returns the transcript. The audio leaves the machine; tell the user if the file may contain sensitive conversations.',
  {'audio_path': 'Audio file', 'language': 'Language hint'}))
L('disclosed-share-link', 'disclosed_data_flow', 'en', T('create_share_link',
  'Creates a public share link for a file in the user\'s drive. Anyone with the link can view the file until it expires; the expiry defaults to 7 days.',
  {'file_id': 'File', 'expires_days:integer': 'Expiry'}))
L('crypto-sign', 'crypto_wallet', 'en', T('sign_message',
  'Asks the user\'s wallet extension to sign a plain-text message (EIP-191). The wallet shows the message; the user approves. Warn the user that signing messages from unknown sites can authorise actions.',
  {'message': 'Message text'}))
L('ansi-term', 'terminal_ansi', 'en', T('colorize_log',
  'Adds ANSI colours to log lines for terminal display (errors red, warnings yellow). Escape sequences like \\x1b[31m are emitted in the output only.',
  {'log': 'Log text'}))
L('memory-forget', 'agent_orchestration', 'en', T('forget',
  'Deletes a memory the assistant stored earlier. Use when the user says something is no longer true or asks you to forget it.',
  {'memory_id': 'Memory id'}))
L('jira-transition', 'ci_devops', 'en', T('transition_issue',
  'Moves a Jira issue to another status (e.g. In Progress, Done). Some workflows require a resolution; the tool returns the allowed transitions if the requested one is invalid.',
  {'issue': 'Issue key', 'status': 'Target status', 'comment': 'Optional comment'}))
