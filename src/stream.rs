//! WebSocket streams from the stream host: one connection routine ([`Conn`]: connect, TLS,
//! upgrade with the credentials, reads with a short timeout, pings and an idle limit) and
//! one reading loop with the reconnect policy ([`follow`]), shared by events, logs and exec.
//!
//! `ws://` runs over a plain TCP stream; `wss://` wraps it in rustls with the process's trust
//! anchors (see [`crate::tls`]). Both go through the proxy the environment names (see [`crate::proxy`]).
//!
//! Reconnecting: exponential back-off from 0.5 s doubling to a 30 s cap, each delay drawn
//! between half and all of the current step, announced on stderr
//! (`reconnecting in 1.3s: <reason>`). A connection that stayed up 5 s resets the back-off.

use std::borrow::Cow;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::Value;
use tungstenite::client::IntoClientRequest;
use tungstenite::handshake::HandshakeError;
use tungstenite::http::HeaderValue;
use tungstenite::{Message, WebSocket};

use crate::api::resource::Resource;
use crate::api::Client;
use crate::config::hosts;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::proxy;
use crate::signal;

/// A ping goes out after this long without sending one.
const PING_EVERY: Duration = Duration::from_secs(10);
/// No frame at all (pongs included) for this long means the connection is dead.
const IDLE_LIMIT: Duration = Duration::from_secs(30);
/// How long one blocking read waits before the loop checks for Ctrl-C and keep-alive.
pub const TICK: Duration = Duration::from_millis(250);
/// First reconnect step, and the cap the steps double up to.
const BACKOFF_START: Duration = Duration::from_millis(500);
const BACKOFF_CAP: Duration = Duration::from_secs(30);
/// A connection that lived this long resets the back-off.
const STABLE_AFTER: Duration = Duration::from_secs(5);

/// Why a connection ended or could not start.
pub enum Failure {
    /// Retrying cannot help: bad credentials, unknown object, bad URL.
    Fatal(Error),
    /// The network or the server let us down; a new connection may work.
    Dropped(String),
}

impl Failure {
    /// The error to report when no retry follows.
    pub fn into_error(self, url: &str) -> Error {
        match self {
            Failure::Fatal(e) => e,
            Failure::Dropped(reason) => Error::failure(format!("the stream {url} broke: {reason}")),
        }
    }
}

/// What one read produced.
pub enum Incoming {
    /// A text (or binary, read as UTF-8) message.
    Text(String),
    /// Nothing within one tick, or (right after a message) no further message ready yet.
    Idle,
    /// The server closed the stream normally, with this reason ("" without one).
    Closed(String),
}

/// The byte stream under the WebSocket: plain TCP or TLS.
enum Transport {
    Plain(TcpStream),
    Tls(Box<rustls::StreamOwned<rustls::ClientConnection, TcpStream>>),
}

impl Read for Transport {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Transport::Plain(s) => s.read(buf),
            Transport::Tls(s) => s.read(buf),
        }
    }
}

impl Write for Transport {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Transport::Plain(s) => s.write(buf),
            Transport::Tls(s) => s.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Transport::Plain(s) => s.flush(),
            Transport::Tls(s) => s.flush(),
        }
    }
}

/// One open stream.
pub struct Conn {
    ws: WebSocket<Transport>,
    /// The socket under `ws`, to switch its mode.
    socket: TcpStream,
    /// The socket does not block: a message came and the next read only looks whether
    /// another one is ready.
    draining: bool,
    last_frame: Instant,
    last_ping: Instant,
}

impl Conn {
    /// Connects to `url` (`ws://` or `wss://`) with the client's credentials. Reads wait at
    /// most `tick`, so that callers can look at other things between them.
    pub fn open(client: &Client, url: &str, tick: Duration) -> std::result::Result<Conn, Failure> {
        let bad_url = |e: String| Failure::Fatal(Error::failure(format!("invalid URL '{url}'{e}")));
        let parsed = url::Url::parse(url).map_err(|e| bad_url(format!(": {e}")))?;
        let host = parsed
            .host_str()
            .ok_or_else(|| bad_url(String::new()))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        let tls = parsed.scheme() == "wss";
        let port = parsed
            .port_or_known_default()
            .unwrap_or(if tls { 443 } else { 80 });
        let authorization = client.authorization().map_err(Failure::Fatal)?;
        // Tutum authenticates streams in the query: added here only, so that no message or
        // trace ever shows the key.
        let auth_query = client.config().stream_query().map_err(Failure::Fatal)?;
        let mut full = parsed.clone();
        let mut shown = url.to_string();
        if !auth_query.is_empty() {
            let mut pairs = full.query_pairs_mut();
            for (name, value) in &auth_query {
                pairs.append_pair(name, value);
                let sep = if shown.contains('?') { '&' } else { '?' };
                let value = if *name == "user" { value } else { "<redacted>" };
                shown.push_str(&format!("{sep}{name}={value}"));
            }
        }
        let mut request = full
            .as_str()
            .into_client_request()
            .map_err(|e| bad_url(format!(": {e}")))?;
        let headers = request.headers_mut();
        let value = HeaderValue::from_str(authorization).map_err(|_| {
            Failure::Fatal(Error::auth(
                "the Authorization value is not a valid header value",
            ))
        })?;
        headers.insert("Authorization", value);
        headers.insert(
            "User-Agent",
            HeaderValue::from_static(concat!("docker-cloud/", env!("CARGO_PKG_VERSION"))),
        );
        client.trace(&format!("> WebSocket {shown}\n> Authorization: <redacted>"));

        let config = client.config();
        let tcp = match config.stream_proxy(&host, tls) {
            Some(proxy) => {
                proxy::connect(proxy, &host, port, config.connect_timeout).map_err(|e| {
                    let proxy = hosts::without_credentials(proxy);
                    Failure::Dropped(format!(
                        "cannot connect to {host}:{port} through the proxy {proxy}: {e}"
                    ))
                })?
            }
            None => proxy::connect_direct(&host, port, config.connect_timeout)
                .map_err(|e| Failure::Dropped(format!("cannot connect to {host}:{port}: {e}")))?,
        };
        let dropped = |e: std::io::Error| Failure::Dropped(e.to_string());
        // The handshake gets the full timeout; reads afterwards wait one tick.
        tcp.set_read_timeout(Some(config.timeout))
            .map_err(dropped)?;
        tcp.set_write_timeout(Some(config.timeout))
            .map_err(dropped)?;
        let handle = tcp.try_clone().map_err(dropped)?;
        let transport = if tls {
            Transport::Tls(Box::new(tls_stream(&host, tcp).map_err(Failure::Fatal)?))
        } else {
            Transport::Plain(tcp)
        };
        let ws = match tungstenite::client(request, transport) {
            Ok((ws, _)) => ws,
            Err(e) => return Err(handshake_failure(e, url, client.config())),
        };
        handle
            .set_read_timeout(Some(tick.max(Duration::from_millis(1))))
            .map_err(dropped)?;
        client.trace("< 101 Switching Protocols");
        let now = Instant::now();
        Ok(Conn {
            ws,
            socket: handle,
            draining: false,
            last_frame: now,
            last_ping: now,
        })
    }

    /// Reads the next message, answering pings, sending keep-alive pings and noticing a
    /// connection that went silent. After a message, [`Incoming::Idle`] comes as soon as no
    /// other message is ready (a burst has ended), without waiting for a tick.
    pub fn recv(&mut self) -> std::result::Result<Incoming, Failure> {
        loop {
            match self.ws.read() {
                Ok(message) => {
                    self.last_frame = Instant::now();
                    let text = match message {
                        Message::Text(text) => text.as_str().to_string(),
                        Message::Binary(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                        Message::Close(frame) => {
                            let reason = frame.map(|f| f.reason.to_string());
                            return Ok(Incoming::Closed(reason.unwrap_or_default()));
                        }
                        _ => continue,
                    };
                    self.set_draining(true)?;
                    return Ok(Incoming::Text(text));
                }
                Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {
                    return Ok(Incoming::Closed(String::new()))
                }
                Err(tungstenite::Error::Io(e))
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock
                            | std::io::ErrorKind::TimedOut
                            | std::io::ErrorKind::Interrupted
                    ) =>
                {
                    if self.draining {
                        self.set_draining(false)?;
                        return Ok(Incoming::Idle);
                    }
                    return self.keep_alive().map(|()| Incoming::Idle);
                }
                Err(e) => return Err(Failure::Dropped(e.to_string())),
            }
        }
    }

    /// Switches the socket to non-blocking reads (`true`) or back to reads that wait a tick.
    fn set_draining(&mut self, draining: bool) -> std::result::Result<(), Failure> {
        if self.draining != draining {
            self.socket
                .set_nonblocking(draining)
                .map_err(|e| Failure::Dropped(e.to_string()))?;
            self.draining = draining;
        }
        Ok(())
    }

    /// Pings when due; fails when nothing came back for too long.
    fn keep_alive(&mut self) -> std::result::Result<(), Failure> {
        if self.last_frame.elapsed() >= IDLE_LIMIT {
            return Err(Failure::Dropped(format!(
                "no data for {} s",
                IDLE_LIMIT.as_secs()
            )));
        }
        if self.last_ping.elapsed() >= PING_EVERY {
            self.last_ping = Instant::now();
            self.write(Message::Ping(Default::default()))?;
        }
        Ok(())
    }

    /// Sends one text message.
    pub fn send(&mut self, text: &str) -> std::result::Result<(), Failure> {
        self.write(Message::text(text))
    }

    fn write(&mut self, message: Message) -> std::result::Result<(), Failure> {
        self.ws
            .send(message)
            .map_err(|e| Failure::Dropped(e.to_string()))
    }

    /// Starts a polite close; errors do not matter any more.
    pub fn close(&mut self) {
        let _ = self.ws.close(None);
        let _ = self.ws.flush();
    }
}

/// A TLS client stream to `host` over `tcp`, verified against the process's trust anchors
/// (see [`crate::tls`]).
fn tls_stream(
    host: &str,
    tcp: TcpStream,
) -> Result<rustls::StreamOwned<rustls::ClientConnection, TcpStream>> {
    let fail = |what: String| Error::failure(format!("TLS setup for {host} failed: {what}"));
    let name = rustls::pki_types::ServerName::try_from(host.to_string())
        .map_err(|e| fail(e.to_string()))?;
    let connection = rustls::ClientConnection::new(crate::tls::client_config()?, name)
        .map_err(|e| fail(e.to_string()))?;
    Ok(rustls::StreamOwned::new(connection, tcp))
}

/// Maps a failed upgrade: 401 is an authentication error; other client errors are final;
/// server errors, throttling and network errors may pass.
fn handshake_failure<R: tungstenite::handshake::HandshakeRole>(
    error: HandshakeError<R>,
    url: &str,
    config: &crate::config::Config,
) -> Failure {
    match error {
        HandshakeError::Failure(tungstenite::Error::Http(response)) => {
            let status = response.status().as_u16();
            if status == 401 {
                return Failure::Fatal(config.not_authorized());
            }
            let body = response
                .body()
                .as_deref()
                .map(String::from_utf8_lossy)
                .unwrap_or_default();
            let path = url::Url::parse(url)
                .map(|parsed| parsed.path().to_string())
                .unwrap_or_default();
            let message = crate::api::status_error(status, "GET", &path, &body);
            if status >= 500 || status == 408 || status == 429 {
                Failure::Dropped(message)
            } else {
                Failure::Fatal(Error::failure(message))
            }
        }
        HandshakeError::Failure(tungstenite::Error::Io(e)) if is_tls_refusal(&e) => {
            Failure::Fatal(Error::failure(format!("TLS with {url} failed: {e}")))
        }
        HandshakeError::Failure(e) => Failure::Dropped(e.to_string()),
        HandshakeError::Interrupted(_) => Failure::Dropped("handshake interrupted".into()),
    }
}

/// Whether an I/O error is TLS refusing the peer (a certificate that does not verify, a
/// protocol mismatch): trying again cannot help.
fn is_tls_refusal(error: &std::io::Error) -> bool {
    error
        .get_ref()
        .is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some())
}

/// When [`follow`] opens a new connection after a failure.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Reconnect {
    /// Never: the first failure is the command's error.
    Never,
    /// After a drop of an established stream; a failing first connection is an error.
    AfterConnected,
    /// As `AfterConnected`, and also when the server closes the stream normally (the event
    /// stream never ends by itself).
    Forever,
}

/// What [`follow`] hands to its handler.
pub enum Event<'a> {
    /// A message from the server.
    Text(&'a str),
    /// A new connection replaced a dropped one; its messages follow.
    Reconnected,
    /// No message is ready (the stream is quiet, closed or dropped): what the handler holds
    /// back should be shown now.
    Idle,
}

/// Reads the stream at `url(reconnecting)` until the server closes it (or, with
/// reconnection, forever), passing every message to `handle`. Ctrl-C ends it with
/// `Kind::Interrupted`.
pub fn follow(
    client: &Client,
    url: impl Fn(bool) -> String,
    reconnect: Reconnect,
    mut handle: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    signal::install();
    let mut backoff = Backoff::default();
    let mut connected_once = false;
    loop {
        let target = url(connected_once);
        let started = Instant::now();
        let failure = match Conn::open(client, &target, TICK) {
            Ok(mut conn) => {
                if connected_once {
                    handle(Event::Reconnected)?;
                }
                connected_once = true;
                match read_until_end(&mut conn, &mut handle) {
                    Ok(Some(failure)) => failure,
                    Ok(None) if reconnect == Reconnect::Forever => {
                        Failure::Dropped("the server closed the stream".into())
                    }
                    Ok(None) => return Ok(()),
                    Err(e) => {
                        conn.close();
                        return Err(e);
                    }
                }
            }
            Err(failure) => failure,
        };
        // A stream that never worked (nothing answers, a refused certificate) is an error at
        // once: retrying would only hide it.
        let retry = reconnect != Reconnect::Never && connected_once;
        let reason = match failure {
            Failure::Dropped(reason) if retry => reason,
            failure => return Err(failure.into_error(&target)),
        };
        if started.elapsed() >= STABLE_AFTER {
            backoff = Backoff::default();
        }
        let delay = backoff.next();
        let _ = writeln!(
            std::io::stderr(),
            "reconnecting in {:.1}s: {reason}",
            delay.as_secs_f64()
        );
        if !signal::sleep(delay) {
            return Err(Error::interrupted());
        }
    }
}

/// Passes messages to `handle` until the stream ends: `Ok(None)` for a normal close,
/// `Ok(Some(_))` for a drop, `Err` for the handler's errors and Ctrl-C.
fn read_until_end(
    conn: &mut Conn,
    handle: &mut impl FnMut(Event) -> Result<()>,
) -> Result<Option<Failure>> {
    loop {
        if signal::interrupted() {
            return Err(Error::interrupted());
        }
        match conn.recv() {
            Ok(Incoming::Text(text)) => {
                handle(Event::Text(&text))?;
            }
            Ok(Incoming::Idle) => handle(Event::Idle)?,
            Ok(Incoming::Closed(_)) => {
                handle(Event::Idle)?;
                return Ok(None);
            }
            Err(Failure::Fatal(e)) => return Err(e),
            Err(failure) => {
                handle(Event::Idle)?;
                return Ok(Some(failure));
            }
        }
    }
}

/// Exponential back-off with jitter.
#[derive(Default)]
struct Backoff {
    attempt: u32,
}

impl Backoff {
    /// The next delay: a random point between half and all of the current step.
    fn next(&mut self) -> Duration {
        let step = BACKOFF_START
            .saturating_mul(1 << self.attempt.min(16))
            .min(BACKOFF_CAP);
        self.attempt = self.attempt.saturating_add(1);
        step / 2 + step.mul_f64(fastrand::f64() / 2.0)
    }
}

/// How many recent log messages a reconnecting log stream remembers to skip repeats.
const LOG_MEMORY: usize = 300;

/// What `logs` shows.
#[derive(Debug, Clone, Copy)]
pub struct LogOptions {
    /// Lines of backlog to ask for (`None`: the server's default).
    pub tail: Option<u32>,
    /// Go on with new lines until the object ends.
    pub follow: bool,
    /// Leave out the lines logged before this time (Unix seconds).
    pub since: Option<i64>,
    /// Put each line's time in front of it.
    pub timestamps: bool,
}

/// Prints the logs of one object (`<stream>/.../<uuid>/logs/?follow=..[&tail=N]`):
/// `source | log` lines, stderr lines on stderr; with `--json` each message as one line of
/// JSON. `tail` 0 asks for no backlog; messages older than `since` are left out (those
/// without a timestamp are kept). Without `follow` it returns once the backlog is
/// printed; with it, it follows new lines until the object ends (or Ctrl-C:
/// `Kind::Interrupted`), reconnecting after drops: the new connection asks for the last
/// lines again and printing resumes after the last line printed (see [`Resume`]).
pub fn logs(
    client: &Client,
    out: &Output,
    resource: &Resource,
    uuid: &str,
    options: LogOptions,
) -> Result<()> {
    let (tail, follow_on) = (options.tail, options.follow);
    let base = format!(
        "{}?follow={follow_on}",
        client.stream_url(Some((resource, uuid, "logs")))
    );
    let url = |again: bool| match (again, tail) {
        (true, _) => format!("{base}&tail={LOG_MEMORY}"),
        (false, Some(tail)) => format!("{base}&tail={tail}"),
        (false, None) => base.clone(),
    };
    let mut printer = LogPrinter {
        out,
        sources: Vec::new(),
        since: options.since,
        timestamps: options.timestamps,
    };
    let mut resume = Resume::default();
    let reconnect = if follow_on {
        Reconnect::AfterConnected
    } else {
        Reconnect::Never
    };
    follow(client, url, reconnect, |event| {
        match event {
            Event::Reconnected => resume.reconnected(),
            Event::Idle => printer.out.flush()?,
            Event::Text(text) => {
                let message = LogMessage::read(text);
                let stamp = message.as_ref().and_then(|m| m.timestamp);
                if resume.is_new(text, stamp) {
                    if let Some(message) = &message {
                        printer.print(text, message)?;
                    }
                }
            }
        }
        Ok(())
    })
}

/// Where a log stream resumes after a reconnect, which replays the last lines: messages
/// older (by `timestamp`) than the last one printed are skipped, and so are, in the same
/// second, the replayed lines until each line printed in that second has come again; a
/// message without a timestamp is skipped when it is one of the last [`LOG_MEMORY`] printed.
#[derive(Default)]
struct Resume {
    /// The timestamp of the last message printed.
    last: Option<i64>,
    /// The messages printed with that timestamp, in order.
    at_last: std::collections::VecDeque<String>,
    /// Those not yet seen again since the reconnect.
    pending: std::collections::VecDeque<String>,
    /// The last messages printed without a timestamp.
    untimed: std::collections::VecDeque<String>,
    /// A reconnect's replay is being read.
    resyncing: bool,
}

impl Resume {
    fn reconnected(&mut self) {
        self.resyncing = true;
        self.pending = self.at_last.clone();
    }

    /// Whether `text` (with `stamp`, its `timestamp`) is to be printed; records it as
    /// printed if so.
    fn is_new(&mut self, text: &str, stamp: Option<i64>) -> bool {
        match (stamp, self.last) {
            (Some(stamp), Some(last)) if self.resyncing && stamp < last => return false,
            (Some(stamp), Some(last))
                if self.resyncing && stamp == last && !self.pending.is_empty() =>
            {
                if let Some(index) = self.pending.iter().position(|p| p == text) {
                    self.pending.drain(..=index);
                }
                return false;
            }
            (None, _) if self.resyncing && self.untimed.iter().any(|seen| seen == text) => {
                return false;
            }
            _ => {}
        }
        self.resyncing = false;
        match stamp {
            Some(stamp) => {
                if self.last != Some(stamp) {
                    self.last = Some(stamp);
                    self.at_last.clear();
                }
                if self.at_last.len() == LOG_MEMORY {
                    self.at_last.pop_front();
                }
                self.at_last.push_back(text.to_string());
            }
            None => {
                if self.untimed.len() == LOG_MEMORY {
                    self.untimed.pop_front();
                }
                self.untimed.push_back(text.to_string());
            }
        }
        true
    }
}

/// A string of a stream message, borrowed from the message's text when it holds no escapes
/// (serde borrows a `Cow` only when it is a field's whole type, not inside an `Option`).
#[derive(Deserialize)]
pub struct Text<'a>(#[serde(borrow)] pub Cow<'a, str>);

impl std::ops::Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// The fields of a log message the client reads.
#[derive(Deserialize)]
struct LogMessage<'a> {
    #[serde(borrow, default)]
    log: Option<Text<'a>>,
    #[serde(default)]
    timestamp: Option<i64>,
    #[serde(borrow, default, rename = "streamType")]
    stream_type: Option<Text<'a>>,
    #[serde(borrow, default)]
    source: Option<Text<'a>>,
}

impl<'a> LogMessage<'a> {
    /// The message `text` holds, when it is a JSON object; a field of another type than
    /// expected counts as absent.
    fn read(text: &'a str) -> Option<LogMessage<'a>> {
        // The usual message is read without building a tree (an array is no message, but
        // would fill the fields in order).
        if text.trim_start().starts_with('{') {
            if let Ok(message) = serde_json::from_str::<LogMessage>(text) {
                return Some(message);
            }
        }
        let value = serde_json::from_str::<Value>(text).ok()?;
        let object = value.as_object()?;
        let string = |key: &str| {
            let text = object.get(key).and_then(Value::as_str)?;
            Some(Text(Cow::Owned(text.to_string())))
        };
        Some(LogMessage {
            log: string("log"),
            timestamp: object.get("timestamp").and_then(Value::as_i64),
            stream_type: string("streamType"),
            source: string("source"),
        })
    }
}

/// Prints log messages, colouring each source on a terminal.
struct LogPrinter<'a> {
    out: &'a Output,
    sources: Vec<String>,
    since: Option<i64>,
    timestamps: bool,
}

impl LogPrinter<'_> {
    /// Prints one message (`message`, read from `text`); one without a `log` text is
    /// skipped. With `--json`, the message is printed as compact JSON.
    fn print(&mut self, text: &str, message: &LogMessage) -> Result<()> {
        let Some(log) = message.log.as_deref() else {
            return Ok(());
        };
        let stamp = message.timestamp;
        if let (Some(since), Some(stamp)) = (self.since, stamp) {
            if stamp < since {
                return Ok(());
            }
        }
        if self.out.is_json() {
            let Ok(value) = serde_json::from_str::<Value>(text) else {
                return Ok(());
            };
            return self.out.message(&value.to_string());
        }
        let to_stderr = message.stream_type.as_deref() == Some("stderr");
        let log = log.strip_suffix('\n').unwrap_or(log);
        let time = match stamp.and_then(|s| chrono::DateTime::from_timestamp(s, 0)) {
            Some(time) if self.timestamps => format!("{} ", time.format("%Y-%m-%dT%H:%M:%SZ")),
            _ => String::new(),
        };
        match message.source.as_deref() {
            Some(source) if !source.is_empty() => {
                let index = match self.sources.iter().position(|s| s == source) {
                    Some(index) => index,
                    None => {
                        self.sources.push(source.to_string());
                        self.sources.len() - 1
                    }
                };
                let line = format!("{time}{source} | {log}");
                self.out.log(&line, Some(index), to_stderr)
            }
            _ => self.out.log(&format!("{time}{log}"), None, to_stderr),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resumed_log_prints_only_what_follows_the_last_line_printed() {
        let line = |n: u32, stamp: i64| format!(r#"{{"log":"l{n}","timestamp":{stamp}}}"#);
        let mut resume = Resume::default();
        // Printed: l3..l5 of a backlog l1..l5 where l2..l5 share a second.
        for (n, stamp) in [(3, 20), (4, 20), (5, 20)] {
            assert!(resume.is_new(&line(n, stamp), Some(stamp)));
        }
        resume.reconnected();
        let replay = [
            (1, 10),
            (2, 20),
            (3, 20),
            (4, 20),
            (5, 20),
            (6, 20),
            (7, 30),
        ];
        let printed: Vec<u32> = replay
            .iter()
            .filter(|(n, stamp)| resume.is_new(&line(*n, *stamp), Some(*stamp)))
            .map(|(n, _)| *n)
            .collect();
        assert_eq!(printed, [6, 7]);
        // Without timestamps: the lines already printed are skipped.
        let mut plain = Resume::default();
        assert!(plain.is_new("a", None) && plain.is_new("b", None));
        plain.reconnected();
        assert!(!plain.is_new("a", None) && !plain.is_new("b", None) && plain.is_new("c", None));
    }

    #[test]
    fn backoff_doubles_within_jitter_and_caps() {
        let mut backoff = Backoff::default();
        let mut step = BACKOFF_START;
        for _ in 0..12 {
            let delay = backoff.next();
            assert!(
                delay >= step / 2 && delay <= step,
                "{delay:?} for step {step:?}"
            );
            step = (step * 2).min(BACKOFF_CAP);
        }
        assert!(backoff.next() <= BACKOFF_CAP);
    }
}
