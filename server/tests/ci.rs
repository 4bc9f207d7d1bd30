//! The server as a fixture for other people's scripts in CI: the environment it prints,
//! its health endpoint and the reset of its data.

use std::io::BufRead;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

use crate::common::{server_bin, temp_file, text, Server};
use crate::rest::{uri, Api};

#[test]
fn print_env_gives_lines_a_shell_can_source() {
    let mut child = Command::new(server_bin())
        .args(["--port", "0", "--speed", "instant", "--print-env"])
        .args(["--user", "ci:key with 'quotes'", "--seed", "empty"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("server");
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let mut script: Vec<String> = Vec::new();
    for _ in 0..5 {
        script.push(lines.next().unwrap().unwrap());
    }
    let url = script[0]
        .strip_prefix("# listening on ")
        .expect("a comment first");
    let names: Vec<&str> = script[1..]
        .iter()
        .map(|l| {
            l.strip_prefix("export ")
                .unwrap()
                .split('=')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        names,
        [
            "DOCKERCLOUD_REST_HOST",
            "DOCKERCLOUD_STREAM_HOST",
            "DOCKERCLOUD_USER",
            "DOCKERCLOUD_APIKEY"
        ]
    );
    let shell = format!(
        "{}\nprintf '%s\\n' \"$DOCKERCLOUD_REST_HOST\" \"$DOCKERCLOUD_STREAM_HOST\" \"$DOCKERCLOUD_USER\" \"$DOCKERCLOUD_APIKEY\"",
        script.join("\n")
    );
    let out = Command::new("sh").args(["-c", &shell]).output().unwrap();
    let values = String::from_utf8(out.stdout).unwrap();
    let ws = url.replacen("http://", "ws://", 1);
    assert_eq!(
        values.lines().collect::<Vec<_>>(),
        [url, ws.as_str(), "ci", "key with 'quotes'"]
    );
    let check = reqwest::blocking::Client::new()
        .get(format!("{url}/auth/"))
        .basic_auth("ci", Some("key with 'quotes'"))
        .send()
        .unwrap();
    assert_eq!(check.status(), 200);
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn health_needs_no_credentials() {
    let sb = Server::start(&["--seed", "empty"]);
    let r = reqwest::blocking::get(format!("{}/health", sb.url)).unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.json::<Value>().unwrap(),
        json!({"status": "ok", "runtime": "sim"})
    );
}

#[test]
fn reset_puts_the_initial_data_back() {
    let api = Api::demo();
    let services = |api: &Api| api.get("/api/app/v1/service/")["meta"]["total_count"].clone();
    let before = services(&api);
    let made = api.post(
        "/api/app/v1/service/",
        json!({"image": "redis", "name": "extra"}),
    );
    assert_eq!(made.status, 201);
    let web = api.one("/api/app/v1/service/?name=web");
    assert_eq!(api.delete(&uri(&web)).status, 202);
    let anonymous = reqwest::blocking::Client::new()
        .post(format!("{}/reset", api.sb.url))
        .send()
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    let reset = api.post("/reset", json!({}));
    assert_eq!(reset.status, 200, "{}", reset.body);
    assert_eq!(services(&api), before);
    assert_eq!(
        api.get("/api/app/v1/service/?name=extra")["meta"]["total_count"],
        0
    );
    assert_eq!(
        text(&api.one("/api/app/v1/service/?name=web"), "state"),
        "Running"
    );
    assert_eq!(
        api.call(reqwest::Method::GET, &uri(&made.body), None)
            .status,
        404
    );
}

#[test]
fn the_smallest_seed_file_is_an_empty_account_with_the_catalog() {
    let (api, _dir) = crate::clients::seeded(json!({}));
    assert_eq!(api.get("/api/app/v1/service/")["meta"]["total_count"], 0);
    assert!(api.all("/api/infra/v1/nodetype/").len() > 3);
}

#[test]
fn a_reset_is_saved_like_any_change() {
    let (_dir, state) = temp_file("state.db");
    let api = Api::start(&["--seed", "demo", "--state", &state]);
    let made = api.post(
        "/api/app/v1/service/",
        json!({"image": "redis", "name": "extra"}),
    );
    assert_eq!(made.status, 201);
    assert_eq!(api.post("/reset", json!({})).status, 200);
    let services = api.get("/api/app/v1/service/")["meta"]["total_count"].clone();
    drop(api);
    let again = Api::start(&["--state", &state]);
    assert_eq!(
        again.get("/api/app/v1/service/")["meta"]["total_count"],
        services
    );
    assert_eq!(
        again.get("/api/app/v1/service/?name=extra")["meta"]["total_count"],
        0
    );
    let action = again.get("/api/audit/v1/action/?limit=1")["objects"][0].clone();
    let mut logs =
        crate::streams::connect(&again.sb, &format!("{}logs/?follow=false", uri(&action)));
    let (lines, _) = crate::streams::until_end(&mut logs);
    assert!(!lines.is_empty());
}
