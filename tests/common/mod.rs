//! Helpers shared by the integration tests: a sandbox on a free port.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// The user every test sandbox is started with.
pub const USER: &str = "tester";
/// That user's API key.
pub const APIKEY: &str = "tester-apikey";

/// A `docker-cloud-sandbox` process on a free loopback port, killed on drop.
pub struct Sandbox {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub url: String,
    /// `ws://127.0.0.1:PORT`
    pub ws_url: String,
}

impl Sandbox {
    /// Starts a sandbox with `--speed instant`, the test user and the given extra arguments
    /// (for example `["--seed", "empty"]`).
    pub fn start(extra: &[&str]) -> Sandbox {
        let user = format!("{USER}:{APIKEY}");
        let mut child = Command::new(env!("CARGO_BIN_EXE_docker-cloud-sandbox"))
            .args(["--port", "0", "--speed", "instant", "--user", &user])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start docker-cloud-sandbox");
        let stdout = child.stdout.take().expect("sandbox stdout");
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
                    panic!("sandbox exited before listening");
                }
            }
        };
        // Keep draining stdout so the sandbox never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        let ws_url = url.replacen("http://", "ws://", 1);
        Sandbox { child, url, ws_url }
    }

    /// The value of an `Authorization: Basic ...` header for the test user.
    pub fn basic_auth() -> String {
        use base64::Engine;
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{APIKEY}"));
        format!("Basic {token}")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
