// Launches Debian's nginx (/usr/sbin/nginx) in the foreground with a temp prefix and config, on an
// ephemeral 127.0.0.1 port, serving files the test writes into `root`. The access log records
// nginx's connection serial number per request, so tests can prove keep-alive reuse.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requireBinary, startDaemonOnFreePort, type Daemon } from "./daemon.js";

export const NGINX_BIN = "/usr/sbin/nginx";

export interface NginxServer {
  readonly port: number;
  /** Document root: write files here before requesting them. */
  readonly root: string;
  /** Parsed access log lines so far. */
  accessLog(): {
    connection: number;
    requests: number;
    method: string;
    uri: string;
    status: number;
  }[];
  stop(): Promise<void>;
}

function config(prefix: string, port: number): string {
  return `
worker_processes 1;
master_process off;
daemon off;
error_log ${prefix}/logs/error.log warn;
pid ${prefix}/logs/nginx.pid;
events { worker_connections 128; }
http {
  log_format conn '$connection $connection_requests $request_method $uri $status';
  access_log ${prefix}/logs/access.log conn;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  types { text/plain txt; application/octet-stream bin; text/html html; }
  keepalive_requests 10000;
  keepalive_timeout 60s;
  sendfile on;
  server {
    listen 127.0.0.1:${port};
    root ${prefix}/html;
  }
}
`;
}

export async function startNginx(): Promise<NginxServer> {
  requireBinary(NGINX_BIN, "nginx-light");
  const prefix = mkdtempSync(join(tmpdir(), "godot-typed-nginx-"));
  for (const sub of ["conf", "logs", "html", "tmp"]) mkdirSync(join(prefix, sub));
  const logPath = join(prefix, "logs", "access.log");
  let daemon: Daemon;
  try {
    daemon = await startDaemonOnFreePort("nginx", (port) => {
      writeFileSync(join(prefix, "conf", "nginx.conf"), config(prefix, port));
      return spawn(NGINX_BIN, ["-p", prefix, "-c", join(prefix, "conf", "nginx.conf")], {
        stdio: ["ignore", "ignore", "pipe"],
      });
    });
  } catch (error) {
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    port: daemon.port,
    root: join(prefix, "html"),
    accessLog() {
      let text: string;
      try {
        text = readFileSync(logPath, "utf8");
      } catch {
        return [];
      }
      return text
        .split("\n")
        .filter((line) => line.length > 0)
        .map((line) => {
          const [connection, requests, method, uri, status] = line.split(" ");
          return {
            connection: Number(connection),
            requests: Number(requests),
            method: method ?? "",
            uri: uri ?? "",
            status: Number(status),
          };
        });
    },
    async stop() {
      await daemon.stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
