//! Hosts, namespace, timeouts and credentials, read from the environment and the Docker
//! config file in the documented order.
//!
//! Hosts and timeouts are read once at start-up; credentials only when a command first
//! needs them, so `--help` and `--version` never run a credential helper.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use base64::Engine;
use serde_json::Value;

use crate::error::{Error, Result};

/// The default REST host.
const DEFAULT_REST_HOST: &str = "https://cloud.docker.com/";
/// The default stream (WebSocket) host.
const DEFAULT_STREAM_HOST: &str = "wss://ws.cloud.docker.com/";
/// The Docker config entry that holds Docker Cloud credentials.
const REGISTRY: &str = "https://index.docker.io/v1/";
/// Default seconds to wait for a response (overridable with `DOCKERCLOUD_TIMEOUT`).
const DEFAULT_TIMEOUT: u64 = 60;
/// Default seconds to wait for a connection (overridable with `DOCKERCLOUD_CONNECT_TIMEOUT`).
const DEFAULT_CONNECT_TIMEOUT: u64 = 10;

/// The message shown when no credential source is configured.
pub const NO_CREDENTIALS: &str = "No Docker Cloud credentials: set DOCKERCLOUD_USER and \
DOCKERCLOUD_APIKEY (or DOCKERCLOUD_PASS), or DOCKERCLOUD_AUTH, or run `docker login`";

/// A snapshot of the environment variables the client reads; empty values count as unset.
#[derive(Debug, Clone, Default)]
pub struct Env(HashMap<String, String>);

impl Env {
    /// Captures the current process environment.
    pub fn capture() -> Env {
        Env(std::env::vars().filter(|(_, v)| !v.is_empty()).collect())
    }

    /// The variable's value, or `None` when it is unset or empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// Sets a variable (tests build environments by hand).
    #[cfg(test)]
    pub fn set(&mut self, name: &str, value: &str) {
        self.0.insert(name.to_string(), value.to_string());
    }
}

/// Where the client talks to and how it authenticates.
#[derive(Debug, Clone)]
pub struct Config {
    /// REST base URL without a trailing slash (any path prefix kept).
    pub rest_host: String,
    /// Stream base URL without a trailing slash.
    pub stream_host: String,
    /// Namespace inserted into the paths of namespaced resources.
    pub namespace: Option<String>,
    /// Read timeout for one HTTP exchange.
    pub timeout: Duration,
    /// Connect timeout.
    pub connect_timeout: Duration,
    env: Env,
}

impl Config {
    /// Reads hosts, namespace and timeouts; `namespace` (from `--namespace`) overrides
    /// `DOCKERCLOUD_NAMESPACE`.
    pub fn new(env: Env, namespace: Option<String>) -> Result<Config> {
        let rest_set = env.get("DOCKERCLOUD_REST_HOST");
        let rest_host = base_url(
            "DOCKERCLOUD_REST_HOST",
            rest_set.unwrap_or(DEFAULT_REST_HOST),
        )?;
        let stream_host = match (env.get("DOCKERCLOUD_STREAM_HOST"), rest_set) {
            (Some(stream), _) => base_url("DOCKERCLOUD_STREAM_HOST", stream)?,
            (None, Some(_)) if rest_host != DEFAULT_REST_HOST.trim_end_matches('/') => {
                derive_stream_host(&rest_host)
            }
            (None, _) => DEFAULT_STREAM_HOST.trim_end_matches('/').to_string(),
        };
        let namespace = namespace
            .filter(|ns| !ns.is_empty())
            .or_else(|| env.get("DOCKERCLOUD_NAMESPACE").map(str::to_string));
        if let Some(ns) = &namespace {
            if ns.contains(['/', '?', '#']) || ns.chars().any(char::is_whitespace) {
                return Err(Error::usage(format!("invalid namespace '{ns}'")));
            }
        }
        Ok(Config {
            rest_host,
            stream_host,
            namespace,
            timeout: seconds(&env, "DOCKERCLOUD_TIMEOUT", DEFAULT_TIMEOUT)?,
            connect_timeout: seconds(&env, "DOCKERCLOUD_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT)?,
            env,
        })
    }

    /// The `Authorization` header value, from the first configured source (see cli.md §2.2):
    /// `DOCKERCLOUD_AUTH`, `DOCKERCLOUD_USER` + `DOCKERCLOUD_APIKEY`, `DOCKERCLOUD_USER` +
    /// `DOCKERCLOUD_PASS`, then the Docker config file.
    pub fn authorization(&self) -> Result<String> {
        if let Some(auth) = self.env.get("DOCKERCLOUD_AUTH") {
            return Ok(auth.to_string());
        }
        if let Some(user) = self.env.get("DOCKERCLOUD_USER") {
            let secret = self
                .env
                .get("DOCKERCLOUD_APIKEY")
                .or_else(|| self.env.get("DOCKERCLOUD_PASS"));
            if let Some(secret) = secret {
                return Ok(basic(user, secret));
            }
        }
        match self.docker_config_path() {
            Some(path) => match from_docker_config(&path)? {
                Some(token) => Ok(format!("Basic {token}")),
                None => Err(Error::auth(NO_CREDENTIALS)),
            },
            None => Err(Error::auth(NO_CREDENTIALS)),
        }
    }

    /// `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`.
    fn docker_config_path(&self) -> Option<PathBuf> {
        if let Some(dir) = self.env.get("DOCKER_CONFIG") {
            return Some(PathBuf::from(dir).join("config.json"));
        }
        self.env
            .get("HOME")
            .map(|home| PathBuf::from(home).join(".docker").join("config.json"))
    }
}

/// `Basic base64(user:secret)` without the scheme.
fn basic(user: &str, secret: &str) -> String {
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{secret}"));
    format!("Basic {token}")
}

/// Validates an `http(s)://` or `ws(s)://` base URL and drops its trailing slashes.
fn base_url(var: &str, value: &str) -> Result<String> {
    let parsed = url::Url::parse(value)
        .map_err(|e| Error::usage(format!("{var}: invalid URL '{value}': {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https" | "ws" | "wss") || parsed.host().is_none() {
        return Err(Error::usage(format!("{var}: invalid URL '{value}'")));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(Error::usage(format!(
            "{var}: '{value}' must not have a query or fragment"
        )));
    }
    Ok(value.trim_end_matches('/').to_string())
}

/// The stream host for a custom REST host: same host, port and path, `ws` for `http` and
/// `wss` for `https`.
fn derive_stream_host(rest_host: &str) -> String {
    if let Some(rest) = rest_host.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = rest_host.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        rest_host.to_string()
    }
}

/// A positive number of seconds from `var`, or `default`.
fn seconds(env: &Env, var: &str, default: u64) -> Result<Duration> {
    match env.get(var) {
        None => Ok(Duration::from_secs(default)),
        Some(text) => match text.trim().parse::<f64>() {
            Ok(secs) if secs > 0.0 && secs.is_finite() && secs < 1e9 => {
                Ok(Duration::from_secs_f64(secs))
            }
            _ => Err(Error::usage(format!(
                "{var}: invalid number of seconds '{text}'"
            ))),
        },
    }
}

/// The Basic token for Docker Hub from the Docker config file: a `credHelpers` entry, then
/// `credsStore`, then the inline `auths` entry. A missing file means no credential.
fn from_docker_config(path: &std::path::Path) -> Result<Option<String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::auth(format!("cannot read {}: {e}", path.display())));
        }
    };
    let config: Value = serde_json::from_str(&text)
        .map_err(|e| Error::auth(format!("invalid JSON in {}: {e}", path.display())))?;
    let helper = config
        .get("credHelpers")
        .and_then(|h| h.get(REGISTRY))
        .and_then(Value::as_str)
        .or_else(|| config.get("credsStore").and_then(Value::as_str))
        .filter(|name| !name.is_empty());
    if let Some(helper) = helper {
        return run_helper(helper);
    }
    let Some(auth) = config
        .get("auths")
        .and_then(|a| a.get(REGISTRY))
        .and_then(|entry| entry.get("auth"))
        .and_then(Value::as_str)
        .filter(|auth| !auth.is_empty())
    else {
        return Ok(None);
    };
    let valid = base64::engine::general_purpose::STANDARD
        .decode(auth)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .is_some_and(|pair| pair.contains(':'));
    if !valid {
        return Err(Error::auth(format!(
            "the auth entry for {REGISTRY} in {} is not base64 of user:password",
            path.display()
        )));
    }
    Ok(Some(auth.to_string()))
}

/// Runs `docker-credential-<name> get` for Docker Hub and builds the Basic token from its
/// `Username` and `Secret`.
fn run_helper(name: &str) -> Result<Option<String>> {
    let program = format!("docker-credential-{name}");
    let mut child = Command::new(&program)
        .arg("get")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::auth(format!("cannot run credential helper {program}: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A helper that exits without reading its input is reported through its output.
        let _ = stdin.write_all(REGISTRY.as_bytes());
    }
    let output = child
        .wait_with_output()
        .map_err(|e| Error::auth(format!("credential helper {program} failed: {e}")))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let said = [stdout.trim(), stderr.trim()]
            .into_iter()
            .find(|s| !s.is_empty())
            .unwrap_or("no output");
        if said.to_ascii_lowercase().contains("credentials not found") {
            return Ok(None);
        }
        let first = said.lines().next().unwrap_or(said);
        return Err(Error::auth(format!(
            "credential helper {program} failed: {first}"
        )));
    }
    let parsed: Value = serde_json::from_str(stdout.trim())
        .map_err(|_| Error::auth(format!("credential helper {program} returned invalid JSON")))?;
    let field = |key: &str| {
        parsed
            .get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    match (field("Username"), field("Secret")) {
        (Some(user), Some(secret)) => Ok(Some(
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{secret}")),
        )),
        _ => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Env {
        Env(pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect())
    }

    #[test]
    fn credential_precedence() {
        let all = env(&[
            ("DOCKERCLOUD_USER", "u"),
            ("DOCKERCLOUD_PASS", "p"),
            ("DOCKERCLOUD_APIKEY", "k"),
        ]);
        let config = Config::new(all, None).unwrap();
        assert_eq!(config.authorization().unwrap(), basic("u", "k"));
        let pass = env(&[("DOCKERCLOUD_USER", "u"), ("DOCKERCLOUD_PASS", "p")]);
        assert_eq!(
            Config::new(pass, None).unwrap().authorization().unwrap(),
            "Basic dTpw"
        );
        let token = env(&[
            ("DOCKERCLOUD_AUTH", "ApiKey u:k"),
            ("DOCKERCLOUD_USER", "u"),
        ]);
        assert_eq!(
            Config::new(token, None).unwrap().authorization().unwrap(),
            "ApiKey u:k"
        );
    }

    #[test]
    fn no_credentials_is_an_auth_error() {
        let config = Config::new(env(&[("DOCKERCLOUD_USER", "u")]), None).unwrap();
        let err = config.authorization().unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert_eq!(err.message, NO_CREDENTIALS);
    }

    #[test]
    fn hosts_and_namespace() {
        let config = Config::new(
            env(&[
                ("DOCKERCLOUD_REST_HOST", "http://127.0.0.1:9/prefix/"),
                ("DOCKERCLOUD_NAMESPACE", "team"),
            ]),
            None,
        )
        .unwrap();
        assert_eq!(config.rest_host, "http://127.0.0.1:9/prefix");
        assert_eq!(config.stream_host, "ws://127.0.0.1:9/prefix");
        assert_eq!(config.namespace.as_deref(), Some("team"));
        let flag = Config::new(
            env(&[("DOCKERCLOUD_NAMESPACE", "team")]),
            Some("org".into()),
        )
        .unwrap();
        assert_eq!(flag.namespace.as_deref(), Some("org"));
        assert_eq!(flag.rest_host, "https://cloud.docker.com");
        assert_eq!(flag.stream_host, "wss://ws.cloud.docker.com");
        assert!(Config::new(env(&[("DOCKERCLOUD_REST_HOST", "nope")]), None).is_err());
        assert!(Config::new(env(&[("DOCKERCLOUD_TIMEOUT", "x")]), None).is_err());
        assert!(Config::new(env(&[]), Some("a/b".into())).is_err());
    }
}
