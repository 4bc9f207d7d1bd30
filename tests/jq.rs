//! `--jq EXPR`: the JSON output filtered without a separate jq, one value per line.

use crate::common::{demo_in, names_of, Dialect};

fn lists_objects_and_streams_are_filtered(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let json = cli.run(&["service", "ps", "--json"]).json();
    let names = names_of(&json);
    let run = cli.run(&["service", "ps", "--jq", ".[].name"]);
    assert_eq!(run.ok().lines().collect::<Vec<_>>(), names);
    let running = cli.run(&[
        "service",
        "ps",
        "--jq",
        "map(select(.state == \"Running\")) | length",
    ]);
    let count: usize = running.ok().trim().parse().unwrap();
    assert!(count > 0 && count < names.len(), "{running:#?}");
    // Objects: strings raw, other values compact JSON.
    let image = cli.run(&["service", "inspect", "web", "--jq", ".image_name"]);
    assert_eq!(image.ok().trim(), json[0]["image_name"].as_str().unwrap());
    let ports = cli.run(&[
        "service",
        "inspect",
        "web",
        "--jq",
        ".container_ports[0] | {inner_port}",
    ]);
    assert_eq!(ports.ok(), "{\"inner_port\":80}\n");
    // A log stream: each message.
    let logs = cli.run(&["container", "logs", "web-1", "--tail", "2", "--jq", ".type"]);
    assert_eq!(logs.ok(), "log\nlog\n");
}

fn bad_filters_stop_before_any_request(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let run = cli.run(&["--debug", "service", "ps", "--jq", ".["]);
    run.usage_error_naming(&["--jq", ".["], "--jq");
    let undefined = cli.run(&["service", "ps", "--jq", "nosuchfunction"]);
    undefined.usage_error_naming(&["--jq", "nosuchfunction"], "nosuchfunction");
    // A filter that fails on the data: one line, exit 3.
    let failed = cli.run(&["service", "ps", "--jq", ".name"]);
    let err = failed.fails(3);
    assert_eq!(err.lines().count(), 1, "{failed:#?}");
    assert!(err.starts_with("--jq: '.name' failed: "), "{err}");
    assert!(err.len() < 300, "{err}");
}

both_dialects!(
    lists_objects_and_streams_are_filtered,
    bad_filters_stop_before_any_request,
);
