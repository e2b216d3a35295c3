// The members page through a real load balancer: two `next start` nodes behind nginx (bench/balancer.ts),
// loaded as one node was, so the run shows what a second node adds on this machine.
import autocannon from 'autocannon';
import { nginxPath, startBalancer } from './balancer';
import { startServer, type Server } from './server';

export type TwoNodes = { rps: number; p99: number; non2xx: number; errors: number; peakRssMb: number } | { skipped: string };

export async function measureTwoNodes(options: {
  port: number;
  databaseUrl: string;
  authSecret: string;
  extraEnv: Record<string, string>;
  path: string;
  headers: Record<string, string>;
  connections: number;
  duration: number;
}): Promise<TwoNodes> {
  if (!nginxPath()) return { skipped: 'nginx is not installed (apt-get install -y nginx-light)' };
  const nodes: Server[] = [];
  try {
    for (const port of [options.port + 1, options.port + 2])
      nodes.push(await startServer({ port, databaseUrl: options.databaseUrl, authSecret: options.authSecret, extraEnv: options.extraEnv }));
    const balancer = await startBalancer(options.port, [options.port + 1, options.port + 2]);
    try {
      const url = `${balancer.url}${options.path}`;
      const check = await fetch(url, { headers: options.headers });
      if (check.status !== 200) throw new Error(`bench: ${options.path} through nginx answered ${check.status}`);
      await check.text();
      // Warm-up of both nodes, then the measured load.
      await autocannon({ url, connections: options.connections, duration: 3, headers: options.headers, timeout: 30 });
      await new Promise((r) => setTimeout(r, 1500));
      const result = await autocannon({
        url,
        connections: options.connections,
        duration: options.duration,
        headers: options.headers,
        timeout: 30,
      });
      return {
        rps: result.requests.average,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
        peakRssMb: Math.max(...nodes.map((n) => n.peakRssMb())),
      };
    } finally {
      await balancer.stop();
    }
  } finally {
    for (const node of nodes) await node.stop();
  }
}
