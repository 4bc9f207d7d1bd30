//! `docker-cloud tag ...` against a sandbox on a free port.

use crate::common::{demo_in, Cli, Dialect};
use serde_json::Value;

/// The tag names of what `tag ls --json ID` finds.
fn tags(cli: &Cli, id: &str) -> Vec<String> {
    let list = cli.run(&["tag", "ls", id, "--json"]).json();
    list[0]["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect()
}

/// The uuid of the first object of a `--json` list command.
fn first_uuid(cli: &Cli, args: &[&str]) -> String {
    let list = cli.run(args).json();
    list[0]["uuid"].as_str().expect("uuid").to_string()
}

fn add_deduplicates_and_patches_only_changes(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let before = tags(&cli, "web");
    let run = cli.run(&[
        "tag", "add", "web", "-t", "x", "-t", "y", "-t", "x", "--debug",
    ]);
    let uuid = run.uuid();
    let mut expected = before.clone();
    expected.extend(["x".to_string(), "y".to_string()]);
    assert_eq!(tags(&cli, "web"), expected);
    assert_eq!(run.sent("PATCH").len(), 1);
    // Tags it already has: nothing to send.
    let again = cli.run(&["tag", "add", "web", "-t", "x", "--debug"]);
    assert_eq!(again.ok().trim(), uuid);
    assert!(again.only_read());
    assert_eq!(tags(&cli, "web"), expected);
}

fn identifiers_resolve_across_services_clusters_and_nodes(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let node = first_uuid(&cli, &["node", "ls", "--json"]);
    let cluster = first_uuid(&cli, &["nodecluster", "ls", "--json"]);
    let run = cli.run(&[
        "tag",
        "add",
        "web",
        &cluster[..8],
        &node[..8],
        "nope",
        "-t",
        "t1",
    ]);
    assert_eq!(run.code, 3, "{run:#?}");
    let printed: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(printed.len(), 3);
    assert_eq!(printed[1], cluster);
    assert_eq!(printed[2], node);
    assert_eq!(
        run.stderr.trim(),
        "Identifier 'nope' does not match any service, node or nodecluster"
    );

    let ls = cli.run(&["tag", "ls", "web", &cluster, &node[..8], "nope"]);
    assert_eq!(ls.code, 3);
    let lines: Vec<Vec<&str>> = ls
        .stdout
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(lines[0], ["IDENTIFIER", "TYPE", "TAGS"]);
    assert_eq!(lines[1][..2], ["web", "Service"]);
    assert!(lines[1].contains(&"t1"));
    assert_eq!(lines[2][..2], [cluster.as_str(), "NodeCluster"]);
    assert_eq!(lines[3][..2], [&node[..8], "Node"]);
    assert_eq!(lines[4], ["nope", "None"]);
    assert!(ls.stderr.contains("does not match any"));

    // -q: one line of tags per identifier, an empty line for a failure.
    let quiet = cli.run(&["tag", "ls", "-q", "nope", "web"]);
    assert_eq!(quiet.code, 3);
    let out: Vec<&str> = quiet.stdout.split('\n').collect();
    assert_eq!(out[0], "");
    assert!(out[1].split(' ').any(|t| t == "t1"), "{out:?}");
    // --json: the objects found.
    let json = cli.run(&["tag", "ls", "web", &node, "--json"]).json();
    assert_eq!(json[0]["type"], "Service");
    assert_eq!(json[1]["type"], "Node");
    assert_eq!(json[1]["uuid"], Value::from(node.as_str()));
}

fn an_ambiguous_identifier_stops_the_lookup(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    // A terminated cluster keeps its name: a second one of that name is ambiguous.
    let args = [
        "nodecluster",
        "create",
        "twin",
        "digitalocean",
        "lon1",
        "1gb",
        "--sync",
    ];
    let old = cli.run(&args).ok().trim().to_string();
    cli.run(&["nodecluster", "rm", &old, "--sync"]).ok();
    cli.run(&args).ok();
    cli.run(&["tag", "add", "twin", "-t", "x"])
        .ambiguous("node cluster");
    // An error other than "not found" leaves the type empty.
    let ls = cli.run(&["tag", "ls", "twin"]);
    ls.fails(3);
    assert_eq!(ls.stdout.lines().nth(1).map(str::trim_end), Some("twin"));
}

fn rm_and_set(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    cli.run(&[
        "tag", "set", "db", "-t", "a", "-t", "b", "-t", "c", "-t", "a",
    ])
    .ok();
    assert_eq!(tags(&cli, "db"), ["a", "b", "c"]);
    let run = cli.run(&[
        "tag", "rm", "db", "-t", "a", "-t", "c", "-t", "zz", "--debug",
    ]);
    run.ok();
    assert_eq!(tags(&cli, "db"), ["b"]);
    // One PATCH for all the names removed.
    assert_eq!(run.sent("PATCH").len(), 1);
    let none = cli.run(&["tag", "rm", "db", "-t", "zz", "--debug"]);
    none.ok();
    assert!(none.only_read());
    // set replaces, and --json prints the object.
    let json = cli
        .run(&["tag", "set", "db", "-t", "only", "--json"])
        .json();
    assert_eq!(json["tags"][0]["name"], "only");
    assert_eq!(json["tags"].as_array().unwrap().len(), 1);
}

#[test]
fn bad_input_fails_before_any_request() {
    let cli = Cli::offline();
    for args in [
        &["tag", "add", "web"][..],
        &["tag", "add", "-t", "x"],
        &["tag", "add", "web", "-t", ""],
        &["tag", "set", "web", "-t", "a", "-t", ""],
        &["tag", "rm", "web"],
        &["tag", "ls"],
        &["tag", "add", "", "-t", "x"],
        &["tag", "rm", "web", "", "-t", "x"],
    ] {
        let run = cli.run(args);
        assert!(!run.fails(2).contains("127.0.0.1:9"), "{args:?}: {run:#?}");
    }
}

both_dialects!(
    add_deduplicates_and_patches_only_changes,
    identifiers_resolve_across_services_clusters_and_nodes,
    an_ambiguous_identifier_stops_the_lookup,
    rm_and_set,
);
