/**
 * Prometheus metrics in the text exposition format (version 0.0.4), and the small HTTP server that
 * serves them at `/metrics` beside a `/health` probe. Values are read when scraped, from the
 * counters the node, mailserver and bridge already keep, so nothing is counted twice.
 */
import { createServer, type Server } from 'node:http';
import { CliError } from './errors.js';

/** One sample: labels and a value. */
export interface Sample {
  labels?: Record<string, string>;
  value: number;
}

/** A metric family. */
export interface MetricFamily {
  name: string;
  help: string;
  type: 'counter' | 'gauge';
  samples: Sample[];
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(v);
}

/** Renders metric families in the Prometheus text format. */
export function renderMetrics(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  for (const f of families) {
    lines.push(`# HELP ${f.name} ${f.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`);
    lines.push(`# TYPE ${f.name} ${f.type}`);
    for (const s of f.samples) {
      const labels = Object.entries(s.labels ?? {});
      const l =
        labels.length === 0 ? '' : `{${labels.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;
      lines.push(`${f.name}${l} ${formatValue(s.value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A running metrics server. */
export interface MetricsServer {
  address(): { host: string; port: number };
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (from `collect`) and `GET /health` (200 `ok` while `healthy()` says so,
 * else 503 with the reason) on `host:port`.
 * @throws CliError when the address cannot be bound (in use, not local).
 */
export function serveMetrics(options: {
  host: string;
  port: number;
  collect: () => MetricFamily[];
  healthy: () => { ok: boolean; detail: string };
}): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/metrics') {
      let body: string;
      try {
        body = renderMetrics(options.collect());
      } catch (err) {
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(`metrics failed: ${(err as Error).message}\n`);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(body);
      return;
    }
    if (path === '/health') {
      const h = options.healthy();
      res
        .writeHead(h.ok ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`${h.ok ? 'ok' : 'unhealthy'} ${h.detail}\n`);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err) =>
      reject(
        new CliError(`cannot serve metrics on ${options.host}:${options.port}: ${(err as Error).message}`, {
          cause: err,
        }),
      ),
    );
    server.listen(options.port, options.host, () => {
      const a = server.address();
      const bound =
        typeof a === 'object' && a !== null ? { host: a.address, port: a.port } : { host: '', port: 0 };
      resolve({
        address: () => bound,
        close: () =>
          new Promise<void>((res) => {
            server.close(() => res());
            server.closeAllConnections();
          }),
      });
    });
  });
}
