//! Hosts, namespace, timeouts and credentials, read from the environment and the Docker
//! config file in the documented order.
//!
//! Hosts and timeouts are read once at start-up; credentials only when a command first
//! needs them, so `--help` and `--version` never run a credential helper. Credentials are
//! never handed out for a plain `http://`/`ws://` host that is not loopback unless the user
//! allowed it. `login` and `logout` write the Docker config file (or its credential helper)
//! the way `docker login` does.

use std::collections::HashMap;
use std::fmt;
use std::io::Write;
use std::net::Ipv6Addr;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use base64::Engine;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::key;

/// The default REST host.
const DEFAULT_REST_HOST: &str = "https://cloud.docker.com/";
/// The default Tutum REST host.
const TUTUM_REST_HOST: &str = "https://dashboard.tutum.co/";
/// The default Tutum stream host.
const TUTUM_STREAM_HOST: &str = "wss://stream.tutum.co/";
/// The variable choosing the API dialect (`--api` wins over it).
pub const API_VAR: &str = "DOCKERCLOUD_API";
/// The variables whose presence selects the Tutum dialect.
const TUTUM_SELECTORS: &[&str] = &[
    "TUTUM_AUTH",
    "TUTUM_APIKEY",
    "TUTUM_PASS",
    "TUTUM_REST_HOST",
    "TUTUM_BASE_URL",
    "TUTUM_STREAM_HOST",
    "TUTUM_STREAM_URL",
];
/// The Docker Cloud variables that conflict with Tutum selectors when no dialect is chosen.
const DOCKERCLOUD_SETTINGS: &[&str] = &[
    "DOCKERCLOUD_AUTH",
    "DOCKERCLOUD_USER",
    "DOCKERCLOUD_APIKEY",
    "DOCKERCLOUD_PASS",
    "DOCKERCLOUD_REST_HOST",
    "DOCKERCLOUD_STREAM_HOST",
    "DOCKERCLOUD_NAMESPACE",
];
/// The message shown when the Tutum dialect has no credentials.
const NO_TUTUM_CREDENTIALS: &str = "Not logged in to Tutum: set TUTUM_USER and TUTUM_APIKEY \
(or TUTUM_PASS), or TUTUM_AUTH, or write them to ~/.tutum";
/// The default stream (WebSocket) host.
const DEFAULT_STREAM_HOST: &str = "wss://ws.cloud.docker.com/";
/// The Docker config entry that holds Docker Cloud credentials.
const REGISTRY: &str = "https://index.docker.io/v1/";
/// Default seconds to wait for a response (overridable with `DOCKERCLOUD_TIMEOUT`).
const DEFAULT_TIMEOUT: u64 = 60;
/// Default seconds to wait for a connection (overridable with `DOCKERCLOUD_CONNECT_TIMEOUT`).
const DEFAULT_CONNECT_TIMEOUT: u64 = 10;

/// The message shown when no credential source is configured.
pub const NO_CREDENTIALS: &str = "Not logged in: run `docker-cloud login`, or set \
DOCKERCLOUD_USER and DOCKERCLOUD_APIKEY (or DOCKERCLOUD_PASS), or DOCKERCLOUD_AUTH";
/// The variable that allows credentials over plain HTTP to hosts that are not loopback.
const INSECURE_HTTP: &str = "DOCKERCLOUD_INSECURE_HTTP";

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

/// The API dialect: the Docker Cloud API or its predecessor, the Tutum API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Dialect {
    /// `/api/<subsystem>/v1/[ns/]<resource>/`, Basic auth, `X-DockerCloud-Action-URI`.
    Dockercloud,
    /// `/api/v1/<resource>/`, `ApiKey user:key` auth, `X-Tutum-Action-URI`, streams under
    /// `/v1/` with query authentication.
    Tutum,
}

impl Dialect {
    /// Chooses the dialect: `flag` (`--api`), else `DOCKERCLOUD_API`, else Tutum when any
    /// Tutum selector is set (an error if Docker Cloud settings are set too), else Docker
    /// Cloud.
    pub fn choose(env: &Env, flag: Option<Dialect>) -> Result<Dialect> {
        if let Some(dialect) = flag {
            return Ok(dialect);
        }
        if let Some(value) = env.get(API_VAR) {
            return match value.trim().to_ascii_lowercase().as_str() {
                "tutum" => Ok(Dialect::Tutum),
                "dockercloud" => Ok(Dialect::Dockercloud),
                _ => Err(Error::usage(format!(
                    "{API_VAR}: expected tutum or dockercloud, not '{value}'"
                ))),
            };
        }
        // A key or password selects Tutum together with TUTUM_USER only.
        let paired = |var: &str| !matches!(var, "TUTUM_APIKEY" | "TUTUM_PASS");
        let tutum = TUTUM_SELECTORS
            .iter()
            .find(|var| env.get(var).is_some() && (paired(var) || env.get("TUTUM_USER").is_some()));
        let Some(tutum) = tutum else {
            return Ok(Dialect::Dockercloud);
        };
        match DOCKERCLOUD_SETTINGS
            .iter()
            .find(|var| env.get(var).is_some())
        {
            Some(cloud) => Err(Error::usage(format!(
                "both {tutum} and {cloud} are set: choose the API with --api tutum|dockercloud \
                 or {API_VAR}"
            ))),
            None => Ok(Dialect::Tutum),
        }
    }
}

/// Where the client talks to and how it authenticates.
#[derive(Debug, Clone)]
pub struct Config {
    /// The API dialect spoken.
    pub dialect: Dialect,
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
    /// Credentials may go over plain HTTP to any host (`--insecure-http`).
    insecure_http: bool,
    /// Credentials given to `login`, used instead of every configured source.
    login: Option<String>,
    env: Env,
}

impl Config {
    /// Reads hosts, namespace, timeouts and `DOCKERCLOUD_INSECURE_HTTP` for the Docker Cloud
    /// dialect; `namespace` (from `--namespace`) overrides `DOCKERCLOUD_NAMESPACE`.
    #[cfg(test)]
    pub fn new(env: Env, namespace: Option<String>) -> Result<Config> {
        Config::for_dialect(env, namespace, Dialect::Dockercloud)
    }

    /// Reads the configuration of `dialect`. Tutum has no namespaces: one given is an error.
    pub fn for_dialect(env: Env, namespace: Option<String>, dialect: Dialect) -> Result<Config> {
        if dialect == Dialect::Tutum {
            return Config::tutum(env, namespace);
        }
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
            key::namespace(ns)?;
        }
        Ok(Config {
            dialect,
            rest_host,
            stream_host,
            namespace,
            timeout: seconds(&env, "DOCKERCLOUD_TIMEOUT", DEFAULT_TIMEOUT)?,
            connect_timeout: seconds(&env, "DOCKERCLOUD_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT)?,
            insecure_http: flag(&env, INSECURE_HTTP)?,
            login: None,
            env,
        })
    }

    /// The Tutum configuration: `TUTUM_BASE_URL` (REST base ending in `/api/v1/`) or
    /// `TUTUM_REST_HOST`, `TUTUM_STREAM_URL` (ending in `/v1/`) or `TUTUM_STREAM_HOST`
    /// (derived from a custom REST host when unset).
    fn tutum(env: Env, namespace: Option<String>) -> Result<Config> {
        let namespace = namespace
            .filter(|ns| !ns.is_empty())
            .map(|_| "--namespace")
            .or_else(|| {
                env.get("DOCKERCLOUD_NAMESPACE")
                    .map(|_| "DOCKERCLOUD_NAMESPACE")
            });
        if let Some(source) = namespace {
            return Err(Error::usage(format!(
                "the Tutum API has no namespaces: drop {source}"
            )));
        }
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
        Ok(Config {
            dialect: Dialect::Tutum,
            rest_host,
            stream_host,
            namespace: None,
            timeout: seconds(&env, "DOCKERCLOUD_TIMEOUT", DEFAULT_TIMEOUT)?,
            connect_timeout: seconds(&env, "DOCKERCLOUD_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT)?,
            insecure_http: flag(&env, INSECURE_HTTP)?,
            login: None,
            env,
        })
    }

    /// The Tutum stream's query authentication: `user` and `token` for an API key, else
    /// `auth` with the whole `Authorization` value; nothing in the Docker Cloud dialect.
    pub fn stream_query(&self) -> Result<Vec<(&'static str, String)>> {
        if self.dialect != Dialect::Tutum {
            return Ok(Vec::new());
        }
        let key = (self.env.get("TUTUM_AUTH").is_none())
            .then(|| self.env.get("TUTUM_USER").zip(self.env.get("TUTUM_APIKEY")))
            .flatten();
        Ok(match key {
            Some((user, key)) => vec![("user", user.to_string()), ("token", key.to_string())],
            None => vec![("auth", self.authorization()?)],
        })
    }

    /// The Tutum `Authorization` value: `TUTUM_AUTH` verbatim, `ApiKey user:key` from
    /// `TUTUM_USER` + `TUTUM_APIKEY`, Basic from `TUTUM_USER` + `TUTUM_PASS`, then the
    /// `[auth]` section of `~/.tutum`.
    fn tutum_authorization(&self) -> Result<String> {
        if let Some(auth) = self.env.get("TUTUM_AUTH") {
            return Ok(auth.to_string());
        }
        let user = self.env.get("TUTUM_USER");
        if let Some((user, key)) = user.zip(self.env.get("TUTUM_APIKEY")) {
            return Ok(format!("ApiKey {user}:{key}"));
        }
        if let Some((user, pass)) = user.zip(self.env.get("TUTUM_PASS")) {
            return Ok(basic(user, pass));
        }
        let Some(path) = self
            .env
            .get("HOME")
            .map(|home| Path::new(home).join(".tutum"))
        else {
            return Err(Error::auth(NO_TUTUM_CREDENTIALS));
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::auth(NO_TUTUM_CREDENTIALS))
            }
            Err(e) => return Err(Error::auth(format!("cannot read {}: {e}", path.display()))),
        };
        tutum_file_authorization(&text).ok_or_else(|| Error::auth(NO_TUTUM_CREDENTIALS))
    }

    /// Also allows credentials over plain HTTP to hosts that are not loopback when `allow`
    /// (the `--insecure-http` flag).
    pub fn allow_insecure_http(mut self, allow: bool) -> Config {
        self.insecure_http |= allow;
        self
    }

    /// The same hosts with the credentials `user` and `secret` in place of every configured
    /// source (what `login` verifies).
    pub fn with_login(&self, user: &str, secret: &str) -> Config {
        Config {
            login: Some(basic(user, secret)),
            ..self.clone()
        }
    }

    /// The environment variable holding credentials that win over the Docker config file, if
    /// any is set.
    pub fn env_credentials(&self) -> Option<&'static str> {
        if self.env.get("DOCKERCLOUD_AUTH").is_some() {
            return Some("DOCKERCLOUD_AUTH");
        }
        let secret = ["DOCKERCLOUD_APIKEY", "DOCKERCLOUD_PASS"]
            .into_iter()
            .find(|var| self.env.get(var).is_some());
        secret.filter(|_| self.env.get("DOCKERCLOUD_USER").is_some())
    }

    /// Refuses to hand out credentials for a plain `http://` or `ws://` host that is not
    /// loopback, unless that was allowed.
    fn check_plain_http(&self) -> Result<()> {
        if self.insecure_http {
            return Ok(());
        }
        for url in [&self.rest_host, &self.stream_host] {
            if let Some(host) = plain_remote_host(url) {
                return Err(Error::usage(format!(
                    "refusing to send credentials over plain HTTP to {host} ({url}): use \
                     https:// (wss://), or allow it with --insecure-http or \
                     {INSECURE_HTTP}=1"
                )));
            }
        }
        Ok(())
    }

    /// The `Authorization` header value, from the first configured source (see cli.md §2.2):
    /// `DOCKERCLOUD_AUTH`, `DOCKERCLOUD_USER` + `DOCKERCLOUD_APIKEY`, `DOCKERCLOUD_USER` +
    /// `DOCKERCLOUD_PASS`, then the Docker config file (after credentials given to `login`,
    /// which win). Fails for a plain-HTTP host that is not loopback (see `--insecure-http`).
    pub fn authorization(&self) -> Result<String> {
        self.check_plain_http()?;
        if let Some(login) = &self.login {
            return Ok(login.clone());
        }
        if self.dialect == Dialect::Tutum {
            return self.tutum_authorization();
        }
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
    pub fn docker_config_path(&self) -> Option<PathBuf> {
        if let Some(dir) = self.env.get("DOCKER_CONFIG") {
            return Some(PathBuf::from(dir).join("config.json"));
        }
        self.env
            .get("HOME")
            .map(|home| PathBuf::from(home).join(".docker").join("config.json"))
    }
}

/// `Basic base64(user:secret)`.
fn basic(user: &str, secret: &str) -> String {
    format!("Basic {}", token(user, secret))
}

/// `base64(user:secret)`, the token of Basic authentication and of Docker config entries.
fn token(user: &str, secret: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{secret}"))
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

/// The credentials of a `~/.tutum` file's `[auth]` section: `user` with `apikey` (`ApiKey
/// user:key`), else `basic_auth` (the base64 token of Basic authentication).
fn tutum_file_authorization(text: &str) -> Option<String> {
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

/// A base URL given with its API path (`TUTUM_BASE_URL` ends in `/api/v1/`), without that
/// path.
fn strip_suffix(var: &str, value: &str, suffix: &str) -> Result<String> {
    let url = base_url(var, value)?;
    url.strip_suffix(suffix)
        .map(str::to_string)
        .ok_or_else(|| Error::usage(format!("{var}: '{value}' must end with {suffix}/")))
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

/// `true` or `false` from `var` (`1`/`true`/`yes`/`on`, `0`/`false`/`no`/`off`); unset is
/// `false`.
fn flag(env: &Env, var: &str) -> Result<bool> {
    let Some(text) = env.get(var) else {
        return Ok(false);
    };
    match text.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(Error::usage(format!(
            "{var}: expected 1 or 0, not '{text}'"
        ))),
    }
}

/// The host of a plain `http://` or `ws://` URL whose host is not loopback (127.0.0.0/8,
/// `::1`, `localhost`); `None` for anything else.
fn plain_remote_host(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    if !matches!(parsed.scheme(), "http" | "ws") {
        return None;
    }
    let loopback = match parsed.host()? {
        url::Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(ip) => ip.is_loopback(),
        url::Host::Ipv6(ip) => {
            ip == Ipv6Addr::LOCALHOST || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    };
    (!loopback).then(|| parsed.host_str().unwrap_or_default().to_string())
}

/// The Docker config file as JSON: `None` when it does not exist, an empty object when it is
/// empty.
fn read_docker_config(path: &Path) -> Result<Option<Value>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::auth(format!("cannot read {}: {e}", path.display())));
        }
    };
    if text.trim().is_empty() {
        return Ok(Some(Value::Object(Default::default())));
    }
    match serde_json::from_str(&text) {
        Ok(config @ Value::Object(_)) => Ok(Some(config)),
        Ok(_) => Err(Error::auth(format!(
            "invalid Docker config file {}: not a JSON object",
            path.display()
        ))),
        Err(e) => Err(Error::auth(format!(
            "invalid JSON in {}: {e}",
            path.display()
        ))),
    }
}

/// The credential helper the Docker config names for Docker Hub: its `credHelpers` entry,
/// else `credsStore`.
fn helper_for(config: &Value) -> Option<&str> {
    config
        .get("credHelpers")
        .and_then(|h| h.get(REGISTRY))
        .and_then(Value::as_str)
        .or_else(|| config.get("credsStore").and_then(Value::as_str))
        .filter(|name| !name.is_empty())
}

/// The Basic token for Docker Hub from the Docker config file: a `credHelpers` entry, then
/// `credsStore`, then the inline `auths` entry. A missing file means no credential.
fn from_docker_config(path: &Path) -> Result<Option<String>> {
    let Some(config) = read_docker_config(path)? else {
        return Ok(None);
    };
    if let Some(helper) = helper_for(&config) {
        return helper_get(helper);
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

/// What a credential helper answered.
struct HelperReply {
    program: String,
    success: bool,
    stdout: String,
    /// Its first line of output (stdout, else stderr) for error messages.
    said: String,
}

impl HelperReply {
    /// The helper's own way of saying it holds nothing for Docker Hub.
    fn not_found(&self) -> bool {
        self.said
            .to_ascii_lowercase()
            .contains("credentials not found")
    }

    /// The error for a helper that failed.
    fn error(&self, verb: &str) -> Error {
        Error::auth(format!(
            "credential helper {} {verb} failed: {}",
            self.program, self.said
        ))
    }
}

/// Runs `docker-credential-<name> <verb>` with `input` on stdin.
fn run_helper(name: &str, verb: &str, input: &[u8]) -> Result<HelperReply> {
    let program = format!("docker-credential-{name}");
    let mut child = Command::new(&program)
        .arg(verb)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::auth(format!("cannot run credential helper {program}: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A helper that exits without reading its input is reported through its output.
        let _ = stdin.write_all(input);
    }
    let output = child
        .wait_with_output()
        .map_err(|e| Error::auth(format!("credential helper {program} failed: {e}")))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let said = [stdout.trim(), stderr.trim()]
        .into_iter()
        .find(|s| !s.is_empty())
        .and_then(|s| s.lines().next())
        .unwrap_or("no output")
        .to_string();
    Ok(HelperReply {
        program,
        success: output.status.success(),
        stdout,
        said,
    })
}

/// Runs `docker-credential-<name> get` for Docker Hub and builds the Basic token from its
/// `Username` and `Secret`.
fn helper_get(name: &str) -> Result<Option<String>> {
    let reply = run_helper(name, "get", REGISTRY.as_bytes())?;
    if !reply.success {
        return if reply.not_found() {
            Ok(None)
        } else {
            Err(reply.error("get"))
        };
    }
    let parsed: Value = serde_json::from_str(reply.stdout.trim()).map_err(|_| {
        Error::auth(format!(
            "credential helper {} returned invalid JSON",
            reply.program
        ))
    })?;
    let field = |key: &str| {
        parsed
            .get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    match (field("Username"), field("Secret")) {
        (Some(user), Some(secret)) => Ok(Some(token(user, secret))),
        _ => Ok(None),
    }
}

/// Where `login` stored credentials or `logout` removed them from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Store {
    /// The `auths` entry of this Docker config file.
    File(PathBuf),
    /// The credential helper `docker-credential-<name>`.
    Helper(String),
}

impl fmt::Display for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Store::File(path) => write!(f, "{}", path.display()),
            Store::Helper(name) => write!(f, "credential helper docker-credential-{name}"),
        }
    }
}

impl Config {
    /// The Docker config file's path and contents (`None` when it does not exist yet).
    fn docker_config(&self) -> Result<(PathBuf, Option<Value>)> {
        let path = self.docker_config_path().ok_or_else(|| {
            Error::usage("cannot locate the Docker config file: set HOME or DOCKER_CONFIG")
        })?;
        Ok((path.clone(), read_docker_config(&path)?))
    }

    /// Where `login` stores credentials: the credential helper the Docker config file names,
    /// else that file. Fails when the file cannot take them (unreadable, not a JSON object,
    /// `auths` not an object), so that `login` can tell before asking the API.
    pub fn login_store(&self) -> Result<Store> {
        Ok(self.login_target()?.1)
    }

    /// The Docker config file's contents (an empty object when it does not exist yet) and
    /// where `login` stores credentials according to it.
    fn login_target(&self) -> Result<(Value, Store)> {
        let (path, config) = self.docker_config()?;
        let config = config.unwrap_or_else(|| Value::Object(Default::default()));
        if let Some(helper) = helper_for(&config) {
            let store = Store::Helper(helper.to_string());
            return Ok((config, store));
        }
        if config.get("auths").is_some_and(|auths| !auths.is_object()) {
            return Err(Error::usage(format!(
                "invalid Docker config file {}: \"auths\" is not an object",
                path.display()
            )));
        }
        Ok((config, Store::File(path)))
    }

    /// Stores Docker Hub credentials like `docker login`: through the credential helper the
    /// Docker config file names, else as the `auths` entry of that file (created if needed).
    pub fn store_login(&self, user: &str, secret: &str) -> Result<Store> {
        let (mut config, store) = self.login_target()?;
        match &store {
            Store::Helper(helper) => {
                let input = serde_json::json!({
                    "ServerURL": REGISTRY,
                    "Username": user,
                    "Secret": secret,
                });
                let reply = run_helper(helper, "store", input.to_string().as_bytes())?;
                if !reply.success {
                    return Err(reply.error("store"));
                }
            }
            Store::File(path) => {
                let entry = serde_json::json!({ "auth": token(user, secret) });
                if let Some(object) = config.as_object_mut() {
                    let auths = object
                        .entry("auths")
                        .or_insert_with(|| Value::Object(Default::default()));
                    // `login_target` made sure `auths` is an object.
                    if let Some(auths) = auths.as_object_mut() {
                        auths.insert(REGISTRY.to_string(), entry);
                    }
                }
                write_private(path, &config)?;
            }
        }
        Ok(store)
    }

    /// Removes the Docker Hub credentials `login` (or `docker login`) stored; `None` when
    /// there were none.
    pub fn erase_login(&self) -> Result<Option<Store>> {
        let (path, config) = self.docker_config()?;
        let Some(mut config) = config else {
            return Ok(None);
        };
        if let Some(helper) = helper_for(&config) {
            let reply = run_helper(helper, "erase", REGISTRY.as_bytes())?;
            return match (reply.success, reply.not_found()) {
                (true, _) => Ok(Some(Store::Helper(helper.to_string()))),
                (false, true) => Ok(None),
                (false, false) => Err(reply.error("erase")),
            };
        }
        let removed = config
            .get_mut("auths")
            .and_then(Value::as_object_mut)
            .and_then(|auths| auths.shift_remove(REGISTRY));
        if removed.is_none() {
            return Ok(None);
        }
        write_private(&path, &config)?;
        Ok(Some(Store::File(path)))
    }
}

/// Replaces the file at `path` (or the file a symbolic link there points to) with `config`
/// as tab-indented JSON, atomically: a private temporary file in the same directory is
/// written, flushed to disk and renamed over it. The file is readable by its owner only; a
/// missing directory is created, readable by its owner only.
fn write_private(path: &Path, config: &Value) -> Result<()> {
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let fail =
        |e: std::io::Error| Error::failure(format!("cannot write {}: {e}", target.display()));
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(fail)?;
    let mut text = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut serializer = serde_json::Serializer::with_formatter(&mut text, formatter);
    serde::Serialize::serialize(config, &mut serializer)
        .map_err(|e| Error::failure(format!("cannot encode the Docker config: {e}")))?;
    text.push(b'\n');
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(
        ".{name}.{}.{:08x}.tmp",
        std::process::id(),
        fastrand::u32(..)
    ));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&temporary)
        .and_then(|mut file| {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
            file.write_all(&text)?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temporary, &target));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(fail(e));
    }
    // The rename is durable once the directory is flushed; a failure here loses nothing.
    if let Ok(directory) = std::fs::File::open(dir) {
        let _ = directory.sync_all();
    }
    Ok(())
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
        let key = tutum(&[
            ("TUTUM_USER", "u"),
            ("TUTUM_APIKEY", "k"),
            ("TUTUM_PASS", "p"),
        ]);
        assert_eq!(key.authorization().unwrap(), "ApiKey u:k");
        assert_eq!(
            key.stream_query().unwrap(),
            [("user", "u".to_string()), ("token", "k".to_string())]
        );
        let pass = tutum(&[("TUTUM_USER", "u"), ("TUTUM_PASS", "p")]);
        assert_eq!(pass.authorization().unwrap(), "Basic dTpw");
        assert_eq!(
            pass.stream_query().unwrap(),
            [("auth", "Basic dTpw".to_string())]
        );
        let verbatim = tutum(&[
            ("TUTUM_AUTH", "ApiKey a:b"),
            ("TUTUM_USER", "u"),
            ("TUTUM_APIKEY", "k"),
        ]);
        assert_eq!(verbatim.authorization().unwrap(), "ApiKey a:b");
        assert_eq!(
            verbatim.stream_query().unwrap(),
            [("auth", "ApiKey a:b".to_string())]
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
        assert_eq!(
            tutum_file_authorization(file).as_deref(),
            Some("ApiKey u:k")
        );
        let basic_only = "[auth]\nbasic_auth: dTpw\nuser=u\n";
        assert_eq!(
            tutum_file_authorization(basic_only).as_deref(),
            Some("Basic dTpw")
        );
        assert_eq!(
            tutum_file_authorization("[other]\nuser=u\napikey=k\n"),
            None
        );
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

    #[test]
    fn dialect_precedence() {
        let choose = |pairs: &[(&str, &str)], flag| Dialect::choose(&env(pairs), flag);
        assert_eq!(choose(&[], None).unwrap(), Dialect::Dockercloud);
        assert_eq!(
            choose(&[("TUTUM_STREAM_URL", "wss://s/v1/")], None).unwrap(),
            Dialect::Tutum
        );
        assert_eq!(
            choose(&[("TUTUM_APIKEY", "k")], None).unwrap(),
            Dialect::Dockercloud
        );
        let both = [("TUTUM_AUTH", "a"), ("DOCKERCLOUD_AUTH", "b")];
        assert_eq!(choose(&both, None).unwrap_err().exit_code(), 2);
        assert_eq!(
            choose(&both, Some(Dialect::Dockercloud)).unwrap(),
            Dialect::Dockercloud
        );
        let var = [
            ("TUTUM_AUTH", "a"),
            ("DOCKERCLOUD_AUTH", "b"),
            (API_VAR, "tutum"),
        ];
        assert_eq!(choose(&var, None).unwrap(), Dialect::Tutum);
        assert_eq!(
            choose(&var, Some(Dialect::Dockercloud)).unwrap(),
            Dialect::Dockercloud
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

    #[test]
    fn plain_http_is_refused_for_hosts_that_are_not_loopback() {
        let with = |url: &str| env(&[("DOCKERCLOUD_REST_HOST", url), ("DOCKERCLOUD_AUTH", "a")]);
        for url in [
            "http://127.0.0.1:9",
            "http://127.1.2.3",
            "http://localhost:1",
            "http://[::1]:2",
            "https://10.0.0.1",
            "https://example.com",
        ] {
            let config = Config::new(with(url), None).unwrap();
            assert_eq!(config.authorization().unwrap(), "a", "{url}");
        }
        let config = Config::new(with("http://10.255.255.1:1"), None).unwrap();
        let err = config.authorization().unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.message.contains("10.255.255.1"), "{err}");
        assert!(err.message.contains("--insecure-http"), "{err}");
        assert!(config.with_login("u", "p").authorization().is_err());
        let allowed = config.clone().allow_insecure_http(true);
        assert_eq!(allowed.authorization().unwrap(), "a");
        let mut by_env = with("http://example.com");
        by_env.set(INSECURE_HTTP, "1");
        assert!(Config::new(by_env.clone(), None)
            .unwrap()
            .authorization()
            .is_ok());
        by_env.set(INSECURE_HTTP, "maybe");
        assert!(Config::new(by_env, None).is_err());
        let stream = env(&[
            ("DOCKERCLOUD_STREAM_HOST", "ws://example.com"),
            ("DOCKERCLOUD_AUTH", "a"),
        ]);
        let err = Config::new(stream, None)
            .unwrap()
            .authorization()
            .unwrap_err();
        assert!(err.message.contains("example.com"), "{err}");
        assert_eq!(plain_remote_host("ws://[::ffff:127.0.0.1]:1"), None);
        assert_eq!(plain_remote_host("http://LOCALHOST"), None);
        assert_eq!(
            plain_remote_host("http://127.0.0.1.example.com").as_deref(),
            Some("127.0.0.1.example.com")
        );
    }

    #[test]
    fn login_credentials_win_and_env_credentials_are_named() {
        let config = Config::new(env(&[("DOCKERCLOUD_AUTH", "a")]), None).unwrap();
        assert_eq!(
            config.with_login("u", "p").authorization().unwrap(),
            "Basic dTpw"
        );
        assert_eq!(config.env_credentials(), Some("DOCKERCLOUD_AUTH"));
        let user = env(&[("DOCKERCLOUD_USER", "u"), ("DOCKERCLOUD_PASS", "p")]);
        assert_eq!(
            Config::new(user, None).unwrap().env_credentials(),
            Some("DOCKERCLOUD_PASS")
        );
        let alone = env(&[("DOCKERCLOUD_USER", "u")]);
        assert_eq!(Config::new(alone, None).unwrap().env_credentials(), None);
    }

    #[test]
    fn the_config_file_is_rewritten_privately_keeping_other_entries() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().join("new");
        let config = Config::new(env(&[("DOCKER_CONFIG", home.to_str().unwrap())]), None).unwrap();
        assert_eq!(config.erase_login().unwrap(), None);
        let path = home.join("config.json");
        assert_eq!(
            config.store_login("u", "p").unwrap(),
            Store::File(path.clone())
        );
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&home), 0o700);
        assert_eq!(config.authorization().unwrap(), "Basic dTpw");
        std::fs::write(
            &path,
            r#"{"z": 1, "auths": {"x.io": {"auth": "eDp5"}}, "a": [true]}"#,
        )
        .unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        config.store_login("v", "q").unwrap();
        assert_eq!(mode(&path), 0o600);
        let text = std::fs::read_to_string(&path).unwrap();
        let keys: Vec<&str> = [
            "\"z\"",
            "\"x.io\"",
            "\"https://index.docker.io/v1/\"",
            "\"a\"",
        ]
        .into_iter()
        .filter(|key| text.contains(key))
        .collect();
        assert_eq!(keys.len(), 4, "{text}");
        assert!(text.find("\"z\"") < text.find("\"a\""), "{text}");
        assert_eq!(config.authorization().unwrap(), "Basic djpx");
        assert_eq!(
            config.erase_login().unwrap(),
            Some(Store::File(path.clone()))
        );
        assert_eq!(config.erase_login().unwrap(), None);
        let left: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            left,
            serde_json::json!({"z": 1, "auths": {"x.io": {"auth": "eDp5"}}, "a": [true]})
        );
        assert_eq!(
            std::fs::read_dir(&home).unwrap().count(),
            1,
            "no temporary file is left"
        );
        std::fs::write(&path, "[1]").unwrap();
        assert!(config.store_login("u", "p").is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "[1]");
    }

    #[test]
    fn a_linked_config_file_is_updated_where_it_lives() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("dotfiles").join("docker.json");
        std::fs::create_dir_all(real.parent().unwrap()).unwrap();
        std::fs::write(&real, r#"{"keep": true}"#).unwrap();
        let home = dir.path().join("docker");
        std::fs::create_dir_all(&home).unwrap();
        std::os::unix::fs::symlink(&real, home.join("config.json")).unwrap();
        let config = Config::new(env(&[("DOCKER_CONFIG", home.to_str().unwrap())]), None).unwrap();
        config.store_login("u", "p").unwrap();
        assert!(std::fs::symlink_metadata(home.join("config.json"))
            .unwrap()
            .file_type()
            .is_symlink());
        let stored: Value = serde_json::from_str(&std::fs::read_to_string(&real).unwrap()).unwrap();
        assert_eq!(stored["keep"], true);
        assert_eq!(stored["auths"][REGISTRY]["auth"], "dTpw");
    }
}
