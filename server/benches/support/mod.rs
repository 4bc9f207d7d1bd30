//! What the server benches share: the server process, the bench user and a minimal
//! keep-alive HTTP client.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The bench user.
pub const USER: &str = "bench";
const APIKEY: &str = "bench-apikey";

/// A bench's `main`: runs `run` unless the filter `cargo bench` passes names another bench,
/// and exits with status 1 after printing the error `run` returns.
pub fn main(name: &str, run: fn() -> Result<(), String>) {
    // `cargo bench` passes `--bench`; a filter that is not ours means "skip".
    if std::env::args()
        .skip(1)
        .any(|a| !a.starts_with('-') && a != name)
    {
        return;
    }
    if let Err(e) = run() {
        eprintln!("{name}: {e}");
        std::process::exit(1);
    }
}

/// The server process, killed on drop.
pub struct Server {
    pub child: Child,
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the server on a free port with `--speed instant`, the bench user and `args`.
pub fn start(args: &[&str]) -> Result<Server, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_docker-cloud-server"))
        .args(["--port", "0", "--speed", "instant"])
        .args(["--user", &format!("{USER}:{APIKEY}")])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start docker-cloud-server: {e}"))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut lines = BufReader::new(stdout).lines();
    let addr = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| l.strip_prefix("listening on http://").map(str::to_string));
    std::thread::spawn(move || lines.for_each(drop));
    let addr = addr.ok_or("the server exited before listening")?;
    Ok(Server { child, addr })
}

/// A process's resident set size from /proc (Linux), for the report.
pub fn resident_memory(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:").map(|v| v.trim().to_string()))
        })
        .unwrap_or_else(|| "unknown".into())
}

/// The bench user's `Authorization` value.
pub fn basic_auth() -> String {
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{APIKEY}"));
    format!("Basic {token}")
}

/// A minimal HTTP/1.1 keep-alive client (replies must carry `Content-Length`).
pub struct HttpConnection {
    reader: BufReader<TcpStream>,
    host: String,
}

impl HttpConnection {
    pub fn open(addr: &str) -> Result<Self, String> {
        let tcp = TcpStream::connect(addr).map_err(|e| e.to_string())?;
        tcp.set_nodelay(true).map_err(|e| e.to_string())?;
        tcp.set_read_timeout(Some(Duration::from_secs(10)))
            .map_err(|e| e.to_string())?;
        Ok(HttpConnection {
            reader: BufReader::new(tcp),
            host: addr.to_string(),
        })
    }

    /// Sends a request without a body; returns the status and the body.
    pub fn request(
        &mut self,
        method: &str,
        path: &str,
        auth: &str,
    ) -> Result<(u16, Vec<u8>), String> {
        self.send(method, path, auth, "")
    }

    /// Sends a request with a JSON body (empty: none); returns the status and the body.
    pub fn send(
        &mut self,
        method: &str,
        path: &str,
        auth: &str,
        body: &str,
    ) -> Result<(u16, Vec<u8>), String> {
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: {auth}\r\n\
             Accept: application/json\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\n\r\n{body}",
            self.host,
            body.len()
        );
        let io = |e: std::io::Error| e.to_string();
        self.reader
            .get_mut()
            .write_all(head.as_bytes())
            .map_err(io)?;
        let mut line = String::new();
        self.reader.read_line(&mut line).map_err(io)?;
        let status = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("bad status line {line:?}"))?;
        let mut length = None;
        loop {
            line.clear();
            self.reader.read_line(&mut line).map_err(io)?;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().ok();
                }
            }
        }
        let mut body = vec![0; length.ok_or("reply without Content-Length")?];
        self.reader.read_exact(&mut body).map_err(io)?;
        Ok((status, body))
    }
}
