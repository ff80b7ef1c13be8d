// Command lines that carry credentials, for shell history, terminal sessions, CI logs, tickets.
// Each returns a fragment; the password/token is the only labelled part (hosts/users are neutral).
import { connUrl } from './ctx.mjs';
import { L } from './lookalikes.mjs';
import { humanPassword } from './secrets.mjs';

const q = (r, v) => r.weighted([[3, ["'", v, "'"]], [2, ['"', v, '"']], [3, [v]]]);
export const CLI = {
  mysql: (c) => [`mysql -h ${c.hostStr('mysql')} -u ${c.user()} `, c.r.chance(0.5) ? ['-p', q(c.r, c.pw('MYSQL_PASSWORD'))] : ['--password=', c.pw('MYSQL_PASSWORD')], ` ${c.r.pick(['shop', 'wordpress', 'crm'])}`],
  mysqldump: (c) => [`mysqldump --single-transaction -u${c.user()} -p`, c.pw('MYSQL_PASSWORD'), ` -h ${c.hostStr('mysql')} shop > /backup/shop.sql`],
  psql: (c) => c.r.chance(0.5) ? ['PGPASSWORD=', q(c.r, c.pw('POSTGRES_PASSWORD')), ` psql -h ${c.hostStr('pg')} -U ${c.user()} -d app`] : ['psql "', connUrl(c, 'postgresql'), '"'],
  pg_dump: (c) => ['pg_dump "', connUrl(c, 'postgres'), '" -Fc -f nightly.dump'],
  mongosh: (c) => ['mongosh "', connUrl(c, c.r.pick(['mongodb', 'mongodb+srv'])), '"'],
  mongodump: (c) => [`mongodump --host ${c.hostStr('mongo')} --username ${c.user()} --password `, q(c.r, c.pw('MONGODB_PASSWORD')), ' --authenticationDatabase admin --out /tmp/dump'],
  'redis-cli': (c) => [`redis-cli -h ${c.hostStr('redis')} -p 6379 -a `, q(c.r, c.pw('REDIS_PASSWORD')), c.r.pick([' --no-auth-warning', ' INFO replication', ''])],
  sqlcmd: (c) => [`sqlcmd -S ${c.hostStr('sql')},1433 -U sa -P `, q(c.r, c.pw('MSSQL_PASSWORD')), ' -Q "SELECT @@VERSION"'],
  sqlplus: (c) => [`sqlplus ${c.user()}/`, c.pw('ORACLE_DB_PASSWORD'), `@//${c.hostStr('ora')}:1521/FINPRD`],
  'clickhouse-client': (c) => [`clickhouse-client --host ${c.hostStr('ch')} --secure --user ${c.user()} --password `, q(c.r, c.pw('CLICKHOUSE_PASSWORD'))],
  cqlsh: (c) => [`cqlsh ${c.hostStr('cass')} 9042 -u ${c.user()} -p `, q(c.r, c.pw('CASSANDRA_PASSWORD'))],
  'cypher-shell': (c) => [`cypher-shell -a neo4j+s://${c.hostStr('graph')} -u neo4j -p `, q(c.r, c.pw('NEO4J_PASSWORD'))],
  curl: (c) => {
    const r = c.r, h = `https://${c.hostStr('api')}`;
    return r.pick([
      () => ['curl -sS -u ', c.user(), ':', c.pw('USER_PASSWORD', { safe: true }), ` ${h}/v1/status`],
      () => ['curl -H "Authorization: Bearer ', c.S(c.pick(['JSON_WEB_TOKEN', 'BEARER_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'OPENAI_API_KEY', 'VAULT_SERVICE_TOKEN', 'DIGITALOCEAN_PAT', 'HUGGING_FACE_TOKEN', 'GROQ_API_KEY', 'KUBERNETES_SERVICE_ACCOUNT_TOKEN'])), `" ${h}/api/items?limit=50`],
      () => ['curl -X POST ', `${h}/hooks -H 'X-Api-Key: `, c.S(c.pick(['GENERIC_API_KEY', 'DATADOG_API_KEY', 'CORVID_API_KEY', 'KESTREL_API_KEY', 'SENDGRID_API_KEY', 'POSTMAN_API_KEY'])), `' -d @payload.json`],
      () => ['curl -s https://api.stripe.example/v1/charges -u ', c.S('STRIPE_SECRET_KEY'), ': -d amount=2000 -d currency=eur'],
      () => [`curl -H 'Authorization: Basic `, c.S('HTTP_BASIC_AUTH', 'b64', { raw: `${c.user()}:${humanPassword(c.r)}` }), `' ${h}/metrics`],
      () => [`curl --cookie "session=`, c.S('SESSION_COOKIE'), `" ${h}/admin/export.csv -o export.csv`],
    ])();
  },
  wget: (c) => [`wget --user=${c.user()} --password=`, q(c.r, c.pw('ARTIFACT_REPOSITORY_PASSWORD')), ` https://${c.hostStr('nexus')}/repository/releases/app.tar.gz`],
  sshpass: (c) => ['sshpass -p ', q(c.r, c.pw('SSH_PASSWORD')), ` ssh -o StrictHostKeyChecking=no ${c.user()}@${c.sshHost('bastion')}`],
  ssh: (c) => [`ssh -i ~/.ssh/id_ed25519 ${c.user()}@${c.sshHost('bastion')} 'echo `, c.pw('ROOT_PASSWORD'), ` | sudo -S systemctl restart nginx'`],
  rsync: (c) => ['RSYNC_PASSWORD=', c.pw('RSYNC_PASSWORD'), ` rsync -avz --delete /srv/www/ rsync://${c.user()}@${c.sshHost('backup')}/www/`],
  scp: (c) => ['sshpass -p', c.pw('SFTP_PASSWORD'), ` scp -P 2222 report.xlsx ${c.user()}@${c.sshHost('sftp')}:/upload/`],
  lftp: (c) => [`lftp -u ${c.user()},`, c.pw('FTP_PASSWORD'), ` -e "mirror -R ./dist /htdocs; quit" ${c.hostStr('ftp')}`],
  ftp: (c) => ['curl -T invoice.pdf "', connUrl(c, c.r.pick(['ftp', 'ftps', 'sftp'])), '"'],
  'mount.cifs': (c) => [`sudo mount -t cifs //${c.hostStr('files')}/finance /mnt/finance -o username=${c.user()},password=`, c.pw('SMB_PASSWORD'), ',vers=3.0'],
  smbclient: (c) => [`smbclient //${c.hostStr('files')}/scans -U 'CORP\\${c.user()}%`, c.pw('SMB_PASSWORD'), `'`],
  'net use': (c) => [`net use Z: \\\\${c.hostStr('files')}\\share `, c.pw('SMB_PASSWORD'), ` /user:CORP\\${c.user()} /persistent:yes`],
  openconnect: (c) => ['echo ', q(c.r, c.pw('VPN_PASSWORD')), ` | sudo openconnect --user=${c.user()} --passwd-on-stdin vpn.${c.domain()}`],
  openvpn: (c) => [`printf '${c.user()}\\n`, c.pw('VPN_PASSWORD'), `\\n' > /etc/openvpn/auth.txt && sudo openvpn --config office.ovpn --auth-user-pass /etc/openvpn/auth.txt`],
  nmcli: (c) => [`nmcli dev wifi connect "${c.r.pick(['Buero-5G', 'Lab-Guest', 'HQ-Staff', 'Warehouse_2G'])}" password `, q(c.r, c.pw('WIFI_PASSPHRASE'))],
  docker: (c) => c.r.chance(0.5) ? [`docker login ${c.hostStr('registry')} -u ${c.user()} -p `, c.S(c.pick(['DOCKER_HUB_PAT', 'ARTIFACT_REPOSITORY_PASSWORD', 'GITLAB_PERSONAL_ACCESS_TOKEN']))]
    : [`docker run -d -e POSTGRES_PASSWORD=`, c.pw('POSTGRES_PASSWORD'), ` -e POSTGRES_USER=${c.user()} -p 5432:5432 postgres:16`],
  kubectl: (c) => c.r.chance(0.5) ? ['kubectl create secret generic db-creds --from-literal=username=', c.user(), ' --from-literal=password=', c.pw('DATABASE_PASSWORD'), ` -n ${c.r.pick(['prod', 'payments', 'default'])}`]
    : [`kubectl --server https://${c.hostStr('k8s')}:6443 --token=`, c.S('KUBERNETES_SERVICE_ACCOUNT_TOKEN'), ' get pods -A'],
  helm: (c) => [`helm repo add internal https://${c.hostStr('charts')}/ --username ${c.user()} --password `, c.pw('ARTIFACT_REPOSITORY_PASSWORD')],
  aws: (c) => c.r.chance(0.5) ? ['aws configure set aws_secret_access_key ', c.S('AWS_SECRET_KEY'), ' --profile prod'] : ['AWS_ACCESS_KEY_ID=', c.S('AWS_ACCESS_KEY'), ' AWS_SECRET_ACCESS_KEY=', c.S('AWS_SECRET_KEY'), ' aws s3 ls s3://backups-prod/'],
  az: (c) => ['az login --service-principal -u ', L.uuid(c.r), ' -p ', c.S('AZURE_AD_CLIENT_SECRET'), ' --tenant ', L.uuid(c.r)],
  gcloud: (c) => ['gcloud auth print-access-token  # -> ', c.S('GOOGLE_OAUTH_ACCESS_TOKEN')],
  doctl: (c) => ['doctl auth init --access-token ', c.S('DIGITALOCEAN_PAT')],
  heroku: (c) => ['HEROKU_API_KEY=', c.S('HEROKU_API_KEY'), ' heroku config:get DATABASE_URL -a billing-prod'],
  restic: (c) => ['RESTIC_PASSWORD=', q(c.r, c.pw('RESTIC_REPOSITORY_PASSWORD')), ` restic -r sftp:${c.user()}@${c.sshHost('backup')}:/srv/restic backup /etc /home`],
  borg: (c) => ['BORG_PASSPHRASE=', q(c.r, c.pw('BORG_PASSPHRASE')), ` borg create ssh://${c.user()}@${c.sshHost('backup')}/./repo::{hostname}-{now} /data`],
  duplicity: (c) => ['PASSPHRASE=', q(c.r, c.pw('BACKUP_ENCRYPTION_PASSPHRASE')), ` duplicity /srv sftp://${c.user()}@${c.sshHost('backup')}//backups/srv`],
  vault: (c) => c.r.chance(0.5) ? ['vault login ', c.S('VAULT_SERVICE_TOKEN')] : ['vault write auth/approle/login role_id=', L.uuid(c.r), ' secret_id=', c.S('VAULT_APPROLE_SECRET_ID')],
  'ansible-playbook': (c) => [`ansible-playbook -i inventory/prod site.yml -e "ansible_user=${c.user()} ansible_password=`, c.pw('SSH_PASSWORD'), ' ansible_become_pass=', c.pw('ROOT_PASSWORD'), '"'],
  keytool: (c) => ['keytool -importcert -alias corp-root -file root.crt -keystore truststore.jks -storepass ', c.pw('JAVA_KEYSTORE_PASSWORD'), ' -noprompt'],
  openssl: (c) => ['openssl pkcs12 -export -in tls.crt -inkey tls.key -out bundle.p12 -passout pass:', c.pw('PKCS12_EXPORT_PASSWORD')],
  htpasswd: (c) => [`htpasswd -b /etc/nginx/.htpasswd ${c.user()} `, c.pw('USER_PASSWORD')],
  xfreerdp: (c) => [`xfreerdp /v:${c.hostStr('ts')} /u:CORP\\${c.user()} /p:`, q(c.r, c.pw('ADMIN_PASSWORD')), ' /dynamic-resolution'],
  ldapsearch: (c) => [`ldapsearch -H ldaps://${c.hostStr('ldap')} -D "cn=${c.user()},ou=svc,dc=corp,dc=example" -w `, q(c.r, c.pw('LDAP_BIND_PASSWORD')), ' -b "dc=corp,dc=example" "(mail=*)"'],
  snmpwalk: (c) => ['snmpwalk -v2c -c ', c.pw('SNMP_COMMUNITY_STRING'), ` ${c.hostStr('sw')} 1.3.6.1.2.1.1`],
  ipmitool: (c) => [`ipmitool -I lanplus -H ${c.hostStr('bmc')} -U ADMIN -P `, c.pw('IPMI_PASSWORD'), ' chassis power status'],
  git: (c) => c.r.chance(0.5) ? ['git clone https://', c.r.pick(['oauth2', c.user(), 'x-token-auth']), ':', c.S(c.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_TOKEN', 'AZURE_DEVOPS_PAT'])), `@git.${c.domain()}/platform/deploy.git`]
    : ['git remote set-url origin "', connUrl(c, 'git+https'), '"'],
  npm: (c) => [`npm config set //npm.pkg.${c.domain()}/:_authToken `, c.S('NPM_ACCESS_TOKEN')],
  gh: (c) => ['echo ', c.S(c.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_OAUTH_TOKEN'])), ' | gh auth login --with-token --hostname git.', c.domain()],
  pip: (c) => ['pip install --index-url https://', c.user(), ':', c.pw('ARTIFACT_REPOSITORY_PASSWORD', { enc: 'pct' }), `@pkgs.${c.domain()}/simple/ internal-sdk`],
  terraform: (c) => ['TF_TOKEN_app_terraform_example=', c.S('TERRAFORM_CLOUD_TOKEN'), ' terraform init -upgrade'],
  influx: (c) => [`influx query --host https://${c.hostStr('influx')}:8086 --org ops --token `, c.S('INFLUXDB_TOKEN'), " 'from(bucket:\"telegraf\") |> range(start:-1h)'"],
  mosquitto_pub: (c) => [`mosquitto_pub -h ${c.hostStr('mqtt')} -p 8883 -u ${c.user()} -P `, q(c.r, c.pw('MQTT_PASSWORD')), ' -t sensors/test -m 42'],
  rabbitmqctl: (c) => [`rabbitmqctl add_user ${c.user()} `, q(c.r, c.pw('AMQP_PASSWORD'))],
  'kafka-console-producer': (c) => [`kafka-console-producer --bootstrap-server ${c.hostStr('kafka')}:9093 --topic audit --producer-property sasl.jaas.config='org.apache.kafka.common.security.plain.PlainLoginModule required username="${c.user()}" password="`, c.pw('KAFKA_SASL_PASSWORD'), `";'`],
  'mc alias': (c) => [`mc alias set minio https://${c.hostStr('s3')} `, c.S('AWS_ACCESS_KEY'), ' ', c.S('AWS_SECRET_KEY')],
  rclone: (c) => [`rclone config create offsite webdav url https://${c.hostStr('dav')}/remote.php/dav vendor nextcloud user ${c.user()} pass `, c.pw('WEBDAV_PASSWORD')],
  'wg set': (c) => ['echo ', c.S('WIREGUARD_PRIVATE_KEY'), ' | sudo wg set wg0 private-key /dev/stdin'],
  'Invoke-WebRequest': (c) => [`$cred = New-Object PSCredential('${c.user()}', (ConvertTo-SecureString '`, c.pw('SERVICE_ACCOUNT_PASSWORD'), `' -AsPlainText -Force)); Invoke-WebRequest -Uri https://${c.hostStr('intranet')}/report -Credential $cred`],
  'sentry-cli': (c) => ['SENTRY_AUTH_TOKEN=', c.S(c.pick(['SENTRY_USER_TOKEN', 'SENTRY_ORG_TOKEN'])), ' sentry-cli releases new ', L.version(c.r)],
  stripe: (c) => ['stripe listen --api-key ', c.S(c.pick(['STRIPE_SECRET_KEY', 'STRIPE_RESTRICTED_KEY'])), ' --forward-to localhost:4242/webhook'],
  'op/inhouse': (c) => [`./bin/${c.r.pick(['deployctl', 'svcadm', 'relayctl', 'ingest'])} --endpoint https://${c.hostStr('api')} --token `, c.S(c.pick(Object.keys(INH)))],
};
const INH = { HALDOR_SERVICE_TOKEN: 1, KESTREL_API_KEY: 1, ORBIT_DEPLOY_KEY: 1, MERIDIAN_PAT: 1, QUILL_SESSION_KEY: 1, TANGO_BILLING_KEY: 1, VOLTA_INGEST_KEY: 1, LYNX_ROBOT_TOKEN: 1, PAX_ADMIN_TOKEN: 1,
  CIRRUS_AGENT_SECRET: 1, NIMBUS_PAT: 1, ZEPHYR_SIGNING_KEY: 1, GRANITE_M2M_TOKEN: 1, OSPREY_ACCESS_TOKEN: 1, HELIX_TENANT_KEY: 1, FJORD_API_SECRET: 1, MOSAIC_WEBHOOK_KEY: 1, ATLAS_INTERNAL_KEY: 1,
  RIVET_CI_TOKEN: 1, BEACON_DEVICE_KEY: 1, PELICAN_REFRESH_TOKEN: 1, TUNDRA_PAT: 1, CORVID_API_KEY: 1, SABLE_PROXY_TOKEN: 1, WREN_AGENT_KEY: 1 };
export const CLI_TOOLS = Object.keys(CLI);
// pick a tool that has been used least so far (spreads tools across documents)
let used = {};
export function resetCli() { used = {}; }
export function cli(c, tool) {
  tool = tool || c.r.weighted(CLI_TOOLS.map((t) => [1 / Math.pow(1 + (used[t] || 0), 2), t]));
  used[tool] = (used[tool] || 0) + 1;
  c.tag('cli_tool', tool.split(/[ /]/)[0]);
  return CLI[tool](c);
}
