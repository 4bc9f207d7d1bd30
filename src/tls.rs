//! The TLS client configuration of the process: its trust anchors are read once, on first
//! use, and shared by the REST client and `wss://` streams.
//!
//! The anchors come from one source: `SSL_CERT_FILE` and `SSL_CERT_DIR` when set, else the
//! system's bundle file, else its certificate directory. With both variables set, the
//! directory is read only for a certificate whose issuer the file lacks: environments that
//! name the system's bundle and its directory (which holds the same certificates again, one
//! file each) read the bundle alone. Certificates are public: their PEM is decoded here,
//! several times faster than by the constant-time decoder `rustls-pki-types` keeps for
//! private keys.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use base64::Engine as _;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};

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
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let config = match Anchors::from_env() {
        Anchors::Read(certs) => builder.with_root_certificates(roots(certs)),
        Anchors::FileThenDirs(file, dirs) => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(FileThenDirs::new(file, dirs, provider))),
    };
    Ok(Arc::new(config.with_no_client_auth()))
}

/// Where the trust anchors come from.
enum Anchors {
    /// These certificates.
    Read(Vec<CertificateDer<'static>>),
    /// `SSL_CERT_FILE`'s certificates, then, when they are not enough, `SSL_CERT_DIR`'s.
    FileThenDirs(Vec<CertificateDer<'static>>, Vec<PathBuf>),
}

impl Anchors {
    fn from_env() -> Anchors {
        // An empty variable counts as unset, as every variable does here.
        let var = |name| std::env::var_os(name).filter(|value| !value.is_empty());
        let dirs = var("SSL_CERT_DIR").map(|dirs| std::env::split_paths(&dirs).collect());
        match (var("SSL_CERT_FILE"), dirs) {
            (Some(file), Some(dirs)) => Anchors::FileThenDirs(file_certs(Path::new(&file)), dirs),
            (Some(file), None) => Anchors::Read(file_certs(Path::new(&file))),
            (None, Some(dirs)) => Anchors::Read(dir_certs(&dirs)),
            (None, None) => {
                let system = openssl_probe::probe();
                Anchors::Read(match (system.cert_file, system.cert_dir.first()) {
                    (Some(file), _) => file_certs(&file),
                    (None, Some(dir)) => dir_certs(std::slice::from_ref(dir)),
                    (None, None) => Vec::new(),
                })
            }
        }
    }
}

/// The trust anchors of `certs` (those that do not parse are passed over).
fn roots(certs: Vec<CertificateDer<'static>>) -> RootCertStore {
    let mut roots = RootCertStore::empty();
    roots.add_parsable_certificates(certs);
    roots
}

/// The certificates of the PEM file `path` (none when it cannot be read).
fn file_certs(path: &Path) -> Vec<CertificateDer<'static>> {
    std::fs::read(path)
        .map(|text| pem_certs(&text))
        .unwrap_or_default()
}

/// The certificates of the files of `dirs`, each file read once however many links name it.
fn dir_certs(dirs: &[PathBuf]) -> Vec<CertificateDer<'static>> {
    let mut seen = std::collections::HashSet::new();
    let mut certs = Vec::new();
    for entry in dirs
        .iter()
        .filter_map(|dir| std::fs::read_dir(dir).ok())
        .flatten()
        .flatten()
    {
        let path = entry.path();
        // Links are followed: a certificate directory is mostly links.
        let Ok(target) = std::fs::canonicalize(&path) else {
            continue;
        };
        if target.is_file() && seen.insert(target) {
            certs.extend(file_certs(&path));
        }
    }
    certs
}

/// The `CERTIFICATE` blocks of PEM `text`, decoded; other blocks, and blocks that do not
/// decode, are passed over.
fn pem_certs(text: &[u8]) -> Vec<CertificateDer<'static>> {
    const BEGIN: &[u8] = b"-----BEGIN CERTIFICATE-----";
    const END: &[u8] = b"-----END CERTIFICATE-----";
    let mut certs = Vec::new();
    let mut body = Vec::new();
    let mut rest = text;
    while let Some(start) = memchr::memmem::find(rest, BEGIN) {
        rest = &rest[start + BEGIN.len()..];
        let Some(end) = memchr::memmem::find(rest, END) else {
            break;
        };
        let (block, after) = rest.split_at(end);
        body.clear();
        let mut line_start = 0;
        for line_end in memchr::memchr_iter(b'\n', block).chain([block.len()]) {
            body.extend_from_slice(block[line_start..line_end].trim_ascii());
            line_start = (line_end + 1).min(block.len());
        }
        if let Ok(der) = base64::engine::general_purpose::STANDARD.decode(&body) {
            certs.push(CertificateDer::from(der));
        }
        rest = &after[END.len()..];
    }
    certs
}

/// Verifies a server's certificate against `SSL_CERT_FILE`'s anchors, and, for one whose
/// issuer they lack, against those and `SSL_CERT_DIR`'s, read on that first need.
#[derive(Debug)]
struct FileThenDirs {
    file: Vec<CertificateDer<'static>>,
    dirs: Vec<PathBuf>,
    provider: Arc<CryptoProvider>,
    from_file: Option<Arc<WebPkiServerVerifier>>,
    from_both: OnceLock<Option<Arc<WebPkiServerVerifier>>>,
}

impl FileThenDirs {
    fn new(
        file: Vec<CertificateDer<'static>>,
        dirs: Vec<PathBuf>,
        provider: Arc<CryptoProvider>,
    ) -> FileThenDirs {
        let from_file = verifier(file.clone(), &provider);
        FileThenDirs {
            file,
            dirs,
            provider,
            from_file,
            from_both: OnceLock::new(),
        }
    }
}

/// A WebPKI verifier trusting `certs`; `None` when none of them is an anchor.
fn verifier(
    certs: Vec<CertificateDer<'static>>,
    provider: &Arc<CryptoProvider>,
) -> Option<Arc<WebPkiServerVerifier>> {
    WebPkiServerVerifier::builder_with_provider(Arc::new(roots(certs)), provider.clone())
        .build()
        .ok()
}

impl ServerCertVerifier for FileThenDirs {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        let verify = |verifier: &WebPkiServerVerifier| {
            verifier.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        };
        let unknown_issuer = || rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer);
        let first = self
            .from_file
            .as_deref()
            .map_or(Err(unknown_issuer()), verify);
        if !matches!(
            first,
            Err(rustls::Error::InvalidCertificate(
                CertificateError::UnknownIssuer
            ))
        ) {
            return first;
        }
        let both = self.from_both.get_or_init(|| {
            let mut certs = self.file.clone();
            certs.extend(dir_certs(&self.dirs));
            verifier(certs, &self.provider)
        });
        both.as_deref().map_or(Err(unknown_issuer()), verify)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CA: &str = include_str!("../tests/fixtures/tls/ca.pem");
    const LEAF: &str = include_str!("../tests/fixtures/tls/localhost.pem");

    #[test]
    fn pem_blocks_decode_whatever_the_line_endings_and_other_blocks() {
        let one = pem_certs(CA.as_bytes());
        assert_eq!(one.len(), 1);
        // The DER of a certificate is a SEQUENCE.
        assert_eq!(one[0].as_ref()[0], 0x30);
        let crlf = CA.replace('\n', "\r\n");
        assert_eq!(pem_certs(crlf.as_bytes()), one);
        let key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        let mixed = format!("comment\n{key}{CA}\n{LEAF}");
        let both = pem_certs(mixed.as_bytes());
        assert_eq!(both.len(), 2);
        assert_eq!(both[0], one[0]);
        assert_eq!(both[1], pem_certs(LEAF.as_bytes())[0]);
    }

    #[test]
    fn broken_and_unfinished_blocks_are_passed_over() {
        let broken = "-----BEGIN CERTIFICATE-----\n!!notbase64\n-----END CERTIFICATE-----\n";
        let unfinished = "-----BEGIN CERTIFICATE-----\nMIIB";
        let text = format!("{broken}{CA}{unfinished}");
        assert_eq!(pem_certs(text.as_bytes()), pem_certs(CA.as_bytes()));
        assert!(pem_certs(b"").is_empty());
        assert!(pem_certs(b"-----").is_empty());
    }

    #[test]
    fn every_certificate_of_the_system_bundle_is_read() {
        let Some(bundle) = openssl_probe::probe().cert_file else {
            return;
        };
        let text = std::fs::read_to_string(&bundle).unwrap_or_default();
        let blocks = text.matches("-----BEGIN CERTIFICATE-----").count();
        let certs = file_certs(&bundle);
        assert_eq!(certs.len(), blocks);
        // Each is a certificate rustls takes as an anchor.
        assert_eq!(roots(certs).len(), blocks);
    }
}
