//! `docker-cloud trigger ...` against a sandbox on a free port.

use crate::common::{demo_in, text, Cli, Dialect, Server};
use serde_json::Value;

/// The triggers of `service` as `trigger ls --json` gives them.
fn triggers(cli: &Cli, service: &str) -> Vec<Value> {
    cli.run(&["trigger", "ls", service, "--json"])
        .json()
        .as_array()
        .expect("array")
        .clone()
}

/// A new service with no triggers, and its uuid.
fn service(cli: &Cli, name: &str) -> String {
    let run = cli.run(&["service", "create", "tutum/hello-world", "-n", name]);
    run.ok().trim().to_string()
}

fn create_and_ls(d: Dialect) {
    let (sandbox, cli) = demo_in(d);
    let uuid = service(&cli, "hooked");
    let run = cli.run(&[
        "trigger", "create", "hooked", "-n", "up", "-o", "scaleup", "--debug",
    ]);
    assert_eq!(run.ok(), format!("{uuid}\n"));
    let requests = run.requests();
    let post = requests.last().unwrap();
    assert!(post.starts_with("POST ") && post.ends_with(&format!("/service/{uuid}/trigger/")));
    assert!(!post.contains("//trigger"), "{post}");
    assert!(
        run.stderr
            .contains(r#"> {"name":"up","operation":"SCALEUP"}"#),
        "{}",
        run.stderr
    );
    let url_note = run
        .stderr
        .lines()
        .find(|l| l.starts_with("Trigger URL: "))
        .expect("URL");
    assert!(
        url_note.starts_with(&format!("Trigger URL: {}/api/", sandbox.url)),
        "{url_note}"
    );
    // The operation is the server's default when not given; --json prints the trigger.
    let json = cli.run(&["trigger", "create", &uuid[..8], "--json"]).json();
    assert_eq!(text(&json, "operation"), "REDEPLOY");

    let all = triggers(&cli, "hooked");
    assert_eq!(all.len(), 2);
    // A REST host given with a trailing slash still gives well-formed URLs.
    let slashed = cli
        .clone()
        .with(d.rest_host_var(), &format!("{}/", sandbox.url));
    let ls = slashed.run(&["trigger", "ls", "hooked"]);
    let out = ls.ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["UUID", "NAME", "OPERATION", "URL"]
    );
    assert_eq!(lines.len(), 3);
    let row: Vec<&str> = lines[1].split_whitespace().collect();
    let first = &all[0];
    let id = text(first, "uuid");
    assert_eq!(row[0], &id[..8]);
    assert_eq!(row[1], "up");
    assert_eq!(row[2], "SCALEUP");
    let url = row[3];
    assert_eq!(url, format!("{}{}", sandbox.url, text(first, "url")));
    assert!(!url["http://".len()..].contains("//"), "{url}");
    let quiet = cli.run(&["trigger", "ls", "-q", "hooked"]);
    let ids: Vec<&str> = all.iter().map(|t| text(t, "uuid")).collect();
    assert_eq!(quiet.ok().lines().collect::<Vec<_>>(), ids);
    // The trigger collection is read once.
    let run = cli.run(&["trigger", "ls", &uuid, "--debug"]);
    run.ok();
    assert_eq!(
        run.requests()
            .iter()
            .filter(|r| r.contains("/trigger/"))
            .count(),
        1
    );
    // Calling the URL really triggers the service (no credentials needed).
    let call = reqwest::blocking::Client::new()
        .post(url)
        .send()
        .expect("call");
    assert!(call.status().is_success(), "{call:?}");

    let empty = service(&cli, "quiet");
    assert_eq!(
        cli.run(&["trigger", "ls", &empty]).ok(),
        "UUID  NAME  OPERATION  URL\n"
    );
    assert_eq!(cli.run(&["trigger", "ls", &empty, "--json"]).ok(), "[]\n");
}

fn rm_resolves_each_identifier(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    service(&cli, "svc");
    // Names that cannot be uuid prefixes (those are tried first).
    for name in ["alpha", "beta", "gamma", "twin", "twin"] {
        cli.run(&["trigger", "create", "svc", "-n", name]).ok();
    }
    let all = triggers(&cli, "svc");
    let id = |name: &str| {
        text(
            all.iter().find(|t| text(t, "name") == name).unwrap(),
            "uuid",
        )
        .to_string()
    };
    let (a, b, c) = (id("alpha"), id("beta"), id("gamma"));
    let run = cli.run(&[
        "trigger",
        "rm",
        "svc",
        "alpha",
        &b[..8],
        "nope",
        "twin",
        &c,
        "alpha",
        "--debug",
    ]);
    assert_eq!(run.code, 3, "{run:#?}");
    assert_eq!(run.stdout, format!("{a}\n{b}\n{c}\n"));
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.starts_with(['>', '<', '*']))
        .collect();
    assert!(
        errors.contains(&"Cannot find a trigger with the identifier 'nope'"),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("More than one trigger matches '")
                && e.ends_with("; use a longer uuid")),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("already removed")),
        "{errors:#?}"
    );
    // One listing, then one DELETE per trigger; no doubled slashes.
    let requests = run.requests();
    assert_eq!(run.sent("DELETE").len(), 3);
    assert_eq!(
        requests
            .iter()
            .filter(|r| r.starts_with("GET ") && r.contains("/trigger/"))
            .count(),
        1
    );
    assert!(
        requests
            .iter()
            .all(|r| !r.split_once("://").unwrap().1.contains("//")),
        "{requests:#?}"
    );
    let left: Vec<String> = triggers(&cli, "svc")
        .iter()
        .map(|t| text(t, "name").to_string())
        .collect();
    assert_eq!(left, ["twin", "twin"]);
}

fn errors_exit_3(d: Dialect) {
    let sandbox = Server::start(&["--seed", "demo", "--fault", "status=500,path=*/trigger/*"]);
    let cli = Cli::in_dialect(&sandbox, d);
    let run = cli.run(&["trigger", "ls", "web"]);
    assert!(run.fails(3).contains("(status 500, "), "{run:#?}");
    cli.run(&["trigger", "ls", "-q", "web"]).fails(3);
    let run = cli.run(&["trigger", "ls", "no-such-service"]);
    assert_eq!(
        run.fails(3).trim(),
        "Cannot find a service with the identifier 'no-such-service'"
    );
    cli.run(&["trigger", "rm", "no-such-service", "x"]).fails(3);
    cli.run(&["trigger", "create", "no-such-service"]).fails(3);
}

#[test]
fn bad_input_fails_before_any_request() {
    let cli = Cli::offline();
    for args in [
        &["trigger", "create", "web", "-o", "explode"][..],
        &["trigger", "create"],
        &["trigger", "rm", "web"],
        &["trigger", "ls"],
        &["trigger", "rm", "web", "x", ""],
        &["trigger", "create", "web", "-n", ""],
        &["trigger", "create", "web", "-n", " "],
    ] {
        let run = cli.run(args);
        assert!(!run.fails(2).contains("127.0.0.1:9"), "{args:?}: {run:#?}");
    }
}

both_dialects!(create_and_ls, rm_resolves_each_identifier, errors_exit_3);
