//! The object store: every resource kind as ordered JSON objects, with generic lookup,
//! filtering, paging, events and log lines, and the lock ([`Locked`]) that commits them.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde_json::{json, Map, Value};

use crate::hub::{Event, Hub, LogLine};
use crate::kind::Kind;
use crate::obj::Obj;
use crate::persist::{Changes, Db, Loaded};

/// The objects of one kind, in insertion order.
#[derive(Default)]
struct Collection {
    items: Vec<Obj>,
    index: HashMap<String, usize>,
}

impl Collection {
    fn get(&self, id: &str) -> Option<&Obj> {
        self.index.get(id).and_then(|i| self.items.get(*i))
    }

    fn get_mut(&mut self, id: &str) -> Option<&mut Obj> {
        let i = *self.index.get(id)?;
        self.items.get_mut(i)
    }
}

/// The locked store: every change made through it is committed (written, then its events
/// published) when it is released, whoever made it.
pub struct Locked<'a>(MutexGuard<'a, Store>);

impl<'a> Locked<'a> {
    /// Locks `store` (a poisoned lock is recovered).
    pub fn new(store: &'a Mutex<Store>) -> Self {
        Locked(store.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl std::ops::Deref for Locked<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.0
    }
}

impl std::ops::DerefMut for Locked<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        &mut self.0
    }
}

impl Drop for Locked<'_> {
    fn drop(&mut self) {
        if let Err(e) = self.0.commit() {
            eprintln!("docker-cloud-server: {e}");
        }
    }
}

/// All server objects.
pub struct Store {
    /// One collection per kind, at the index of the kind.
    cols: Vec<Collection>,
    hub: Arc<Hub>,
    /// Actions being worked on by a background task (cancel marks them `Canceling`).
    pub running: std::collections::HashSet<String>,
    /// The state database, once attached: every change is written to it at [`Store::commit`].
    db: Option<Db>,
    /// Objects changed since the last commit, in order.
    dirty: Vec<(Kind, String)>,
    dirty_set: HashSet<(Kind, String)>,
    /// Events of the changes since the last commit, published once they are written.
    pending_events: Vec<Event>,
    /// Log lines appended since the last commit.
    pending_logs: RefCell<Vec<(String, LogLine)>>,
    /// Action bodies written (`Some`) or dropped (`None`) since the last commit.
    pending_bodies: Vec<(String, Option<String>)>,
    /// Logs dropped since the last commit.
    dropped_logs: Vec<String>,
    /// Whether events are published (off while seeding).
    pub quiet: bool,
    /// Whether log lines are dropped (while seeding large data sets).
    pub mute_logs: bool,
    /// Request bodies of actions (JSON text), served as the Tutum action `body`.
    pub action_bodies: HashMap<String, String>,
    /// How many finished actions are kept (older ones are pruned).
    pub keep_actions: usize,
    /// Whether the runtime chooses the outer port of a port published without one
    /// ([`crate::runtime::Runtime::chooses_ports`]); else the server picks one at random.
    pub runtime_chooses_ports: bool,
}

/// Action states after which an action never changes again.
const FINISHED: &[&str] = &["Success", "Failed", "Canceled"];

/// Seconds added to the wall clock (seeding builds its history in the past).
static CLOCK_OFFSET: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// The server clock: the wall clock plus the seeding offset.
pub fn clock() -> DateTime<Utc> {
    Utc::now() + chrono::Duration::seconds(CLOCK_OFFSET.load(std::sync::atomic::Ordering::Relaxed))
}

/// Moves the server clock to `seconds` from the wall clock (0: back to real time).
pub fn set_clock_offset(seconds: i64) {
    CLOCK_OFFSET.store(seconds, std::sync::atomic::Ordering::Relaxed);
}

/// The time now as an RFC 2822 string.
pub fn now() -> String {
    rfc2822(clock())
}

/// A time as the REST API's RFC 2822 string.
pub fn rfc2822(t: DateTime<Utc>) -> String {
    t.format("%a, %d %b %Y %H:%M:%S +0000").to_string()
}

/// A field of a JSON object (`null` when missing; indexing a `Map` would panic).
pub fn field<'a>(m: &'a Map<String, Value>, key: &str) -> &'a Value {
    static NULL: Value = Value::Null;
    m.get(key).unwrap_or(&NULL)
}

/// A fresh v4 UUID.
pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The last path segment of a resource URI (the uuid for uuid-identified objects).
pub fn uri_id(uri: &str) -> &str {
    uri.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default()
}

/// Parses a date given in a filter or an object (RFC 2822, RFC 3339, or plain date/time).
pub fn parse_date(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc2822(s) {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Some(t.and_utc());
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
}

/// A resource URI without its namespace segment, for comparing references.
pub fn canonical_uri(uri: &str) -> String {
    let parts: Vec<&str> = uri.split('/').filter(|s| !s.is_empty()).collect();
    // api, subsystem, v1, [ns], kind, ...
    if parts.len() > 4 && parts[0] == "api" && Kind::from_segment(parts[3]).is_none() {
        let mut kept = parts.clone();
        kept.remove(3);
        return format!("/{}/", kept.join("/"));
    }
    format!("/{}/", parts.join("/"))
}

fn uri_eq(a: &str, b: &str) -> bool {
    a == b
        || (a.starts_with("/api/")
            && b.starts_with("/api/")
            && canonical_uri(a) == canonical_uri(b))
}

impl Store {
    /// An empty store publishing on `hub`.
    pub fn new(hub: Arc<Hub>) -> Self {
        Store {
            cols: Kind::ALL.iter().map(|_| Collection::default()).collect(),
            hub,
            running: Default::default(),
            db: None,
            dirty: Vec::new(),
            dirty_set: HashSet::new(),
            pending_events: Vec::new(),
            pending_logs: RefCell::default(),
            pending_bodies: Vec::new(),
            dropped_logs: Vec::new(),
            quiet: false,
            mute_logs: false,
            action_bodies: HashMap::new(),
            keep_actions: usize::MAX,
            runtime_chooses_ports: false,
        }
    }

    /// The object of `kind` with id `id` (a uuid for stacks, services, containers, nodes,
    /// node clusters, actions and triggers).
    pub fn object(&self, kind: Kind, id: &str) -> Option<&Value> {
        self.entry(kind, id).map(|o| &o.object)
    }

    /// Records the request body (JSON text) of the call that started an action.
    pub fn set_action_body(&mut self, uuid: &str, body: &str) {
        self.action_bodies
            .insert(uuid.to_string(), body.to_string());
        self.pending_bodies
            .push((uuid.to_string(), Some(body.to_string())));
    }

    /// The request body (JSON text) of the call that started an action, if it had one.
    pub fn action_body(&self, uuid: &str) -> Option<&str> {
        self.action_bodies.get(uuid).map(String::as_str)
    }

    /// The stored entry (namespace, parent, object).
    pub fn entry(&self, kind: Kind, id: &str) -> Option<&Obj> {
        self.cols[kind as usize].get(id)
    }

    /// The owner namespace of an object (none for catalog objects).
    pub fn namespace(&self, kind: Kind, id: &str) -> Option<&str> {
        self.entry(kind, id)?.namespace.as_deref()
    }

    /// A string field of an object ("" when missing).
    pub fn str_of(&self, kind: Kind, id: &str, field: &str) -> String {
        self.object(kind, id)
            .and_then(|o| o.get(field))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    }

    /// The object a resource URI points to, with its kind.
    pub fn by_uri(&self, uri: &str) -> Option<(Kind, &Value)> {
        let canon = canonical_uri(uri);
        let parts: Vec<&str> = canon.split('/').filter(|s| !s.is_empty()).collect();
        let kind = Kind::from_segment(parts.get(3)?)?;
        let id = parts.get(4..)?.join("/");
        self.object(kind, &id).map(|o| (kind, o))
    }

    /// Adds an object and publishes a `create` event.
    pub fn insert(&mut self, kind: Kind, entry: Obj) {
        let id = entry.id.clone();
        let col = &mut self.cols[kind as usize];
        match col.index.get(&id) {
            Some(i) => col.items[*i] = entry,
            None => {
                col.index.insert(id.clone(), col.items.len());
                col.items.push(entry);
            }
        }
        self.changed(kind, &id, "create");
    }

    /// Removes an object for good (repositories and triggers).
    pub fn remove(&mut self, kind: Kind, id: &str) -> Option<Obj> {
        let col = &mut self.cols[kind as usize];
        let pos = col.index.remove(id)?;
        let gone = col.items.remove(pos);
        for (i, o) in col.items.iter().enumerate().skip(pos) {
            col.index.insert(o.id.clone(), i);
        }
        self.touch(kind, id);
        Some(gone)
    }

    /// Removes many objects of a kind for good, in one pass.
    fn remove_all(&mut self, kind: Kind, ids: &HashSet<String>) {
        let col = &mut self.cols[kind as usize];
        col.items.retain(|o| !ids.contains(&o.id));
        col.index = col
            .items
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.clone(), i))
            .collect();
        for id in ids {
            self.touch(kind, id);
        }
    }

    /// Marks an object as changed since the last commit.
    fn touch(&mut self, kind: Kind, id: &str) {
        if self.dirty_set.insert((kind, id.to_string())) {
            self.dirty.push((kind, id.to_string()));
        }
    }

    /// Changes an object in place. An event is published when its state changes: `update`,
    /// or `delete` when it becomes `Terminated` (other fields change silently: one event
    /// per real change, see [`Store::updated`]). Terminated objects keep their state.
    pub fn modify(&mut self, kind: Kind, id: &str, f: impl FnOnce(&mut Map<String, Value>)) {
        let Some(Value::Object(map)) = self.cols[kind as usize].get_mut(id).map(|o| &mut o.object)
        else {
            return;
        };
        let before = map.get("state").cloned();
        let whole = (!self.quiet).then(|| map.clone());
        f(map);
        if before.as_ref().and_then(Value::as_str) == Some("Terminated") {
            if let Some(b) = &before {
                map.insert("state".into(), b.clone());
            }
        }
        if whole.is_some_and(|w| w == *map) {
            return;
        }
        if map.get("state") == before.as_ref() {
            self.touch(kind, id);
            return;
        }
        let ended = map.get("state").and_then(Value::as_str) == Some("Terminated");
        self.changed(kind, id, if ended { "delete" } else { "update" });
    }

    /// Publishes an `update` event for a change of an object's definition (a PATCH) that
    /// left its state as it was.
    pub fn updated(&mut self, kind: Kind, id: &str) {
        self.changed(kind, id, "update");
    }

    /// Where the events of the changes made from now on start, for
    /// [`Store::take_events_since`].
    pub fn event_mark(&self) -> usize {
        self.pending_events.len()
    }

    /// Takes back the events of the changes made since `mark`, to be published later (by
    /// [`Store::publish_events`]) after what caused them.
    pub fn take_events_since(&mut self, mark: usize) -> Vec<Event> {
        let mark = mark.min(self.pending_events.len());
        self.pending_events.split_off(mark)
    }

    /// Publishes events taken back (at the next commit, in order after the others).
    pub fn publish_events(&mut self, events: Vec<Event>) {
        self.pending_events.extend(events);
    }

    /// Sets an object's `state` (and publishes it) unless it already is that state.
    pub fn set_state(&mut self, kind: Kind, id: &str, state: &str) {
        let same = self
            .object(kind, id)
            .and_then(|o| o.get("state"))
            .and_then(Value::as_str)
            == Some(state);
        if !same {
            self.modify(kind, id, |m| {
                m.insert("state".into(), json!(state));
            });
        }
    }

    /// The state of an object ("" when unknown).
    pub fn state(&self, kind: Kind, id: &str) -> String {
        self.str_of(kind, id, "state")
    }

    fn changed(&mut self, kind: Kind, id: &str, action: &str) {
        self.touch(kind, id);
        if self.quiet || !kind.has_events() {
            return;
        }
        let Some(entry) = self.entry(kind, id) else {
            return;
        };
        let obj = &entry.object;
        let resource_uri = obj["resource_uri"].as_str().unwrap_or_default().to_string();
        let parents = self.parents(kind, obj);
        let uuid = new_uuid();
        let message = json!({
            "type": kind.as_str(),
            "action": action,
            "parents": parents,
            "resource_uri": resource_uri,
            "state": obj.get("state").cloned().unwrap_or(Value::Null),
            "uuid": uuid,
            "datetime": clock().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        });
        let event = Event {
            uuid,
            namespace: entry.namespace.clone().unwrap_or_default(),
            kind,
            resource_uri,
            parents,
            json: message.to_string().into(),
        };
        self.pending_events.push(event);
    }

    /// The event parents of an object (api.md §4.1).
    fn parents(&self, kind: Kind, obj: &Value) -> Vec<String> {
        let s = |v: &Value, f: &str| v.get(f).and_then(Value::as_str).map(str::to_string);
        let mut out = Vec::new();
        match kind {
            Kind::Service => out.extend(s(obj, "stack")),
            Kind::Container => {
                if let Some(svc) = s(obj, "service") {
                    let stack = self.by_uri(&svc).and_then(|(_, o)| s(o, "stack"));
                    out.push(svc);
                    out.extend(stack);
                }
                if let Some(node) = s(obj, "node") {
                    let cluster = self.by_uri(&node).and_then(|(_, o)| s(o, "node_cluster"));
                    out.push(node);
                    out.extend(cluster);
                }
            }
            Kind::Node => out.extend(s(obj, "node_cluster")),
            Kind::Action => out.extend(s(obj, "object")),
            _ => {}
        }
        out
    }

    /// Appends a line to the log `key` (`container/<uuid>`, `service/<uuid>`, `action/<uuid>`).
    pub fn log(&self, key: &str, text: &str, stream_type: &str, source: Option<&str>) {
        self.log_at(key, text, stream_type, source, clock().timestamp());
    }

    /// Appends a line written at `timestamp` (Unix seconds) to the log `key`.
    fn log_at(
        &self,
        key: &str,
        text: &str,
        stream_type: &str,
        source: Option<&str>,
        timestamp: i64,
    ) {
        if self.mute_logs {
            return;
        }
        let line = LogLine {
            log: text.to_string(),
            stream_type: stream_type.to_string(),
            timestamp,
            source: source.map(str::to_string),
        };
        self.restore_log(key, line);
    }

    /// Appends a line as it was written (from a seed file, or as it happens).
    pub fn restore_log(&self, key: &str, line: LogLine) {
        self.pending_logs
            .borrow_mut()
            .push((key.to_string(), line.clone()));
        self.hub.append_log(key, line);
    }

    /// The lines of a container's log stamped with the second of its last line.
    pub fn container_log_last_second(&self, container: &str) -> Vec<LogLine> {
        self.hub.last_second(&Kind::Container.log_key(container))
    }

    /// Appends a line to a container's log and to its service's log.
    pub fn container_log(&self, container: &str, text: &str, stream_type: &str) {
        self.container_log_at(container, text, stream_type, clock().timestamp());
    }

    /// Appends a line written at `timestamp` (Unix seconds) to a container's log and to its
    /// service's log.
    pub fn container_log_at(&self, container: &str, text: &str, stream_type: &str, timestamp: i64) {
        let line = if text.ends_with('\n') {
            text.to_string()
        } else {
            format!("{text}\n")
        };
        self.log_at(
            &Kind::Container.log_key(container),
            &line,
            stream_type,
            None,
            timestamp,
        );
        let Some(c) = self.object(Kind::Container, container) else {
            return;
        };
        let name = c["name"].as_str().unwrap_or_default();
        let service = uri_id(c["service"].as_str().unwrap_or_default());
        self.log_at(
            &Kind::Service.log_key(service),
            &line,
            stream_type,
            Some(name),
            timestamp,
        );
    }

    /// Ids of a kind in insertion order.
    pub fn ids(&self, kind: Kind) -> impl Iterator<Item = &String> {
        self.cols[kind as usize].items.iter().map(|o| &o.id)
    }

    /// Entries of a kind visible in `namespace` (catalog entries are visible to everyone).
    pub fn visible<'a>(
        &'a self,
        kind: Kind,
        namespace: &'a str,
    ) -> impl DoubleEndedIterator<Item = &'a Obj> + 'a {
        self.cols[kind as usize]
            .items
            .iter()
            .filter(move |o| o.namespace.as_deref().is_none_or(|n| n == namespace))
    }

    /// Whether `obj` (of `kind`) passes one query filter. Unknown filters pass.
    pub fn matches(&self, obj: &Value, key: &str, value: &str) -> bool {
        if let Some((field, lookup)) = key.split_once("__") {
            let field_str = obj.get(field).and_then(Value::as_str);
            return match lookup {
                "startswith" => field_str.is_some_and(|s| s.starts_with(value)),
                "istartswith" => {
                    field_str.is_some_and(|s| s.to_lowercase().starts_with(&value.to_lowercase()))
                }
                "contains" => field_str.is_some_and(|s| s.contains(value)),
                "icontains" => {
                    field_str.is_some_and(|s| s.to_lowercase().contains(&value.to_lowercase()))
                }
                "in" => value.split(',').any(|v| self.matches(obj, field, v)),
                "gte" | "lte" | "gt" | "lt" => {
                    let (Some(a), Some(b)) = (field_str.and_then(parse_date), parse_date(value))
                    else {
                        return false;
                    };
                    match lookup {
                        "gte" => a >= b,
                        "lte" => a <= b,
                        "gt" => a > b,
                        _ => a < b,
                    }
                }
                _ => match (field_str, obj.get(field)) {
                    (Some(uri), _) if uri.starts_with("/api/") => self
                        .by_uri(uri)
                        .is_some_and(|(_, o)| self.matches(o, lookup, value)),
                    (_, Some(Value::Array(items))) => items
                        .iter()
                        .any(|i| i.get(lookup).and_then(Value::as_str) == Some(value)),
                    _ => !obj.as_object().is_some_and(|m| m.contains_key(field)),
                },
            };
        }
        match obj.get(key) {
            None => true,
            Some(Value::String(s)) => {
                if key == "state" {
                    s.eq_ignore_ascii_case(value)
                } else {
                    uri_eq(s, value)
                }
            }
            Some(Value::Bool(b)) => value.eq_ignore_ascii_case(if *b { "true" } else { "false" }),
            Some(Value::Number(n)) => n.to_string() == value,
            Some(Value::Null) => value.is_empty() || value == "null" || value == "None",
            Some(Value::Array(items)) => items.iter().any(|i| match i {
                Value::String(s) => uri_eq(s, value),
                Value::Object(m) => m.get("name").and_then(Value::as_str) == Some(value),
                _ => false,
            }),
            Some(Value::Object(_)) => true,
        }
    }

    /// Puts what a database or seed file held into the (empty) store; gives back its log
    /// lines, which the caller restores.
    pub fn restore(&mut self, loaded: Loaded) -> HashMap<String, Vec<LogLine>> {
        for (kind, obj) in loaded.objects {
            self.insert(kind, obj);
        }
        self.action_bodies.extend(loaded.action_bodies);
        loaded.logs
    }

    /// Attaches the state database: from now on every change is written to it.
    pub fn attach(&mut self, db: Db) {
        self.db = Some(db);
    }

    /// Removes every object, log and action body (a reset): from memory now, from the
    /// database at the next commit. No event is published.
    pub fn clear_all(&mut self) {
        for kind in Kind::ALL {
            let ids: HashSet<String> = self.ids(kind).cloned().collect();
            if matches!(kind, Kind::Container | Kind::Service | Kind::Action) {
                for id in &ids {
                    let key = kind.log_key(id);
                    self.hub.drop_log(&key);
                    self.dropped_logs.push(key);
                }
            }
            self.remove_all(kind, &ids);
        }
        for (uuid, _) in std::mem::take(&mut self.action_bodies) {
            self.pending_bodies.push((uuid, None));
        }
        self.pending_events.clear();
        self.running.clear();
    }

    /// The events saved after the event `since` (oldest first), or `None` when the
    /// database does not have it (never, or no longer).
    pub fn events_after(&self, since: &str) -> Option<Vec<Event>> {
        self.db.as_ref()?.events_after(since)
    }

    /// Forgets the changes made so far (they came from the database itself).
    pub fn settle_loaded(&mut self) {
        self.dirty.clear();
        self.dirty_set.clear();
        self.pending_events.clear();
        self.pending_logs.borrow_mut().clear();
        self.pending_bodies.clear();
    }

    /// Writes every change since the last commit to the database in one transaction, then
    /// publishes their events: nothing is announced that is not saved. Finished actions
    /// beyond [`Store::keep_actions`] are pruned first.
    pub fn commit(&mut self) -> Result<(), String> {
        self.prune_actions();
        if self.dirty.is_empty()
            && self.pending_events.is_empty()
            && self.pending_logs.borrow().is_empty()
            && self.pending_bodies.is_empty()
        {
            return Ok(());
        }
        let mut changes = Changes {
            events: std::mem::take(&mut self.pending_events),
            logs: std::mem::take(&mut *self.pending_logs.borrow_mut()),
            action_bodies: std::mem::take(&mut self.pending_bodies),
            dropped_logs: std::mem::take(&mut self.dropped_logs),
            ..Default::default()
        };
        self.dirty_set.clear();
        for (kind, id) in std::mem::take(&mut self.dirty) {
            let entry = self.entry(kind, &id).cloned();
            changes.objects.push((kind, id, entry));
        }
        let written = match self.db.as_mut() {
            Some(db) if !changes.is_empty() => db.write(&changes),
            _ => Ok(()),
        };
        if let Err(e) = &written {
            // Kept for the next commit: nothing is published before it is saved.
            for (kind, id, _) in &changes.objects {
                self.touch(*kind, id);
            }
            self.pending_events = changes.events;
            self.pending_bodies = changes.action_bodies;
            self.dropped_logs = changes.dropped_logs;
            return Err(format!("cannot write the state: {e}"));
        }
        for event in changes.events {
            self.hub.publish_event(event);
        }
        Ok(())
    }

    /// Removes the oldest finished actions beyond [`Store::keep_actions`], with their logs
    /// and bodies, once they exceed it by a tenth (so that pruning is rare).
    fn prune_actions(&mut self) {
        let count = self.count(Kind::Action);
        let slack = (self.keep_actions / 10).max(1);
        if count <= self.keep_actions.saturating_add(slack) {
            return;
        }
        let excess = count - self.keep_actions;
        let old: HashSet<String> = self.cols[Kind::Action as usize]
            .items
            .iter()
            .filter(|o| FINISHED.contains(&o.object["state"].as_str().unwrap_or_default()))
            .take(excess)
            .map(|o| o.id.clone())
            .collect();
        for id in &old {
            self.action_bodies.remove(id);
            self.pending_bodies.push((id.clone(), None));
            let key = Kind::Action.log_key(id);
            self.hub.drop_log(&key);
            self.dropped_logs.push(key);
        }
        self.remove_all(Kind::Action, &old);
    }

    /// Counts objects of a kind.
    pub fn count(&self, kind: Kind) -> usize {
        self.cols[kind as usize].items.len()
    }
}
