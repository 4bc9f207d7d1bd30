//! The client against servers that misbehave on purpose, which `docker-cloud-server` cannot
//! be made to do: paging links and redirects to other origins, endless replies. Each
//! hostile server is a plain loopback socket that records what reaches it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use crate::common::{Cli, APIKEY, USER};

/// What reached a hostile server: one `METHOD PATH` line and the body per request.
type Seen = Arc<Mutex<Vec<String>>>;

/// Serves every connection on `listener` with `reply(request line)` (a whole HTTP reply,
/// written before the connection closes) and records each request.
fn serve(listener: TcpListener, reply: impl Fn(&str) -> Vec<u8> + Send + 'static) -> Seen {
    let seen = Seen::default();
    let record = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let Some((request, body)) = read_request(&stream) else {
                continue;
            };
            record.lock().unwrap().push(format!("{request} {body}"));
            let mut stream = stream;
            let _ = stream.write_all(&reply(&request));
        }
    });
    seen
}

/// The request line (`GET /path HTTP/1.1`) and body of one request.
fn read_request(stream: &TcpStream) -> Option<(String, String)> {
    let mut reader = BufReader::new(stream);
    let mut request = String::new();
    reader.read_line(&mut request).ok()?;
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        if line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((
        request.trim().to_string(),
        String::from_utf8_lossy(&body).into_owned(),
    ))
}

/// A complete reply with a JSON body.
fn json_reply(status: &str, headers: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nConnection: close\r\n{headers}\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// A client for the REST host at `port` with the test credentials.
fn client(port: u16) -> Cli {
    Cli::for_url(
        &format!("http://127.0.0.1:{port}"),
        &format!("ws://127.0.0.1:{port}"),
    )
    .with("DOCKERCLOUD_USER", USER)
    .with("DOCKERCLOUD_APIKEY", APIKEY)
}

/// Two listeners whose ports read as a prefix of each other: the REST host's port `p` and
/// another at `p` followed by one digit (`:4001` and `:40017`).
fn prefix_ports() -> (TcpListener, TcpListener) {
    for _ in 0..200 {
        let longer = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = longer.local_addr().unwrap().port();
        if port / 10 < 1024 {
            continue;
        }
        if let Ok(shorter) = TcpListener::bind(("127.0.0.1", port / 10)) {
            return (shorter, longer);
        }
    }
    panic!("no pair of free ports found");
}

#[test]
fn paging_links_are_followed_only_on_the_rest_host() {
    let (rest, other) = prefix_ports();
    let rest_port = rest.local_addr().unwrap().port();
    let other_port = other.local_addr().unwrap().port();
    let next = format!("http://127.0.0.1:{other_port}/api/app/v1/service/?offset=1");
    let page = format!(r#"{{"meta": {{"next": "{next}"}}, "objects": [{{"uuid": "a"}}]}}"#);
    serve(rest, move |_| json_reply("200 OK", "", &page));
    let elsewhere = serve(other, |_| json_reply("200 OK", "", r#"{"objects": []}"#));
    let run = client(rest_port).run(&["service", "ps", "-q"]);
    let err = run.fails(3);
    assert!(err.contains("link to another host"), "{run:#?}");
    assert!(elsewhere.lock().unwrap().is_empty(), "credentials left");
}

#[test]
fn redirects_never_leave_the_origin() {
    let rest = TcpListener::bind("127.0.0.1:0").unwrap();
    let other = TcpListener::bind("127.0.0.1:0").unwrap();
    let rest_port = rest.local_addr().unwrap().port();
    let other_port = other.local_addr().unwrap().port();
    let location = format!("Location: http://127.0.0.1:{other_port}/api/repo/v1/repository/\r\n");
    serve(rest, move |request| {
        let status = if request.starts_with("POST") {
            "307 Temporary Redirect"
        } else {
            "302 Found"
        };
        json_reply(status, &location, "{}")
    });
    let elsewhere = serve(other, |_| json_reply("200 OK", "", "{}"));
    let cli = client(rest_port);
    let run = cli.run(&[
        "repository",
        "register",
        "r.io/x",
        "-p",
        "s3cret",
        "-u",
        "u",
    ]);
    let err = run.fails(3);
    assert!(
        err.contains("refused a redirect to another origin"),
        "{run:#?}"
    );
    assert!(!err.contains("s3cret"));
    let run = cli.run(&["service", "ps", "-q"]);
    assert!(run.fails(3).contains("another origin"), "{run:#?}");
    assert!(
        elsewhere.lock().unwrap().is_empty(),
        "a request (and the password) reached another origin"
    );
}

#[test]
fn redirects_within_the_origin_are_followed() {
    let rest = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = rest.local_addr().unwrap().port();
    serve(rest, move |request| {
        if request.contains("/moved/") {
            json_reply("200 OK", "", r#"{"objects": [{"uuid": "abc"}]}"#)
        } else {
            let location = format!("Location: http://127.0.0.1:{port}/moved/\r\n");
            json_reply("302 Found", &location, "{}")
        }
    });
    assert_eq!(client(port).run(&["service", "ps", "-q"]).ok(), "abc\n");
}

#[test]
fn endless_replies_end_in_an_error() {
    let rest = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = rest.local_addr().unwrap().port();
    serve(rest, |_| {
        let mut reply = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n".to_vec();
        // Far more than the client reads; the write fails once it stops reading.
        reply.extend(std::iter::repeat_n(b' ', 80 << 20));
        reply
    });
    let run = client(port).run(&["service", "ps", "-q"]);
    assert!(run.fails(3).contains("larger than 64 MiB"), "{run:#?}");
}
