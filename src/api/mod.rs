//! The blocking HTTP layer: one [`Client`] holding the connection pool, hosts, namespace and
//! credentials; URL building from the resource table; paging; retries; error mapping.

pub mod page;
pub mod resolve;
pub mod resource;

use std::cell::OnceCell;
use std::collections::HashSet;
use std::io::Write;
use std::mem::ManuallyDrop;
use std::time::Duration;

use reqwest::blocking::{Client as Http, RequestBuilder};
use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::config::{hosts, Config, Dialect};
use crate::error::{Error, Result};
use crate::key;
use page::Fields;
use resource::Resource;

/// The response header naming the action an operation started.
const ACTION_HEADER: &str = "X-DockerCloud-Action-URI";
/// Its Tutum name.
const TUTUM_ACTION_HEADER: &str = "X-Tutum-Action-URI";
/// Objects requested per list page (the server may answer with fewer).
pub const PAGE_SIZE: usize = 250;
/// Attempts for one request that keeps failing in a retryable way.
const ATTEMPTS: u32 = 3;
/// What precedes the status in the error of a reply with an error status (see
/// [`status_error`]: `MESSAGE (status 404, GET /path/)`).
const STATUS_MARK: &str = " (status ";

/// Whether `error` is the server refusing a request (a 4xx status): asking again will not
/// help, unlike a network error or a 5xx.
pub fn is_refusal(error: &Error) -> bool {
    error
        .message
        .rsplit_once(STATUS_MARK)
        .is_some_and(|(_, rest)| rest.starts_with('4'))
}

/// Redirects followed for one request.
const MAX_REDIRECTS: usize = 10;
/// The longest `Retry-After` honoured, in seconds.
const MAX_RETRY_AFTER: u64 = 10;

/// A successful reply: the JSON object (absent for an empty body or 204) and the action URI.
#[derive(Debug, Default)]
pub struct Reply {
    /// The response object, if the body held one.
    pub body: Option<Value>,
    /// The `X-DockerCloud-Action-URI` (Tutum: `X-Tutum-Action-URI`) header, if present and
    /// non-empty.
    pub action_uri: Option<String>,
}

/// A successful reply as received: its status, body text and action URI.
struct TextReply {
    status: StatusCode,
    text: String,
    action_uri: Option<String>,
}

/// The Docker Cloud REST client.
pub struct Client {
    /// Never dropped: dropping it shuts down and joins its runtime thread, which the process's
    /// exit after the command ends anyway.
    http: ManuallyDrop<Http>,
    config: Config,
    authorization: OnceCell<String>,
    debug: bool,
}

impl Client {
    /// A client for these hosts; `debug` traces every exchange on stderr (credentials
    /// redacted).
    pub fn new(config: Config, debug: bool) -> Result<Client> {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        let mut builder = Http::builder()
            .user_agent(concat!("docker-cloud/", env!("CARGO_PKG_VERSION")))
            .default_headers(headers)
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .redirect(reqwest::redirect::Policy::custom(same_origin_redirects));
        if config.rest_host.starts_with("https:") {
            builder = builder.use_preconfigured_tls(crate::tls::client_config()?.as_ref().clone());
        } else {
            // Plain HTTP never needs the system's root certificates; skip loading them.
            builder = builder.tls_built_in_root_certs(false);
        }
        let http = builder
            .build()
            .map_err(|e| Error::failure(format!("cannot set up HTTP: {}", chain(&e))))?;
        Ok(Client {
            http: ManuallyDrop::new(http),
            config,
            authorization: OnceCell::new(),
            debug,
        })
    }

    /// The hosts and namespace in use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The `Authorization` value, resolved on first use.
    pub fn authorization(&self) -> Result<&str> {
        if let Some(value) = self.authorization.get() {
            return Ok(value);
        }
        let value = self.config.authorization()?;
        if HeaderValue::from_str(&value).is_err() {
            return Err(Error::auth(
                "the credentials contain characters not allowed in an HTTP header",
            ));
        }
        Ok(self.authorization.get_or_init(|| value))
    }

    /// Fails with a usage error when the dialect in use lacks `resource` (before any
    /// request).
    pub fn require(&self, resource: &Resource) -> Result<()> {
        if self.config.dialect == Dialect::Dockercloud && !resource.docker_cloud {
            return Err(Error::usage(format!(
                "{} is only available with the Tutum API (--api tutum)",
                resource.tutum
            )));
        }
        Ok(())
    }

    /// `/api/<subsystem>/v1/[ns/]<endpoint>/`; Tutum: `/api/v1/<endpoint>/`.
    pub fn collection_path(&self, resource: &Resource) -> String {
        key::path(self.collection_segments(resource).into_iter().chain([""]))
    }

    /// `/api/<subsystem>/v1/[ns/]<endpoint>/<key>/`: a repository name's slashes separate
    /// segments.
    pub fn object_path(&self, resource: &Resource, key: &str) -> String {
        self.nested_path(resource, key, &[])
    }

    /// The path of `nested` under an object (`<object path>tag/5.6/`).
    pub fn nested_path(&self, resource: &Resource, key: &str, nested: &[&str]) -> String {
        let segments = self
            .collection_segments(resource)
            .into_iter()
            .chain(key.split('/'));
        key::path(segments.chain(nested.iter().copied()).chain([""]))
    }

    /// The path segments of `resource`'s collection, unencoded.
    fn collection_segments<'a>(&'a self, resource: &'a Resource) -> Vec<&'a str> {
        if self.config.dialect == Dialect::Tutum {
            return vec!["api", "v1", resource.tutum];
        }
        let namespace = self.config.namespace.as_deref();
        ["api", resource.subsystem, "v1"]
            .into_iter()
            .chain(namespace.filter(|_| resource.namespaced))
            .chain([resource.endpoint])
            .collect()
    }

    /// The stream URL of `<endpoint>/<pk>/<what>/` (`logs`, `exec`), or of the event stream
    /// when `object` is `None`: `<stream host>/api/.../` in Docker Cloud, `<stream
    /// host>/v1/...` in Tutum. Tutum's query authentication is added when connecting.
    pub fn stream_url(&self, object: Option<(&Resource, &str, &str)>) -> String {
        let host = &self.config.stream_host;
        let path = match (self.config.dialect, object) {
            (Dialect::Tutum, None) => key::path(["v1", "events", ""]),
            (Dialect::Tutum, Some((resource, pk, what))) => {
                key::path(["v1", resource.tutum, pk, what, ""])
            }
            (Dialect::Dockercloud, None) => {
                let ns = self.config.namespace.as_deref();
                key::path(
                    ["api", "audit", "v1"]
                        .into_iter()
                        .chain(ns)
                        .chain(["events"]),
                )
            }
            (Dialect::Dockercloud, Some((resource, pk, what))) => {
                self.nested_path(resource, pk, &[what])
            }
        };
        format!("{host}{path}")
    }

    /// The full URL for an API path (`/api/...`, optionally with a query) or for an absolute
    /// URL on the REST host; the REST host's own path prefix is kept.
    fn url(&self, path: &str, query: &[(&str, &str)]) -> Result<url::Url> {
        let text = if path.starts_with("http://") || path.starts_with("https://") {
            if !same_origin(&self.config.rest_host, path) {
                return Err(Error::failure(format!(
                    "the server sent a link to another host: {}",
                    hosts::without_credentials(path)
                )));
            }
            path.to_string()
        } else {
            let path = if path.starts_with('/') {
                path.to_string()
            } else {
                format!("/{path}")
            };
            format!("{}{path}", self.config.rest_host)
        };
        let mut url = url::Url::parse(&text)
            .map_err(|e| Error::failure(format!("invalid URL '{text}': {e}")))?;
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        Ok(url)
    }

    /// `GET path?query`.
    pub fn get(&self, path: &str, query: &[(&str, &str)]) -> Result<Reply> {
        self.send(Method::GET, path, query, None)
    }

    /// `GET path`, or `None` when the server answers 404.
    pub fn get_optional(&self, path: &str) -> Result<Option<Reply>> {
        let url = self.url(path, &[])?;
        self.exchange(Method::GET, url, None, true)
    }

    /// `POST path?query` with an optional JSON body.
    pub fn post(&self, path: &str, query: &[(&str, &str)], body: Option<&Value>) -> Result<Reply> {
        self.send(Method::POST, path, query, body)
    }

    /// `PATCH path` with a JSON body.
    pub fn patch(&self, path: &str, body: &Value) -> Result<Reply> {
        self.send(Method::PATCH, path, &[], Some(body))
    }

    /// `DELETE path`.
    pub fn delete(&self, path: &str) -> Result<Reply> {
        self.send(Method::DELETE, path, &[], None)
    }

    fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Result<Reply> {
        let url = self.url(path, query)?;
        // Without `allow_404` every non-2xx status is an error, so a reply is always there.
        self.exchange(method, url, body, false)?
            .ok_or_else(|| Error::failure("no reply"))
    }

    /// Lists a resource page by page, calling `page` with each page's objects (parsed for
    /// `fields`) until it returns `false` or the last page is reached. `limit` is the page
    /// size asked for.
    pub fn list(
        &self,
        resource: &Resource,
        filters: &[(&str, &str)],
        limit: usize,
        fields: Fields,
        page: impl FnMut(Vec<Value>) -> Result<bool>,
    ) -> Result<()> {
        self.list_at(
            &self.collection_path(resource),
            filters,
            limit,
            fields,
            page,
        )
    }

    /// Lists the collection at `path` like [`Client::list`].
    pub fn list_at(
        &self,
        path: &str,
        filters: &[(&str, &str)],
        limit: usize,
        fields: Fields,
        mut page: impl FnMut(Vec<Value>) -> Result<bool>,
    ) -> Result<()> {
        let limit = limit.to_string();
        let mut query = filters.to_vec();
        query.push(("limit", &limit));
        let mut url = self.url(path, &query)?;
        let mut seen = HashSet::new();
        loop {
            seen.insert(url.to_string());
            // Without `allow_404` every non-2xx status is an error, so a reply is always there.
            let reply = self
                .exchange_text(&Method::GET, &url, None, false)?
                .ok_or_else(|| Error::failure("no reply"))?;
            let page::Page { objects, next } = page::parse(&reply.text, fields, &url, || {
                parse_body(&Method::GET, &url, reply.status, &reply.text)
            })?;
            let empty = objects.is_empty();
            if !page(objects)? {
                return Ok(());
            }
            let Some(next) = next else {
                return Ok(());
            };
            let next_url = self.url(&next, &[])?;
            if empty || seen.contains(next_url.as_str()) {
                return Err(Error::failure(format!(
                    "the server's paging does not advance (GET {url} links to {next})"
                )));
            }
            url = next_url;
        }
    }

    /// Sends one request, retrying what is safe to retry, and maps the outcome. With
    /// `allow_404` a 404 gives `Ok(None)`.
    fn exchange(
        &self,
        method: Method,
        url: url::Url,
        body: Option<&Value>,
        allow_404: bool,
    ) -> Result<Option<Reply>> {
        let Some(reply) = self.exchange_text(&method, &url, body, allow_404)? else {
            return Ok(None);
        };
        let body = parse_body(&method, &url, reply.status, &reply.text)?;
        Ok(Some(Reply {
            body,
            action_uri: reply.action_uri,
        }))
    }

    /// [`Client::exchange`] up to the reply's text, left unparsed.
    fn exchange_text(
        &self,
        method: &Method,
        url: &url::Url,
        body: Option<&Value>,
        allow_404: bool,
    ) -> Result<Option<TextReply>> {
        let authorization = self.authorization()?.to_string();
        let idempotent = *method == Method::GET;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let request = self.request(method, url, body, &authorization);
            self.trace_request(method, url, body);
            let response = match request.send() {
                Ok(response) => response,
                Err(e) => {
                    // A failed connect never reached the server; anything else may have.
                    if attempt < ATTEMPTS && !e.is_builder() && (idempotent || e.is_connect()) {
                        self.trace(&format!("* {} (retrying)", chain(&e)));
                        std::thread::sleep(backoff(attempt));
                        continue;
                    }
                    return Err(network_error(method, url, &e));
                }
            };
            let status = response.status();
            let retry_after = header_text(response.headers(), RETRY_AFTER.as_str())
                .and_then(|text| text.trim().parse::<u64>().ok());
            let action_header = match self.config.dialect {
                Dialect::Dockercloud => ACTION_HEADER,
                Dialect::Tutum => TUTUM_ACTION_HEADER,
            };
            let action_uri = header_text(response.headers(), action_header)
                .filter(|uri| !uri.is_empty())
                .map(str::to_string);
            let headers = self.debug.then(|| response.headers().clone());
            let text = match crate::bounded::read_limited(response, crate::bounded::MAX_REPLY) {
                Ok(text) => text,
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    return Err(Error::failure(format!("{method} {url}: the reply is {e}")))
                }
                Err(e) if idempotent && attempt < ATTEMPTS => {
                    self.trace(&format!("* {} (retrying)", chain(&e)));
                    std::thread::sleep(backoff(attempt));
                    continue;
                }
                Err(e) => return Err(network_error(method, url, &e)),
            };
            if let Some(headers) = &headers {
                self.trace_response(status, headers, &text);
            }
            let retryable = status == StatusCode::TOO_MANY_REQUESTS
                || (idempotent
                    && matches!(
                        status,
                        StatusCode::BAD_GATEWAY
                            | StatusCode::SERVICE_UNAVAILABLE
                            | StatusCode::GATEWAY_TIMEOUT
                    ));
            if retryable && attempt < ATTEMPTS {
                let wait = match retry_after {
                    Some(secs) => Duration::from_secs(secs.min(MAX_RETRY_AFTER)),
                    None => backoff(attempt),
                };
                std::thread::sleep(wait);
                continue;
            }
            if status == StatusCode::UNAUTHORIZED {
                return Err(self.config.not_authorized());
            }
            if status == StatusCode::NOT_FOUND && allow_404 {
                return Ok(None);
            }
            if !status.is_success() {
                return Err(Error::failure(status_error(
                    status.as_u16(),
                    method.as_str(),
                    url.path(),
                    &text,
                )));
            }
            return Ok(Some(TextReply {
                status,
                text,
                action_uri,
            }));
        }
    }

    fn request(
        &self,
        method: &Method,
        url: &url::Url,
        body: Option<&Value>,
        authorization: &str,
    ) -> RequestBuilder {
        let mut request = self
            .http
            .request(method.clone(), url.clone())
            .header(AUTHORIZATION, authorization);
        if let Some(body) = body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.to_string());
        }
        request
    }

    /// Writes one `--debug` line on stderr.
    pub fn trace(&self, text: &str) {
        if self.debug {
            let _ = writeln!(std::io::stderr(), "{text}");
        }
    }

    fn trace_request(&self, method: &Method, url: &url::Url, body: Option<&Value>) {
        if !self.debug {
            return;
        }
        let mut text = format!(
            "> {method} {url}\n> User-Agent: docker-cloud/{}\n> Accept: application/json\n\
             > Authorization: <redacted>",
            env!("CARGO_PKG_VERSION")
        );
        if let Some(body) = body {
            let body = redact_secrets(body);
            text.push_str(&format!("\n> Content-Type: application/json\n> {body}"));
        }
        self.trace(&text);
    }

    fn trace_response(&self, status: StatusCode, headers: &HeaderMap, text: &str) {
        let mut trace = format!("< {status}");
        for (name, value) in headers {
            let value = if name == AUTHORIZATION || name == reqwest::header::SET_COOKIE {
                "<redacted>"
            } else {
                value.to_str().unwrap_or("<binary>")
            };
            trace.push_str(&format!("\n< {name}: {value}"));
        }
        if !text.is_empty() {
            trace.push_str(&format!("\n< {text}"));
        }
        self.trace(&trace);
    }
}

/// Keys whose values `--debug` traces never show (compared ignoring ASCII case).
const SECRET_KEYS: [&str; 4] = ["password", "secret", "apikey", "token"];

/// A copy of `value` for traces: the value of every [`SECRET_KEYS`] key, at any depth, is
/// `"<redacted>"`.
pub fn redact_secrets(value: &Value) -> Value {
    match value {
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(key, field)| {
                    let field = if SECRET_KEYS.iter().any(|s| key.eq_ignore_ascii_case(s)) {
                        Value::from("<redacted>")
                    } else {
                        redact_secrets(field)
                    };
                    (key.clone(), field)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redact_secrets).collect()),
        other => other.clone(),
    }
}

/// Redirects are followed (at most [`MAX_REDIRECTS`]) only within the origin they start
/// from, so that neither the credentials nor a request body (which a 307 or 308 sends again)
/// reach another host, port or scheme; any other redirect is an error.
fn same_origin_redirects(attempt: reqwest::redirect::Attempt) -> reqwest::redirect::Action {
    let previous = attempt.previous().last().map(url::Url::origin);
    if previous != Some(attempt.url().origin()) {
        let target = hosts::without_credentials(attempt.url().as_str());
        return attempt.error(format!("refused a redirect to another origin: {target}"));
    }
    if attempt.previous().len() > MAX_REDIRECTS {
        return attempt.error("too many redirects");
    }
    attempt.follow()
}

/// Whether `link` is on the REST host `base`: the same scheme, host and port (compared
/// parsed, not as text, so `:40017` is not `:4001`), no credentials of its own, and under the
/// base's path.
fn same_origin(base: &str, link: &str) -> bool {
    let (Ok(base), Ok(link)) = (url::Url::parse(base), url::Url::parse(link)) else {
        return false;
    };
    let prefix = base.path().trim_end_matches('/');
    link.origin() == base.origin()
        && link.username().is_empty()
        && link.password().is_none()
        && (prefix.is_empty()
            || link.path() == prefix
            || link.path().starts_with(&format!("{prefix}/")))
}

/// A header's value as text, if present and valid.
fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Exponential back-off with jitter: about 250 ms, 500 ms, 1 s, capped at 2 s.
fn backoff(attempt: u32) -> Duration {
    let base = 250u64
        .saturating_mul(1 << attempt.saturating_sub(1).min(3))
        .min(2000);
    Duration::from_millis(base + fastrand::u64(0..=base / 4))
}

/// The body of a 2xx reply: nothing for 204 or an empty body, else a JSON object.
fn parse_body(
    method: &Method,
    url: &url::Url,
    status: StatusCode,
    text: &str,
) -> Result<Option<Value>> {
    if status == StatusCode::NO_CONTENT || text.trim().is_empty() {
        return Ok(None);
    }
    match serde_json::from_str::<Value>(text) {
        Ok(value @ Value::Object(_)) => Ok(Some(value)),
        Ok(_) => Err(Error::failure(format!(
            "JSON Parse Error ({method} {url}). Response: {}",
            one_line(text)
        ))),
        Err(e) => Err(Error::failure(format!(
            "Invalid JSON in the response ({method} {url}): {e}"
        ))),
    }
}

/// An error reply as one line: the server's message first (`error`, `detail` or `message`
/// of a JSON body, else the fields it names, else the body's text, else the status's name),
/// then the status, method and path: `Service is not running (status 400, POST
/// /api/app/v1/service/…/stop/)`. The path carries no query, so no secret of a stream URL.
pub fn status_error(status: u16, method: &str, path: &str, body: &str) -> String {
    let message = match serde_json::from_str::<Value>(body) {
        Ok(Value::Object(fields)) => ["error", "detail", "message"]
            .iter()
            .find_map(|key| fields.get(*key).and_then(Value::as_str))
            .map(str::to_string)
            .or_else(|| {
                let named: Vec<String> = fields
                    .iter()
                    .map(|(key, value)| match value {
                        Value::String(text) => format!("{key}: {text}"),
                        Value::Array(items) => {
                            let texts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                            format!("{key}: {}", texts.join(", "))
                        }
                        other => format!("{key}: {other}"),
                    })
                    .collect();
                (!named.is_empty()).then(|| named.join("; "))
            }),
        _ => Some(body.to_string()).filter(|text| !text.trim().is_empty()),
    };
    let message = message.map(|text| one_line(&text)).unwrap_or_else(|| {
        StatusCode::from_u16(status)
            .ok()
            .and_then(|code| code.canonical_reason())
            .unwrap_or("Error")
            .to_string()
    });
    format!("{message}{STATUS_MARK}{status}, {method} {path})")
}

/// A network failure as one line.
fn network_error(
    method: &Method,
    url: &url::Url,
    error: &(dyn std::error::Error + 'static),
) -> Error {
    let mut cause = Some(error);
    let mut timed_out = false;
    while let Some(e) = cause {
        timed_out |= e
            .downcast_ref::<reqwest::Error>()
            .is_some_and(reqwest::Error::is_timeout)
            || e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::TimedOut);
        cause = e.source();
    }
    let what = if timed_out {
        "timed out".to_string()
    } else {
        chain(error)
    };
    Error::failure(format!("{method} {url} failed: {what}"))
}

/// An error's causes joined by `: ` (the outermost only when it has no cause), without
/// wrapper texts or repeats.
fn chain(error: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut source = error.source();
    while let Some(e) = source {
        let text = e.to_string();
        if !text.starts_with("client error") && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = e.source();
    }
    if parts.is_empty() {
        parts.push(error.to_string());
    }
    parts.join(": ")
}

/// Text squeezed onto one line and cut to a readable length.
fn one_line(text: &str) -> String {
    let flat: String = text
        .trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    const MAX: usize = 500;
    match flat.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}...", &flat[..end]),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, Dialect, Env};

    fn client(rest: &str, ns: Option<&str>) -> Client {
        let mut env = Env::default();
        env.set("DOCKERCLOUD_REST_HOST", rest);
        Client::new(Config::new(env, ns.map(str::to_string)).unwrap(), false).unwrap()
    }

    #[test]
    fn error_replies_put_the_servers_message_first() {
        let path = "/api/app/v1/service/x/start/";
        assert_eq!(
            status_error(400, "POST", path, r#"{"error": "Service is running"}"#),
            "Service is running (status 400, POST /api/app/v1/service/x/start/)"
        );
        assert_eq!(
            status_error(
                400,
                "POST",
                "/p/",
                r#"{"name": ["This field is required."]}"#
            ),
            "name: This field is required. (status 400, POST /p/)"
        );
        assert_eq!(
            status_error(502, "GET", "/p/", "<html>\nBad\n</html>"),
            "<html> Bad </html> (status 502, GET /p/)"
        );
        assert_eq!(
            status_error(500, "GET", "/p/", ""),
            "Internal Server Error (status 500, GET /p/)"
        );
    }

    #[test]
    fn only_a_4xx_reply_is_a_refusal() {
        let error = |status, body| Error::failure(status_error(status, "GET", "/p/", body));
        assert!(is_refusal(&error(404, "")));
        assert!(is_refusal(&error(400, "x (status 500, GET /q/)")));
        assert!(!is_refusal(&error(503, "x (status 400, GET /q/)")));
        assert!(!is_refusal(&Error::failure("connection refused")));
    }

    #[test]
    fn traced_bodies_hide_secret_values_at_any_depth() {
        let body = serde_json::json!({
            "name": "app",
            "Password": "p1",
            "nested": {"APIKEY": "k1", "list": [{"token": "t1", "Secret": {"x": 1}}]},
            "password_hint": "kept",
        });
        assert_eq!(
            redact_secrets(&body),
            serde_json::json!({
                "name": "app",
                "Password": "<redacted>",
                "nested": {"APIKEY": "<redacted>", "list": [{"token": "<redacted>", "Secret": "<redacted>"}]},
                "password_hint": "kept",
            })
        );
        let text = redact_secrets(&body).to_string();
        for secret in ["p1", "k1", "t1"] {
            assert!(!text.contains(secret), "{text}");
        }
    }

    #[test]
    fn tutum_paths_and_stream_urls() {
        let mut env = Env::default();
        env.set("TUTUM_REST_HOST", "http://h:1");
        let config = Config::for_dialect(env, None, Dialect::Tutum).unwrap();
        let c = Client::new(config, false).unwrap();
        assert_eq!(c.collection_path(&resource::SERVICE), "/api/v1/service/");
        assert_eq!(
            c.object_path(&resource::REPOSITORY, "tutum/mysql"),
            "/api/v1/image/tutum/mysql/"
        );
        assert_eq!(c.stream_url(None), "ws://h:1/v1/events/");
        assert_eq!(
            c.stream_url(Some((&resource::CONTAINER, "u", "exec"))),
            "ws://h:1/v1/container/u/exec/"
        );
        assert!(c.require(&resource::VOLUME).is_ok());
        let cloud = client("http://h:1", Some("team"));
        assert_eq!(cloud.stream_url(None), "ws://h:1/api/audit/v1/team/events");
        assert_eq!(
            cloud.stream_url(Some((&resource::ACTION, "u", "logs"))),
            "ws://h:1/api/audit/v1/action/u/logs/"
        );
        let refused = cloud.require(&resource::VOLUMEGROUP).unwrap_err();
        assert_eq!(refused.exit_code(), 2);
        assert_eq!(
            refused.message,
            "volumegroup is only available with the Tutum API (--api tutum)"
        );
    }

    #[test]
    fn paths_follow_the_resource_table() {
        let c = client("http://h:1/prefix/", Some("team"));
        assert_eq!(
            c.collection_path(&resource::SERVICE),
            "/api/app/v1/team/service/"
        );
        assert_eq!(
            c.url("/api/app/v1/service/x/", &[("a", "b c")])
                .unwrap()
                .as_str(),
            "http://h:1/prefix/api/app/v1/service/x/?a=b+c"
        );
        assert!(c.url("http://other/api/", &[]).is_err());
        assert!(c.url("http://h:1/prefix/api/x/?offset=2", &[]).is_ok());
        for foreign in [
            "http://h:10/prefix/api/",
            "http://h:1/prefixed/api/",
            "http://h:1/api/",
            "https://h:1/prefix/api/",
            "http://u:p@h:1/prefix/api/",
            "http://h:1@evil/prefix/api/",
        ] {
            assert!(c.url(foreign, &[]).is_err(), "{foreign}");
        }
        let bare = client("http://127.0.0.1:4001", None);
        assert!(bare.url("http://127.0.0.1:40017/api/", &[]).is_err());
        assert!(bare.url("http://127.0.0.1:4001/api/x/", &[]).is_ok());
        let plain = client("http://h:1", None);
        assert_eq!(
            plain.object_path(&resource::STACK, "u"),
            "/api/app/v1/stack/u/"
        );
    }

    /// Serves `body` as a 200 JSON reply to every request on a loopback port.
    fn serve(body: &'static str) -> String {
        use std::io::{BufRead, BufReader, Write as _};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(stream);
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let reply = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\
                     Content-Length: {}\r\n\r\n{body}",
                    body.len()
                );
                let _ = reader.get_mut().write_all(reply.as_bytes());
            }
        });
        url
    }

    #[test]
    fn paging_that_does_not_advance_is_an_error() {
        let mut env = Env::default();
        env.set("DOCKERCLOUD_USER", "u");
        env.set("DOCKERCLOUD_APIKEY", "k");
        for body in [
            r#"{"meta": {"next": "/api/app/v1/service/?limit=5"}, "objects": [{"uuid": "a"}]}"#,
            r#"{"meta": {"next": "/api/app/v1/service/?offset=9"}, "objects": []}"#,
        ] {
            let mut env = env.clone();
            env.set("DOCKERCLOUD_REST_HOST", &serve(body));
            let client = Client::new(Config::new(env, None).unwrap(), false).unwrap();
            let mut pages = 0;
            let result = client.list(&resource::SERVICE, &[], 5, Fields::All, |_| {
                pages += 1;
                Ok(true)
            });
            let err = result.unwrap_err();
            assert!(err.message.contains("does not advance"), "{err}");
            assert!(pages <= 2);
        }
    }

    #[test]
    fn bodies_lines_and_backoff() {
        let url = url::Url::parse("http://h/x/").unwrap();
        let ok = StatusCode::OK;
        assert!(parse_body(&Method::GET, &url, ok, "").unwrap().is_none());
        assert!(parse_body(&Method::GET, &url, ok, "[1]").is_err());
        assert!(parse_body(&Method::GET, &url, ok, "{\"a\":").is_err());
        assert_eq!(one_line("a\nb"), "a b");
        assert!(backoff(10) <= Duration::from_millis(2500));
    }
}
