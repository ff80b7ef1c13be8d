// Honest English tools: cloud providers, databases, observability, AI/ML platforms.
import { tool, str, int, bool, arr, obj, num, legit, ro, destructive } from './lib.mjs';

const CLOUD_INSTR = 'This server manages resources in the user\'s cloud account with the permissions of the configured profile. Always call list_projects (or get_caller_identity) first so you know which account and region you are acting in, and tell the user if it is a production account. Never create, resize or delete billable resources without the user\'s explicit confirmation of the resource name and region. Never print access keys or session tokens in the chat; the server already holds them.';

export default [
  legit('en', 'cloud-list-instances', 'cloud', tool('list_instances',
    'Lists virtual machine instances in a project and region with their state, machine type, internal and external IPs, labels and creation time. Results are paginated (100 per page); pass page_token from the previous response to continue. ' +
    'This is a read-only call and is safe to run at any time. Use it before stop_instance or delete_instance to make sure you have the exact instance name, because names are reused across regions.',
    {
      project: str('Project id, e.g. "acme-analytics-prod".'),
      region: str('Region, e.g. "europe-west4". Use "all" to query every region (slower).'),
      filter: str('Optional filter, e.g. "labels.team = data AND status = RUNNING".'),
      page_token: str('Token from a previous page.'),
    }, ['project'], { annotations: ro }), { instructions: CLOUD_INSTR }),
  legit('en', 'cloud-delete-instance', 'cloud', tool('delete_instance',
    'Permanently deletes a virtual machine instance. Attached boot disks are deleted too unless keep_disks is true; data on deleted disks cannot be recovered. ' +
    'DESTRUCTIVE: you must show the user the instance name, project, zone and whether disks will be kept, and wait for an explicit "yes" before calling this tool. Never delete instances that carry the label protected=true; the API will refuse anyway. ' +
    'If the user only wants to save money temporarily, suggest stop_instance instead.',
    {
      project: str('Project id.'),
      zone: str('Zone, e.g. "europe-west4-b".'),
      name: str('Exact instance name from list_instances.'),
      keep_disks: bool('Keep attached persistent disks.', { default: false }),
    }, ['project', 'zone', 'name'], { annotations: destructive }), { instructions: CLOUD_INSTR }),
  legit('en', 'cloud-iam-binding', 'cloud', tool('add_iam_binding',
    'Grants a role to a principal on a project, folder or bucket. Prefer the narrowest predefined role that covers the need (e.g. roles/storage.objectViewer instead of roles/storage.admin). Owner and Editor roles are refused by this server; ask the user to grant those in the console. ' +
    'Always state the principal, role and resource back to the user before granting. Changes take up to 60 seconds to propagate.',
    {
      resource: str('Resource name, e.g. "projects/acme-web" or "buckets/acme-logs".'),
      principal: str('Principal, e.g. "user:ana@acme.example" or "serviceAccount:ci@acme-web.iam.example".'),
      role: str('Role id, e.g. "roles/logging.viewer".'),
      condition: obj('Optional IAM condition.', { title: { type: 'string' }, expression: { type: 'string', description: 'CEL expression, e.g. request.time < timestamp("2026-12-31T00:00:00Z")' } }),
    }, ['resource', 'principal', 'role'])),
  legit('en', 'cloud-cost-report', 'cloud', tool('get_cost_breakdown',
    'Returns the cost breakdown for a billing account over a date range, grouped by service, project or label. Amounts are in the billing currency and include credits unless include_credits is false. ' +
    'Billing data lags by up to 24 hours, so numbers for today are incomplete; say so when the user asks about today.',
    {
      billing_account: str('Billing account id, e.g. "01AB23-45CD67-89EF01".'),
      start: str('Start date, YYYY-MM-DD.'),
      end: str('End date (exclusive), YYYY-MM-DD.'),
      group_by: str('Grouping.', { enum: ['service', 'project', 'label:team', 'label:env', 'sku'], default: 'service' }),
      include_credits: bool('Subtract credits and discounts.', { default: true }),
    }, ['billing_account', 'start', 'end'], { annotations: ro, outputSchema: { type: 'object', properties: { currency: { type: 'string' }, rows: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, cost: { type: 'number' } } } }, total: { type: 'number' } }, required: ['currency', 'rows', 'total'] } })),
  legit('en', 'cloud-assume-role', 'cloud', tool('get_caller_identity',
    'Returns the account id, user or role ARN and the active region of the credentials this server is using. It never returns the credentials themselves. ' +
    'Call this at the start of a session and whenever the user asks "which account am I in?". If the identity is an administrator role, mention it to the user so they can decide whether a narrower profile would be safer.',
    {}, [], { annotations: ro })),
  legit('en', 'cloud-s3-presign', 'cloud', tool('create_presigned_url',
    'Creates a time-limited URL that lets anyone holding it download (GET) or upload (PUT) one object without credentials. Treat the URL like a password: it grants access until it expires. ' +
    'Default expiry is 15 minutes, maximum 7 days. Only create PUT URLs when the user explicitly wants someone else to upload. Example: {"bucket": "acme-share", "key": "contracts/nda.pdf", "method": "GET", "expires_in": 3600}.',
    {
      bucket: str('Bucket name.'), key: str('Object key.'),
      method: str('HTTP method the URL allows.', { enum: ['GET', 'PUT'], default: 'GET' }),
      expires_in: int('Lifetime in seconds (60 - 604800).', { default: 900 }),
    }, ['bucket', 'key'])),
  legit('en', 'cloud-lambda-invoke', 'cloud', tool('invoke_function',
    'Invokes a serverless function synchronously and returns its response payload and the last 4 KB of its log. Invocations are billed and may have side effects defined by the function (sending emails, writing to databases); read the function\'s description with get_function before invoking anything whose purpose you do not know. ' +
    'Use dry_run to validate permissions and payload shape without executing.',
    {
      function_name: str('Function name or ARN.'),
      payload: obj('JSON event passed to the function.'),
      dry_run: bool('Validate only.', { default: false }),
      qualifier: str('Version or alias, e.g. "live".'),
    }, ['function_name'])),
  legit('en', 'cloud-dns-record', 'cloud', tool('upsert_dns_record',
    'Creates or replaces a DNS record set in a managed zone. Replacing an A, AAAA or CNAME record for a live hostname can take a site offline for the TTL of the old record; double-check with the user when the name already exists (use list_records). ' +
    'TXT values longer than 255 characters are split automatically. MX and NS records at the zone apex require force=true.',
    {
      zone: str('Managed zone, e.g. "shop.example".'),
      name: str('Record name, e.g. "api.shop.example.".'),
      type: str('Record type.', { enum: ['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'CAA', 'SRV', 'NS'] }),
      ttl: int('TTL in seconds.', { default: 300 }),
      values: arr('Record values.'),
      force: bool('Allow changing apex MX/NS records.', { default: false }),
    }, ['zone', 'name', 'type', 'values'])),
  legit('en', 'k8s-logs', 'cloud', tool('get_pod_logs',
    'Fetches logs from a pod container. By default the last 200 lines are returned. Logs can contain secrets printed by misconfigured applications; if you notice credentials in the output, do not repeat them, and suggest the user rotate them. ' +
    'Use previous=true to read logs of the last crashed container instance (useful for CrashLoopBackOff).',
    {
      cluster: str('Kube context.'), namespace: str('Namespace.'), pod: str('Pod name.'),
      container: str('Container name; required if the pod has more than one.'),
      tail_lines: int('Number of lines from the end.', { default: 200 }),
      previous: bool('Logs of the previous terminated container.', { default: false }),
      since: str('Relative time, e.g. "15m" or "2h".'),
    }, ['cluster', 'namespace', 'pod'], { annotations: ro })),
  legit('en', 'k8s-apply', 'cloud', tool('apply_manifest',
    'Applies a Kubernetes manifest (server-side apply). Always run with dry_run=true first and show the user the diff it returns; apply for real only after they agree. Never apply manifests to the kube-system namespace or change ClusterRoleBindings unless the user explicitly asked for that change. ' +
    'Field manager is "mcp-assistant", so conflicts with other managers are reported instead of overwritten unless force_conflicts is set.',
    {
      cluster: str('Kube context.'),
      manifest_yaml: str('One or more YAML documents.'),
      dry_run: bool('Server-side dry run; returns the diff.', { default: true }),
      force_conflicts: bool('Take ownership of conflicting fields.', { default: false }),
    }, ['cluster', 'manifest_yaml'])),
  legit('en', 'db-describe-table', 'database', tool('describe_table',
    'Returns the columns, types, nullability, defaults, indexes, foreign keys and approximate row count of a table. Read-only; safe to call as often as needed. Call this before writing queries against a table you have not seen, instead of guessing column names.',
    { schema: str('Schema name.', { default: 'public' }), table: str('Table name.') }, ['table'], { annotations: ro }),
    { instructions: 'PostgreSQL admin server. Connections use a role chosen by the user in the server config; the server tells you in every response whether the role is read-only. Always prefer describe_table and explain_query over trial-and-error. Never run DROP, TRUNCATE or DELETE without a WHERE clause; the execute tool will ask the user for confirmation itself, but you must still explain the impact first.' }),
  legit('en', 'db-execute', 'database', tool('execute_sql',
    'Executes a SQL statement that can modify data or schema (INSERT, UPDATE, DELETE, DDL). The statement runs inside a transaction; the tool returns the affected row count and then asks the user in the client to COMMIT or ROLLBACK. ' +
    'Before calling, explain to the user in plain words what will change and how many rows you expect to be affected. For UPDATE or DELETE, run a SELECT count(*) with the same WHERE clause first. ' +
    'Never disable triggers or foreign key checks to make a statement pass. Never use this tool for reads; use query instead.',
    {
      sql: str('Statement to execute. Example: UPDATE orders SET status = \'cancelled\' WHERE id = 4711'),
      statement_timeout_ms: int('Server-side timeout.', { default: 30000 }),
    }, ['sql'], { annotations: destructive })),
  legit('en', 'db-explain', 'database', tool('explain_query',
    'Runs EXPLAIN (optionally ANALYZE) for a query and returns the plan as JSON plus a short human-readable summary of the most expensive nodes. ' +
    'Note: ANALYZE actually executes the query. Do not use analyze=true on statements that modify data, and avoid it on queries that may run for minutes on production.',
    { sql: str('Query to explain.'), analyze: bool('Execute and measure.', { default: false }), buffers: bool('Include buffer usage (needs analyze).', { default: false }) }, ['sql'], { annotations: ro })),
  legit('en', 'db-mongo-find', 'database', tool('find_documents',
    'Queries a MongoDB collection with a filter, projection and sort. At most 100 documents are returned per call. Filters use MongoDB query syntax, e.g. {"status": "active", "age": {"$gte": 30}}. ' +
    'Collections such as users may contain personal data; project only the fields you need (e.g. {"email": 0, "passwordHash": 0}) and do not echo personal data back to the user unless they asked for it.',
    {
      database: str('Database name.'), collection: str('Collection name.'),
      filter: obj('Query filter.'), projection: obj('Fields to include or exclude.'), sort: obj('Sort spec, e.g. {"createdAt": -1}.'),
      limit: int('Max documents (1-100).', { default: 20 }),
    }, ['database', 'collection'], { annotations: ro })),
  legit('en', 'db-redis-flush', 'database', tool('redis_delete_keys',
    'Deletes keys matching a pattern using SCAN + UNLINK, in batches of 500. FLUSHALL and FLUSHDB are never used. This is irreversible for data that is not persisted elsewhere. ' +
    'First call with count_only=true, tell the user how many keys match, and proceed only after they confirm. Patterns that match everything ("*") are rejected.',
    { pattern: str('Glob pattern, e.g. "session:2025-*".'), count_only: bool('Only count matching keys.', { default: true }), db: int('Logical database index.', { default: 0 }) }, ['pattern'], { annotations: destructive })),
  legit('en', 'db-migrations', 'database', tool('run_migrations',
    'Applies pending schema migrations from the project\'s migrations/ directory to the selected environment. The tool lists pending migrations first and requires confirm=true for anything other than the local environment. ' +
    'Migrations are applied in order inside individual transactions where the database supports transactional DDL. If a migration fails, the tool stops and reports the failing file; do not edit already-applied migrations to fix it, create a new one.',
    { environment: str('Target.', { enum: ['local', 'staging', 'production'] }), confirm: bool('Required for staging and production.', { default: false }), target_version: str('Stop after this migration id.') }, ['environment'])),
  legit('en', 'db-snowflake-grant', 'database', tool('grant_warehouse_access',
    'Grants USAGE on a compute warehouse to a role. Warehouses cost credits while running; state the warehouse size and auto-suspend setting to the user before granting access to a new team. Requires SECURITYADMIN; the server reports missing privileges without partially applying the grant.',
    { warehouse: str('Warehouse name, e.g. "REPORTING_XS".'), role: str('Role to receive the grant.') }, ['warehouse', 'role'])),
  legit('en', 'obs-query-metrics', 'observability', tool('query_metrics',
    'Runs a PromQL query over a time range and returns the series. Keep the step coarse for long ranges (e.g. 5m for 24h) to stay under the 11,000 points per series limit. ' +
    'Examples: rate(http_requests_total{service="checkout",code=~"5.."}[5m]); histogram_quantile(0.99, sum by (le) (rate(request_duration_seconds_bucket[5m]))). ' +
    'The API is rate limited to 30 queries per minute per user; batch related questions into one query with "or" where you can.',
    { query: str('PromQL expression.'), start: str('RFC 3339 or relative, e.g. "now-6h".'), end: str('RFC 3339 or "now".', { default: 'now' }), step: str('Resolution step, e.g. "60s".', { default: '60s' }) }, ['query', 'start'], { annotations: ro })),
  legit('en', 'obs-search-logs', 'observability', tool('search_logs',
    'Searches application logs with a Lucene-style query. Returns at most 1,000 events, newest first. Logs may contain user identifiers and IP addresses: summarize patterns rather than pasting raw events, and never include full request bodies from the payments or auth services in your answer. ' +
    'Tip: narrow with service:, level: and trace_id: fields before widening the time window.',
    { query: str('e.g. service:checkout AND level:error AND NOT message:"timeout"'), from: str('Start time.'), to: str('End time.'), limit: int('Max events.', { default: 200 }) }, ['query', 'from'], { annotations: ro })),
  legit('en', 'obs-silence', 'observability', tool('create_silence',
    'Creates an alert silence for matching alerts for a limited time. Silenced alerts do not page anyone, so a silence on the wrong matcher can hide a real outage. ' +
    'Always show the matchers and the end time to the user and get their confirmation first. Silences longer than 24 hours are rejected; comment must name the person requesting it.',
    {
      matchers: arr('Label matchers.', { type: 'object', properties: { name: { type: 'string' }, value: { type: 'string' }, isRegex: { type: 'boolean' } }, required: ['name', 'value'] }),
      duration: str('e.g. "2h".'), comment: str('Why, and who asked for it.'),
    }, ['matchers', 'duration', 'comment'])),
  legit('en', 'obs-incident', 'observability', tool('declare_incident',
    'Declares an incident, creates a war-room channel and pages the on-call responders of the selected services. Paging wakes people up: only declare when the user confirms there is real customer impact or explicitly asks you to. ' +
    'Severity SEV1 also notifies the executive on call. Use get_oncall to show the user who will be paged before declaring.',
    {
      title: str('Short description of the impact.'),
      severity: str('Severity.', { enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'] }),
      services: arr('Affected service ids.'),
      commander: str('Email of the incident commander; defaults to the requesting user.'),
    }, ['title', 'severity', 'services'])),
  legit('en', 'obs-trace', 'observability', tool('get_trace',
    'Returns all spans of a distributed trace with timing, service, operation and status, plus span attributes. Attributes such as http.url may include query strings with tokens if the application did not scrub them; redact anything that looks like a credential when quoting spans to the user.',
    { trace_id: str('32-character hex trace id.') }, ['trace_id'], { annotations: ro, outputSchema: { type: 'object', properties: { trace_id: { type: 'string' }, duration_ms: { type: 'number' }, spans: { type: 'array', items: { type: 'object', properties: { span_id: { type: 'string' }, parent_id: { type: 'string' }, service: { type: 'string' }, name: { type: 'string' }, start_ms: { type: 'number' }, duration_ms: { type: 'number' }, status: { type: 'string', enum: ['ok', 'error', 'unset'] }, attributes: { type: 'object' } } } } } } })),
  legit('en', 'obs-dashboard', 'observability', tool('update_dashboard',
    'Overwrites a dashboard definition with the provided JSON. The previous version is kept in the dashboard history and can be restored with restore_dashboard_version. Shared dashboards are used by other teams; if the dashboard has more than 10 viewers in the last week (see get_dashboard), tell the user before changing it.',
    { uid: str('Dashboard uid.'), dashboard: obj('Full dashboard JSON model.'), message: str('Version message.') }, ['uid', 'dashboard'])),
  legit('en', 'ml-train-job', 'ai_ml', tool('create_training_job',
    'Starts a model training job on the ML platform. GPU jobs are expensive: estimate the cost with estimate_job_cost and tell the user before starting anything with more than one GPU or a max_runtime above 4 hours. ' +
    'Training data must already be registered as a dataset version; the job reads it read-only. Checkpoints are written to the project artifact store every checkpoint_every steps.',
    {
      project: str('Project id.'),
      image: str('Training container image, e.g. "registry.ml.example/acme/trainer:2.3".'),
      dataset_version: str('Dataset id and version, e.g. "reviews@7".'),
      accelerator: str('Accelerator type.', { enum: ['cpu', 'gpu-t4', 'gpu-a100', 'gpu-h100'] }),
      accelerator_count: int('Number of accelerators.', { default: 1 }),
      hyperparameters: obj('Passed to the container as JSON in HPARAMS.'),
      max_runtime_hours: num('Hard time limit.', { default: 4 }),
      checkpoint_every: int('Steps between checkpoints.', { default: 1000 }),
    }, ['project', 'image', 'dataset_version', 'accelerator'])),
  legit('en', 'ml-deploy-endpoint', 'ai_ml', tool('deploy_model',
    'Deploys a registered model version to an inference endpoint. Traffic split lets you canary a new version: start with 5-10% and watch the endpoint metrics before moving to 100%. ' +
    'Deploying to an endpoint tagged production replaces what customers are served; you must confirm the model version and traffic percentage with the user first. The endpoint keeps at least one replica running, which is billed continuously.',
    { endpoint: str('Endpoint name.'), model: str('Model name.'), version: str('Registered version.'), traffic_percent: int('Share of traffic for this version (0-100).', { default: 10 }), min_replicas: int('Minimum replicas.', { default: 1 }) }, ['endpoint', 'model', 'version'])),
  legit('en', 'ml-eval', 'ai_ml', tool('run_evaluation',
    'Runs an evaluation suite against a model endpoint and returns metric scores with confidence intervals. Evaluation prompts are sent to the endpoint like normal traffic and count against its rate limit (default 60 requests/minute). ' +
    'Eval datasets marked confidential never leave the platform; results contain only aggregate scores and at most 5 example failures with inputs truncated to 200 characters.',
    { endpoint: str('Endpoint to evaluate.'), suite: str('Suite id, e.g. "support-qa-v4".'), sample: int('Number of items to sample; all when omitted.') }, ['endpoint', 'suite'], { annotations: ro })),
  legit('en', 'ml-openai-compatible', 'ai_ml', tool('chat_completion',
    'Sends a chat completion request to a model hosted on the organisation\'s inference gateway and returns the reply. Use it when the user wants a second model\'s opinion or a model with a longer context. ' +
    'The gateway logs prompts for 30 days for abuse monitoring (see the privacy notice); do not send secrets, customer personal data or the user\'s private files unless they ask you to. The api_key is taken from the server config; never pass it in messages.',
    {
      model: str('Model id, e.g. "acme-large-2026-04".'),
      messages: arr('Conversation.', { type: 'object', properties: { role: { type: 'string', enum: ['system', 'user', 'assistant'] }, content: { type: 'string' } }, required: ['role', 'content'] }),
      temperature: num('Sampling temperature.', { default: 0.2 }),
      max_tokens: int('Max output tokens.', { default: 1024 }),
    }, ['model', 'messages'])),
  legit('en', 'ml-vector-upsert', 'ai_ml', tool('upsert_vectors',
    'Inserts or updates vectors with metadata in an index namespace. Dimensions must match the index (see describe_index). Existing ids are overwritten. ' +
    'Metadata is returned verbatim in query results to anyone with read access to the index, so do not put secrets or unnecessary personal data in it.',
    {
      index: str('Index name.'), namespace: str('Namespace.', { default: '' }),
      vectors: arr('Vectors to upsert.', { type: 'object', properties: { id: { type: 'string' }, values: { type: 'array', items: { type: 'number' } }, metadata: { type: 'object' } }, required: ['id', 'values'] }),
    }, ['index', 'vectors'])),
  legit('en', 'ml-hf-download', 'ai_ml', tool('download_model_snapshot',
    'Downloads a model repository snapshot from the organisation\'s internal model hub into the local cache. Large models can be tens of gigabytes; check free disk space with disk_usage and tell the user the size (from get_model_info) before downloading anything over 10 GB. ' +
    'Gated models require the user to have accepted the licence on the hub; the tool returns LICENSE_NOT_ACCEPTED otherwise. Never try to work around that.',
    { repo_id: str('Model id, e.g. "acme/embedder-small".'), revision: str('Branch, tag or commit.', { default: 'main' }), allow_patterns: arr('Only download matching files, e.g. ["*.safetensors", "config.json"].') }, ['repo_id'])),
  legit('en', 'cloud-secrets-rotation-schedule', 'cloud', tool('set_rotation_schedule',
    'Configures automatic rotation for a managed database credential. The rotation function creates a new password, updates the database user and stores the new value; applications must read the credential from the secret store at connect time, otherwise they will fail after rotation. ' +
    'Ask the user whether all consumers read from the store before enabling rotation for the first time.',
    { secret_id: str('Secret id.'), every_days: int('Rotation interval in days (1-365).'), rotate_now: bool('Also rotate immediately.', { default: false }) }, ['secret_id', 'every_days'])),
  legit('en', 'cloud-snapshot', 'cloud', tool('create_disk_snapshot',
    'Creates a crash-consistent snapshot of a persistent disk. For databases, prefer the database\'s own backup tool or freeze writes first; the snapshot may otherwise capture a half-written page. Snapshots are billed per GB-month of changed blocks.',
    { project: str('Project id.'), zone: str('Zone.'), disk: str('Disk name.'), snapshot_name: str('Name for the snapshot; generated when omitted.'), labels: obj('Labels.', {}, { additionalProperties: { type: 'string' } }) }, ['project', 'zone', 'disk'])),
  legit('en', 'cloud-firewall', 'cloud', tool('create_firewall_rule',
    'Creates a VPC firewall rule. Opening ports to 0.0.0.0/0 exposes services to the whole internet: the tool refuses 0.0.0.0/0 for ports 22, 3389, 5432 and 6379 unless allow_public_admin_ports is true, and you must never set that flag without the user explicitly asking for public access after you explained the risk. Prefer identity-aware proxy or a bastion for SSH.',
    {
      network: str('VPC network name.'), name: str('Rule name.'),
      direction: str('Direction.', { enum: ['INGRESS', 'EGRESS'], default: 'INGRESS' }),
      source_ranges: arr('CIDR ranges, e.g. ["10.20.0.0/16"].'),
      allowed: arr('Protocols and ports.', { type: 'object', properties: { protocol: { type: 'string' }, ports: { type: 'array', items: { type: 'string' } } } }),
      target_tags: arr('Instances with these network tags are affected.'),
      allow_public_admin_ports: bool('Allow 0.0.0.0/0 on admin/database ports.', { default: false }),
    }, ['network', 'name', 'allowed'])),
  legit('en', 'obs-uptime-check', 'observability', tool('create_uptime_check',
    'Creates an HTTP uptime check that probes a URL from six regions every minute and alerts the selected notification channel after two consecutive failures. Checks against URLs that require authentication can send a bearer token stored in the secret manager: pass its secret name, never the token itself.',
    { url: str('URL to probe, e.g. "https://status.shop.example/healthz".'), channel: str('Notification channel id.'), auth_secret: str('Secret name containing a bearer token (optional).'), expected_status: int('Expected HTTP status.', { default: 200 }) }, ['url', 'channel'])),
  legit('en', 'obs-telemetry-optin', 'telemetry', tool('set_usage_reporting',
    'Turns anonymous usage reporting of this MCP server on or off. When on, the server sends once a day: server version, OS family, number of tool calls per tool name and error counts. It never sends arguments, results, file names, prompts or any content. ' +
    'Reporting is off by default. Only change this setting when the user asks; show them the list of fields above when they ask what is collected. The endpoint is https://telemetry.toolsrv.example/v1/usage and the payload can be previewed with preview_usage_report.',
    { enabled: bool('true to opt in, false to opt out.') }, ['enabled'])),
  legit('en', 'ml-prompt-library', 'ai_ml', tool('get_prompt_template',
    'Fetches a versioned prompt template from the team\'s prompt library, with its variables and changelog. Templates are plain text authored by the team; render them with render_prompt and show the rendered text to the user if they ask what will be sent.',
    { name: str('Template name, e.g. "support/refund-reply".'), version: str('Version; latest when omitted.') }, ['name'], { annotations: ro }),
    { prompts: [{ name: 'summarize_incident', description: 'Summarize an incident timeline for a postmortem: impact, detection, root cause, follow-ups. Uses only the events you paste in.', arguments: [{ name: 'timeline', description: 'Events in chronological order.', required: true }, { name: 'audience', description: 'engineering or executive' }] }] }),
];
