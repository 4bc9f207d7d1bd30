//! The Tutum dialect's settings: `TUTUM_*` hosts and credentials, and the `~/.tutum` file.

use std::path::Path;

use super::basic_auth::basic;
use super::env::Env;
use super::hosts::{base_url, derive_stream_host, strip_suffix};
use crate::error::{Error, Result};

/// The default Tutum REST host.
const TUTUM_REST_HOST: &str = "https://dashboard.tutum.co/";
/// The default Tutum stream host.
const TUTUM_STREAM_HOST: &str = "wss://stream.tutum.co/";
/// The message shown when the Tutum dialect has no credentials.
const NO_TUTUM_CREDENTIALS: &str = "Not logged in to Tutum: set TUTUM_USER and TUTUM_APIKEY \
(or TUTUM_PASS), or TUTUM_AUTH, or write them to ~/.tutum";

/// Tutum has no namespaces: `namespace` (from `--namespace`) or `DOCKERCLOUD_NAMESPACE` is an
/// error.
pub fn refuse_namespace(env: &Env, namespace: Option<&str>) -> Result<()> {
    let namespace = namespace
        .filter(|ns| !ns.is_empty())
        .map(|_| "--namespace")
        .or_else(|| {
            env.get("DOCKERCLOUD_NAMESPACE")
                .map(|_| "DOCKERCLOUD_NAMESPACE")
        });
    match namespace {
        Some(source) => Err(Error::usage(format!(
            "the Tutum API has no namespaces: drop {source}"
        ))),
        None => Ok(()),
    }
}

/// The REST and stream hosts: `TUTUM_BASE_URL` (REST base ending in `/api/v1/`) or
/// `TUTUM_REST_HOST`, `TUTUM_STREAM_URL` (ending in `/v1/`) or `TUTUM_STREAM_HOST` (derived
/// from a custom REST host when unset).
pub fn hosts(env: &Env) -> Result<(String, String)> {
    let rest = match (env.get("TUTUM_BASE_URL"), env.get("TUTUM_REST_HOST")) {
        (Some(base), _) => Some(strip_suffix("TUTUM_BASE_URL", base, "/api/v1")?),
        (None, Some(host)) => Some(base_url("TUTUM_REST_HOST", host)?),
        (None, None) => None,
    };
    let stream_host = match (env.get("TUTUM_STREAM_URL"), env.get("TUTUM_STREAM_HOST")) {
        (Some(url), _) => strip_suffix("TUTUM_STREAM_URL", url, "/v1")?,
        (None, Some(host)) => base_url("TUTUM_STREAM_HOST", host)?,
        (None, None) => match &rest {
            Some(rest) => derive_stream_host(rest),
            None => TUTUM_STREAM_HOST.trim_end_matches('/').to_string(),
        },
    };
    let rest_host = rest.unwrap_or_else(|| TUTUM_REST_HOST.trim_end_matches('/').to_string());
    Ok((rest_host, stream_host))
}

/// `TUTUM_USER` and `TUTUM_APIKEY` when `TUTUM_AUTH` does not replace them.
pub fn api_key(env: &Env) -> Option<(&str, &str)> {
    (env.get("TUTUM_AUTH").is_none())
        .then(|| env.get("TUTUM_USER").zip(env.get("TUTUM_APIKEY")))
        .flatten()
}

/// The `Authorization` value: `TUTUM_AUTH` verbatim, `ApiKey user:key` from `TUTUM_USER` +
/// `TUTUM_APIKEY`, Basic from `TUTUM_USER` + `TUTUM_PASS`, then the `[auth]` section of
/// `~/.tutum`.
pub fn authorization(env: &Env) -> Result<String> {
    if let Some(auth) = env.get("TUTUM_AUTH") {
        return Ok(auth.to_string());
    }
    let user = env.get("TUTUM_USER");
    if let Some((user, key)) = user.zip(env.get("TUTUM_APIKEY")) {
        return Ok(format!("ApiKey {user}:{key}"));
    }
    if let Some((user, pass)) = user.zip(env.get("TUTUM_PASS")) {
        return Ok(basic(user, pass));
    }
    let Some(path) = env.get("HOME").map(|home| Path::new(home).join(".tutum")) else {
        return Err(Error::auth(NO_TUTUM_CREDENTIALS));
    };
    let text = match crate::bounded::read_text(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::auth(NO_TUTUM_CREDENTIALS))
        }
        Err(e) => return Err(Error::auth(format!("cannot read {}: {e}", path.display()))),
    };
    file_authorization(&text).ok_or_else(|| Error::auth(NO_TUTUM_CREDENTIALS))
}

/// The credentials of a `~/.tutum` file's `[auth]` section: `user` with `apikey` (`ApiKey
/// user:key`), else `basic_auth` (the base64 token of Basic authentication).
fn file_authorization(text: &str) -> Option<String> {
    let mut section = "";
    let (mut user, mut apikey, mut basic_auth) = (None, None, None);
    for line in text.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim();
            continue;
        }
        let Some((key, value)) = line.split_once(['=', ':']) else {
            continue;
        };
        let value = value.trim().trim_matches('"');
        if section != "auth" || value.is_empty() {
            continue;
        }
        match key.trim() {
            "user" => user = Some(value),
            "apikey" => apikey = Some(value),
            "basic_auth" => basic_auth = Some(value),
            _ => {}
        }
    }
    match (user.zip(apikey), basic_auth) {
        (Some((user, key)), _) => Some(format!("ApiKey {user}:{key}")),
        (None, Some(token)) => Some(format!("Basic {token}")),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::env::env;
    use crate::config::{Config, Dialect};

    #[test]
    fn tutum_hosts_credentials_and_stream_query() {
        let tutum =
            |pairs: &[(&str, &str)]| Config::for_dialect(env(pairs), None, Dialect::Tutum).unwrap();
        let defaults = tutum(&[]);
        assert_eq!(defaults.rest_host, "https://dashboard.tutum.co");
        assert_eq!(defaults.stream_host, "wss://stream.tutum.co");
        assert_eq!(
            defaults.authorization().unwrap_err().message,
            NO_TUTUM_CREDENTIALS
        );
        let base = tutum(&[
            ("TUTUM_BASE_URL", "https://h/x/api/v1/"),
            ("TUTUM_STREAM_URL", "wss://s/v1"),
        ]);
        assert_eq!(base.rest_host, "https://h/x");
        assert_eq!(base.stream_host, "wss://s");
        let derived = tutum(&[("TUTUM_REST_HOST", "http://127.0.0.1:5/")]);
        assert_eq!(derived.stream_host, "ws://127.0.0.1:5");
        // Each way of giving credentials: the Authorization header and the stream's query.
        let credentials = |pairs: &[(&str, &str)], authorization: &str, query: &[(&str, &str)]| {
            let config = tutum(pairs);
            assert_eq!(config.authorization().unwrap(), authorization);
            let query: Vec<_> = query.iter().map(|(k, v)| (*k, v.to_string())).collect();
            assert_eq!(config.stream_query().unwrap(), query);
        };
        credentials(
            &[
                ("TUTUM_USER", "u"),
                ("TUTUM_APIKEY", "k"),
                ("TUTUM_PASS", "p"),
            ],
            "ApiKey u:k",
            &[("user", "u"), ("token", "k")],
        );
        credentials(
            &[("TUTUM_USER", "u"), ("TUTUM_PASS", "p")],
            "Basic dTpw",
            &[("auth", "Basic dTpw")],
        );
        credentials(
            &[
                ("TUTUM_AUTH", "ApiKey a:b"),
                ("TUTUM_USER", "u"),
                ("TUTUM_APIKEY", "k"),
            ],
            "ApiKey a:b",
            &[("auth", "ApiKey a:b")],
        );
        assert!(Config::for_dialect(env(&[]), Some("ns".into()), Dialect::Tutum).is_err());
        assert!(Config::new(env(&[]), None)
            .unwrap()
            .stream_query()
            .unwrap()
            .is_empty());
    }

    #[test]
    fn tutum_config_file() {
        let file = "[other]\nuser = x\n[auth]\nuser = u\napikey = \"k\"\n";
        assert_eq!(file_authorization(file).as_deref(), Some("ApiKey u:k"));
        let basic_only = "[auth]\nbasic_auth: dTpw\nuser=u\n";
        assert_eq!(
            file_authorization(basic_only).as_deref(),
            Some("Basic dTpw")
        );
        assert_eq!(file_authorization("[other]\nuser=u\napikey=k\n"), None);
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().to_str().unwrap();
        let config = Config::for_dialect(env(&[("HOME", home)]), None, Dialect::Tutum).unwrap();
        assert_eq!(
            config.authorization().unwrap_err().message,
            NO_TUTUM_CREDENTIALS
        );
        std::fs::write(dir.path().join(".tutum"), file).unwrap();
        assert_eq!(config.authorization().unwrap(), "ApiKey u:k");
        assert_eq!(
            config.stream_query().unwrap(),
            [("auth", "ApiKey u:k".to_string())]
        );
    }
}
