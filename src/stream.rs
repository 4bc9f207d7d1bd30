//! WebSocket streams from the stream host. For now: reading a log stream once
//! (`follow=false`) until the server closes it.
//!
//! `ws://` runs over a plain TCP stream; `wss://` wraps it in rustls with the system's root
//! certificates.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;

use serde_json::Value;
use tungstenite::client::IntoClientRequest;
use tungstenite::handshake::HandshakeError;
use tungstenite::http::HeaderValue;
use tungstenite::{Message, WebSocket};

use crate::api::resource::Resource;
use crate::api::Client;
use crate::error::{Error, Result};
use crate::output::Output;

/// Prints the logs of one object (`<stream>/api/.../<uuid>/logs/?follow=false[&tail=N]`):
/// `source | log` lines, stderr lines on stderr; with `--json` each message as one line of
/// JSON. Returns when the server closes the stream.
pub fn logs(
    client: &Client,
    out: &Output,
    resource: &Resource,
    uuid: &str,
    tail: Option<u32>,
) -> Result<()> {
    let mut url = format!(
        "{}{}{uuid}/logs/?follow=false",
        client.config().stream_host,
        client.collection_path(resource)
    );
    if let Some(tail) = tail.filter(|t| *t > 0) {
        url.push_str(&format!("&tail={tail}"));
    }
    let mut printer = LogPrinter {
        out,
        sources: Vec::new(),
    };
    let (request, tcp, tls_host) = connect(client, &url)?;
    match tls_host {
        Some(host) => {
            let socket = handshake(request, tls_stream(&host, tcp)?, &url)?;
            read_all(socket, &url, &mut printer)
        }
        None => read_all(handshake(request, tcp, &url)?, &url, &mut printer),
    }
}

/// The upgrade request for `url` with the client's credentials and a TCP connection to its
/// host, plus the host name when the stream needs TLS.
fn connect(
    client: &Client,
    url: &str,
) -> Result<(
    tungstenite::handshake::client::Request,
    TcpStream,
    Option<String>,
)> {
    let parsed =
        url::Url::parse(url).map_err(|e| Error::failure(format!("invalid URL '{url}': {e}")))?;
    let host = parsed
        .host_str()
        .ok_or_else(|| Error::failure(format!("invalid URL '{url}'")))?
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let port = parsed
        .port_or_known_default()
        .unwrap_or(if parsed.scheme() == "wss" { 443 } else { 80 });
    let authorization = client.authorization()?;
    let mut request = url
        .into_client_request()
        .map_err(|e| Error::failure(format!("invalid URL '{url}': {e}")))?;
    let headers = request.headers_mut();
    let value = HeaderValue::from_str(authorization)
        .map_err(|_| Error::auth("the Authorization value is not a valid header value"))?;
    headers.insert("Authorization", value);
    headers.insert(
        "User-Agent",
        HeaderValue::from_static(concat!("docker-cloud/", env!("CARGO_PKG_VERSION"))),
    );
    client.trace(&format!("> WebSocket {url}\n> Authorization: <redacted>"));

    let config = client.config();
    let fail = |e: std::io::Error| Error::failure(format!("cannot connect to {url}: {e}"));
    let addrs = (host.as_str(), port).to_socket_addrs().map_err(fail)?;
    let mut last = std::io::Error::new(std::io::ErrorKind::NotFound, "no address found");
    let mut tcp = None;
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, config.connect_timeout) {
            Ok(stream) => {
                tcp = Some(stream);
                break;
            }
            Err(e) => last = e,
        }
    }
    let tcp = tcp.ok_or_else(|| fail(last))?;
    tcp.set_read_timeout(Some(config.timeout)).map_err(fail)?;
    tcp.set_write_timeout(Some(config.timeout)).map_err(fail)?;

    let tls_host = (parsed.scheme() == "wss").then_some(host);
    Ok((request, tcp, tls_host))
}

/// Performs the WebSocket upgrade over `stream`.
fn handshake<S: Read + Write>(
    request: tungstenite::handshake::client::Request,
    stream: S,
    url: &str,
) -> Result<WebSocket<S>> {
    tungstenite::client(request, stream)
        .map(|(socket, _)| socket)
        .map_err(|e| handshake_error(e, url))
}

/// A TLS client stream to `host` over `tcp`, verified against the system's roots.
fn tls_stream(
    host: &str,
    tcp: TcpStream,
) -> Result<rustls::StreamOwned<rustls::ClientConnection, TcpStream>> {
    let fail = |what: String| Error::failure(format!("TLS setup for {host} failed: {what}"));
    let mut roots = rustls::RootCertStore::empty();
    roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| fail(e.to_string()))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from(host.to_string())
        .map_err(|e| fail(e.to_string()))?;
    let connection =
        rustls::ClientConnection::new(Arc::new(config), name).map_err(|e| fail(e.to_string()))?;
    Ok(rustls::StreamOwned::new(connection, tcp))
}

/// Maps a failed WebSocket handshake: 401 is an authentication error.
fn handshake_error<R: tungstenite::handshake::HandshakeRole>(
    error: HandshakeError<R>,
    url: &str,
) -> Error {
    match error {
        HandshakeError::Failure(tungstenite::Error::Http(response)) => {
            let status = response.status().as_u16();
            if status == 401 {
                Error::auth("Not authorized")
            } else {
                let body = response
                    .body()
                    .as_deref()
                    .map(String::from_utf8_lossy)
                    .unwrap_or_default();
                Error::failure(format!(
                    "Status {status} (GET {url}). Response: {}",
                    body.trim()
                ))
            }
        }
        HandshakeError::Failure(e) => Error::failure(format!("cannot open {url}: {e}")),
        HandshakeError::Interrupted(_) => Error::failure(format!("cannot open {url}: interrupted")),
    }
}

/// Reads messages until the server closes the stream.
fn read_all<S: Read + Write>(
    mut socket: WebSocket<S>,
    url: &str,
    printer: &mut LogPrinter,
) -> Result<()> {
    loop {
        match socket.read() {
            Ok(Message::Text(text)) => printer.print(text.as_str())?,
            Ok(Message::Binary(bytes)) => printer.print(&String::from_utf8_lossy(&bytes))?,
            Ok(_) => {}
            Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {
                return Ok(())
            }
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return Err(Error::failure(format!("timed out reading {url}")));
            }
            Err(e) => return Err(Error::failure(format!("the stream {url} broke: {e}"))),
        }
    }
}

/// Prints log messages, colouring each source on a terminal.
struct LogPrinter<'a> {
    out: &'a Output,
    sources: Vec<String>,
}

impl LogPrinter<'_> {
    /// Prints one message; anything that is not a JSON object with a `log` text is skipped.
    fn print(&mut self, text: &str) -> Result<()> {
        let Ok(message) = serde_json::from_str::<Value>(text) else {
            return Ok(());
        };
        let Some(log) = message.get("log").and_then(Value::as_str) else {
            return Ok(());
        };
        if self.out.is_json() {
            return self.out.line(&message.to_string());
        }
        let to_stderr = message.get("streamType").and_then(Value::as_str) == Some("stderr");
        let log = log.strip_suffix('\n').unwrap_or(log);
        let line = match message.get("source").and_then(Value::as_str) {
            Some(source) if !source.is_empty() => {
                let index = match self.sources.iter().position(|s| s == source) {
                    Some(index) => index,
                    None => {
                        self.sources.push(source.to_string());
                        self.sources.len() - 1
                    }
                };
                self.out
                    .paint(&format!("{source} | {log}"), index, to_stderr)
            }
            _ => log.to_string(),
        };
        if to_stderr {
            self.out.note(&line);
            Ok(())
        } else {
            self.out.line(&line)
        }
    }
}
