//! Host URLs: validating a configured base URL, the stream host of a REST host, and plain
//! HTTP hosts that are not loopback.

use std::net::Ipv6Addr;

use crate::error::{Error, Result};

/// Validates an `http(s)://` or `ws(s)://` base URL and drops its trailing slashes. A URL
/// holding credentials (`https://user:pass@host`) is refused, and no message shows them.
pub fn base_url(var: &str, value: &str) -> Result<String> {
    let shown = without_credentials(value);
    let parsed = url::Url::parse(value)
        .map_err(|e| Error::usage(format!("{var}: invalid URL '{shown}': {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https" | "ws" | "wss") || parsed.host().is_none() {
        return Err(Error::usage(format!("{var}: invalid URL '{shown}'")));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::usage(format!(
            "{var}: '{shown}' must not hold credentials; give them with DOCKERCLOUD_USER and \
             DOCKERCLOUD_APIKEY, or docker-cloud login"
        )));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(Error::usage(format!(
            "{var}: '{shown}' must not have a query or fragment"
        )));
    }
    Ok(value.trim_end_matches('/').to_string())
}

/// `url` for messages: whatever stands before an `@` in its authority (a user name and
/// password) replaced by `***`. Works on text that does not parse as a URL too.
pub fn without_credentials(url: &str) -> String {
    let (scheme, rest) = match url.find("://") {
        Some(at) => url.split_at(at + 3),
        None => ("", url),
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}***{}", &rest[at..]),
        None => url.to_string(),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_in_urls_are_refused_and_never_shown() {
        for url in [
            "https://u:s3cret@h",
            "https://u@h",
            "http://u:s3cret@[::1",
            "gopher://u:s3cret@h",
        ] {
            let message = base_url("V", url).unwrap_err().message;
            assert!(!message.contains("s3cret"), "{message}");
            assert!(message.starts_with("V: "), "{message}");
        }
        assert_eq!(
            without_credentials("https://u:p@w@h:1/a@b?c"),
            "https://***@h:1/a@b?c"
        );
        assert_eq!(without_credentials("h/x@y"), "h/x@y");
        assert_eq!(without_credentials("u:p@h"), "***@h");
        assert_eq!(base_url("V", "https://h:1/p/").unwrap(), "https://h:1/p");
    }

    /// Properties of credential hiding, over generated input.
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn credentials_never_show(
                scheme in "(https?|wss?|ftp)",
                user in "[a-z]{0,6}",
                secret in "s3c[a-zA-Z0-9@:%!]{6}",
                host in "[a-z.]{1,10}(:[0-9]{1,5})?",
                path in "(/[a-z@:]{0,6}){0,3}",
            ) {
                let url = format!("{scheme}://{user}:{secret}@{host}{path}");
                let hidden = without_credentials(&url);
                prop_assert!(!hidden.contains(&secret), "{}", hidden);
                prop_assert!(hidden.ends_with(&format!("{host}{path}")), "{}", hidden);
                if let Err(error) = base_url("V", &url) {
                    prop_assert!(!error.message.contains(&secret), "{}", error.message);
                } else {
                    prop_assert!(false, "accepted {}", url);
                }
            }
        }
    }
}
