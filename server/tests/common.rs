//! What the server's integration tests share: where the binary is, and the server process
//! helpers of `tests/server.rs` (shared with the client's suite).

pub use crate::server::{spawn_server, stop_and_read_stderr, text, Server, APIKEY, USER};

/// The `docker-cloud-server` binary cargo built for these tests.
pub fn server_bin() -> std::path::PathBuf {
    env!("CARGO_BIN_EXE_docker-cloud-server").into()
}

/// Path `name` in a new temporary directory, which is removed when the directory is dropped.
pub fn temp_file(name: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir
        .path()
        .join(name)
        .to_str()
        .expect("UTF-8 path")
        .to_string();
    (dir, path)
}

/// The text of a reply's header `name`, if it has one.
pub fn header(response: &reqwest::blocking::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// A reply's status, text and body (the text as JSON, else null).
pub fn read_reply(response: reqwest::blocking::Response) -> (u16, String, serde_json::Value) {
    let status = response.status().as_u16();
    let text = response.text().expect("body");
    let body = serde_json::from_str(&text).unwrap_or(serde_json::Value::Null);
    (status, text, body)
}
