// A throwaway HAProxy for the multi-instance test, run from docs/deploy/haproxy.cfg itself with
// the addresses replaced, so the documented configuration is the one tested.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';

/** The documented configuration on local ports; HAProxy reaches the instances from `source` (the address TRUST_PROXY names). */
export function haproxyConfig(root: string, listen: number, instances: number[], source: string, fastChecks = true): string {
  const docs = readFileSync(join(root, 'docs/deploy/haproxy.cfg'), 'utf8');
  const kept = docs
    .split('\n')
    // No syslog in a test; the servers are replaced below.
    .filter((line) => !/^\s*(log|server)\s/.test(line))
    .join('\n')
    .replace('bind *:80', `bind 127.0.0.1:${listen}`)
    // An unprivileged HAProxy cannot raise its file limit to what production's maxconn needs.
    .replace(/^(\s*)maxconn \d+$/m, '$1maxconn 1000')
    // Faster checks than production, so a killed instance is noticed within the test.
    .replace(
      /(default-server check inter \S+ fall \d+ rise \d+)/,
      (documented) => `${fastChecks ? 'default-server check inter 1s fall 3 rise 1' : documented} source ${source}`,
    );
  return `${kept}\n${instances.map((port, i) => `    server api${i + 1} 127.0.0.1:${port}`).join('\n')}\n`;
}

export function startHaproxy(configPath: string, config: string): { child: ChildProcess; output: () => string } {
  writeFileSync(configPath, config);
  const child = spawn('haproxy', ['-f', configPath, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

export interface Answer {
  status: number;
  servedBy: string | undefined;
  body: string;
  setCookie: string[] | undefined;
}

/** One HTTP request on its own connection from a chosen local address (each a different client to the limits). */
export function send(
  port: number,
  from: string,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        localAddress: from,
        agent: false,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            servedBy: res.headers['x-served-by'] as string | undefined,
            body: text,
            setCookie: res.headers['set-cookie'],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
