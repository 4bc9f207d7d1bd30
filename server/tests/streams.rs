//! WebSocket and REST helpers shared by the stream and fault integration tests.
#![allow(dead_code)]

use std::net::TcpStream;
use std::time::Duration;

use serde_json::Value;
use tungstenite::client::IntoClientRequest;
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

use crate::common::{header, read_reply, text, Server};

/// A client WebSocket.
pub type Ws = WebSocket<MaybeTlsStream<TcpStream>>;

/// How long a read may wait before the test fails.
const READ_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens `path` (with query) on the server's stream endpoint, with the test user's
/// Basic credentials unless `auth` is false.
pub fn try_connect(sb: &Server, path: &str, auth: bool) -> Result<Ws, tungstenite::Error> {
    let mut request = format!("{}{path}", sb.ws_url)
        .into_client_request()
        .expect("valid url");
    if auth {
        let value = Server::basic_auth().parse().expect("header value");
        request.headers_mut().insert("authorization", value);
    }
    let (mut ws, _) = tungstenite::connect(request)?;
    if let MaybeTlsStream::Plain(tcp) = ws.get_mut() {
        tcp.set_read_timeout(Some(READ_TIMEOUT)).expect("timeout");
    }
    Ok(ws)
}

/// Opens an authenticated stream or fails the test.
pub fn connect(sb: &Server, path: &str) -> Ws {
    try_connect(sb, path, true).unwrap_or_else(|e| panic!("connect {path}: {e}"))
}

/// The HTTP status of a refused handshake.
pub fn refused_status(result: Result<Ws, tungstenite::Error>) -> u16 {
    match result {
        Err(tungstenite::Error::Http(response)) => response.status().as_u16(),
        Err(e) => panic!("expected an HTTP refusal, got {e}"),
        Ok(_) => panic!("expected an HTTP refusal, got a stream"),
    }
}

/// How a stream ended.
#[derive(Debug, PartialEq)]
pub enum End {
    /// A close frame with code 1000.
    Normal,
    /// A close frame with code 1000 and the reason `exit N` (an exec session's status).
    Exit(i64),
    /// Any other close code.
    Closed(u16),
    /// The connection broke without a close frame.
    Dropped,
}

/// The next JSON text message, or how the stream ended instead.
pub fn next(ws: &mut Ws) -> Result<Value, End> {
    loop {
        match ws.read() {
            Ok(Message::Text(text)) => {
                return Ok(serde_json::from_str(&text).expect("JSON message"));
            }
            Ok(Message::Close(frame)) => {
                let code = frame.as_ref().map_or(1005, |f| u16::from(f.code));
                let exit = frame
                    .as_ref()
                    .and_then(|f| f.reason.strip_prefix("exit "))
                    .and_then(|n| n.parse().ok());
                return Err(match exit {
                    _ if code != u16::from(CloseCode::Normal) => End::Closed(code),
                    Some(status) => End::Exit(status),
                    None => End::Normal,
                });
            }
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                panic!("no message within {READ_TIMEOUT:?}")
            }
            Err(_) => return Err(End::Dropped),
        }
    }
}

/// The next JSON message; fails the test if the stream ended.
pub fn next_json(ws: &mut Ws) -> Value {
    next(ws).unwrap_or_else(|end| panic!("stream ended: {end:?}"))
}

/// Every message until the stream ends, and how it ended.
pub fn until_end(ws: &mut Ws) -> (Vec<Value>, End) {
    let mut messages = Vec::new();
    loop {
        match next(ws) {
            Ok(m) => messages.push(m),
            Err(end) => return (messages, end),
        }
    }
}

/// Reads messages until one satisfies `wanted`, returning it.
pub fn next_matching(ws: &mut Ws, wanted: impl Fn(&Value) -> bool) -> Value {
    loop {
        let message = next_json(ws);
        if wanted(&message) {
            return message;
        }
    }
}

/// A REST reply: status, `X-DockerCloud-Action-URI` header and JSON body (null if none).
pub struct Reply {
    pub status: u16,
    pub action_uri: Option<String>,
    pub body: Value,
}

/// Calls the REST API as the test user.
pub fn rest(sb: &Server, method: &str, path: &str) -> Reply {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let response = reqwest::blocking::Client::new()
        .request(method, format!("{}{path}", sb.url))
        .header("authorization", Server::basic_auth())
        .header("accept", "application/json")
        .send()
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    let action_uri = header(&response, "x-dockercloud-action-uri");
    let (status, _, body) = read_reply(response);
    Reply {
        status,
        action_uri,
        body,
    }
}

/// The first object of a list (`/api/app/v1/container/`, ...) whose state is `state`.
pub fn first_in_state(sb: &Server, list: &str, state: &str) -> Value {
    let reply = rest(sb, "GET", &format!("{list}?limit=100"));
    assert_eq!(reply.status, 200, "GET {list}: {}", reply.body);
    reply.body["objects"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|o| o["state"] == state)
        .cloned()
        .unwrap_or_else(|| panic!("no object in state {state} at {list}"))
}

/// The stream path of an object's sub-stream: `/api/app/v1/<ns>/container/<uuid>/` +
/// `logs/` (the resource URI already carries the namespace).
pub fn sub_path(object: &Value, stream: &str) -> String {
    format!("{}{stream}", text(object, "resource_uri"))
}
