/**
 * Serves a built site with the nginx configuration we ship
 * (hosting/nginx/onesource.conf and its snippets), on loopback ports, as a
 * foreground process that the caller starts and stops.
 *
 * The shipped files are used as they are. Only what cannot work on a test
 * machine is swapped, each by an exact pattern that must match, so a change in
 * the shape of onesource.conf fails loudly here rather than leaving a test
 * that no longer tests the shipped file:
 *   - `listen 80` and `listen 443` become two free ports on 127.0.0.1
 *     (the IPv6 listens are dropped),
 *   - the certificate becomes a throwaway self-signed one made by openssl,
 *   - `root` points at the dist/ being tested.
 *
 * Used by the hosting tests (playwright.nginx.config.ts, through the command
 * line below) and by the quality report (scripts/audit/site.mjs).
 *
 * Command line: node scripts/audit/nginx.mjs [--dist DIR] [--http-port N] [--https-port N] [--cert PEM --key PEM]
 * runs until SIGINT or SIGTERM.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, cpSync, chmodSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { X509Certificate, createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const HOSTING_DIR = join(repo, 'hosting/nginx');

/** The nginx binary: $NGINX, then Debian's place, then PATH. */
export function findNginx() {
  for (const p of [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']) {
    if (p && existsSync(p)) return p;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A port nobody is listening on right now. */
export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

function replaceOnce(text, pattern, replacement, what) {
  let hits = 0;
  const out = text.replace(pattern, (...m) => {
    hits++;
    return replacement.replace(/\$(\d)/g, (_, i) => m[Number(i)] ?? '');
  });
  if (hits === 0) throw new Error(`hosting/nginx/onesource.conf no longer has ${what}; update scripts/audit/nginx.mjs to match the new shape.`);
  return out;
}

/** The shipped server blocks, rewritten for loopback ports, a test certificate and this dist/. */
export function renderSiteConf({ httpPort, httpsPort, root, cert, key }) {
  let conf = readFileSync(join(HOSTING_DIR, 'onesource.conf'), 'utf8');
  conf = replaceOnce(conf, /^(\s*)listen \[::\]:\d+[^;]*;\n/gm, '', 'an IPv6 listen line');
  conf = replaceOnce(conf, /^(\s*)listen 80\b/gm, `$1listen 127.0.0.1:${httpPort}`, 'a "listen 80" line');
  conf = replaceOnce(conf, /^(\s*)listen 443\b/gm, `$1listen 127.0.0.1:${httpsPort}`, 'a "listen 443" line');
  conf = replaceOnce(conf, /^(\s*)ssl_certificate\s+\S+;/gm, `$1ssl_certificate ${cert};`, 'an ssl_certificate line');
  conf = replaceOnce(conf, /^(\s*)ssl_certificate_key\s+\S+;/gm, `$1ssl_certificate_key ${key};`, 'an ssl_certificate_key line');
  conf = replaceOnce(conf, /^(\s*)root\s+\S+;/gm, `$1root ${root};`, 'a root line');
  return conf;
}

function waitForPort(port, child, stderr, timeoutMs = 15_000) {
  const started = Date.now();
  return new Promise((ok, fail) => {
    const attempt = () => {
      if (child.exitCode !== null) return fail(new Error(`nginx stopped at start (exit ${child.exitCode}):\n${stderr.join('')}`));
      const sock = connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        ok();
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() - started > timeoutMs) return fail(new Error(`nginx did not answer on port ${port} within ${timeoutMs} ms:\n${stderr.join('')}`));
        setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * A throwaway self-signed certificate for 127.0.0.1, written into dir, and the
 * SPKI hash Chromium needs to trust it fully
 * (--ignore-certificate-errors-spki-list): with a plain certificate error
 * Chromium neither caches nor behaves as it would on the real site.
 */
export function makeCertificate(dir) {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`openssl could not make a test certificate (sudo apt-get install -y openssl): ${e.stderr ?? e.message}`);
  }
  const spki = new X509Certificate(readFileSync(cert)).publicKey.export({ type: 'spki', format: 'der' });
  return { cert, key, spki: createHash('sha256').update(spki).digest('base64') };
}

/** Chromium flags that make it trust the test certificate as it would a real one. */
export function trustFlags(spki) {
  return [`--ignore-certificate-errors-spki-list=${spki}`];
}

/**
 * Starts nginx in the foreground on loopback. Resolves once it answers, with
 * its addresses and a stop() that ends it and removes its temporary folder.
 * `headersSnippet`, when given, is served in place of the shipped
 * snippets/onesource-headers.conf (scripts/audit/headers.mjs measures what
 * each header costs that way); everything else stays as shipped.
 */
export async function startNginx({ dist = join(repo, 'dist'), httpPort, httpsPort, tls, headersSnippet } = {}) {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed. On Debian or Ubuntu: sudo apt-get install -y nginx (or set NGINX to its path).');
  const root = resolve(dist);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root}/index.html is missing: run \`npm run build\` first.`);
  httpPort ??= await freePort();
  httpsPort ??= await freePort();

  const dir = mkdtempSync(join(tmpdir(), 'onesource-nginx-'));
  // nginx started as root runs its workers as an unprivileged user, which must
  // be able to read what it serves.
  chmodSync(dir, 0o755);
  cpSync(join(HOSTING_DIR, 'snippets'), join(dir, 'snippets'), { recursive: true });
  if (headersSnippet !== undefined) writeFileSync(join(dir, 'snippets/onesource-headers.conf'), headersSnippet);
  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, 'temp', t), { recursive: true });
  let cert;
  let key;
  let spki;
  try {
    ({ cert, key, spki } = tls ?? makeCertificate(dir));
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  writeFileSync(join(dir, 'onesource.conf'), renderSiteConf({ httpPort, httpsPort, root, cert, key }));
  const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : 'types { text/html html; text/css css; application/javascript js mjs; application/json json; image/svg+xml svg; image/png png; application/xml xml; application/rss+xml rss; text/plain txt; application/wasm wasm; }';
  const running = typeof process.getuid === 'function' && process.getuid() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `# Test harness written by scripts/audit/nginx.mjs; the site's own config is onesource.conf beside it.
${running ? 'user root root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  ${mime}
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  include onesource.conf;
}
`,
  );

  const stderr = [];
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', (d) => {
    stderr.push(String(d));
    if (process.env.NGINX_VERBOSE) process.stderr.write(d);
  });
  const exited = new Promise((ok) => child.once('exit', ok));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    await waitForPort(httpsPort, child, stderr);
    await waitForPort(httpPort, child, stderr);
  } catch (e) {
    child.kill('SIGKILL');
    await exited;
    cleanup();
    throw e;
  }
  let stopped;
  return {
    httpsUrl: `https://127.0.0.1:${httpsPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    httpsPort,
    httpPort,
    dir,
    /** SHA-256 of the test certificate's public key, for trustFlags(). */
    spki,
    pid: child.pid,
    stderr,
    /** Resolves with nginx's exit code when it stops, for whatever reason. */
    exited,
    stop() {
      stopped ??= (async () => {
        if (child.exitCode === null) {
          // SIGQUIT is nginx's graceful stop; fall back to SIGKILL if it lingers.
          child.kill('SIGQUIT');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(timer);
        }
        cleanup();
      })();
      return stopped;
    },
  };
}

// Command line: start, print the addresses, and stop cleanly on a signal.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const server = await startNginx({
    dist: arg('--dist') ?? join(repo, 'dist'),
    httpPort: arg('--http-port') ? Number(arg('--http-port')) : undefined,
    httpsPort: arg('--https-port') ? Number(arg('--https-port')) : undefined,
    tls: arg('--cert') ? { cert: resolve(arg('--cert')), key: resolve(arg('--key')) } : undefined,
  });
  console.log(`nginx (pid ${server.pid}) serving ${server.httpsUrl}/ and redirecting ${server.httpUrl}/`);
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  server.exited.then((code) => {
    if (stopping) return;
    console.error(`nginx stopped by itself (exit ${code}):\n${server.stderr.join('')}`);
    process.exit(1);
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
}
