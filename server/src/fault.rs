//! Fault injection for reliability tests: error replies, throttling, delays, drops.
//!
//! A rule is a comma-separated list of `key[=value]` items with exactly one fault:
//!
//! | fault | effect |
//! |---|---|
//! | `status=CODE` | reply `CODE` (400–599) with `{"error": ...}`; add `retry-after=SECS` for a `Retry-After` header |
//! | `delay=DURATION` | wait before handling (`300ms`, `2s`, `1.5s`; a bare number is milliseconds) |
//! | `drop` | close the connection without a complete reply |
//! | `truncate` | cut the reply body to half its length (the reply itself stays well-formed) |
//! | `malformed` | prefix the reply body with `)]}',` so it no longer parses as JSON |
//! | `ws-drop=N` | close a WebSocket stream abruptly (no close frame) after it sent N messages |
//!
//! and optional scoping: `path=GLOB` (`*` matches any characters, `/` included; default
//! every path), `rate=P` (probability 0–1 that a matching request is hit; default 1) and
//! `count=N` (at most N hits in total). Rules apply in the order given: delays add up, the
//! first `status` or `drop` ends the request, the first body fault rewrites the reply.
//! `docs/server-faults.md` has the full description and examples.

use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;

/// One `--fault` rule.
#[derive(Clone, Debug)]
pub struct Rule {
    fault: Fault,
    path: String,
    rate: f64,
    /// Hits left when the rule has a `count`, shared by the clones of the rule.
    remaining: Option<Arc<AtomicU64>>,
}

#[derive(Clone, Debug, PartialEq)]
enum Fault {
    Status {
        code: StatusCode,
        retry_after: Option<u64>,
    },
    Delay(Duration),
    Drop,
    Truncate,
    Malformed,
    WsDrop(u64),
}

/// Request extension set when a `ws-drop` rule hits a request: the stream must end
/// abruptly after sending this many messages.
#[derive(Clone, Copy, Debug)]
pub struct WsDrop(pub u64);

const KEYS: &str =
    "status, retry-after, delay, drop, truncate, malformed, ws-drop, path, rate, count";

impl FromStr for Rule {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_rule(s).map_err(|e| format!("invalid fault rule '{s}': {e}"))
    }
}

fn parse_rule(s: &str) -> Result<Rule, String> {
    let mut fault = None;
    let mut retry_after = None;
    let mut path = "*".to_string();
    let mut rate = 1.0;
    let mut count = None;
    for item in s.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        let (key, value) = match item.split_once('=') {
            Some((k, v)) => (k.trim(), Some(v.trim())),
            None => (item, None),
        };
        let need = || value.ok_or_else(|| format!("'{key}' needs a value"));
        let flag = |f: Fault| match value {
            None => Ok(f),
            Some(_) => Err(format!("'{key}' takes no value")),
        };
        let new_fault = match key {
            "status" => {
                let code = need()?
                    .parse::<u16>()
                    .ok()
                    .filter(|c| (400..=599).contains(c))
                    .and_then(|c| StatusCode::from_u16(c).ok())
                    .ok_or("status must be a number from 400 to 599")?;
                Some(Fault::Status {
                    code,
                    retry_after: None,
                })
            }
            "delay" => Some(Fault::Delay(parse_duration(need()?)?)),
            "drop" => Some(flag(Fault::Drop)?),
            "truncate" => Some(flag(Fault::Truncate)?),
            "malformed" => Some(flag(Fault::Malformed)?),
            "ws-drop" => Some(Fault::WsDrop(parse_count(key, need()?)?)),
            "retry-after" => {
                retry_after = Some(parse_count(key, need()?)?);
                None
            }
            "path" => {
                let glob = need()?;
                if !glob.starts_with('/') && !glob.starts_with('*') {
                    return Err("path must start with '/' or '*'".into());
                }
                path = glob.to_string();
                None
            }
            "rate" => {
                rate = need()?
                    .parse::<f64>()
                    .ok()
                    .filter(|r| (0.0..=1.0).contains(r))
                    .ok_or("rate must be a number from 0 to 1")?;
                None
            }
            "count" => {
                count = Some(parse_count(key, need()?)?);
                None
            }
            _ => return Err(format!("unknown key '{key}' (expected one of: {KEYS})")),
        };
        if let Some(f) = new_fault {
            if fault.is_some() {
                return Err("more than one fault in one rule (use several --fault)".into());
            }
            fault = Some(f);
        }
    }
    let mut fault =
        fault.ok_or("no fault given (status, delay, drop, truncate, malformed or ws-drop)")?;
    if let Some(secs) = retry_after {
        match &mut fault {
            Fault::Status { retry_after, .. } => *retry_after = Some(secs),
            _ => return Err("retry-after only goes with status".into()),
        }
    }
    Ok(Rule {
        fault,
        path,
        rate,
        remaining: count.map(|n| Arc::new(AtomicU64::new(n))),
    })
}

fn parse_count(key: &str, value: &str) -> Result<u64, String> {
    value
        .parse()
        .map_err(|_| format!("'{key}' must be a whole number"))
}

/// `300ms`, `2s`, `1.5s`, or a bare number of milliseconds.
fn parse_duration(value: &str) -> Result<Duration, String> {
    let bad = || format!("bad duration '{value}' (examples: 300ms, 2s)");
    let (number, scale) = if let Some(n) = value.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = value.strip_suffix('s') {
        (n, 1.0)
    } else {
        (value, 0.001)
    };
    let n: f64 = number.trim().parse().map_err(|_| bad())?;
    if !(0.0..=3600.0).contains(&(n * scale)) {
        return Err(bad());
    }
    Ok(Duration::from_secs_f64(n * scale))
}

/// Whether `path` matches `glob`, where `*` stands for any run of characters.
fn glob_match(glob: &str, path: &str) -> bool {
    let (g, p) = (glob.as_bytes(), path.as_bytes());
    let (mut gi, mut pi) = (0, 0);
    let mut backtrack: Option<(usize, usize)> = None;
    while pi < p.len() {
        if gi < g.len() && g[gi] == b'*' {
            backtrack = Some((gi, pi));
            gi += 1;
        } else if gi < g.len() && g[gi] == p[pi] {
            gi += 1;
            pi += 1;
        } else if let Some((star, from)) = backtrack {
            gi = star + 1;
            pi = from + 1;
            backtrack = Some((star, from + 1));
        } else {
            return false;
        }
    }
    g[gi..].iter().all(|&c| c == b'*')
}

impl Rule {
    /// Decides whether this rule hits a request for `path`, using up one of its `count`.
    fn hits(&self, path: &str) -> bool {
        if !glob_match(&self.path, path) || (self.rate < 1.0 && fastrand::f64() >= self.rate) {
            return false;
        }
        match &self.remaining {
            None => true,
            Some(left) => left
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                .is_ok(),
        }
    }
}

/// Wraps the router with the given rules (none: unchanged).
pub fn apply(router: Router, rules: Vec<Rule>) -> Router {
    if rules.is_empty() {
        return router;
    }
    let rules: Arc<[Rule]> = rules.into();
    router.layer(axum::middleware::from_fn_with_state(rules, inject))
}

async fn inject(State(rules): State<Arc<[Rule]>>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let mut rewrite = None;
    for rule in rules.iter().filter(|r| r.hits(&path)) {
        match &rule.fault {
            Fault::Delay(d) => tokio::time::sleep(*d).await,
            Fault::Status { code, retry_after } => return error_reply(*code, *retry_after),
            Fault::Drop => return dropped_reply(),
            Fault::Truncate | Fault::Malformed => {
                rewrite.get_or_insert(rule.fault.clone());
            }
            Fault::WsDrop(n) => {
                req.extensions_mut().insert(WsDrop(*n));
            }
        }
    }
    let reply = next.run(req).await;
    match rewrite {
        Some(fault) if reply.status() != StatusCode::SWITCHING_PROTOCOLS => {
            rewrite_body(reply, &fault).await
        }
        _ => reply,
    }
}

fn error_reply(code: StatusCode, retry_after: Option<u64>) -> Response {
    let message = format!(
        "{} (injected fault)",
        code.canonical_reason().unwrap_or("error")
    );
    let mut reply = (code, axum::Json(serde_json::json!({ "error": message }))).into_response();
    if let Some(secs) = retry_after {
        reply
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    reply
}

/// A reply announcing a body it never sends: the server closes the connection before the
/// reply is complete, which the client sees as a broken connection.
fn dropped_reply() -> Response {
    let never_sent = Body::from_stream(Body::empty().into_data_stream());
    let mut reply = Response::new(never_sent);
    reply
        .headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(1_000_000u32));
    reply
}

async fn rewrite_body(reply: Response, fault: &Fault) -> Response {
    let (mut parts, body) = reply.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return dropped_reply();
    };
    let new_body = if *fault == Fault::Truncate {
        bytes.slice(..bytes.len() / 2)
    } else {
        [b")]}',\n".as_slice(), &bytes].concat().into()
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(new_body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(s: &str) -> Rule {
        s.parse().unwrap()
    }

    #[test]
    fn parses_each_fault() {
        let r = rule("status=429,retry-after=2,path=/api/app/*");
        assert_eq!(
            r.fault,
            Fault::Status {
                code: StatusCode::TOO_MANY_REQUESTS,
                retry_after: Some(2)
            }
        );
        assert_eq!(r.path, "/api/app/*");
        assert_eq!(
            rule("delay=300ms").fault,
            Fault::Delay(Duration::from_millis(300))
        );
        assert_eq!(
            rule("delay=1.5s").fault,
            Fault::Delay(Duration::from_millis(1500))
        );
        assert_eq!(
            rule("delay=20").fault,
            Fault::Delay(Duration::from_millis(20))
        );
        assert_eq!(rule("drop,rate=0.3").rate, 0.3);
        assert_eq!(rule("truncate").fault, Fault::Truncate);
        assert_eq!(rule("malformed").fault, Fault::Malformed);
        assert_eq!(rule("ws-drop=5,path=/api/audit/*").fault, Fault::WsDrop(5));
    }

    #[test]
    fn rejects_bad_rules_with_one_line() {
        for bad in [
            "",
            "status=200",
            "status=abc",
            "rate=2,drop",
            "drop,truncate",
            "retry-after=3,drop",
            "delay=fast",
            "drop=1",
            "path=api,drop",
            "bogus",
            "count=-1,drop",
        ] {
            let err = bad.parse::<Rule>().unwrap_err();
            assert!(err.starts_with("invalid fault rule"), "{bad}: {err}");
            assert!(!err.contains('\n'), "{bad}: {err}");
        }
    }

    #[test]
    fn globs_match_paths() {
        assert!(glob_match("*", "/anything/at/all"));
        assert!(glob_match("/api/app/*", "/api/app/v1/service/"));
        assert!(!glob_match("/api/app/*", "/api/audit/v1/action/"));
        assert!(glob_match("/api/*/service/*", "/api/app/v1/ns/service/x/"));
        assert!(glob_match("*/logs/", "/api/app/v1/container/u/logs/"));
        assert!(!glob_match("*/logs/", "/api/app/v1/container/u/logs"));
        assert!(glob_match("/a/b", "/a/b"));
        assert!(!glob_match("/a/b", "/a/bc"));
    }

    #[test]
    fn count_limits_hits_across_clones() {
        let r = rule("drop,count=2,path=/x*");
        let copy = r.clone();
        assert!(!r.hits("/y"));
        assert!(r.hits("/x"));
        assert!(copy.hits("/x1"));
        assert!(!r.hits("/x"));
        assert!(!rule("drop,rate=0").hits("/x"));
    }
}
