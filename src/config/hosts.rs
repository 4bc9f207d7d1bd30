//! Host URLs: validating a configured base URL, the stream host of a REST host, and plain
//! HTTP hosts that are not loopback.

use std::net::Ipv6Addr;

use crate::error::{Error, Result};

/// Validates an `http(s)://` or `ws(s)://` base URL and drops its trailing slashes.
pub fn base_url(var: &str, value: &str) -> Result<String> {
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

/// A base URL given with its API path (`TUTUM_BASE_URL` ends in `/api/v1/`), without that
/// path.
pub fn strip_suffix(var: &str, value: &str, suffix: &str) -> Result<String> {
    let url = base_url(var, value)?;
    url.strip_suffix(suffix)
        .map(str::to_string)
        .ok_or_else(|| Error::usage(format!("{var}: '{value}' must end with {suffix}/")))
}

/// The stream host for a custom REST host: same host, port and path, `ws` for `http` and
/// `wss` for `https`.
pub fn derive_stream_host(rest_host: &str) -> String {
    if let Some(rest) = rest_host.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = rest_host.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        rest_host.to_string()
    }
}

/// The host of a plain `http://` or `ws://` URL whose host is not loopback (127.0.0.0/8,
/// `::1`, `localhost`); `None` for anything else.
pub fn plain_remote_host(url: &str) -> Option<String> {
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
