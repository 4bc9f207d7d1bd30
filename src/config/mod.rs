//! Hosts, namespace, timeouts and credentials, read from the environment and the Docker
//! config file in the documented order.
//!
//! Hosts and timeouts are read once at start-up; credentials only when a command first
//! needs them, so `--help` and `--version` never run a credential helper. Credentials are
//! never handed out for a plain `http://`/`ws://` host that is not loopback unless the user
//! allowed it. `login` and `logout` write the Docker config file (or its credential helper)
//! the way `docker login` does.

mod basic_auth;
mod credential_helper;
mod dialect;
mod docker_config;
mod env;
pub mod hosts;
mod servers;
mod tutum;

use std::time::Duration;

use crate::error::{Error, Result};
use crate::key;
use basic_auth::basic;
pub use dialect::Dialect;
pub use docker_config::DockerConfig;
use docker_config::DOCKER_HUB;
pub use env::Env;
use hosts::{base_url, derive_stream_host, plain_remote_host};
pub use servers::{Server, Servers};

/// The default REST host.
const DEFAULT_REST_HOST: &str = "https://cloud.docker.com/";
/// The default stream (WebSocket) host.
const DEFAULT_STREAM_HOST: &str = "wss://ws.cloud.docker.com/";
/// Default seconds to wait for a response (overridable with `DOCKERCLOUD_TIMEOUT`).
const DEFAULT_TIMEOUT: u64 = 60;
/// Default seconds to wait for a connection (overridable with `DOCKERCLOUD_CONNECT_TIMEOUT`).
const DEFAULT_CONNECT_TIMEOUT: u64 = 10;
/// How to give credentials, said when none are configured.
const NO_CREDENTIALS: &str = "run `docker-cloud login`, or set DOCKERCLOUD_USER and \
DOCKERCLOUD_APIKEY (or DOCKERCLOUD_PASS), or DOCKERCLOUD_AUTH";
/// The variable that allows credentials over plain HTTP to hosts that are not loopback.
const INSECURE_HTTP: &str = "DOCKERCLOUD_INSECURE_HTTP";

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
        let (rest_host, stream_host, namespace) = match dialect {
            Dialect::Dockercloud => {
                let (rest_host, stream_host) = dockercloud_hosts(&env)?;
                let namespace = namespace
                    .filter(|ns| !ns.is_empty())
                    .or_else(|| env.get("DOCKERCLOUD_NAMESPACE").map(str::to_string));
                if let Some(ns) = &namespace {
                    key::namespace(ns)?;
                }
                (rest_host, stream_host, namespace)
            }
            Dialect::Tutum => {
                tutum::refuse_namespace(&env, namespace.as_deref())?;
                let (rest_host, stream_host) = tutum::hosts(&env)?;
                (rest_host, stream_host, None)
            }
        };
        Ok(Config {
            dialect,
            rest_host,
            stream_host,
            namespace,
            timeout: env.seconds("DOCKERCLOUD_TIMEOUT", DEFAULT_TIMEOUT)?,
            connect_timeout: env.seconds("DOCKERCLOUD_CONNECT_TIMEOUT", DEFAULT_CONNECT_TIMEOUT)?,
            insecure_http: env.flag(INSECURE_HTTP)?,
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
        Ok(match tutum::api_key(&self.env) {
            Some((user, key)) => vec![("user", user.to_string()), ("token", key.to_string())],
            None => vec![("auth", self.authorization()?)],
        })
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
            return tutum::authorization(&self.env);
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
        let token = match DockerConfig::locate(&self.env) {
            Some(file) => file.credentials(&self.credential_key())?,
            None => None,
        };
        token.map(|token| format!("Basic {token}")).ok_or_else(|| {
            Error::auth(format!(
                "Not logged in to {}: {NO_CREDENTIALS}",
                self.rest_host
            ))
        })
    }

    /// The error for credentials the server refused (401): `Not authorized`, and when they came
    /// from the Docker config file, which server's stored credentials those were and how to
    /// replace them.
    pub fn not_authorized(&self) -> Error {
        let from_file = self.login.is_none()
            && self.dialect == Dialect::Dockercloud
            && self.env_credentials().is_none();
        if from_file {
            let key = self.credential_key();
            let entry = if key == self.rest_host {
                String::new()
            } else {
                format!(" (as {key})")
            };
            Error::auth(format!(
                "Not authorized: {} refused the credentials stored for it{entry}; run \
                 `docker-cloud login` to replace them",
                self.rest_host
            ))
        } else {
            Error::auth("Not authorized")
        }
    }

    /// The Docker config entry holding this server's credentials: Docker Hub's for the
    /// default Docker Cloud host (as `docker login` stores them), the REST host's URL for
    /// any other, so that logging in to one server never touches another's credentials.
    pub fn credential_key(&self) -> String {
        if self.rest_host == DEFAULT_REST_HOST.trim_end_matches('/') {
            DOCKER_HUB.to_string()
        } else {
            self.rest_host.clone()
        }
    }

    /// The same settings for the server at `url` (given to `login` or `logout`), its stream
    /// host derived from it.
    pub fn at_server(&self, url: &str) -> Result<Config> {
        let rest_host = base_url("server", url)?;
        let stream_host = if rest_host == DEFAULT_REST_HOST.trim_end_matches('/') {
            DEFAULT_STREAM_HOST.trim_end_matches('/').to_string()
        } else {
            derive_stream_host(&rest_host)
        };
        Ok(Config {
            rest_host,
            stream_host,
            ..self.clone()
        })
    }

    /// The stream host when it was set by `DOCKERCLOUD_STREAM_HOST` (kept with a login).
    pub fn stream_host_set(&self) -> Option<&str> {
        self.env
            .get("DOCKERCLOUD_STREAM_HOST")
            .map(|_| self.stream_host.as_str())
    }

    /// Whether `DOCKERCLOUD_REST_HOST` chose the REST host.
    pub fn rest_host_from_env(&self) -> bool {
        self.env.get("DOCKERCLOUD_REST_HOST").is_some()
    }

    /// The servers `login` remembered.
    pub fn servers(&self) -> Result<Servers> {
        Servers::load(self.docker_config()?.dir())
    }

    /// The proxy URL a stream to `host` goes through (`tls`: `wss://`), from the
    /// environment (see [`crate::proxy`]).
    pub fn stream_proxy(&self, host: &str, tls: bool) -> Option<&str> {
        crate::proxy::choose(host, tls, &|name| self.env.get(name))
    }

    /// The Docker config file `login` and `logout` write; an error when neither
    /// `DOCKER_CONFIG` nor `HOME` locates it.
    pub fn docker_config(&self) -> Result<DockerConfig> {
        DockerConfig::locate(&self.env).ok_or_else(|| {
            Error::usage("cannot locate the Docker config file: set HOME or DOCKER_CONFIG")
        })
    }
}

/// The Docker Cloud REST and stream hosts: `DOCKERCLOUD_REST_HOST` and
/// `DOCKERCLOUD_STREAM_HOST` (derived from a custom REST host when unset); without
/// `DOCKERCLOUD_REST_HOST`, the server `login` remembered as current, else the default.
fn dockercloud_hosts(env: &Env) -> Result<(String, String)> {
    if env.get("DOCKERCLOUD_REST_HOST").is_none() {
        let dir = DockerConfig::locate(env);
        let servers = dir.map(|file| Servers::load(file.dir())).transpose()?;
        if let Some(server) = servers.as_ref().and_then(Servers::current) {
            let rest_host = base_url("the current server", &server.url)?;
            let stream_host = match (env.get("DOCKERCLOUD_STREAM_HOST"), &server.stream_host) {
                (Some(stream), _) => base_url("DOCKERCLOUD_STREAM_HOST", stream)?,
                (None, Some(stream)) => base_url("the current server's stream host", stream)?,
                (None, None) if rest_host == DEFAULT_REST_HOST.trim_end_matches('/') => {
                    DEFAULT_STREAM_HOST.trim_end_matches('/').to_string()
                }
                (None, None) => derive_stream_host(&rest_host),
            };
            return Ok((rest_host, stream_host));
        }
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
    Ok((rest_host, stream_host))
}

#[cfg(test)]
mod tests {
    use super::*;
    use env::env;

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
        assert_eq!(
            err.message,
            format!("Not logged in to https://cloud.docker.com: {NO_CREDENTIALS}")
        );
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
}
