//! Credentials never go over plain HTTP to a host that is not loopback unless the user allows
//! it: the refusal comes before any connection, so these tests send nothing anywhere. TLS
//! is always verified, against the system's roots or the PEM file `SSL_CERT_FILE` names.

use crate::common::{demo, run_with_stdin, Cli, APIKEY, USER};

/// A non-loopback address: nothing may ever be sent to it.
const REMOTE: &str = "http://10.255.255.1:1";

/// A client for [`REMOTE`] with the test credentials.
fn remote() -> Cli {
    Cli::for_url(REMOTE, "ws://10.255.255.1:1")
        .with("DOCKERCLOUD_USER", USER)
        .with("DOCKERCLOUD_APIKEY", APIKEY)
        // Were a connection tried, it would fail at once rather than wait.
        .with("DOCKERCLOUD_CONNECT_TIMEOUT", "0.001")
}

/// Asserts the one-line refusal naming the host and both ways to allow it.
fn assert_refused(run: &crate::common::Run) {
    let stderr = run.fails(2);
    assert_eq!(stderr.lines().count(), 1, "{run:#?}");
    assert!(
        stderr.starts_with("refusing to send credentials over plain HTTP to 10.255.255.1"),
        "{run:#?}"
    );
    assert!(stderr.contains("--insecure-http"), "{run:#?}");
    assert!(stderr.contains("DOCKERCLOUD_INSECURE_HTTP=1"), "{run:#?}");
    assert!(run.stdout.is_empty(), "{run:#?}");
}

#[test]
fn plain_http_to_a_remote_host_is_refused_before_any_request() {
    let cli = remote();
    for args in [
        &["service", "ps"][..],
        &["--debug", "service", "inspect", "web"],
        &["service", "logs", "web"],
        &["run", "busybox"],
    ] {
        let run = cli.run(args);
        assert_refused(&run);
        assert!(run.requests().is_empty(), "{args:?}: {run:#?}");
    }
    let token = cli
        .clone()
        .with("DOCKERCLOUD_AUTH", "Basic abc")
        .without("DOCKERCLOUD_USER");
    assert_refused(&token.run(&["service", "ps"]));
    let login = run_with_stdin(&cli, &["login", "-u", USER, "--password-stdin"], APIKEY);
    assert_refused(&login);
    assert!(!cli.home.path().join(".docker").exists());
}

#[test]
fn a_plain_stream_host_is_refused_too() {
    let (sandbox, _) = demo();
    let cli =
        crate::common::Cli::new(&sandbox).with("DOCKERCLOUD_STREAM_HOST", "ws://10.255.255.1:1");
    let run = cli.run(&["service", "logs", "web"]);
    assert_refused(&run);
}

#[test]
fn loopback_hosts_stay_allowed_and_the_opt_in_is_checked() {
    let (sandbox, cli) = demo();
    cli.run(&["service", "ps", "-q"]).ok();
    let by_name = sandbox.url.replace("127.0.0.1", "localhost");
    let local = Cli::for_url(&by_name, &by_name.replace("http://", "ws://"))
        .with("DOCKERCLOUD_USER", USER)
        .with("DOCKERCLOUD_APIKEY", APIKEY);
    local.run(&["service", "ps", "-q"]).ok();
    // Allowing it changes nothing for loopback; a value that is not a switch is an error.
    cli.run(&["--insecure-http", "service", "ps", "-q"]).ok();
    cli.clone()
        .with("DOCKERCLOUD_INSECURE_HTTP", "1")
        .run(&["service", "ps", "-q"])
        .ok();
    let bad = cli
        .clone()
        .with("DOCKERCLOUD_INSECURE_HTTP", "maybe")
        .run(&["service", "ps"]);
    assert!(
        bad.fails(2).contains("DOCKERCLOUD_INSECURE_HTTP"),
        "{bad:#?}"
    );
}

#[test]
fn commands_that_need_no_credentials_work_against_any_host() {
    let cli = remote();
    cli.run(&["--help"]).ok();
    cli.run(&["completion", "bash"]).ok();
    cli.run(&["logout"]).ok();
}

/// Header blocks of the requests an HTTPS test server read.
type Seen = std::sync::Arc<std::sync::Mutex<Vec<String>>>;

/// An HTTPS server on 127.0.0.1 with a certificate signed by the test authority
/// (tests/fixtures/tls/ca.pem) that answers every request with an empty list. Returns its URL
/// and the requests it read.
fn https_server() -> (String, Seen) {
    use std::io::Write;

    let config = crate::tls_config::server_config();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("https://{}", listener.local_addr().unwrap());
    let seen = Seen::default();
    let log = seen.clone();
    std::thread::spawn(move || {
        for tcp in listener.incoming().flatten() {
            let Ok(connection) = rustls::ServerConnection::new(config.clone()) else {
                continue;
            };
            let mut tls = rustls::StreamOwned::new(connection, tcp);
            let head = crate::common::read_until(&mut tls, "\r\n\r\n");
            if !head.ends_with("\r\n\r\n") {
                continue;
            }
            log.lock().unwrap().push(head);
            let body = r#"{"meta": {"next": null}, "objects": []}"#;
            let reply = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\
                 Content-Length: {}\r\n\r\n{body}",
                body.len()
            );
            let _ = tls.write_all(reply.as_bytes());
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    (url, seen)
}

/// A client of the [`https_server`] at `url`, with the test credentials.
fn https_client(url: &str) -> Cli {
    Cli::for_url(url, &url.replace("https://", "wss://"))
        .with("DOCKERCLOUD_USER", USER)
        .with("DOCKERCLOUD_APIKEY", APIKEY)
}

#[test]
fn tls_is_verified_against_the_system_roots_or_ssl_cert_file() {
    let (url, seen) = https_server();
    let cli = https_client(&url);
    // The test authority is unknown to the system: the handshake fails before any request.
    let untrusted = cli.run(&["service", "ps"]);
    assert!(untrusted.fails(3).contains("certificate"), "{untrusted:#?}");
    // The event stream fails too, at once, instead of retrying forever.
    let events = crate::stream::run_bounded(&cli, &["event"]);
    assert!(events.fails(3).contains("certificate"), "{events:#?}");
    assert!(seen.lock().unwrap().is_empty());
    let ca = format!("{}/tests/fixtures/tls/ca.pem", env!("CARGO_MANIFEST_DIR"));
    let trusted = cli.with("SSL_CERT_FILE", &ca).run(&["service", "ps", "-q"]);
    assert_eq!(trusted.ok(), "");
    let requests = seen.lock().unwrap();
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert!(
        requests[0].starts_with("GET /api/app/v1/service/"),
        "{requests:?}"
    );
    assert!(
        requests[0]
            .to_ascii_lowercase()
            .contains("authorization: basic"),
        "{requests:?}"
    );
}

/// The anchors come from `SSL_CERT_FILE`, from `SSL_CERT_DIR`, or from both: then the
/// directory serves for a certificate whose issuer the file lacks. An empty variable counts
/// as unset.
#[test]
fn tls_anchors_come_from_ssl_cert_file_or_dir_or_both() {
    let (url, seen) = https_server();
    let cli = https_client(&url);
    let fixture = |name: &str| format!("{}/tests/fixtures/tls/{name}", env!("CARGO_MANIFEST_DIR"));
    let (ca, leaf) = (fixture("ca.pem"), fixture("localhost.pem"));
    // The authority in a certificate directory, under a readable name and a hash link.
    let with_ca = tempfile::tempdir().unwrap();
    std::fs::copy(&ca, with_ca.path().join("test-ca.pem")).unwrap();
    std::os::unix::fs::symlink("test-ca.pem", with_ca.path().join("0a1b2c3d.0")).unwrap();
    let with_ca = with_ca.path().to_str().unwrap().to_string();
    let empty = tempfile::tempdir().unwrap();
    let empty = empty.path().to_str().unwrap().to_string();
    let run = |file: &str, dir: &str| {
        cli.clone()
            .with("SSL_CERT_FILE", file)
            .with("SSL_CERT_DIR", dir)
            .run(&["service", "ps", "-q"])
    };
    for (file, dir) in [
        ("", with_ca.as_str()),
        (ca.as_str(), ""),
        (ca.as_str(), empty.as_str()),
        // The server's own certificate is no anchor for itself: the directory's is needed.
        (leaf.as_str(), with_ca.as_str()),
        ("/nonexistent/bundle.pem", with_ca.as_str()),
        (leaf.as_str(), &format!("{empty}:{with_ca}")),
    ] {
        let trusted = run(file, dir);
        assert_eq!(trusted.ok(), "", "{file} {dir}: {trusted:#?}");
    }
    for (file, dir) in [(leaf.as_str(), empty.as_str()), (leaf.as_str(), "")] {
        let untrusted = run(file, dir);
        let err = untrusted.fails(3);
        assert!(err.contains("certificate"), "{file} {dir}: {untrusted:#?}");
    }
    assert_eq!(seen.lock().unwrap().len(), 6);
}

#[test]
fn a_password_in_the_rest_host_is_never_shown() {
    let (sandbox, _) = demo();
    let port = sandbox.url.rsplit(':').next().unwrap().to_string();
    for host in [
        format!("http://alice:s3cret@127.0.0.1:{port}"),
        "http://alice:s3cret@[::1".to_string(),
        "ftp://alice:s3cret@host/".to_string(),
    ] {
        let cli = Cli::new(&sandbox).with("DOCKERCLOUD_REST_HOST", &host);
        for args in [&["service", "ps"][..], &["--debug", "service", "ps"]] {
            let run = cli.run(args);
            let err = run.fails(2);
            assert!(err.contains("DOCKERCLOUD_REST_HOST"), "{run:#?}");
            assert!(
                !err.contains("s3cret") && !run.stdout.contains("s3cret"),
                "{run:#?}"
            );
        }
    }
}
