import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { Client } from 'pg';
import { EmbeddedPostgres, SOCKET_FILE } from '../src/database/embedded/embedded-postgres';

/** Inodes of the TCP sockets this process is listening on (Linux: /proc/net/tcp{,6}, state 0A = LISTEN). */
function listeningTcpInodes(): Set<string> {
  const own = new Set(
    readdirSync('/proc/self/fd')
      .map((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).match(/^socket:\[(\d+)\]$/)?.[1];
        } catch {
          return undefined; // closed while we looked
        }
      })
      .filter((inode): inode is string => Boolean(inode)),
  );
  const listening = new Set<string>();
  for (const table of ['/proc/self/net/tcp', '/proc/self/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[3] === '0A' && own.has(cols[9])) listening.add(cols[9]);
    }
  }
  return listening;
}

/**
 * The embedded database accepts any password, so it must not listen where other local users (or a page
 * tricking a browser into talking to localhost) can reach it: a Unix socket in a private directory only.
 */
describe('embedded PGlite', () => {
  let embedded: EmbeddedPostgres;

  afterEach(async () => embedded?.stop());

  it('serves the wire protocol on a private Unix socket and opens no TCP port', async () => {
    const before = listeningTcpInodes();
    embedded = new EmbeddedPostgres(undefined);
    const url = await embedded.start();

    const dir = new URL(url).searchParams.get('host')!;
    expect(statSync(`${dir}/${SOCKET_FILE}`).isSocket()).toBe(true);
    expect(statSync(dir).mode & 0o077).toBe(0); // nobody but this account may enter the folder
    expect([...listeningTcpInodes()].filter((inode) => !before.has(inode))).toEqual([]);

    const client = new Client({ connectionString: url });
    await client.connect();
    expect((await client.query('select 40 + 2 as answer')).rows[0].answer).toBe(42);
    await client.end();
  });

  it('removes its socket folder when stopped', async () => {
    embedded = new EmbeddedPostgres(undefined);
    const dir = new URL(await embedded.start()).searchParams.get('host')!;
    await embedded.stop();
    expect(() => statSync(dir)).toThrow(/ENOENT/);
  });
});
