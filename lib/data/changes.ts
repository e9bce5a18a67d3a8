// Following the database's changes: what a Dexie change event says was written, per table.
// Dexie fires 'storagemutated' after each committed write in the page that made it and relays the
// same event to the other extension pages and the background (a BroadcastChannel, which turns
// its key sets into plain objects on the way). Each table's primary-key set holds the written keys
// when Dexie knew them, or a range when it did not (a bulk write of 50 rows or more, a delete by
// range, a clear): then only re-reading the table is safe.
import Dexie, { type ObservabilitySet } from 'dexie';
import { db as defaultDb, type FollowThroughDB } from './db';

/** Per table: the written keys, or 'all' when the event cannot say which. */
export type Touched = Map<string, Set<string> | 'all'>;

/** A node of Dexie's key-set tree, as it arrives either as a RangeSet or as a cloned object. */
interface KeyNode {
  from?: unknown;
  to?: unknown;
  l?: KeyNode | null;
  r?: KeyNode | null;
}

/** The single string keys of a key set; null when it holds a range. */
export function keysOf(node: KeyNode | null | undefined, out: Set<string> = new Set()): Set<string> | null {
  if (!node) return out;
  if (!keysOf(node.l, out)) return null;
  if ('from' in node) {
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    out.add(node.from);
  }
  return keysOf(node.r, out);
}

/** The tables of database `dbName` an event touched; null when it cannot say (an unknown part). */
export function touchedBy(parts: Record<string, unknown>, dbName: string): Touched | null {
  const touched: Touched = new Map();
  for (const [part, set] of Object.entries(parts)) {
    // "idb://<db>/<table>/<index>": the primary key's part has an empty index name.
    const match = /^idb:\/\/([^/]+)\/([^/]+)\/(.*)$/.exec(part);
    if (!match) return null;
    const [, db, table, index] = match;
    if (db !== dbName || index !== '') continue;
    const keys = keysOf(set as KeyNode);
    const before = touched.get(table);
    if (!keys || before === 'all') touched.set(table, 'all');
    else touched.set(table, before ? new Set([...before, ...keys]) : keys);
  }
  return touched;
}

/** As if every key of `tables` had changed: for writes Dexie did not see. */
export function wholeTables(tables: Iterable<string>): Touched {
  return new Map([...tables].map((t) => [t, 'all' as const]));
}

/** Calls `listener` after each committed write to `database`, here or relayed from another page,
 * with what it touched (null when the event cannot say). Returns the unsubscribe. */
export function onDatabaseChange(listener: (touched: Touched | null) => void, database: FollowThroughDB = defaultDb): () => void {
  const follow = (parts: ObservabilitySet) => listener(touchedBy(parts, database.name));
  Dexie.on('storagemutated', follow);
  return () => Dexie.on('storagemutated').unsubscribe(follow);
}
