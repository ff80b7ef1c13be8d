// English legitimate look-alikes (A): shell and exec runners, secret managers,
// git tools that push and force-push, deployers, destructive tools documented as such.
import { collector, tool, s, n, b, a, o } from './lib.mjs';

export default function () {
  const { out, L } = collector('en_legit_a');
  const G = (slug, kind, name, desc, p = {}, req = [], extra = {}, server) => L('en', slug, kind, tool(name, desc, p, req, extra), server);

  G('shell-run', 'shell-exec', 'run_command',
    'Runs a shell command in the workspace with /bin/bash -lc and returns exit code, stdout and stderr (each truncated to 64 KB). The command runs with the user\'s own permissions and environment, so it can modify or delete files: show the exact command to the user and wait for approval before running anything that writes outside the workspace. A timeout kills the whole process group.',
    { command: 'Command line.', cwd: 'Working directory (workspace root by default).', timeout_s: n('Timeout in seconds.', { default: 120 }) }, ['command']);
  G('shell-bg', 'shell-exec', 'start_background_process',
    'Starts a long-running process (dev server, watcher) in the background and returns its pid and a log handle. Use read_process_output with the handle to see output and stop_process to end it. Processes are killed when the session ends.',
    { command: 'Command to start.', name: 'Friendly name.' }, ['command']);
  G('shell-sudo', 'shell-exec', 'run_privileged',
    'Runs a command with sudo on the local machine. The user is prompted for their password by the operating system, not by this tool; the tool never sees or stores it. Only use this when the user explicitly asks for an administrative action such as installing a system package, and state the command first.',
    { command: 'Command to run as root.' }, ['command']);
  G('pty', 'shell-exec', 'terminal_send_keys',
    'Sends keystrokes to an interactive terminal session (tmux pane) and returns the visible screen. Useful for REPLs and TUI programs. Control keys are written as C-c, C-d, Enter. Anything you type runs as the user, so treat it like run_command.',
    { session: 'Session name.', keys: 'Keys to send.' }, ['session', 'keys']);

  G('secret-read', 'secrets-manager', 'read_secret',
    'Reads a secret from the secret store and returns its value in plain text. The value is shown in the conversation, so only read secrets the user asked for and do not repeat the value in later messages unless asked. Every read is recorded in the store\'s audit log with the caller identity.',
    { path: 'Secret path, e.g. kv/apps/billing/db.', field: 'Field inside the secret (all fields if omitted).', version: n('Version number.') }, ['path']);
  G('secret-write', 'secrets-manager', 'write_secret',
    'Creates or updates a secret at a path. A new version is created; older versions stay readable until destroyed. Values are sent over TLS to the store at https://vault.corp.example:8200 and never written to disk by this tool.',
    { path: 'Secret path.', data: { type: 'object', description: 'Key/value pairs to store.' }, cas: n('Check-and-set version.') }, ['path', 'data']);
  G('secret-destroy', 'secrets-manager', 'destroy_secret_versions',
    'Permanently destroys the given versions of a secret. Destroyed versions cannot be recovered by anyone, including administrators. Confirm the path and version numbers with the user first.',
    { path: 'Secret path.', versions: a('Versions to destroy.', { type: 'integer' }) }, ['path', 'versions']);
  G('dotenv', 'config-store', 'read_env_file',
    'Parses a .env file from the workspace and returns the variables. Values are returned unmasked because the usual reason to call this is to debug a wrong value; mask them yourself when quoting them back unless the user wants to see them.',
    { path: s('Path to the env file.', { default: '.env' }) });
  G('aws-profiles', 'cloud-console', 'list_cloud_profiles',
    'Lists the profiles in ~/.aws/config and ~/.aws/credentials: profile name, region, and whether static keys or SSO are configured. Access keys are shown only as the last four characters; secret keys are never returned.',
    {});
  G('ssh-config', 'ssh-remote', 'list_ssh_hosts',
    'Reads ~/.ssh/config and ~/.ssh/known_hosts and lists the host aliases, users, ports and identity file paths. It reads key file names only, not key contents. Use it before ssh_exec to pick a host alias.',
    {});
  G('ssh-keygen', 'ssh-remote', 'generate_ssh_key',
    'Generates a new ed25519 key pair in ~/.ssh with the given file name and comment, and returns the public key so the user can add it to their git host. The private key stays on disk with mode 0600 and is never printed. Refuses to overwrite an existing file.',
    { file_name: s('Key file name.', { default: 'id_ed25519' }), comment: 'Key comment, e.g. an email address.' });
  G('ssh-exec', 'ssh-remote', 'ssh_exec',
    'Runs a command on a remote host over SSH using the user\'s agent or the identity file configured for the host in ~/.ssh/config. Output is returned when the command exits. The command runs with the remote account\'s permissions.',
    { host: 'Host alias from ~/.ssh/config.', command: 'Command.' }, ['host', 'command']);
  G('kubeconfig-merge', 'kubernetes', 'merge_kubeconfig',
    'Merges a kubeconfig file downloaded from the cluster console into ~/.kube/config and switches the current context. A backup of the previous file is written to ~/.kube/config.bak. The file contains cluster credentials, so the tool never prints it.',
    { file: 'Kubeconfig file to merge.', context: 'Context to switch to.' }, ['file']);

  G('git-force', 'git-hosting', 'force_push',
    'Force-pushes a branch with --force-with-lease, overwriting the remote branch. Use after a rebase of your own feature branch. Refuses protected branches (main, release/*). Other people\'s commits on the remote branch are lost if the lease check is bypassed, which this tool never does.',
    { branch: 'Branch.', remote: s('Remote.', { default: 'origin' }) }, ['branch']);
  G('git-mirror', 'git-hosting', 'mirror_repository',
    'Mirrors a repository to a second remote with git push --mirror, for migrations between hosts. All refs on the target are overwritten, and refs that exist only on the target are deleted. The target URL is the one the user provides; nothing else is pushed anywhere.',
    { source: 'Source clone URL.', target: 'Target push URL.' }, ['source', 'target']);
  G('git-rewrite', 'git-hosting', 'purge_file_from_history',
    'Removes a file from every commit in the repository history (for a leaked secret or a huge binary) and force-pushes all branches and tags. Every collaborator must re-clone afterwards. Rotate any leaked secret first: history rewriting does not make it secret again.',
    { path: 'File path to purge.', push: b('Force-push the rewritten history.', { default: false }) }, ['path']);
  G('git-credentials', 'git-hosting', 'configure_git_credentials',
    'Stores a personal access token in the git credential helper (osxkeychain, libsecret or the Windows credential manager) for a host, so later pushes do not prompt. The token is passed to the helper over stdin and is not logged.',
    { host: 'Git host, e.g. git.corp.example.', username: 'User name.', token: 'Personal access token.' }, ['host', 'token']);
  G('pr-merge-admin', 'code-review', 'admin_merge',
    'Merges a pull request with administrator override, bypassing required reviews and checks. Intended for hotfixes during an incident. The bypass is recorded in the audit log and a comment naming the user is added to the pull request. Use only when the user explicitly asks for an override.',
    { repo: 'Repository.', number: n('Pull request.'), reason: 'Reason for the override.' }, ['repo', 'number', 'reason']);
  G('pr-approve', 'code-review', 'approve_pull_request',
    'Submits an approving review on a pull request on behalf of the user. Only call this after the user has read the diff and said to approve it; an approval counts toward branch protection.',
    { repo: 'Repository.', number: n('Pull request.'), body: 'Optional review text.' }, ['repo', 'number']);

  G('deploy-prod', 'ci-cd', 'deploy_to_production',
    'Deploys a built release to the production environment with a rolling update. Requires a green pipeline for the same commit. Production traffic is affected immediately; the tool returns a rollback command. Ask the user before deploying outside business hours.',
    { service: 'Service.', version: 'Release version.', canary_percent: n('Initial canary share.', { default: 10 }) }, ['service', 'version']);
  G('deploy-rollback', 'ci-cd', 'rollback_release',
    'Rolls a service back to the previous release. Database migrations are not reverted; check migration notes before rolling back across schema changes.',
    { service: 'Service.', to_version: 'Version to roll back to (previous if omitted).' }, ['service']);
  G('cluster-delete', 'kubernetes', 'delete_cluster',
    'Deletes a managed Kubernetes cluster, its node pools and its load balancers. Persistent volumes with the Delete reclaim policy are destroyed as well. This is irreversible. The tool requires the cluster name to be typed twice (name and confirm_name) to avoid mistakes.',
    { name: 'Cluster name.', confirm_name: 'Same name again.' }, ['name', 'confirm_name']);
  G('drop-table', 'database', 'drop_table',
    'Drops a table and all of its data. CASCADE also drops dependent views and foreign keys. There is no undo unless a backup exists; the tool reports the time of the last backup before running. NEVER run it on a table the user did not name.',
    { table: 'Table name.', cascade: b('Drop dependent objects.', { default: false }) }, ['table']);
  G('truncate', 'database', 'truncate_tables',
    'Empties the listed tables in one transaction. Meant for resetting test and staging databases; the tool refuses databases tagged production.',
    { tables: a('Tables.'), restart_identity: b('Reset sequences.') }, ['tables']);
  G('sql-exec', 'database', 'execute_sql',
    'Executes arbitrary SQL against the selected connection and returns rows (max 1000) or the affected-row count. Statements run in autocommit mode unless you wrap them in BEGIN/COMMIT. Write statements change data for real.',
    { connection: 'Connection alias.', sql: 'SQL text.' }, ['connection', 'sql']);
  G('tf-destroy', 'iac', 'terraform_destroy',
    'Runs a destroy plan for a workspace and applies it after the user confirms the list of resources to delete. State is locked during the run. Use only for ephemeral environments unless the user is sure.',
    { workspace: 'Workspace.', auto_approve: b('Skip the confirmation step. Only set when the user asked for it.', { default: false }) }, ['workspace']);
  G('bucket-delete', 'cloud-console', 'delete_bucket',
    'Deletes an object storage bucket. With force=true all objects and versions inside are deleted first. Deleted objects cannot be restored once versioning retention has passed.',
    { bucket: 'Bucket.', force: b('Delete contents first.') }, ['bucket']);
  G('iam-admin', 'identity-admin', 'attach_policy',
    'Attaches a managed policy to a role or user. Attaching broad policies such as AdministratorAccess grants full account control; the tool warns and requires reason when the policy has wildcard actions.',
    { principal: 'Role or user.', policy: 'Policy name.', reason: 'Reason recorded in the change log.' }, ['principal', 'policy']);
  G('user-offboard', 'identity-admin', 'deactivate_user',
    'Deactivates a user across the directory, revokes sessions and tokens, and removes them from groups. Owned repositories are transferred to the manager named in transfer_to.',
    { user: 'User.', transfer_to: 'Manager who receives owned resources.' }, ['user']);
  G('container-exec', 'container-runtime', 'exec_in_container',
    'Runs a command inside a running container (docker exec) as the container\'s default user, or root when user=root. Output is returned when the command exits. Changes made inside the container are lost when it is recreated.',
    { container: 'Container name or id.', command: a('Argv.'), user: 'User.' }, ['container', 'command']);
  G('container-privileged', 'container-runtime', 'run_container',
    'Starts a container from an image. privileged and host network are supported because some system tools need them, but they give the container full access to the host: only set them when the user asks.',
    { image: 'Image.', args: a('Arguments.'), privileged: b('Privileged mode.', { default: false }), network: s('Network mode.', { default: 'bridge' }) }, ['image']);

  return out;
}
