//! What the server's integration tests share: where the binary is, and the server process
//! helpers of `tests/server.rs` (shared with the client's suite).

pub use crate::server::{spawn_server, stop_and_read_stderr, text, Server, APIKEY, USER};

/// The `docker-cloud-server` binary cargo built for these tests.
pub fn server_bin() -> std::path::PathBuf {
    env!("CARGO_BIN_EXE_docker-cloud-server").into()
}
