//! The server as a process for integration tests, shared by both crates' suites (the
//! server's includes this file by path): a `docker-cloud-server` on a free loopback port.
//! Each suite's `common::server_bin` says where the binary is.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use crate::common::server_bin;

/// The user every test server is started with.
pub const USER: &str = "tester";
/// That user's API key.
pub const APIKEY: &str = "tester-apikey";

/// A `docker-cloud-server` process on a free loopback port, killed on drop.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub url: String,
    /// `ws://127.0.0.1:PORT`
    pub ws_url: String,
}

impl Server {
    /// Starts a server with `--speed instant`, the test user and the given extra arguments
    /// (for example `["--seed", "empty"]`).
    pub fn start(extra: &[&str]) -> Server {
        Server::start_at_speed("instant", extra)
    }

    /// Starts a server like [`Server::start`] with another `--speed` (`fast`, `realistic`).
    pub fn start_at_speed(speed: &str, extra: &[&str]) -> Server {
        Server::start_on(0, speed, extra)
    }

    /// Starts a server like [`Server::start_at_speed`] on `port` (0: a free one).
    pub fn start_on(port: u16, speed: &str, extra: &[&str]) -> Server {
        Server::start_with_env(port, speed, extra, &[])
    }

    /// Starts a server like [`Server::start_on`] with `env` added to its environment.
    pub fn start_with_env(port: u16, speed: &str, extra: &[&str], env: &[(&str, &str)]) -> Server {
        let user = format!("{USER}:{APIKEY}");
        let port = port.to_string();
        let mut child = Command::new(server_bin())
            .args(["--port", &port, "--speed", speed, "--user", &user])
            .args(extra)
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start docker-cloud-server");
        let stdout = child.stdout.take().expect("server stdout");
        let mut lines = BufReader::new(stdout).lines();
        let url = loop {
            match lines.next() {
                Some(Ok(line)) => {
                    if let Some(url) = line.strip_prefix("listening on ") {
                        break url.trim().to_string();
                    }
                }
                _ => {
                    let _ = child.kill();
                    panic!("server exited before listening");
                }
            }
        };
        // Keep draining stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        let ws_url = url.replacen("http://", "ws://", 1);
        Server { child, url, ws_url }
    }

    /// The value of an `Authorization: Basic ...` header for the test user.
    pub fn basic_auth() -> String {
        use base64::Engine;
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{APIKEY}"));
        format!("Basic {token}")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A string field of a JSON object (empty when missing or not a string).
pub fn text<'a>(object: &'a serde_json::Value, key: &str) -> &'a str {
    object[key].as_str().unwrap_or("")
}

/// Starts the server on a free port with `args` (stderr piped): the process, its URL
/// and the rest of its stdout.
pub fn spawn_server(
    args: &[&str],
) -> (
    std::process::Child,
    String,
    std::io::Lines<std::io::BufReader<std::process::ChildStdout>>,
) {
    use std::io::BufRead;
    let mut child = std::process::Command::new(server_bin())
        .args(["--port", "0"])
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let url = first.strip_prefix("listening on ").unwrap().to_string();
    (child, url, lines)
}

/// Stops a spawned process and returns everything it wrote to its (piped) stderr.
pub fn stop_and_read_stderr(child: &mut Child) -> String {
    let _ = child.kill();
    let _ = child.wait();
    let mut log = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut log).unwrap();
    log
}
