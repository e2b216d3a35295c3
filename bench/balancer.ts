// A real load balancer in front of the nodes: nginx from Debian (`apt-get install nginx-light`), started
// with its own configuration and prefix under .data/, and stopped by the bench.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Balancer = { url: string; stop: () => Promise<void> };

export function nginxPath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx 2>/dev/null'], { encoding: 'utf8' }).stdout.trim();
  return found ? found.split('\n')[0]! : null;
}

/**
 * Round robin over the nodes. A node that refuses connections is taken out for 5 s after one failure, and
 * the request goes to the next node: POSTs too (`non_idempotent`), which is safe because every write the
 * load sends carries an Idempotency-Key, so a retried one is answered once.
 */
function config(prefix: string, port: number, nodes: number[]): string {
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  upstream roster {
${nodes.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://roster;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_connect_timeout 1s;
      proxy_read_timeout 30s;
      proxy_next_upstream error timeout non_idempotent;
    }
  }
}
`;
}

export async function startBalancer(port: number, nodes: number[]): Promise<Balancer> {
  const nginx = nginxPath();
  if (!nginx) throw new Error('bench: nginx is not installed (apt-get install -y nginx-light)');
  const prefix = path.resolve('.data/bench-nginx');
  mkdirSync(prefix, { recursive: true });
  writeFileSync(`${prefix}/nginx.conf`, config(prefix, port, nodes));
  const child: ChildProcess = spawn(nginx, ['-p', prefix, '-c', `${prefix}/nginx.conf`, '-g', 'daemon off;'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await (await fetch(`${url}/sign-in`)).text();
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`bench: nginx did not start (see ${prefix}/error.log)`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
