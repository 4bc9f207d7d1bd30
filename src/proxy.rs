//! HTTP proxies for the WebSocket streams (the REST client's HTTP library reads the same
//! variables itself): which proxy a stream host goes through, and a tunnel through it with
//! `CONNECT`.
//!
//! `wss://` hosts use `https_proxy`/`HTTPS_PROXY`, `ws://` hosts `http_proxy`/`HTTP_PROXY`,
//! either falling back to `all_proxy`/`ALL_PROXY`; `no_proxy`/`NO_PROXY` lists the hosts
//! reached directly: `*` for all, else names and addresses, each also matching its
//! subdomains (`example.com` and `.example.com` both match `ws.example.com`).

use std::io::{self, BufRead, BufReader, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use base64::Engine;

/// The proxy URL for a stream to `host` (`tls`: `wss://`), if one applies; `env` reads a
/// variable.
pub fn choose<'a>(host: &str, tls: bool, env: &dyn Fn(&str) -> Option<&'a str>) -> Option<&'a str> {
    let either = |lower: &str, upper: &str| env(lower).or_else(|| env(upper));
    let proxy = if tls {
        either("https_proxy", "HTTPS_PROXY")
    } else {
        either("http_proxy", "HTTP_PROXY")
    }
    .or_else(|| either("all_proxy", "ALL_PROXY"))?;
    let bypass = either("no_proxy", "NO_PROXY").unwrap_or_default();
    (!bypassed(host, bypass)).then_some(proxy)
}

/// Whether `no_proxy` names `host` (see the module documentation).
fn bypassed(host: &str, no_proxy: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    no_proxy
        .split(',')
        .map(|entry| entry.trim().trim_start_matches('.'))
        .filter(|entry| !entry.is_empty())
        .any(|entry| {
            let entry = entry.trim_start_matches('[').trim_end_matches(']');
            entry == "*"
                || host.eq_ignore_ascii_case(entry)
                || host
                    .to_ascii_lowercase()
                    .ends_with(&format!(".{}", entry.to_ascii_lowercase()))
        })
}

/// A TCP stream to `host:port` tunnelled through the `http://` proxy at `proxy` (its user
/// name and password, if any, sent as `Proxy-Authorization`). Errors never show the
/// proxy's credentials.
pub fn connect(proxy: &str, host: &str, port: u16, timeout: Duration) -> io::Result<TcpStream> {
    let invalid = |why: &str| io::Error::new(io::ErrorKind::InvalidInput, why.to_string());
    let url = url::Url::parse(proxy).map_err(|_| invalid("the proxy is not a valid URL"))?;
    if url.scheme() != "http" {
        return Err(invalid("only http:// proxies can carry streams"));
    }
    let proxy_host = url
        .host_str()
        .ok_or_else(|| invalid("the proxy URL has no host"))?;
    let proxy_port = url.port_or_known_default().unwrap_or(80);
    let mut tcp = connect_direct(proxy_host, proxy_port, timeout)?;
    tcp.set_read_timeout(Some(timeout))?;
    let target = if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    let mut request = format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n");
    if !url.username().is_empty() {
        let decode = |text: &str| {
            url::form_urlencoded::parse(format!("x={text}").as_bytes())
                .next()
                .map(|(_, value)| value.into_owned())
                .unwrap_or_default()
        };
        let pair = format!(
            "{}:{}",
            decode(url.username()),
            decode(url.password().unwrap_or_default())
        );
        let token = base64::engine::general_purpose::STANDARD.encode(pair);
        request.push_str(&format!("Proxy-Authorization: Basic {token}\r\n"));
    }
    request.push_str("\r\n");
    tcp.write_all(request.as_bytes())?;
    // The proxy's answer, read byte by byte so that nothing of the tunnel is consumed.
    let mut reader = BufReader::with_capacity(1, &tcp);
    let mut status = String::new();
    reader.read_line(&mut status)?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
    }
    let code = status.split_whitespace().nth(1).unwrap_or_default();
    if code != "200" {
        return Err(io::Error::other(format!(
            "the proxy refused the tunnel to {target}: {}",
            status.trim()
        )));
    }
    Ok(tcp)
}

/// A TCP connection to the first address of `host` that answers.
pub fn connect_direct(host: &str, port: u16, timeout: Duration) -> io::Result<TcpStream> {
    let mut last = io::Error::new(io::ErrorKind::NotFound, "no address found");
    for addr in (host, port).to_socket_addrs()? {
        match TcpStream::connect_timeout(&addr, timeout) {
            Ok(stream) => {
                let _ = stream.set_nodelay(true);
                return Ok(stream);
            }
            Err(e) => last = e,
        }
    }
    Err(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<&'a str> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }

    #[test]
    fn the_scheme_picks_the_variable_and_no_proxy_bypasses() {
        let env = [
            ("HTTPS_PROXY", "http://secure:1"),
            ("http_proxy", "http://plain:1"),
            ("NO_PROXY", "internal.example, .corp,[::1], 10.0.0.1"),
        ];
        let env = env_of(&env);
        assert_eq!(choose("ws.cloud", true, &env), Some("http://secure:1"));
        assert_eq!(choose("ws.cloud", false, &env), Some("http://plain:1"));
        for direct in [
            "internal.example",
            "a.internal.example",
            "x.corp",
            "::1",
            "10.0.0.1",
        ] {
            assert_eq!(choose(direct, true, &env), None, "{direct}");
        }
        assert_eq!(
            choose("notinternal.example", true, &env),
            Some("http://secure:1")
        );
        let all = [("ALL_PROXY", "http://all:1"), ("no_proxy", "*")];
        assert_eq!(choose("h", true, &env_of(&all)), None);
        let all = [("ALL_PROXY", "http://all:1")];
        assert_eq!(choose("h", false, &env_of(&all)), Some("http://all:1"));
        assert_eq!(choose("h", true, &env_of(&[])), None);
    }

    #[test]
    fn only_http_proxies_tunnel() {
        let timeout = Duration::from_millis(100);
        for proxy in ["socks5://p:1", "https://p:1", "not a url"] {
            assert!(connect(proxy, "h", 1, timeout).is_err(), "{proxy}");
        }
    }

    /// Properties of `NO_PROXY` matching, over generated input.
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn a_listed_domain_covers_its_subdomains_only(
                domain in "[a-z]{1,6}\\.[a-z]{2,3}",
                sub in "[a-z]{1,6}",
                other in "[a-z]{1,6}",
                dot in any::<bool>(),
            ) {
                let entry = if dot { format!(".{domain}") } else { domain.clone() };
                let list = format!("x.invalid, {entry}");
                let subdomain = format!("{sub}.{domain}");
                let upper = subdomain.to_uppercase();
                let lookalike = format!("{other}{domain}");
                prop_assert!(bypassed(&domain, &list));
                prop_assert!(bypassed(&subdomain, &list));
                prop_assert!(bypassed(&upper, &list));
                prop_assert!(!bypassed(&lookalike, &list));
            }
        }
    }
}
