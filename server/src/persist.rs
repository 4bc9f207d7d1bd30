//! Persistence: the state database (`--state FILE`, SQLite; in memory without one) and
//! JSON seed files (`--seed-file`).
//!
//! The database holds every object, the recent events (for `since` replays, across
//! restarts too), the recent log lines of each log and the request bodies of actions. The
//! store writes what changed in one transaction before it answers or publishes (WAL
//! journal: a killed server loses nothing it confirmed). The server holds the database's
//! exclusive lock while it runs, so a second server on the same file stops at once.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::types::Type;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension};
use serde_json::Value;

use crate::hub::{Event, LogLine};
use crate::kind::Kind;
use crate::obj::Obj;

/// The `format` marker of a seed file.
pub const FORMAT: &str = "docker-cloud-server/1";
/// How many events the database keeps for `since` replays (in a file, in memory).
const EVENTS_KEPT: (i64, i64) = (100_000, 10_000);
/// How many lines the database keeps per log (the hub keeps as many).
const LOG_LINES_KEPT: i64 = crate::hub::LOG_CAPACITY as i64;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS objects (
    kind TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL,
    namespace TEXT, parent TEXT, body TEXT NOT NULL,
    PRIMARY KEY (kind, id));
CREATE INDEX IF NOT EXISTS objects_by_order ON objects (kind, seq);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, namespace TEXT NOT NULL,
    kind TEXT NOT NULL, resource_uri TEXT NOT NULL, parents TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS logs (seq INTEGER PRIMARY KEY, key TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS logs_by_key ON logs (key, seq);
CREATE TABLE IF NOT EXISTS action_bodies (uuid TEXT PRIMARY KEY, body TEXT NOT NULL);
";

/// What changed since the last write.
#[derive(Default)]
pub struct Changes {
    /// Objects to write (`Some`) or delete (`None`), by kind and id.
    pub objects: Vec<(Kind, String, Option<Obj>)>,
    /// Events published by the changes, in order.
    pub events: Vec<Event>,
    /// Log lines appended, in order.
    pub logs: Vec<(String, LogLine)>,
    /// Action request bodies to write (`Some`) or delete (`None`).
    pub action_bodies: Vec<(String, Option<String>)>,
    /// Logs to delete with their lines (pruned actions).
    pub dropped_logs: Vec<String>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
            && self.events.is_empty()
            && self.logs.is_empty()
            && self.action_bodies.is_empty()
            && self.dropped_logs.is_empty()
    }
}

/// What a database or a seed file holds, to be put into an empty store.
#[derive(Default)]
pub struct Loaded {
    /// The objects with their kinds, in order.
    pub objects: Vec<(Kind, Obj)>,
    /// Request bodies of actions (JSON text), by action uuid.
    pub action_bodies: HashMap<String, String>,
    /// Log lines, by log key, oldest first.
    pub logs: HashMap<String, Vec<LogLine>>,
}

/// The state database, locked for this server.
pub struct Db {
    conn: Connection,
    /// The next object order number.
    next_seq: i64,
    /// Log lines written since the last pruning.
    logged: i64,
    /// Events written since the last pruning.
    evented: i64,
    /// How many events are kept.
    events_kept: i64,
}

impl Db {
    /// Opens (or creates) the database at `path`, or one in memory, and takes its lock.
    pub fn open(path: Option<&Path>) -> Result<Db, String> {
        let name = path.map_or_else(|| ":memory:".into(), |p| p.display().to_string());
        if let Some(path) = path {
            let head = std::fs::read(path)
                .ok()
                .map(|b| b.iter().take(64).copied().collect::<Vec<u8>>());
            if head.is_some_and(|h| h.trim_ascii_start().starts_with(b"{")) {
                return Err(format!(
                    "{name} is a JSON state file of an older docker-cloud-server, which keeps \
                     its state in SQLite now: move it away to start afresh (or load it once \
                     with --seed-file {name} and a new --state file)"
                ));
            }
        }
        let fail = |e: rusqlite::Error| match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                format!("{name} is in use by another docker-cloud-server")
            }
            Some(ErrorCode::NotADatabase) => {
                format!("{name} is not a docker-cloud-server state file")
            }
            Some(ErrorCode::CannotOpen) => {
                format!("cannot open {name}: its directory is missing or not writable")
            }
            _ => format!("{name}: {e}"),
        };
        let conn = match path {
            Some(p) => Connection::open(p),
            None => Connection::open_in_memory(),
        }
        .map_err(fail)?;
        // The exclusive locking mode holds the lock from the first write to the end, and
        // lets WAL work without a shared-memory file.
        conn.execute_batch(
            "PRAGMA locking_mode = EXCLUSIVE; PRAGMA busy_timeout = 0;
             PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
             PRAGMA cache_size = -8000; PRAGMA wal_autocheckpoint = 4000;",
        )
        .map_err(fail)?;
        conn.execute_batch(&format!("BEGIN IMMEDIATE; {SCHEMA} COMMIT;"))
            .map_err(fail)?;
        let next_seq = conn
            .query_row("SELECT IFNULL(MAX(seq), 0) + 1 FROM objects", [], |r| {
                r.get(0)
            })
            .map_err(fail)?;
        Ok(Db {
            conn,
            next_seq,
            logged: 0,
            evented: 0,
            events_kept: if path.is_some() {
                EVENTS_KEPT.0
            } else {
                EVENTS_KEPT.1
            },
        })
    }

    /// Whether the database holds no object yet.
    pub fn is_empty(&self) -> Result<bool, String> {
        self.conn
            .query_row("SELECT NOT EXISTS (SELECT 1 FROM objects)", [], |r| {
                r.get(0)
            })
            .map_err(|e| e.to_string())
    }

    /// Reads the objects (in their order), action bodies and log lines.
    pub fn load(&self) -> Result<Loaded, String> {
        let mut loaded = Loaded::default();
        let bad = |e: &dyn std::fmt::Display| format!("bad state database: {e}");
        let mut objects = self
            .conn
            .prepare("SELECT kind, id, namespace, parent, body FROM objects ORDER BY seq")
            .map_err(|e| bad(&e))?;
        let rows = objects
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })
            .map_err(|e| bad(&e))?;
        for row in rows {
            let (kind, id, namespace, parent, body) = row.map_err(|e| bad(&e))?;
            let kind: Kind = kind.parse().map_err(|e| bad(&e))?;
            let object: Value = serde_json::from_str(&body).map_err(|e| bad(&e))?;
            let obj = Obj {
                id,
                namespace,
                parent,
                object,
            };
            loaded.objects.push((kind, obj));
        }
        let bodies = self.pairs("SELECT uuid, body FROM action_bodies");
        loaded.action_bodies.extend(bodies.map_err(|e| bad(&e))?);
        for (key, body) in self
            .pairs("SELECT key, body FROM logs ORDER BY seq")
            .map_err(|e| bad(&e))?
        {
            let line: LogLine = serde_json::from_str(&body).map_err(|e| bad(&e))?;
            loaded.logs.entry(key).or_default().push(line);
        }
        Ok(loaded)
    }

    /// The rows of a query of two text columns, in order.
    fn pairs(&self, query: &str) -> rusqlite::Result<Vec<(String, String)>> {
        let mut statement = self.conn.prepare(query)?;
        let rows = statement.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    }

    /// Writes `changes` in one transaction.
    pub fn write(&mut self, changes: &Changes) -> Result<(), String> {
        let tx = self.conn.transaction().map_err(|e| e.to_string())?;
        {
            let mut upsert = tx
                .prepare_cached(
                    "INSERT INTO objects (kind, id, seq, namespace, parent, body)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                     ON CONFLICT (kind, id) DO UPDATE SET
                       namespace = excluded.namespace, parent = excluded.parent,
                       body = excluded.body",
                )
                .map_err(|e| e.to_string())?;
            let mut delete = tx
                .prepare_cached("DELETE FROM objects WHERE kind = ?1 AND id = ?2")
                .map_err(|e| e.to_string())?;
            for (kind, id, obj) in &changes.objects {
                match obj {
                    Some(o) => {
                        upsert
                            .execute(params![
                                kind.as_str(),
                                id,
                                self.next_seq,
                                o.namespace,
                                o.parent,
                                o.object.to_string()
                            ])
                            .map_err(|e| e.to_string())?;
                        self.next_seq += 1;
                    }
                    None => {
                        delete
                            .execute(params![kind.as_str(), id])
                            .map_err(|e| e.to_string())?;
                    }
                }
            }
            let mut event = tx
                .prepare_cached(
                    "INSERT INTO events (uuid, namespace, kind, resource_uri, parents, body)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .map_err(|e| e.to_string())?;
            for e in &changes.events {
                let parents = serde_json::to_string(&e.parents).unwrap_or_default();
                event
                    .execute(params![
                        e.uuid,
                        e.namespace,
                        e.kind.as_str(),
                        e.resource_uri,
                        parents,
                        &*e.json
                    ])
                    .map_err(|e| e.to_string())?;
            }
            let mut log = tx
                .prepare_cached("INSERT INTO logs (key, body) VALUES (?1, ?2)")
                .map_err(|e| e.to_string())?;
            for (key, line) in &changes.logs {
                let body = serde_json::to_string(line).unwrap_or_default();
                log.execute(params![key, body]).map_err(|e| e.to_string())?;
            }
            for key in &changes.dropped_logs {
                tx.execute("DELETE FROM logs WHERE key = ?1", params![key])
                    .map_err(|e| e.to_string())?;
            }
            for (uuid, body) in &changes.action_bodies {
                match body {
                    Some(b) => tx.execute(
                        "INSERT OR REPLACE INTO action_bodies (uuid, body) VALUES (?1, ?2)",
                        params![uuid, b],
                    ),
                    None => tx.execute("DELETE FROM action_bodies WHERE uuid = ?1", params![uuid]),
                }
                .map_err(|e| e.to_string())?;
            }
        }
        self.evented += changes.events.len() as i64;
        if self.evented > self.events_kept / 10 {
            self.evented = 0;
            tx.execute(
                "DELETE FROM events WHERE seq <= (SELECT MAX(seq) FROM events) - ?1",
                params![self.events_kept],
            )
            .map_err(|e| e.to_string())?;
        }
        self.logged += changes.logs.len() as i64;
        if self.logged > LOG_LINES_KEPT {
            self.logged = 0;
            prune_logs(&tx).map_err(|e| e.to_string())?;
        }
        tx.commit().map_err(|e| e.to_string())
    }

    /// The events written after the event `since` (oldest first), or `None` when the
    /// database no longer has it.
    pub fn events_after(&self, since: &str) -> Option<Vec<Event>> {
        let seq: i64 = self
            .conn
            .query_row(
                "SELECT seq FROM events WHERE uuid = ?1",
                params![since],
                |r| r.get(0),
            )
            .optional()
            .ok()??;
        let mut query = self
            .conn
            .prepare_cached(
                "SELECT uuid, namespace, kind, resource_uri, parents, body FROM events
                 WHERE seq > ?1 ORDER BY seq",
            )
            .ok()?;
        let rows = query
            .query_map(params![seq], |r| {
                let parents: String = r.get(4)?;
                Ok(Event {
                    uuid: r.get(0)?,
                    namespace: r.get(1)?,
                    kind: r.get::<_, String>(2)?.parse().map_err(|e: String| {
                        rusqlite::Error::FromSqlConversionFailure(2, Type::Text, e.into())
                    })?,
                    resource_uri: r.get(3)?,
                    parents: serde_json::from_str(&parents).unwrap_or_default(),
                    json: r.get::<_, String>(5)?.into(),
                })
            })
            .ok()?;
        rows.collect::<Result<Vec<_>, _>>().ok()
    }
}

/// Keeps the last lines of every log.
fn prune_logs(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM logs WHERE seq IN (
           SELECT seq FROM (
             SELECT seq, ROW_NUMBER() OVER (PARTITION BY key ORDER BY seq DESC) AS age
             FROM logs)
           WHERE age > ?1)",
        params![LOG_LINES_KEPT],
    )
    .map(|_| ())
}

/// Reads a JSON seed file.
pub fn load_seed(path: &Path) -> Result<Loaded, String> {
    let mut loaded = Loaded::default();
    let bad = |e: &dyn std::fmt::Display| format!("bad seed file {}: {e}", path.display());
    let text = std::fs::read_to_string(path).map_err(|e| bad(&e))?;
    let mut snapshot: Value = serde_json::from_str(&text).map_err(|e| bad(&e))?;
    if snapshot.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(bad(&format!("missing \"format\": \"{FORMAT}\"")));
    }
    let Some(objects) = snapshot.get_mut("objects").and_then(Value::as_object_mut) else {
        return Err(bad(&"missing \"objects\""));
    };
    for (kind, list) in std::mem::take(objects) {
        let kind: Kind = kind.parse().map_err(|e| bad(&e))?;
        let entries: Vec<Obj> =
            serde_json::from_value(list).map_err(|e| bad(&format!("{kind}: {e}")))?;
        for entry in entries {
            if !entry.object.is_object() {
                return Err(bad(&format!("{kind} '{}' is not an object", entry.id)));
            }
            loaded.objects.push((kind, entry));
        }
    }
    if let Some(bodies) = snapshot.get_mut("action_bodies").map(Value::take) {
        if !bodies.is_null() {
            loaded.action_bodies =
                serde_json::from_value(bodies).map_err(|e| bad(&format!("action_bodies: {e}")))?;
        }
    }
    if let Some(logs) = snapshot.get_mut("logs").map(Value::take) {
        if !logs.is_null() {
            loaded.logs = serde_json::from_value(logs).map_err(|e| bad(&format!("logs: {e}")))?;
        }
    }
    Ok(loaded)
}
