// blind3 credential files an agent opens in a home directory or repo.
import { S, L, A, b64 } from './lib.mjs';

const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
const USERS = ['ci-bot', 'deploy', 'mlopez', 'a.okonkwo', 'svc-build', 'jenkins', 'release-bot', 'hiroshi.t'];

export const fileTemplates = {
  docker_config(ctx, d) {
    const { r, K, Lk } = ctx;
    d.add(`{\n\t"auths": {\n`);
    const regs = r.sample(['registry.acme.example', 'ghcr.globex.example', 'harbor.corp.initech.test:8443', 'docker.artifacts.acme.example', 'quay.mirror.test'], r.int(2, 4));
    regs.forEach((reg, i) => {
      d.add(`\t\t"${reg}": {\n`);
      const t = r.int(0, 3);
      if (t === 3) d.add(['\t\t\t"auth": "",\n\t\t\t"identitytoken": "', S('OAUTH_REFRESH_TOKEN', r.chars(A.alnum + '._-', 120)), '"\n']);
      else if (t === 2 && i > 0) d.add('\t\t\t"auth": ""\n');
      else d.add(['\t\t\t"auth": "', S('DOCKER_AUTH', K.DOCKER_AUTH(r.pick(USERS))), '"\n']);
      d.add(`\t\t}${i < regs.length - 1 ? ',' : ''}\n`);
    });
    d.add(`\t},\n\t"credsStore": "${r.pick(['desktop', 'osxkeychain', 'pass'])}",\n\t"currentContext": "default",\n\t"HttpHeaders": {\n\t\t"User-Agent": "Docker-Client/${Lk.version()} (linux)"\n\t}\n}\n`);
  },
  netrc(ctx, d) {
    const { r, K } = ctx;
    d.add(r.pick(['# ~/.netrc\n', '', '# machine creds for fetch scripts — chmod 600!\n']));
    const hosts = r.sample(['git.acme.example', 'api.heroku.globex.example', 'ftp.partner.test', 'artifacts.acme.example', 'urs.earthdata.test', 'files.initech.test'], r.int(2, 4));
    for (const h of hosts) {
      const pwv = r.bool(0.5) ? S('NETRC_PASSWORD', K.NETRC_PASSWORD()) : r.bool(0.5) ? S('GITHUB_PAT', K.GITHUB_PAT()) : S('API_KEY', K.API_KEY());
      if (r.bool(0.5)) d.add(['machine ', h, ' login ', r.pick(USERS), ' password ', pwv, '\n']);
      else d.add(['machine ', h, '\n  login ', r.pick(USERS), '\n  password ', pwv, '\n']);
    }
    if (r.bool(0.6)) d.add(['machine localhost login test password ', L('placeholder', r.pick(['changeme', 'test', 'dummy'])), '\n']);
    d.add('default login anonymous password guest@\n');
  },
  pgpass(ctx, d) {
    const { r, K, Lk } = ctx;
    d.add('# hostname:port:database:username:password\n');
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const host = r.pick(['db-primary.internal.acme.example', 'localhost', '*', 'pg-replica-02.prod.globex.example', 'warehouse.corp.initech.test', '10.20.4.17']);
      const dbn = r.pick(['*', 'app', 'orders', 'analytics', 'postgres']);
      const u = r.pick(['app_user', 'postgres', 'readonly', 'etl', 'mlopez']);
      const v = host === 'localhost' && r.bool(0.6) ? L('placeholder', r.pick(['postgres', 'changeme', 'password'])) : S('PGPASS_PASSWORD', K.PGPASS_PASSWORD());
      d.add([host, ':', r.pick(['5432', '6432', '*']), ':', dbn, ':', u, ':', v, '\n']);
    }
  },
  npmrc(ctx, d) {
    const { r, K, Lk } = ctx;
    d.add(`registry=https://npm.artifacts.acme.example/repository/npm-group/\n@acme:registry=https://npm.pkg.acme.example/\n`);
    d.add(['//npm.pkg.acme.example/:_authToken=', S('NPM_TOKEN', K.NPM_TOKEN()), '\n']);
    if (r.bool(0.6)) d.add(['//npm.artifacts.acme.example/repository/npm-group/:_auth=', S('BASIC_AUTH_CREDENTIALS', K.BASIC_AUTH_CREDENTIALS(r.pick(USERS))), '\n']);
    if (r.bool(0.5)) d.add(['//registry.globex.example/:_authToken=', L('env_reference', '${NPM_TOKEN}'), '\n']);
    if (r.bool(0.5)) d.add(['//npm.mirror.test/:username=', r.pick(USERS), '\n//npm.mirror.test/:_password=', S('REGISTRY_PASSWORD', b64(K.pw())), '\n']);
    d.add(`always-auth=true\nstrict-ssl=true\nsave-exact=true\n`);
    d.add(['# lockfileVersion 3, integrity of @acme/ui ', L('version', Lk.version()), ': ', L('integrity', Lk.integrity()), '\n']);
  },
  pip_conf(ctx, d) {
    const { r, K, Lk } = ctx;
    const u = r.pick(USERS);
    d.add(`# ${r.pick(['~/.config/pip/pip.conf', '/etc/pip.conf', 'pip.ini'])}\n[global]\ntimeout = 60\n`);
    d.add(['index-url = https://', u, ':', S('PIP_INDEX_PASSWORD', K.PIP_INDEX_PASSWORD()), '@pypi.artifacts.acme.example/simple\n']);
    d.add(['extra-index-url =\n    https://', r.bool(0.5) ? ['__token__:', S('GITLAB_PAT', K.GITLAB_PAT())] : ['oauth2accesstoken:', L('env_reference', '${GCP_TOKEN}')], '@pkgs.globex.example/api/v4/projects/17/packages/pypi/simple\n    https://mirror.pypi.test/simple\n']);
    d.add('trusted-host = pypi.artifacts.acme.example\n\n[install]\nrequire-hashes = true\n');
    d.add(['# requests==2.32.3 --hash=sha256:', L('hash', r.chars(A.hex, 64)), '\n']);
  },
  git_credentials(ctx, d) {
    const { r, K, Lk } = ctx;
    if (r.bool(0.5)) {
      d.add(`$ cat ~/.git-credentials\n`);
      const n = r.int(2, 4);
      for (let i = 0; i < n; i++) {
        const h = r.pick(['git.acme.example', 'gitlab.globex.example', 'code.initech.test', 'bitbucket.partner.test']);
        const tok = r.pick([() => S('GITHUB_PAT', K.GITHUB_PAT()), () => S('GITHUB_OAUTH_TOKEN', K.GITHUB_OAUTH_TOKEN()), () => S('GITLAB_PAT', K.GITLAB_PAT()), () => S('GIT_CREDENTIAL_PASSWORD', K.GIT_CREDENTIAL_PASSWORD()), () => S('AZURE_DEVOPS_PAT', K.AZURE_DEVOPS_PAT())])();
        d.add(['https://', r.pick([...USERS, 'x-access-token', 'oauth2']), ':', tok, '@', h, '\n']);
      }
      d.add(`$ git config --global credential.helper\nstore\n`);
    } else {
      d.add(`# .git/config\n[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote "origin"]\n`);
      d.add(['\turl = https://', r.pick(['x-access-token', 'oauth2', r.pick(USERS)]), ':', ((e) => S(e, K[e]()))(r.pick(['GITHUB_APP_INSTALLATION_TOKEN', 'GITHUB_PAT', 'GITLAB_PAT'])), '@git.acme.example/platform/', r.pick(['infra', 'api', 'web']), '.git\n']);
      d.add(['\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin\n\tmerge = refs/heads/main\n[remote "upstream"]\n\turl = https://', L('env_reference', '${GIT_TOKEN}'), '@code.initech.test/mirror/app.git\n[user]\n\tsigningkey = ', L('public_key', Lk.ssh_public_key()), '\n']);
    }
  },
  cloud_credentials(ctx, d) {
    const { r, K, Lk } = ctx;
    const t = r.int(0, 2);
    if (t === 0) {
      d.add(`# ~/.aws/credentials\n[default]\n`);
      d.add(['aws_access_key_id = ', S('AWS_ACCESS_KEY', K.AWS_ACCESS_KEY()), '\naws_secret_access_key = ', S('AWS_SECRET_KEY', K.AWS_SECRET_KEY()), '\n\n[sso-temp]\n']);
      d.add(['aws_access_key_id = ', S('AWS_TEMP_ACCESS_KEY', K.AWS_TEMP_ACCESS_KEY()), '\naws_secret_access_key = ', S('AWS_SECRET_KEY', K.AWS_SECRET_KEY()), '\naws_session_token = ', S('AWS_SESSION_TOKEN', K.AWS_SESSION_TOKEN()), '\n\n[docs-example]\n']);
      d.add(['aws_access_key_id = ', L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE'), '\naws_secret_access_key = ', L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), '\n\n# ~/.aws/config\n[profile prod]\nrole_arn = arn:aws:iam::', L('account_id', Lk.account_id()), ':role/Admin\nregion = eu-west-1\n']);
    } else if (t === 1) {
      const proj = r.pick(['acme-prod-3821', 'globex-ml', 'initech-data']);
      const keyPem = K.PKCS8_PRIVATE_KEY();
      d.add(['{\n  "type": "service_account",\n  "project_id": "', proj, '",\n  "private_key_id": "', L('hash', r.chars(A.hex, 40)), '",\n  "private_key": "', S('PRIVATE_KEY', jsonEsc(keyPem + '\n')), '",\n']);
      d.add(['  "client_email": "deployer@', proj, '.iam.gserviceaccount.example",\n  "client_id": "', L('account_id', r.digits(21)), '",\n  "auth_uri": "https://accounts.auth.example/o/oauth2/auth",\n  "token_uri": "https://oauth2.auth.example/token"\n}\n']);
    } else {
      d.add(`# azure sp credentials dumped by az ad sp create-for-rbac\n{\n`);
      d.add(['  "appId": "', L('uuid', Lk.uuid()), '",\n  "displayName": "', r.pick(['gh-actions-deployer', 'terraform-sp']), '",\n  "password": "', S('AZURE_CLIENT_SECRET', K.AZURE_CLIENT_SECRET()), '",\n  "tenant": "', L('uuid', Lk.uuid()), '"\n}\n']);
      d.add(['\n# also in the pipeline:\nAZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmebackup;AccountKey=', S('AZURE_STORAGE_KEY', K.AZURE_STORAGE_KEY()), ';EndpointSuffix=core.storage.acme.example"\n']);
    }
  },
  kubeconfig(ctx, d) {
    const { r, K, Lk } = ctx;
    const cl = r.pick(['prod-eu', 'staging', 'gke-ml', 'k3s-lab']);
    const cert = Buffer.from(Lk.certificate() + '\n').toString('base64');
    d.add(['apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ', L('certificate', cert), '\n    server: https://', cl, '.k8s.acme.example:6443\n  name: ', cl, '\ncontexts:\n- context:\n    cluster: ', cl, '\n    user: ', cl, '-admin\n  name: ', cl, '\ncurrent-context: ', cl, '\nusers:\n- name: ', cl, '-admin\n  user:\n']);
    if (r.bool(0.5)) d.add(['    token: ', S('K8S_SERVICE_ACCOUNT_TOKEN', K.K8S_SERVICE_ACCOUNT_TOKEN()), '\n']);
    else d.add(['    client-certificate-data: ', L('certificate', Buffer.from(Lk.certificate() + '\n').toString('base64')), '\n    client-key-data: ', S('K8S_CLIENT_KEY_DATA', Buffer.from(K.EC_PRIVATE_KEY() + '\n').toString('base64')), '\n']);
    if (r.bool(0.5)) d.add(['- name: oidc\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: kubelogin\n      args: ["get-token", "--client-id=', L('uuid', Lk.uuid()), '"]\n']);
  },
  ssh_keys(ctx, d) {
    const { r, K, Lk } = ctx;
    d.add(['$ ls -la ~/.ssh\n-rw------- 1 deploy deploy  411 ', Lk.date(), ' id_ed25519\n-rw-r--r-- 1 deploy deploy   97 id_ed25519.pub\n$ cat ~/.ssh/id_ed25519\n']);
    d.add([S('OPENSSH_PRIVATE_KEY', K.OPENSSH_PRIVATE_KEY()), '\n$ cat ~/.ssh/id_ed25519.pub\n', L('public_key', Lk.ssh_public_key()), '\n$ cat ~/.ssh/authorized_keys\n', L('public_key', Lk.ssh_public_key()), '\n']);
    if (r.bool(0.5)) d.add(['$ cat ~/.ssh/config\nHost bastion\n  HostName bastion.prod.acme.example\n  User ops\n  IdentityFile ~/.ssh/id_ed25519\n# old key passphrase: ', S('PRIVATE_KEY_PASSPHRASE', K.PRIVATE_KEY_PASSPHRASE()), '\n']);
    if (r.bool(0.5)) d.add(['$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:', L('hash', r.bytes(32).toString('base64').replace(/=+$/, '')), ' deploy@ci (ED25519)\n']);
  },
};
