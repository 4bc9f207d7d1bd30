//! `wait`: blocks until objects reach a state (exit 0), gives up after `--timeout` (exit 3).

use crate::common::{Cli, Dialect, Server};

/// A demo account whose transitions take a little time, so that there is something to wait for.
fn slow(d: Dialect) -> (Server, Cli) {
    let server = Server::start_at_speed("fast", &["--seed", "demo"]);
    let cli = Cli::in_dialect(&server, d);
    (server, cli)
}

fn services_and_containers_are_waited_for(d: Dialect) {
    let (_sandbox, cli) = slow(d);
    let uuid = cli.run(&["service", "inspect", "grafana"]).json()["uuid"]
        .as_str()
        .unwrap()
        .to_string();
    cli.run(&["service", "start", "grafana"]).ok();
    let run = cli.run(&[
        "service",
        "wait",
        "grafana",
        "--state",
        "Running",
        "--timeout",
        "30",
    ]);
    assert_eq!(run.ok(), format!("{uuid}\n"));
    let state = cli.run(&["service", "inspect", "grafana"]).json()["state"].clone();
    assert_eq!(state, "Running");
    // --json prints the object as reached; the state matches in any case.
    let json = cli.run(&["service", "wait", "grafana", "--state", "running", "--json"]);
    assert_eq!(json.json()["state"], "Running");
    let container = cli.run(&["container", "wait", "grafana-1", "--state", "Running"]);
    container.ok();
    // A state that does not come: exit 3 after the timeout, one line naming what was awaited.
    let late = cli.run(&[
        "service",
        "wait",
        "db",
        "--state",
        "Stopped",
        "--timeout",
        "1",
    ]);
    let err = late.fails(3);
    assert_eq!(
        err,
        "Timed out after 1 s waiting for service db to be Stopped (state: Running)\n"
    );
    // A terminated object never reaches another state: exit 3 at once.
    cli.run(&["service", "terminate", "hello", "--sync"]).ok();
    let gone = cli.run(&[
        "service",
        "wait",
        "hello",
        "--state",
        "Running",
        "--timeout",
        "60",
    ]);
    assert!(gone.fails(3).contains("is Terminated"), "{gone:#?}");
    cli.run(&["service", "wait", "hello", "--state", "Terminated"])
        .ok();
}

fn stacks_actions_and_clusters_are_waited_for(d: Dialect) {
    let (_sandbox, cli) = slow(d);
    cli.run(&["stack", "stop", "wordpress"]).ok();
    cli.run(&[
        "stack",
        "wait",
        "wordpress",
        "--state",
        "Stopped",
        "--timeout",
        "30",
    ])
    .ok();
    let action = cli.run(&["action", "ls", "-q", "--last", "1"]);
    let action = action.ok().trim().to_string();
    cli.run(&[
        "action",
        "wait",
        &action,
        "--state",
        "Success",
        "--timeout",
        "30",
    ])
    .ok();
    let clusters = cli.run(&["nodecluster", "ls", "--json"]).json();
    let cluster = clusters[0]["uuid"].as_str().unwrap();
    let state = clusters[0]["state"].as_str().unwrap();
    cli.run(&["nodecluster", "wait", cluster, "--state", state])
        .ok();
    // Bad input stops before any request.
    let missing = cli.run(&["service", "wait", "web"]);
    missing.usage_error_naming(&["service", "wait", "web"], "--state");
}

both_dialects!(
    services_and_containers_are_waited_for,
    stacks_actions_and_clusters_are_waited_for,
);
