// A TCP proxy in front of PostgreSQL that counts the SQL round trips a server sends, by reading the
// frontend messages of the wire protocol: every Sync ('S', the end of an extended-protocol query, which
// is what postgres.js sends) and every simple Query ('Q') is one round trip. The server under test is
// the unmodified production build; only its DATABASE_URL points here. Used for counting only: the load
// runs against a server connected to PostgreSQL directly.
import net from 'node:net';

export type RoundTrip = { sql: string; ms: number };

export type Counter = {
  url: string;
  /** Round trips since the last reset: the SQL each ran (its first 160 characters) and its time, Sync to ReadyForQuery. */
  take: () => RoundTrip[];
  reset: () => void;
  close: () => Promise<void>;
};

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

function cstring(buffer: Buffer, at: number): [string, number] {
  const end = buffer.indexOf(0, at);
  return [buffer.toString('utf8', at, end), end + 1];
}

export async function startCounter(databaseUrl: string): Promise<Counter> {
  const target = new URL(databaseUrl);
  const upstreamHost = target.hostname || '127.0.0.1';
  const upstreamPort = Number(target.port || 5432);
  let log: RoundTrip[] = [];
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, upstreamHost);
    sockets.add(client).add(upstream);
    const statements = new Map<string, string>(); // prepared statement name → SQL (per connection)
    let pending: Buffer = Buffer.alloc(0);
    let startup = true; // the first messages carry no type byte
    let bound = '';
    const inFlight: RoundTrip[] = []; // sent, waiting for the server's ReadyForQuery
    let answer: Buffer = Buffer.alloc(0);
    let answerStarted = false; // the backend's messages all carry a type byte, except the one-byte SSL answer

    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (startup) {
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          pending = pending.subarray(length);
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startup = false;
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < length + 1) break;
        const type = String.fromCharCode(pending[0]!);
        const body = pending.subarray(5, length + 1);
        pending = pending.subarray(length + 1);
        if (type === 'P') {
          const [name, next] = cstring(body, 0);
          const [text] = cstring(body, next);
          statements.set(name, text);
          bound = text;
        } else if (type === 'B') {
          const [, next] = cstring(body, 0);
          const [name] = cstring(body, next);
          bound = statements.get(name) ?? bound;
        } else if (type === 'S' || type === 'Q') {
          const text = type === 'S' ? bound : cstring(body, 0)[0];
          const trip = { sql: text.replace(/\s+/g, ' ').slice(0, 160), ms: performance.now() };
          inFlight.push(trip);
          log.push(trip);
          bound = '';
        }
      }
    });
    upstream.on('data', (chunk: Buffer) => {
      client.write(chunk);
      answer = answer.length ? Buffer.concat([answer, chunk]) : chunk;
      if (!answerStarted && answer.length > 0 && (answer[0] === 0x4e || answer[0] === 0x53) && answer.length === 1) {
        answer = Buffer.alloc(0); // 'N' or 'S': the answer to an SSL request
        return;
      }
      answerStarted = true;
      while (answer.length >= 5) {
        const length = answer.readInt32BE(1);
        if (answer.length < length + 1) break;
        if (answer[0] === 0x5a) {
          // ReadyForQuery: the oldest round trip in flight is answered (the first one follows the startup).
          const trip = inFlight.shift();
          if (trip) trip.ms = performance.now() - trip.ms;
        }
        answer = answer.subarray(length + 1);
      }
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  return {
    url: proxied.toString(),
    take: () => {
      const taken = log;
      log = [];
      return taken;
    },
    reset: () => {
      log = [];
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
