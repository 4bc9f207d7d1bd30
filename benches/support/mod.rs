//! What the client benches share: where the server binary is.

use std::path::PathBuf;

/// The `docker-cloud-server` binary built beside the bench binary (`cargo bench` at the
/// workspace root builds both crates), or `DOCKER_CLOUD_SERVER`.
pub fn server_bin() -> PathBuf {
    if let Some(path) = std::env::var_os("DOCKER_CLOUD_SERVER") {
        return path.into();
    }
    let exe = std::env::current_exe().expect("bench binary path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target dir");
    dir.join("docker-cloud-server")
}
