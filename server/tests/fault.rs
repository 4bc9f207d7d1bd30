//! `--fault` rules: each kind applies on its path pattern and nowhere else.

use std::time::{Duration, Instant};

use crate::common::{header, Server};
use crate::streams::*;

const SERVICES: &str = "/api/app/v1/service/";
const STACKS: &str = "/api/app/v1/stack/";
const ACTIONS: &str = "/api/audit/v1/action/";

fn with_faults(rules: &[&str]) -> Server {
    let mut args = vec!["--seed", "demo"];
    for rule in rules {
        args.extend(["--fault", rule]);
    }
    Server::start(&args)
}

/// GET as the test user: status, `Retry-After` and body text, or the transport error.
fn get(sb: &Server, path: &str) -> Result<(u16, Option<String>, String), reqwest::Error> {
    let response = reqwest::blocking::Client::new()
        .get(format!("{}{path}", sb.url))
        .header("authorization", Server::basic_auth())
        .send()?;
    let status = response.status().as_u16();
    let retry_after = header(&response, "retry-after");
    Ok((status, retry_after, response.text()?))
}

fn status(sb: &Server, path: &str) -> u16 {
    get(sb, path).unwrap_or_else(|e| panic!("{path}: {e}")).0
}

#[test]
fn error_statuses_hit_only_their_paths() {
    let sb = with_faults(&[
        "status=500,rate=1,path=/api/app/v1/service/*",
        "status=503,path=/api/app/v1/stack/*",
        "status=429,retry-after=2,path=/api/audit/*",
    ]);
    let (code, _, body) = get(&sb, SERVICES).unwrap();
    assert_eq!(code, 500);
    let body: serde_json::Value = serde_json::from_str(&body).expect("JSON error body");
    assert!(body["error"].is_string(), "{body}");
    assert_eq!(status(&sb, STACKS), 503);
    let (code, retry_after, _) = get(&sb, ACTIONS).unwrap();
    assert_eq!((code, retry_after.as_deref()), (429, Some("2")));
    assert_eq!(status(&sb, "/api/app/v1/container/"), 200);
    assert_eq!(status(&sb, "/api/infra/v1/provider/"), 200);
}

#[test]
fn count_limits_a_rule_to_the_first_requests() {
    let sb = with_faults(&["status=503,count=2,path=/api/app/*"]);
    assert_eq!(status(&sb, "/api/app/v1/container/"), 503);
    assert_eq!(status(&sb, ACTIONS), 200);
    assert_eq!(status(&sb, SERVICES), 503);
    assert_eq!(status(&sb, SERVICES), 200);
    assert_eq!(status(&sb, SERVICES), 200);
}

#[test]
fn delays_slow_down_matching_replies() {
    let sb = with_faults(&["delay=300ms,path=/api/app/v1/stack/*"]);
    let started = Instant::now();
    assert_eq!(status(&sb, STACKS), 200);
    assert!(started.elapsed() >= Duration::from_millis(300));
}

#[test]
fn drops_break_the_connection() {
    let sb = with_faults(&["drop,path=/api/app/v1/service/*"]);
    assert!(get(&sb, SERVICES).is_err(), "expected a broken connection");
    assert_eq!(status(&sb, STACKS), 200);
}

#[test]
fn truncated_and_malformed_bodies_do_not_parse() {
    let sb = with_faults(&[
        "truncate,path=/api/app/v1/service/*",
        "malformed,path=/api/app/v1/stack/*",
    ]);
    for path in [SERVICES, STACKS] {
        let (code, _, body) = get(&sb, path).unwrap();
        assert_eq!(code, 200);
        assert!(!body.is_empty(), "{path}");
        assert!(
            serde_json::from_str::<serde_json::Value>(&body).is_err(),
            "{path}: {body}"
        );
    }
    let (_, _, body) = get(&sb, ACTIONS).unwrap();
    serde_json::from_str::<serde_json::Value>(&body).expect("untouched reply parses");
}

#[test]
fn websocket_streams_drop_after_n_messages() {
    let sb = with_faults(&["ws-drop=1,path=/api/audit/*", "ws-drop=1,path=*/exec/"]);
    // The event stream is cut right after its first message, the `auth` message.
    let mut events = connect(&sb, "/api/audit/v1/events/");
    assert_eq!(next_json(&mut events)["type"], "auth");
    assert_eq!(next(&mut events), Err(End::Dropped));

    // Without the fault, `echo` sends its output and an exit frame: here only the output.
    let container = first_in_state(&sb, "/api/app/v1/container/", "Running");
    let mut exec = connect(&sb, &sub_path(&container, "exec/?command=echo+hi"));
    assert_eq!(next_json(&mut exec)["output"], "hi\n");
    assert_eq!(next(&mut exec), Err(End::Dropped));

    // Streams outside the patterns are untouched.
    let logs = sub_path(&container, "logs/?follow=false");
    assert_eq!(until_end(&mut connect(&sb, &logs)).1, End::Normal);
}
