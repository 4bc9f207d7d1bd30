//! `docker-cloud container ...` against a sandbox on a free port.

use crate::common::{start_in, uri_uuid, Cli, Dialect, Server};
use serde_json::Value;

/// The full `container ps` header.
const HEADER: &str =
    "NAME  UUID  STATUS  IMAGE  RUN COMMAND  EXIT CODE  DEPLOYED  PORTS  NODE  STACK\n";

/// An empty sandbox with a running service `web` (2 containers, port 80 published) outside
/// any stack, and a running stack `shop` whose service `web` has one container `web-1` with
/// a long command.
fn populated(d: Dialect) -> (Server, Cli) {
    let (sandbox, cli) = start_in(d, &["--seed", "empty"]);
    cli.run(&[
        "service", "run", "-n", "web", "-t", "2", "-p", "80:80", "nginx",
    ])
    .ok();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shop.yml");
    std::fs::write(
        &file,
        "web:\n  image: tutum/hello-world\n  command: python app.py --listen 0.0.0.0\n",
    )
    .unwrap();
    cli.run(&["stack", "up", "-n", "shop", "-f", file.to_str().unwrap()])
        .ok();
    (sandbox, cli)
}

/// `container ps` rows as cells split on runs of two or more spaces.
fn rows(table: &str) -> Vec<Vec<String>> {
    table
        .lines()
        .skip(1)
        .map(|line| {
            line.split("  ")
                .map(str::trim)
                .filter(|cell| !cell.is_empty())
                .map(str::to_string)
                .collect()
        })
        .collect()
}

fn ps_on_nothing_prints_the_whole_header(d: Dialect) {
    let (_sandbox, cli) = start_in(d, &["--seed", "empty"]);
    assert_eq!(cli.run(&["container", "ps"]).ok(), HEADER);
    assert_eq!(cli.run(&["container", "ps", "-q"]).ok(), "");
    assert_eq!(
        cli.run(&["container", "ps", "--json"]).json(),
        Value::Array(vec![])
    );
}

fn ps_table_quiet_json_and_filters(d: Dialect) {
    let (_sandbox, cli) = populated(d);
    let all = cli.run(&["container", "ps", "--json"]).json();
    let all = all.as_array().unwrap().clone();
    assert_eq!(all.len(), 3);
    let uuids: Vec<&str> = all.iter().map(|c| c["uuid"].as_str().unwrap()).collect();
    let quiet = cli.run(&["container", "ps", "-q"]);
    assert_eq!(quiet.ok(), format!("{}\n", uuids.join("\n")));

    let table = cli.run(&["container", "ps"]);
    let text = table.ok();
    assert!(
        text.starts_with("NAME   UUID      STATUS     IMAGE"),
        "{text}"
    );
    let rows = rows(text);
    assert_eq!(rows.len(), 3, "{text}");
    for (row, container) in rows.iter().zip(&all) {
        assert_eq!(row[0], container["name"].as_str().unwrap());
        assert_eq!(row[1], &container["uuid"].as_str().unwrap()[..8]);
        assert_eq!(row[2], "▶ Running");
    }
    // Piped, nothing is cut. The stack's container: stack name, whole command; the others:
    // published port, no stack.
    let shop = text.lines().find(|l| l.ends_with("shop")).expect(text);
    assert!(
        shop.contains("  python app.py --listen 0.0.0.0  "),
        "{shop}"
    );
    let web = text.lines().nth(1).unwrap();
    assert!(web.contains(":80->80/tcp") && !web.contains("..."), "{web}");
    assert!(!web.ends_with("shop"));

    let wide = cli.run(&["container", "ps", "--no-trunc"]);
    let wide = wide.ok();
    assert!(wide.contains(uuids[0]), "{wide}");
    assert!(wide.contains("python app.py --listen 0.0.0.0"), "{wide}");
    assert!(wide.contains(":80->80/tcp"), "{wide}");

    // --service by name, by name.stack, by short uuid; --status.
    let only = cli.run(&["container", "ps", "-q", "--service", "web.shop"]);
    assert_eq!(only.ok(), format!("{}\n", uuids[2]));
    let stopped = cli.run(&["container", "ps", "-q", "--status", "Stopped"]);
    assert_eq!(stopped.ok(), "");
    cli.run(&["container", "stop", uuids[0], "--sync"]).ok();
    let stopped = cli.run(&["container", "ps", "-q", "--status", "Stopped"]);
    assert_eq!(stopped.ok(), format!("{}\n", uuids[0]));
    let filtered = cli.run(&["container", "ps", "--service", "web.shop"]);
    assert!(filtered.ok().lines().nth(1).unwrap().ends_with("shop"));

    // Filter errors have their own wording; bad statuses are usage errors.
    let missing = cli.run(&["container", "ps", "--service", "nope"]);
    assert_eq!(
        missing.fails(3),
        "Identifier 'nope' does not match any service\n"
    );
    let ambiguous = cli.run(&["container", "ps", "--service", "web"]);
    let err = ambiguous.fails(3);
    assert!(
        err.starts_with("More than one service matches 'web': web (")
            && err.ends_with("; use NAME.STACK or a longer uuid\n"),
        "{err}"
    );
    cli.run(&["container", "ps", "--status", "Running?"])
        .fails(2);
}

fn ps_reads_only_what_it_shows(d: Dialect) {
    let (_sandbox, cli) = populated(d);
    let quiet = cli.run(&["--debug", "container", "ps", "-q"]);
    quiet.ok();
    assert_eq!(quiet.requests().len(), 1, "{:#?}", quiet.requests());
    let json = cli.run(&["--debug", "container", "ps", "--json"]);
    json.ok();
    assert_eq!(json.requests().len(), 1);
    // Table: containers and one listing of stacks, never services or nodes.
    let table = cli.run(&["--debug", "container", "ps"]);
    table.ok();
    let sent = table.requests();
    assert_eq!(sent.len(), 2, "{sent:#?}");
    assert!(sent[1].contains("/stack/"), "{sent:#?}");
    // Filtered by a stackless service: nothing but the resolution and the containers.
    let short = cli.run(&["container", "ps", "--json"]).json()[0]["service"]
        .as_str()
        .unwrap()
        .to_string();
    let service = uri_uuid(&short);
    let filtered = cli.run(&["--debug", "container", "ps", "--service", service]);
    filtered.ok();
    assert_eq!(filtered.requests().len(), 2, "{:#?}", filtered.requests());
}

fn node_cells_come_from_the_node_uri(d: Dialect) {
    let (_sandbox, cli) = start_in(d, &["--seed", "demo"]);
    let all = cli.run(&["container", "ps", "--json"]).json();
    let table = cli.run(&["container", "ps"]);
    let text = table.ok();
    for container in all.as_array().unwrap() {
        let node = uri_uuid(container["node"].as_str().unwrap_or(""));
        let short = &container["uuid"].as_str().unwrap()[..8];
        let line = text.lines().find(|l| l.contains(short)).unwrap();
        assert!(
            line.contains(&format!("  {}", &node[..node.len().min(8)])),
            "{line}"
        );
    }
}

fn inspect_resolves_names_stacks_and_prefixes(d: Dialect) {
    let (_sandbox, cli) = populated(d);
    let all = cli.run(&["container", "ps", "--json"]).json();
    let shop = all[2]["uuid"].as_str().unwrap();
    let by_stack = cli.run(&["container", "inspect", "web-1.shop"]).json();
    assert_eq!(by_stack["uuid"], shop);
    let by_prefix = cli.run(&["container", "inspect", &shop[..8]]).json();
    assert_eq!(by_prefix["uuid"], shop);
    assert_eq!(
        cli.run(&["container", "inspect", "web-2"]).json()["name"],
        "web-2"
    );
    cli.run(&["container", "inspect", "web-1"])
        .ambiguous("container");
    let several = cli.run(&["container", "inspect", "web-2", "nope", "web-1.shop"]);
    several.not_found("a container", "nope");
    assert_eq!(several.stdout.matches("\"uuid\"").count(), 2);
}

fn lifecycle_with_sync_and_multiple_identifiers(d: Dialect) {
    let (_sandbox, cli) = populated(d);
    let all = cli.run(&["container", "ps", "--json"]).json();
    let a = all[0]["uuid"].as_str().unwrap().to_string();
    let b = all[1]["uuid"].as_str().unwrap().to_string();
    let state = |id: &str| cli.run(&["container", "inspect", id]).json()["state"].clone();

    let stop = cli.run(&["container", "stop", "web-2", "missing", &a, "--sync"]);
    assert_eq!(stop.code, 3);
    assert_eq!(stop.stdout, format!("{b}\n{a}\n"));
    assert_eq!(
        stop.stderr,
        "Cannot find a container with the identifier 'missing'\n"
    );
    assert_eq!(state(&a), "Stopped");

    let started = cli
        .run(&["container", "start", &a, "--sync", "--json"])
        .json();
    assert_eq!(started["uuid"], a.as_str());
    assert_eq!(started["state"], "Running");

    let redeploy = cli.run(&[
        "--debug",
        "container",
        "redeploy",
        &a,
        "--not-reuse-volumes",
    ]);
    assert!(redeploy.ok().starts_with(&a));
    assert!(redeploy.stderr.contains("redeploy/?reuse_volumes=false"));
    let redeploy = cli.run(&["--debug", "container", "redeploy", "web-1.shop", "--sync"]);
    redeploy.ok();
    assert!(redeploy.stderr.contains("redeploy/?reuse_volumes=true"));

    let gone = cli.run(&["--debug", "container", "terminate", &b, "--sync"]);
    assert_eq!(gone.ok(), format!("{b}\n"));
    assert!(gone.requests().iter().any(|r| r.starts_with("DELETE ")));
    assert_eq!(state(&b), "Terminated");
    // Usage errors: no identifier, unknown flag.
    cli.run(&["container", "start"]).fails(2);
    cli.run(&["container", "stop", "x", "--bogus"]).fails(2);
}

fn logs_print_the_backlog_of_each_container(d: Dialect) {
    let (_sandbox, cli) = start_in(d, &["--seed", "demo"]);
    let run = cli.run(&["container", "logs", "web-1", "--tail", "2"]);
    let text = run.ok();
    assert!(!text.is_empty() && text.lines().count() <= 2, "{run:#?}");
    let json = cli.run(&["container", "logs", "web-1", "--json"]);
    for line in json.ok().lines() {
        let message: Value = serde_json::from_str(line).unwrap();
        assert_eq!(message["type"], "log");
    }
    cli.run(&["container", "logs", "nope"])
        .not_found("a container", "nope");
}

both_dialects!(
    ps_table_quiet_json_and_filters,
    ps_reads_only_what_it_shows,
    inspect_resolves_names_stacks_and_prefixes,
    lifecycle_with_sync_and_multiple_identifiers,
    ps_on_nothing_prints_the_whole_header,
    node_cells_come_from_the_node_uri,
    logs_print_the_backlog_of_each_container,
);
