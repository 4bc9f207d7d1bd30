//! The Stream API: events, logs and exec over WebSocket, on the REST port.
//!
//! Paths (each also without the trailing slash, with an optional `<ns>/` segment after
//! `v1/`, and without the leading `/api` as some SDKs send them):
//!
//! | stream | path | query |
//! |---|---|---|
//! | events | `/api/audit/v1/[ns/]events/` | `type`, `object`, `parent` / `parents` (comma-separated lists allowed) |
//! | container logs | `/api/app/v1/[ns/]container/<uuid>/logs/` | `tail` (300), `follow` (true) |
//! | service logs | `/api/app/v1/[ns/]service/<uuid>/logs/` | `tail`, `follow` |
//! | action logs | `/api/audit/v1/[ns/]action/<uuid>/logs/` | `tail`, `follow` |
//! | exec | `/api/app/v1/[ns/]container/<uuid>/exec/` | `command` (`sh`) |
//!
//! The Tutum paths `/v1/events/`, `/v1/container/<uuid>/logs/`, `/v1/service/<uuid>/logs/`,
//! `/v1/action/<uuid>/logs/` and `/v1/container/<uuid>/exec/` serve the same streams in the
//! caller's own namespace; their event messages have Tutum URIs and no `uuid` /
//! `datetime`, and their `object` / `parent` filters may be Tutum URIs. Events also
//! accept `since=<event uuid>`, a server extension (see [`send_replay`]).
//!
//! Authentication: the `Authorization` header, or the query parameters `user` + `token`,
//! or `auth` (a whole header value). A Docker Cloud events or logs upgrade is refused with
//! 401 without valid credentials (the SDK stops reconnecting on it), 403 for a namespace
//! the user may not use and 404 for an unknown object. Exec (whose original client cannot
//! survive a refused upgrade) and every Tutum stream (whose SDK stops only on an in-band
//! error) accept the upgrade instead, send `{"type":"error","data":{"errorMessage":..}}`
//! (`UNAUTHORIZED` for bad credentials) and close normally; so does exec into a container
//! that is not `Running`.
//!
//! Server messages are JSON text frames:
//! - events: first `{"type":"auth","user":..,"namespace":..}`, then every event of the
//!   namespace (api.md §4.1) that passes the filters;
//! - logs: `{"type":"log","log":..,"streamType":..,"timestamp":..}` (service logs add
//!   `"source"`, action logs have no `streamType`); after the backlog the stream follows new
//!   lines, and closes normally when the object is terminated (action: finished), or at once
//!   with `follow=false`;
//! - exec: `{"type":"exec","output":..,"streamType":"stdout"|"stderr"}` frames, then a
//!   normal close whose reason is `exit N`, the command's exit status (a close reason is
//!   no message: clients that do not look for it see a plain close).
//!   The client sends stdin as text frames; `\u0004` (EOT) ends stdin.
//!
//! After a close the connection lingers: the server stops writing but reads (and discards)
//! what the client still sends for a moment, so that a client writing after the close
//! handshake (the original CLI sends EOT every second) gets no reset (see
//! [`crate::linger`]).
//!
//! Exec emulates a small shell, deterministically: `echo`, `hostname`, `env`/`printenv`,
//! `pwd`, `cd`, `ls`, `cat` (files, or stdin echoed back until EOT), `uname`, `whoami`,
//! `id`, `date`, `true`, `false`, `exit N`; anything else answers `sh: X: not found` on
//! stderr with status 127. Commands are separated by `;`; `>&2`, `2>&1` and `>`/`2>` to a
//! file (discarded) redirect their output. `sh`/`bash` without `-c` run each stdin line
//! (ended by `\n` or `\r`) until `exit` or EOT, without prompt or echo.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, MethodRouter};
use axum::Router;
use serde_json::{json, Value};
use tokio::sync::broadcast::error::{RecvError, TryRecvError};
use tokio::sync::broadcast::Receiver;

use crate::fault::WsDrop;
use crate::hub::{Event, LogLine};
use crate::kind::Kind;
use crate::runtime::ExecSession;
use crate::state::AppState;
use crate::store::canonical_uri;
use crate::tutum;

/// Lines sent before following when `tail` is not given.
const DEFAULT_TAIL: usize = 300;
/// Read buffer per stream: a thousand idle subscribers must stay cheap (the default
/// reserves 128 KiB each); larger client messages still arrive whole.
/// End of transmission: the client's end of stdin.
const EOT: char = '\u{4}';

const READ_BUFFER: usize = 4096;

/// The WebSocket routes, mounted beside the REST routes on the same port.
pub fn routes() -> Router<Arc<AppState>> {
    let mut router = Router::new();
    for (subsystem, rest, handler) in [
        ("audit", "events", get(events)),
        ("app", "container/{uuid}/logs", get(container_logs)),
        ("app", "service/{uuid}/logs", get(service_logs)),
        ("audit", "action/{uuid}/logs", get(action_logs)),
        ("app", "container/{uuid}/exec", get(exec)),
    ] {
        for slash in ["", "/"] {
            router = router.route(&format!("/v1/{rest}{slash}"), handler.clone());
        }
        router = route_variants(router, subsystem, rest, handler);
    }
    router
}

/// Adds `rest` under every accepted prefix and with and without the trailing slash.
fn route_variants(
    mut router: Router<Arc<AppState>>,
    subsystem: &str,
    rest: &str,
    handler: MethodRouter<Arc<AppState>>,
) -> Router<Arc<AppState>> {
    for root in ["/api", ""] {
        for ns in ["", "/{ns}"] {
            for slash in ["", "/"] {
                let path = format!("{root}/{subsystem}/v1{ns}/{rest}{slash}");
                router = router.route(&path, handler.clone());
            }
        }
    }
    router
}

/// What every stream handler extracts from the upgrade request.
struct StreamRequest {
    state: Arc<AppState>,
    params: HashMap<String, String>,
    query: Vec<(String, String)>,
    raw_query: Option<String>,
    headers: HeaderMap,
    drop_after: Option<u64>,
    /// Whether the path is a Tutum one (`/v1/...`).
    tutum: bool,
}

/// An authenticated stream: the user and the namespace it is scoped to.
struct Scope {
    user: String,
    namespace: String,
}

/// A refused upgrade: the status and the API's error body.
struct Refusal(StatusCode, String);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        crate::reply::error(self.0.as_u16(), &self.1)
    }
}

fn refuse(status: StatusCode, message: &str) -> Refusal {
    Refusal(status, message.to_string())
}

impl Refusal {
    /// The refusal as the in-band error message: `UNAUTHORIZED` for bad credentials,
    /// the reason otherwise.
    fn message(&self) -> Value {
        let reason = match self.0 {
            StatusCode::UNAUTHORIZED => "UNAUTHORIZED",
            _ => self.1.as_str(),
        };
        json!({"type": "error", "data": {"errorMessage": reason}})
    }

    /// Accepts the upgrade, sends the refusal as an error message and closes normally.
    fn in_band(self, upgrade: WebSocketUpgrade) -> Response {
        let message = self.message();
        upgrade
            .read_buffer_size(READ_BUFFER)
            .on_upgrade(move |ws| async move {
                let mut socket = Socket::new(ws, None);
                if socket.send_json(&message).await.is_ok() {
                    socket.close(None).await;
                }
            })
    }

    /// The refusal in the form the stream's clients understand: in-band for Tutum
    /// streams, HTTP for Docker Cloud ones.
    fn answer(self, req: &StreamRequest, upgrade: WebSocketUpgrade) -> Response {
        if req.tutum {
            self.in_band(upgrade)
        } else {
            self.into_response()
        }
    }
}

impl FromRequestParts<Arc<AppState>> for StreamRequest {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let params = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map(|Path(params)| params)
            .unwrap_or_default();
        let raw_query = parts.uri.query().map(str::to_string);
        let query = raw_query
            .as_deref()
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default();
        Ok(StreamRequest {
            state: state.clone(),
            params,
            query,
            raw_query,
            headers: parts.headers.clone(),
            drop_after: parts.extensions.get::<WsDrop>().map(|d| d.0),
            tutum: parts.uri.path().starts_with("/v1/"),
        })
    }
}

impl StreamRequest {
    /// Checks the credentials and the namespace in the path.
    fn scope(&self) -> Result<Scope, Refusal> {
        let user = self
            .state
            .authenticate(&self.headers, self.raw_query.as_deref())
            .ok_or_else(|| refuse(StatusCode::UNAUTHORIZED, "Not authorized"))?;
        let namespace = self
            .params
            .get("ns")
            .cloned()
            .unwrap_or_else(|| user.clone());
        if !self.state.can_access(&user, &namespace) {
            return Err(refuse(
                StatusCode::FORBIDDEN,
                &format!("no access to namespace '{namespace}'"),
            ));
        }
        Ok(Scope { user, namespace })
    }

    /// The object of kind `kind` named in the path, if the scope may see it.
    fn object(&self, kind: Kind, scope: &Scope) -> Result<Value, Refusal> {
        let not_found = || refuse(StatusCode::NOT_FOUND, &format!("{kind} not found"));
        let uuid = self.params.get("uuid").ok_or_else(not_found)?;
        let (owner, object) = self.state.stream_object(kind, uuid).ok_or_else(not_found)?;
        match owner {
            Some(owner) if owner != scope.namespace && self.params.contains_key("ns") => {
                Err(not_found())
            }
            Some(owner) if !self.state.can_access(&scope.user, &owner) => Err(not_found()),
            _ => Ok(object),
        }
    }

    /// The first value of a query parameter.
    fn param(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of the query parameters `keys`, comma-separated lists split, Tutum
    /// URIs mapped to their Docker Cloud form.
    fn query_list(&self, keys: &[&str]) -> Vec<String> {
        self.query
            .iter()
            .filter(|(k, _)| keys.contains(&k.as_str()))
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| tutum::inward_path(v).unwrap_or_else(|| v.to_string()))
            .collect()
    }
}

/// The server side of a stream: counts messages for `ws-drop` faults.
struct Socket {
    ws: WebSocket,
    sent: u64,
    drop_after: Option<u64>,
}

/// The stream must end now, without a close handshake.
struct Gone;

impl Socket {
    fn new(ws: WebSocket, drop_after: Option<u64>) -> Self {
        Socket {
            ws,
            sent: 0,
            drop_after,
        }
    }

    async fn send(&mut self, text: String) -> Result<(), Gone> {
        if self.drop_after == Some(self.sent) {
            return Err(Gone);
        }
        self.ws
            .send(Message::Text(text.into()))
            .await
            .map_err(|_| Gone)?;
        self.sent += 1;
        if self.drop_after == Some(self.sent) {
            return Err(Gone);
        }
        Ok(())
    }

    async fn send_json(&mut self, value: &Value) -> Result<(), Gone> {
        self.send(value.to_string()).await
    }

    /// The next stdin text from the client; `None` once it closed or failed. Pings are
    /// answered while reading.
    async fn recv_text(&mut self) -> Option<String> {
        loop {
            match self.ws.recv().await? {
                Ok(Message::Text(text)) => return Some(text.to_string()),
                Ok(Message::Binary(bytes)) => {
                    return Some(String::from_utf8_lossy(&bytes).into_owned())
                }
                Ok(Message::Ping(_) | Message::Pong(_)) => {}
                Ok(Message::Close(_)) | Err(_) => return None,
            }
        }
    }

    /// Closes normally (code 1000, with `reason` if any) and waits briefly for the
    /// client's close frame.
    async fn close(mut self, reason: Option<String>) {
        let frame = CloseFrame {
            code: axum::extract::ws::close_code::NORMAL,
            reason: reason.unwrap_or_default().into(),
        };
        if self.ws.send(Message::Close(Some(frame))).await.is_ok() {
            let _ = tokio::time::timeout(Duration::from_secs(2), async {
                while let Some(Ok(_)) = self.ws.recv().await {}
            })
            .await;
        }
    }
}

// ---- events ----

/// Which events a subscriber wants. URIs are compared without their namespace segment,
/// so `/api/app/v1/service/<uuid>/` selects `/api/app/v1/<ns>/service/<uuid>/`.
struct EventFilter {
    namespace: String,
    types: Vec<String>,
    objects: Vec<String>,
    parents: Vec<String>,
}

impl EventFilter {
    fn new(
        namespace: String,
        types: Vec<String>,
        objects: Vec<String>,
        parents: Vec<String>,
    ) -> Self {
        let canonical = |uris: Vec<String>| uris.iter().map(|u| canonical_uri(u)).collect();
        EventFilter {
            namespace,
            types,
            objects: canonical(objects),
            parents: canonical(parents),
        }
    }

    fn accepts(&self, event: &Event) -> bool {
        let listed = |list: &[String], uri: &str| list.contains(&canonical_uri(uri));
        event.namespace == self.namespace
            && (self.types.is_empty() || self.types.iter().any(|t| t == event.kind.as_str()))
            && (self.objects.is_empty() || listed(&self.objects, &event.resource_uri))
            && (self.parents.is_empty() || event.parents.iter().any(|p| listed(&self.parents, p)))
    }
}

async fn events(req: StreamRequest, upgrade: WebSocketUpgrade) -> Response {
    let scope = match req.scope() {
        Ok(scope) => scope,
        Err(refused) => return refused.answer(&req, upgrade),
    };
    let filter = EventFilter::new(
        scope.namespace.clone(),
        req.query_list(&["type"]),
        req.query_list(&["object"]),
        req.query_list(&["parent", "parents"]),
    );
    let (replay, receiver) = match req.param("since") {
        Some(since) => {
            // Under the store lock nothing is published: the replay and the subscription
            // split the events exactly.
            let st = req.state.lock();
            let replay = match st.events_after(since) {
                Some(events) => Replay::After(events),
                None => Replay::Gap,
            };
            let receiver = req.state.hub.subscribe_events();
            drop(st);
            (Some(replay), receiver)
        }
        None => (None, req.state.hub.subscribe_events()),
    };
    let dialect = Dialect(req.tutum);
    let drop_after = req.drop_after;
    upgrade
        .read_buffer_size(READ_BUFFER)
        .on_upgrade(move |ws| async move {
            let mut socket = Socket::new(ws, drop_after);
            let auth = json!({"type": "auth", "user": scope.user, "namespace": scope.namespace});
            if socket.send_json(&auth).await.is_ok()
                && send_replay(&mut socket, replay, &filter, dialect)
                    .await
                    .is_ok()
                && send_events(&mut socket, receiver, &filter, dialect)
                    .await
                    .is_ok()
            {
                socket.close(None).await;
            }
        })
}

/// Whether event messages go out in the Tutum form.
#[derive(Clone, Copy)]
struct Dialect(bool);

impl Dialect {
    fn message(self, event: &Event) -> String {
        if self.0 {
            tutum::event_message(&event.json)
        } else {
            event.json.to_string()
        }
    }
}

/// Where a `since` replay starts.
enum Replay {
    /// The events saved after the named one, oldest first.
    After(Vec<Event>),
    /// The named event is not (or no longer) among the saved events.
    Gap,
}

/// Server extension: `?since=<event uuid>` resumes a dropped stream, also across server
/// restarts. The missed events of the subscriber's namespace that pass its filters are
/// replayed from the state database, then the stream goes live; the replay and the live
/// part are cut from the event sequence atomically, so no event is sent twice or lost
/// between them. When `since` is not among the saved events, `{"type":"gap"}` is sent
/// instead of a replay. (Tutum messages carry no `uuid`, so a Tutum client has nothing to
/// pass.)
async fn send_replay(
    socket: &mut Socket,
    replay: Option<Replay>,
    filter: &EventFilter,
    dialect: Dialect,
) -> Result<(), Gone> {
    match replay {
        None => Ok(()),
        Some(Replay::Gap) => socket.send_json(&json!({"type": "gap"})).await,
        Some(Replay::After(events)) => {
            for event in events.iter().filter(|e| filter.accepts(e)) {
                socket.send(dialect.message(event)).await?;
            }
            Ok(())
        }
    }
}

/// Forwards events until the hub shuts down (`Ok`: close normally), the client leaves or
/// the stream must drop (`Err`). A subscriber too slow to keep up gets `{"type":"gap"}`
/// and is closed: it resumes with `since`, losing nothing.
async fn send_events(
    socket: &mut Socket,
    mut receiver: Receiver<Arc<Event>>,
    filter: &EventFilter,
    dialect: Dialect,
) -> Result<(), Gone> {
    loop {
        tokio::select! {
            event = receiver.recv() => match event {
                Ok(event) if filter.accepts(&event) => socket.send(dialect.message(&event)).await?,
                Ok(_) => {}
                Err(RecvError::Lagged(_)) => {
                    socket.send_json(&json!({"type": "gap"})).await?;
                    return Ok(());
                }
                Err(RecvError::Closed) => return Ok(()),
            },
            text = socket.recv_text() => {
                if text.is_none() {
                    return Err(Gone);
                }
            }
        }
    }
}

// ---- logs ----

/// The shape of log messages, by log kind.
#[derive(Clone, Copy)]
enum LogKind {
    Container,
    Service,
    Action,
}

impl LogKind {
    fn object_kind(self) -> Kind {
        match self {
            LogKind::Container => Kind::Container,
            LogKind::Service => Kind::Service,
            LogKind::Action => Kind::Action,
        }
    }

    /// Whether an object in `state` will never log again.
    fn is_final(self, state: &str) -> bool {
        match self {
            LogKind::Container | LogKind::Service => state == "Terminated",
            LogKind::Action => matches!(state, "Success" | "Failed" | "Canceled"),
        }
    }

    /// A log message; Tutum action logs name Tutum hosts.
    fn message(self, line: &LogLine, dialect: Dialect) -> String {
        let value = match self {
            LogKind::Container => json!({
                "type": "log", "log": line.log, "streamType": line.stream_type,
                "timestamp": line.timestamp,
            }),
            LogKind::Service => json!({
                "type": "log", "log": line.log, "streamType": line.stream_type,
                "timestamp": line.timestamp, "source": line.source.as_deref().unwrap_or_default(),
            }),
            LogKind::Action if dialect.0 => json!({
                "type": "log", "log": tutum::action_log_line(&line.log),
                "timestamp": line.timestamp,
            }),
            LogKind::Action => json!({
                "type": "log", "log": line.log, "timestamp": line.timestamp,
            }),
        };
        value.to_string()
    }
}

async fn container_logs(req: StreamRequest, upgrade: WebSocketUpgrade) -> Response {
    logs(req, LogKind::Container, upgrade)
}

async fn service_logs(req: StreamRequest, upgrade: WebSocketUpgrade) -> Response {
    logs(req, LogKind::Service, upgrade)
}

async fn action_logs(req: StreamRequest, upgrade: WebSocketUpgrade) -> Response {
    logs(req, LogKind::Action, upgrade)
}

fn logs(req: StreamRequest, kind: LogKind, upgrade: WebSocketUpgrade) -> Response {
    let scope = match req.scope() {
        Ok(scope) => scope,
        Err(refused) => return refused.answer(&req, upgrade),
    };
    let bad = |name: &str| refuse(StatusCode::BAD_REQUEST, &format!("invalid '{name}'"));
    let tail = match req.param("tail").map(str::parse::<usize>) {
        None => DEFAULT_TAIL,
        Some(Ok(n)) => n,
        Some(Err(_)) => return bad("tail").answer(&req, upgrade),
    };
    let follow = match req.param("follow").map(str::to_ascii_lowercase) {
        None => true,
        Some(f) if f == "true" || f == "1" => true,
        Some(f) if f == "false" || f == "0" => false,
        Some(_) => return bad("follow").answer(&req, upgrade),
    };
    // Subscribe before reading the object's state so that its end cannot slip between.
    let events = req.state.hub.subscribe_events();
    let object = match req.object(kind.object_kind(), &scope) {
        Ok(object) => object,
        Err(refused) => return refused.answer(&req, upgrade),
    };
    let uri = object["resource_uri"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let uuid = object["uuid"].as_str().unwrap_or_default();
    let key = kind.object_kind().log_key(uuid);
    let ended = kind.is_final(object["state"].as_str().unwrap_or_default());
    let (backlog, lines) = req.state.hub.tail_and_follow(&key, tail);
    let drop_after = req.drop_after;
    let dialect = Dialect(req.tutum);
    upgrade
        .read_buffer_size(READ_BUFFER)
        .on_upgrade(move |ws| async move {
            let mut socket = Socket::new(ws, drop_after);
            for line in &backlog {
                if socket.send(kind.message(line, dialect)).await.is_err() {
                    return;
                }
            }
            if follow && !ended {
                let watch = EndWatch { kind, uri, events };
                if follow_logs(&mut socket, kind, dialect, lines, watch)
                    .await
                    .is_err()
                {
                    return;
                }
            }
            socket.close(None).await;
        })
}

/// Watches the events for the end of the object whose log is followed.
struct EndWatch {
    kind: LogKind,
    uri: String,
    events: Receiver<Arc<Event>>,
}

impl EndWatch {
    /// Waits until the object reaches a final state (or the hub goes away).
    async fn ended(&mut self) {
        loop {
            match self.events.recv().await {
                Ok(event) if event.resource_uri == self.uri => {
                    let message: Value = serde_json::from_str(&event.json).unwrap_or_default();
                    if self
                        .kind
                        .is_final(message["state"].as_str().unwrap_or_default())
                    {
                        return;
                    }
                }
                Ok(_) | Err(RecvError::Lagged(_)) => {}
                Err(RecvError::Closed) => return,
            }
        }
    }
}

/// Sends new lines until the object ends (`Ok`) or the client leaves (`Err`).
async fn follow_logs(
    socket: &mut Socket,
    kind: LogKind,
    dialect: Dialect,
    mut lines: Receiver<LogLine>,
    mut watch: EndWatch,
) -> Result<(), Gone> {
    loop {
        tokio::select! {
            line = lines.recv() => match line {
                Ok(line) => socket.send(kind.message(&line, dialect)).await?,
                Err(RecvError::Lagged(_)) => {}
                Err(RecvError::Closed) => return Ok(()),
            },
            () = watch.ended() => break,
            text = socket.recv_text() => {
                if text.is_none() {
                    return Err(Gone);
                }
            }
        }
    }
    // Lines logged while the object ended are already queued: send them too.
    loop {
        match lines.try_recv() {
            Ok(line) => socket.send(kind.message(&line, dialect)).await?,
            Err(TryRecvError::Lagged(_)) => {}
            Err(_) => return Ok(()),
        }
    }
}

// ---- exec ----

async fn exec(req: StreamRequest, upgrade: WebSocketUpgrade) -> Response {
    let container = match req
        .scope()
        .and_then(|scope| req.object(Kind::Container, &scope))
    {
        Ok(container) => container,
        Err(refused) => return refused.in_band(upgrade),
    };
    if container["state"] != "Running" {
        return refuse(StatusCode::BAD_REQUEST, "container is not running").in_band(upgrade);
    }
    let command = req.param("command").unwrap_or_default().to_string();
    let session = match req.state.runtime.exec(&container, &command).await {
        Ok(session) => session,
        Err(e) => return refuse(StatusCode::BAD_REQUEST, &e).in_band(upgrade),
    };
    let drop_after = req.drop_after;
    upgrade
        .read_buffer_size(READ_BUFFER)
        .on_upgrade(move |ws| async move {
            let mut socket = Socket::new(ws, drop_after);
            if let Ok(code) = run_exec(&mut socket, session).await {
                socket.close(Some(format!("exit {code}"))).await;
            }
        })
}

/// Runs one exec session; gives the command's exit status once its output is all sent.
async fn run_exec(socket: &mut Socket, mut session: ExecSession) -> Result<i64, Gone> {
    let mut input_open = true;
    loop {
        tokio::select! {
            chunk = session.output.recv() => match chunk {
                Some((stream, output)) => {
                    let frame = json!({"type": "exec", "output": output, "streamType": stream});
                    socket.send_json(&frame).await?;
                }
                None => break,
            },
            text = socket.recv_text(), if input_open => {
                let text = text.ok_or(Gone)?;
                // EOT (Ctrl-D) ends the process's input; what came before it is input.
                let (before, end) = match text.split_once(EOT) {
                    Some((before, _)) => (before.to_string(), true),
                    None => (text, false),
                };
                if !before.is_empty() {
                    let _ = session.input.send(Some(before)).await;
                }
                if end {
                    let _ = session.input.send(None).await;
                    input_open = false;
                }
            }
        }
    }
    Ok(session.exit.await.unwrap_or(-1))
}

// ---- store access ----

impl AppState {
    /// The owner namespace (none if not namespaced) and REST object of `kind` with `uuid`.
    fn stream_object(&self, kind: Kind, uuid: &str) -> Option<(Option<String>, Value)> {
        let store = self.lock();
        let entry = store.entry(kind, uuid)?;
        Some((entry.namespace.clone(), entry.object.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(namespace: &str, kind: Kind, uri: &str, parents: &[&str]) -> Event {
        Event {
            uuid: String::new(),
            namespace: namespace.into(),
            kind,
            resource_uri: uri.into(),
            parents: parents.iter().map(|p| p.to_string()).collect(),
            json: "{}".into(),
        }
    }

    #[test]
    fn event_filter() {
        let strings = |items: &[&str]| items.iter().map(|i| i.to_string()).collect();
        let service = "/api/app/v1/me/service/1/";
        let filter = EventFilter::new(
            "me".into(),
            strings(&["container", "service"]),
            vec![],
            strings(&[service]),
        );
        assert!(filter.accepts(&event("me", Kind::Container, "/c/1/", &[service, "/n/1/"])));
        assert!(!filter.accepts(&event("other", Kind::Container, "/c/1/", &[service])));
        assert!(!filter.accepts(&event("me", Kind::Action, "/a/1/", &[service])));
        assert!(!filter.accepts(&event("me", Kind::Container, "/c/2/", &["/s/2/"])));
        // A URI without the namespace segment names the same object.
        let by_object = EventFilter::new(
            "me".into(),
            vec![],
            strings(&["/api/app/v1/service/1/"]),
            vec![],
        );
        assert!(by_object.accepts(&event("me", Kind::Service, service, &[])));
        assert!(!by_object.accepts(&event(
            "me",
            Kind::Service,
            "/api/app/v1/me/service/2/",
            &[]
        )));
    }

    #[test]
    fn log_messages() {
        let line = LogLine {
            log: "hi\n".into(),
            stream_type: "stderr".into(),
            timestamp: 7,
            source: Some("web-1".into()),
        };
        assert_eq!(
            LogKind::Container.message(&line, Dialect(false)),
            r#"{"type":"log","log":"hi\n","streamType":"stderr","timestamp":7}"#
        );
        assert_eq!(
            LogKind::Service.message(&line, Dialect(false)),
            r#"{"type":"log","log":"hi\n","streamType":"stderr","timestamp":7,"source":"web-1"}"#
        );
        assert_eq!(
            LogKind::Action.message(&line, Dialect(false)),
            r#"{"type":"log","log":"hi\n","timestamp":7}"#
        );
    }
}
