// A certified OAuth 2.0 / OpenID Connect server (oidc-provider) on loopback for the OAuth tests.
//
// Listens on 127.0.0.1 on a free port and prints one JSON line on stdout:
//   {"ready": true, "issuer": "http://127.0.0.1:PORT", "port": PORT, ...}
// then one JSON line per event the tests count (token grants, grant revocations, errors).
// No token value is ever printed.
//
// Environment:
//   OIDC_ACCESS_TOKEN_TTL    access token lifetime in seconds (default 3600)
//   OIDC_RESOURCE_SECRET     client secret of the confidential "resource-server" client that
//                            the tests' protected API uses for introspection (default random)
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

import Provider from 'oidc-provider';

const accessTtl = Number.parseInt(process.env.OIDC_ACCESS_TOKEN_TTL ?? '3600', 10);
const resourceSecret = process.env.OIDC_RESOURCE_SECRET ?? randomBytes(24).toString('base64url');

const server = createServer();
await new Promise((resolve) => { server.listen(0, '127.0.0.1', resolve); });
const { port } = server.address();
const issuer = `http://127.0.0.1:${port}`;

const configuration = {
  clients: [
    {
      // the desktop app: a public native client (RFC 8252); oidc-provider lets a native
      // client's loopback redirect use any port
      client_id: 'social-console',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/callback'],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
    },
    {
      // the tests' protected API, which asks the server whether a bearer token is active
      client_id: 'resource-server',
      client_secret: resourceSecret,
      grant_types: [],
      response_types: [],
      redirect_uris: [],
    },
  ],
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
  },
  // refresh tokens without offline_access (which oidc-provider drops unless consent is prompted)
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  // always rotate, as strict servers do: a used refresh token is dead, and replaying it
  // revokes the whole grant
  rotateRefreshToken: true,
  // refresh tokens outlive the browser session, as a network's do
  expiresWithSession: async () => false,
  ttl: {
    AccessToken: accessTtl,
    AuthorizationCode: 60,
    Grant: 14 * 24 * 60 * 60,
    IdToken: 3600,
    Interaction: 600,
    RefreshToken: 14 * 24 * 60 * 60,
    Session: 24 * 60 * 60,
  },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
};

const provider = new Provider(issuer, configuration);

function report(obj) {
  process.stdout.write(`${JSON.stringify(obj)}\n`);
}

provider.on('grant.success', (ctx) => {
  report({ event: 'grant.success', grant_type: ctx.oidc.params.grant_type });
});
provider.on('grant.error', (ctx, err) => {
  report({
    event: 'grant.error',
    grant_type: ctx.oidc.params?.grant_type,
    error: err.error,
    error_description: err.error_description,
  });
});
provider.on('grant.revoked', () => {
  report({ event: 'grant.revoked' });
});
provider.on('revocation.error', (ctx, err) => {
  report({ event: 'revocation.error', error: err.error });
});
provider.on('server_error', (ctx, err) => {
  report({ event: 'server_error', message: String(err?.message ?? err) });
});

server.on('request', provider.callback());

report({
  ready: true,
  issuer,
  port,
  access_token_ttl: accessTtl,
  resource_client_id: 'resource-server',
  resource_client_secret: resourceSecret,
});

function stop() {
  server.close();
  server.closeAllConnections();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// the tests own this process: when they go away (stdin closes), so does the server
process.stdin.on('end', stop);
process.stdin.resume();
