//! `docker-cloud node ...` against a sandbox on a free port.

use crate::common::{demo_in, shared_first_digit, text, Cli, Dialect, Server};
use serde_json::Value;

/// The nodes as `node ls --json` gives them.
fn nodes(cli: &Cli) -> Vec<Value> {
    cli.run(&["node", "ls", "--json"])
        .json()
        .as_array()
        .expect("array")
        .clone()
}

fn ls_table_names_clusters_with_one_lookup(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let all = nodes(&cli);
    assert!(all.len() >= 2, "{all:#?}");
    let clusters = cli.run(&["nodecluster", "ls", "--json"]).json();
    let run = cli.run(&["node", "ls", "--debug"]);
    let out = run.ok();
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "UUID",
            "FQDN",
            "LASTSEEN",
            "STATUS",
            "CLUSTER",
            "DOCKER_VER"
        ]
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), all.len(), "{out}");
    for (row, node) in rows.iter().zip(&all) {
        let uuid = text(node, "uuid");
        assert!(row.starts_with(&uuid[..8]), "{row}");
        assert!(!row.contains(uuid), "short uuid only: {row}");
        assert!(row.contains(text(node, "external_fqdn")), "{row}");
        assert!(row.contains(text(node, "docker_version")), "{row}");
        let cluster = text(node, "node_cluster");
        if let Some(c) = clusters
            .as_array()
            .unwrap()
            .iter()
            .find(|c| !cluster.is_empty() && cluster.contains(text(c, "uuid")))
        {
            assert!(row.contains(text(c, "name")), "cluster name in {row}");
        }
        if text(node, "state") == "Deployed" {
            assert!(row.contains("▶ Deployed"), "{row}");
        }
    }
    // One node list and one cluster list, however many nodes there are.
    let requests = run.requests();
    assert_eq!(requests.len(), 2, "{requests:#?}");
    assert!(
        requests[0].contains(&d.path("/api/infra/v1/node/")),
        "{requests:#?}"
    );
    assert!(
        requests[1].contains(&d.path("/api/infra/v1/nodecluster/")),
        "{requests:#?}"
    );
}

fn ls_quiet_and_json_make_no_lookups(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let all = nodes(&cli);
    let quiet = cli.run(&["node", "ls", "-q", "--debug"]);
    let uuids: Vec<&str> = all.iter().map(|n| text(n, "uuid")).collect();
    assert_eq!(quiet.ok().lines().collect::<Vec<_>>(), uuids);
    assert_eq!(quiet.requests().len(), 1, "{:#?}", quiet.requests());
    let json = cli.run(&["--json", "node", "ls", "--debug"]);
    assert_eq!(json.json().as_array().unwrap().len(), all.len());
    assert_eq!(json.requests().len(), 1);
    // An empty sandbox still prints the header.
    let empty = Server::start(&["--seed", "empty"]);
    let run = Cli::in_dialect(&empty, d).run(&["node", "ls"]);
    assert_eq!(
        run.ok().trim_end(),
        "UUID  FQDN  LASTSEEN  STATUS  CLUSTER  DOCKER_VER"
    );
    assert_eq!(
        Cli::in_dialect(&empty, d)
            .run(&["node", "ls", "--json"])
            .ok(),
        "[]\n"
    );
}

fn inspect_by_uuid_and_prefix_never_by_name(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let all = nodes(&cli);
    let (first, second) = (text(&all[0], "uuid"), text(&all[1], "uuid"));
    let run = cli.run(&["node", "inspect", first, &second[..8], "--debug"]);
    let docs = run.json_docs();
    assert_eq!(docs.len(), 2);
    assert_eq!(text(&docs[0], "uuid"), first);
    assert_eq!(text(&docs[1], "uuid"), second);
    // One request per identifier: the object is not fetched a second time.
    assert_eq!(run.requests().len(), 2, "{:#?}", run.requests());

    let fqdn = text(&all[0], "external_fqdn");
    let err = cli.run(&["node", "inspect", fqdn]);
    assert_eq!(
        err.fails(3).trim(),
        format!("Cannot find a node with the identifier '{fqdn}'")
    );
    // Later identifiers still run after a failure; the exit status reports it.
    let mixed = cli.run(&["node", "inspect", "nope", first]);
    assert_eq!(mixed.code, 3);
    assert!(mixed.stdout.contains(first));
    assert_eq!(
        mixed.stderr.trim(),
        "Cannot find a node with the identifier 'nope'"
    );
}

fn ambiguous_prefix_is_an_error(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    // 17 or more nodes guarantee two uuids sharing their first hex digit.
    cli.run(&[
        "nodecluster",
        "create",
        "many",
        "digitalocean",
        "lon1",
        "1gb",
        "-t",
        "17",
        "--sync",
    ])
    .ok();
    let all = nodes(&cli);
    let uuids: Vec<&str> = all.iter().map(|n| text(n, "uuid")).collect();
    let shared = shared_first_digit(&uuids);
    cli.run(&["node", "inspect", &shared]).ambiguous("node");
}

fn upgrade_and_rm_with_sync(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let all = nodes(&cli);
    let deployed: Vec<&str> = all
        .iter()
        .filter(|n| text(n, "state") == "Deployed")
        .map(|n| text(n, "uuid"))
        .collect();
    let (a, b) = (deployed[0], deployed[1]);
    let run = cli.run(&["node", "upgrade", &a[..8], "--sync", "--debug"]);
    assert_eq!(run.ok(), format!("{a}\n"));
    let requests = run.requests();
    assert!(
        requests
            .iter()
            .any(|r| r.starts_with("POST ") && r.ends_with(&format!("{a}/docker-upgrade/"))),
        "{requests:#?}"
    );
    assert!(requests
        .iter()
        .any(|r| r.contains(&d.path("/api/audit/v1/action/"))));

    // Several identifiers: a failure in the middle does not stop the others.
    let run = cli.run(&["node", "rm", a, "nope", b, "--sync"]);
    assert_eq!(run.code, 3, "{run:#?}");
    assert_eq!(run.stdout, format!("{a}\n{b}\n"));
    assert!(run
        .stderr
        .contains("Cannot find a node with the identifier 'nope'"));
    for id in [a, b] {
        let node = cli.run(&["node", "inspect", id]).json();
        assert_eq!(text(&node, "state"), "Terminated");
    }
    // --json prints the object.
    let c = deployed[2];
    let json = cli.run(&["node", "upgrade", c, "--json", "--sync"]).json();
    assert_eq!(text(&json, "uuid"), c);
}

fn byo_prints_the_install_command(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let run = cli.run(&["node", "byo", "--debug"]);
    let out = run.ok();
    let lines: Vec<&str> = out.split('\n').collect();
    assert_eq!(lines.len(), 6, "{out:?}");
    assert_eq!(lines[1], "Run the following command on your server:");
    assert_eq!(lines[2], "");
    let token = lines[3]
        .strip_prefix("\tcurl -Ls https://get.cloud.docker.com/ | sudo -H sh -s ")
        .expect("install command");
    assert!(!token.is_empty() && !token.contains(' '), "{out:?}");
    assert_eq!(lines[4], "");
    let requests = run.requests();
    assert_eq!(requests.len(), 1, "{requests:#?}");
    assert!(requests[0].starts_with("POST "), "{requests:#?}");
    assert!(
        requests[0].ends_with(&d.path("/api/infra/v1/token/")),
        "{requests:#?}"
    );

    let json = cli.run(&["node", "byo", "--json"]).json();
    let token = text(&json, "token");
    assert!(!token.is_empty());
    assert!(text(&json, "command").ends_with(&format!("sh -s {token}")));

    // The namespace goes into the token path (namespaces are Docker Cloud's).
    if d == Dialect::DockerCloud {
        let run = cli.run(&["node", "byo", "--namespace", "tester", "--debug"]);
        run.ok();
        assert!(run.requests()[0].ends_with("/api/infra/v1/tester/token/"));
    }
}

both_dialects!(
    byo_prints_the_install_command,
    ls_table_names_clusters_with_one_lookup,
    ls_quiet_and_json_make_no_lookups,
    inspect_by_uuid_and_prefix_never_by_name,
    ambiguous_prefix_is_an_error,
    upgrade_and_rm_with_sync,
);
