//! The TLS client configuration of the process: its trust anchors are read once, on first
//! use, and shared by the REST client and `wss://` streams.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use rustls::{ClientConfig, RootCertStore};

use crate::error::{Error, Result};

/// The configuration every TLS connection of the process uses (built on first call).
pub fn client_config() -> Result<Arc<ClientConfig>> {
    static CONFIG: OnceLock<std::result::Result<Arc<ClientConfig>, String>> = OnceLock::new();
    CONFIG
        .get_or_init(build)
        .clone()
        .map_err(|e| Error::failure(format!("cannot set up TLS: {e}")))
}

fn build() -> std::result::Result<Arc<ClientConfig>, String> {
    let config =
        ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?
            .with_root_certificates(roots())
            .with_no_client_auth();
    Ok(Arc::new(config))
}

/// The trust anchors from one source: `SSL_CERT_FILE` and `SSL_CERT_DIR` when set, else the
/// system's bundle file, else its certificate directory (never both: the directory holds the
/// bundle's certificates again, one file each).
fn roots() -> RootCertStore {
    let from_env = ["SSL_CERT_FILE", "SSL_CERT_DIR"]
        .iter()
        .any(|name| std::env::var_os(name).is_some());
    let certs = if from_env {
        rustls_native_certs::load_native_certs()
    } else {
        let system = openssl_probe::probe();
        match system.cert_file {
            Some(file) => rustls_native_certs::load_certs_from_paths(Some(&file), None),
            None => rustls_native_certs::load_certs_from_paths(
                None,
                system.cert_dir.first().map(PathBuf::as_path),
            ),
        }
    };
    let mut roots = RootCertStore::empty();
    roots.add_parsable_certificates(certs.certs);
    roots
}
