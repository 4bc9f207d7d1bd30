//! What the client benches and tests share: where the server binary is.

use std::path::PathBuf;

/// The `docker-cloud-server` binary: `DOCKER_CLOUD_SERVER` if set, else the one cargo built
/// beside the running bench or test binary (`cargo bench` or `cargo test` at the workspace
/// root builds both crates).
pub fn server_bin() -> PathBuf {
    if let Some(path) = std::env::var_os("DOCKER_CLOUD_SERVER") {
        return path.into();
    }
    let exe = std::env::current_exe().expect("bench or test binary path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target dir");
    dir.join("docker-cloud-server")
}
