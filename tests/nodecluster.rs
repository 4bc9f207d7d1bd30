//! `docker-cloud nodecluster ...` against a sandbox on a free port.

use crate::common::{demo_in, text, Cli, Dialect, Server};
use serde_json::{json, Value};

/// The lines of a table split into whitespace-separated cells (labels may hold spaces, so
/// only the first cells of a row are reliable).
fn rows(out: &str) -> Vec<Vec<&str>> {
    out.lines()
        .map(|l| l.split_whitespace().collect())
        .collect()
}

/// `nodecluster create ARGS` (a new cluster) and its uuid.
fn create(cli: &Cli, args: &[&str]) -> String {
    let mut all = vec!["nodecluster", "create"];
    all.extend_from_slice(args);
    cli.run(&all).uuid()
}

fn ls_table_uses_one_listing_of_regions_and_types(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    create(&cli, &["extra", "digitalocean", "lon1", "1gb"]);
    let clusters = cli.run(&["nodecluster", "ls", "--json"]).json();
    let clusters = clusters.as_array().unwrap();
    assert!(clusters.len() >= 3);
    let run = cli.run(&["nodecluster", "ls", "--debug"]);
    let out = run.ok();
    assert_eq!(
        rows(out)[0],
        [
            "NAME",
            "UUID",
            "REGION",
            "TYPE",
            "DEPLOYED",
            "STATUS",
            "CURRENT#NODES",
            "TARGET#NODES"
        ]
    );
    let extra = out.lines().find(|l| l.starts_with("extra ")).expect("row");
    assert!(extra.contains("London 1"), "{extra}");
    assert!(extra.contains("1GB"), "{extra}");
    assert!(!extra.contains("/api/"), "labels, not URIs: {extra}");
    // Numeric columns are right-aligned: the row ends with the target number.
    assert!(extra.ends_with(" 1"), "{extra:?}");
    // Clusters, regions and node types: three lists, however many clusters there are.
    let requests = run.requests();
    assert_eq!(requests.len(), 3, "{requests:#?}");
    assert!(requests
        .iter()
        .any(|r| r.contains(&d.path("/api/infra/v1/region/"))));
    assert!(requests
        .iter()
        .any(|r| r.contains(&d.path("/api/infra/v1/nodetype/"))));

    let quiet = cli.run(&["nodecluster", "ls", "-q", "--debug"]);
    let uuids: Vec<&str> = clusters.iter().map(|c| text(c, "uuid")).collect();
    assert_eq!(quiet.ok().lines().collect::<Vec<_>>(), uuids);
    assert_eq!(quiet.requests().len(), 1);
}

fn create_sends_every_flag_then_deploys(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let run = cli.run(&[
        "nodecluster",
        "create",
        "mycl",
        "aws",
        "us-east-1",
        "t2.micro",
        "-t",
        "2",
        "--disk",
        "30",
        "--tag",
        "a",
        "--tag",
        "b",
        "--tag",
        "a",
        "--aws-vpc-id",
        "vpc-1",
        "--aws-vpc-subnet",
        "s1",
        "--aws-vpc-subnet",
        "s2",
        "--aws-vpc-security-group",
        "g1",
        "--aws-iam-instance-profile-name",
        "prof",
        "--sync",
        "--debug",
    ]);
    let uuid = run.ok().trim().to_string();
    let requests = run.requests();
    assert!(
        requests[0].starts_with("POST ")
            && requests[0].ends_with(&d.path("/api/infra/v1/nodecluster/"))
    );
    assert!(requests[1].starts_with("POST ") && requests[1].ends_with(&format!("{uuid}/deploy/")));
    assert!(requests[2..]
        .iter()
        .all(|r| r.contains(&d.path("/api/audit/v1/action/"))));
    let body_line = run
        .stderr
        .lines()
        .find(|l| l.starts_with("> {"))
        .expect("traced body");
    let body: Value = serde_json::from_str(&body_line[2..]).unwrap();
    assert_eq!(
        body,
        json!({
            "name": "mycl",
            "region": d.path("/api/infra/v1/region/aws/us-east-1/"),
            "node_type": d.path("/api/infra/v1/nodetype/aws/t2.micro/"),
            "target_num_nodes": 2,
            "disk": 30,
            "tags": [{"name": "a"}, {"name": "b"}],
            "provider_options": {
                "vpc": {"id": "vpc-1", "subnets": ["s1", "s2"], "security_groups": ["g1"]},
                "iam": {"instance_profile_name": "prof"}
            }
        })
    );
    let cluster = cli.run(&["nodecluster", "inspect", &uuid]).json();
    assert_eq!(text(&cluster, "state"), "Deployed");
    assert_eq!(cluster["disk"], 30);
    assert_eq!(cluster["current_num_nodes"], 2);

    // Without options only the required fields go out; --json prints the cluster.
    let json = cli
        .run(&[
            "nodecluster",
            "create",
            "plain",
            "digitalocean",
            "lon1",
            "1gb",
            "--json",
        ])
        .json();
    assert_eq!(text(&json, "name"), "plain");
    assert_eq!(json["target_num_nodes"], 1);

    // The namespace goes into the cluster path, never into region or node type URIs
    // (namespaces are Docker Cloud's).
    if d == Dialect::DockerCloud {
        let args = [
            "--namespace",
            "tester",
            "nodecluster",
            "create",
            "spaced",
            "digitalocean",
        ];
        let run = cli.run(&[&args[..], &["lon1", "1gb", "--debug"]].concat());
        run.ok();
        assert!(run.requests()[0].ends_with("/api/infra/v1/tester/nodecluster/"));
        assert!(run
            .stderr
            .contains(r#""region":"/api/infra/v1/region/digitalocean/lon1/","node_type":"/api/infra/v1/nodetype/digitalocean/1gb/""#));
    }
}

#[test]
fn bad_input_fails_before_any_request() {
    // Nothing listens on this port: a request would fail with exit 3, not 2.
    let cli = Cli::offline();
    let cases: &[&[&str]] = &[
        &["n", "aws", "us-east-1", "t2.micro", "--disk", "big"],
        &["n", "aws", "us-east-1", "t2.micro", "--disk", "0"],
        &["n", "aws", "us-east-1", "t2.micro", "--disk", "-5"],
        &["n", "aws", "us-east-1", "t2.micro", "-t", "many"],
        &["n", "aws/x", "us-east-1", "t2.micro"],
        &["n", "aws", "us-east-1?x=1", "t2.micro"],
        &["n", "aws", "us-east-1", ".."],
        &["n", "aws", "", "t2.micro"],
        &["", "aws", "us-east-1", "t2.micro"],
        &["n", "aws", "us-east-1", "t2.micro", "--tag", ""],
        &[
            "n",
            "aws",
            "us-east-1",
            "t2.micro",
            "--aws-vpc-subnet",
            "s1",
        ],
        &[
            "n",
            "aws",
            "us-east-1",
            "t2.micro",
            "--aws-vpc-security-group",
            "g",
        ],
        &["n", "aws", "us-east-1"],
    ];
    for args in cases {
        let mut all = vec!["nodecluster", "create"];
        all.extend_from_slice(args);
        let run = cli.run(&all);
        let err = run.fails(2);
        assert!(!err.contains("127.0.0.1:9"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    for args in [
        &["nodecluster", "scale", "x", "-1"][..],
        &["nodecluster", "scale", "x"],
        &["nodecluster", "rm"],
        &["nodecluster", "rm", ""],
        &["nodecluster", "scale", "x", " ", "3"],
        &["node", "rm", "x", ""],
        &["node", "upgrade", ""],
    ] {
        cli.run(args).fails(2);
    }
}

fn a_failed_deploy_names_the_created_cluster(d: Dialect) {
    let sandbox = Server::start(&["--seed", "demo", "--fault", "status=500,path=*/deploy/"]);
    let cli = Cli::in_dialect(&sandbox, d);
    let run = cli.run(&[
        "nodecluster",
        "create",
        "half",
        "digitalocean",
        "lon1",
        "1gb",
    ]);
    let err = run.fails(3);
    let clusters = cli.run(&["nodecluster", "ls", "--json"]).json();
    let half = clusters
        .as_array()
        .unwrap()
        .iter()
        .find(|c| text(c, "name") == "half")
        .expect("the cluster stays");
    assert!(
        err.starts_with(&format!(
            "Node cluster {} was created but could not be deployed: Internal Server Error",
            text(half, "uuid")
        )),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

fn scale_patches_only_a_new_target(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let uuid = create(&cli, &["scaly", "digitalocean", "lon1", "1gb", "--sync"]);
    let run = cli.run(&["nodecluster", "scale", "scaly", "3", "--sync", "--debug"]);
    assert_eq!(run.ok(), format!("{uuid}\n"));
    assert_eq!(run.sent("PATCH").len(), 1, "{:#?}", run.requests());
    assert!(
        run.stderr.contains(r#"> {"target_num_nodes":3}"#),
        "{}",
        run.stderr
    );
    let cluster = cli.run(&["nodecluster", "inspect", &uuid]).json();
    assert_eq!(cluster["target_num_nodes"], 3);
    assert_eq!(cluster["current_num_nodes"], 3);
    assert_eq!(text(&cluster, "state"), "Deployed");

    // The same target again: nothing to send, the uuid is still printed.
    let again = cli.run(&["nodecluster", "scale", &uuid[..8], "3", "--debug"]);
    assert_eq!(again.ok(), format!("{uuid}\n"));
    assert!(again.only_read());

    // Several identifiers, one unknown.
    let run = cli.run(&["nodecluster", "scale", "nope", "scaly", "1", "--json"]);
    assert_eq!(run.code, 3);
    let shown: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(shown["target_num_nodes"], 1);
    assert_eq!(
        run.stderr.trim(),
        "Cannot find a node cluster with the identifier 'nope'"
    );
}

fn inspect_and_rm_by_name_prefix_and_uuid(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    // A terminated cluster keeps its name in the lists: a new one of the same name makes the
    // name ambiguous.
    let old = create(&cli, &["dup", "digitalocean", "lon1", "1gb", "--sync"]);
    cli.run(&["nodecluster", "rm", &old, "--sync"]).ok();
    let a = create(&cli, &["dup", "digitalocean", "lon1", "1gb"]);
    let b = create(&cli, &["other", "digitalocean", "lon1", "1gb"]);
    cli.run(&["nodecluster", "inspect", "dup"])
        .ambiguous("node cluster");
    let docs = cli
        .run(&["nodecluster", "inspect", &a, &b[..8], "production"])
        .json_docs();
    assert_eq!(docs.len(), 3);
    assert_eq!(text(&docs[0], "uuid"), a);
    assert_eq!(text(&docs[1], "uuid"), b);
    assert_eq!(text(&docs[2], "name"), "production");
    let run = cli.run(&["nodecluster", "rm", &a, "zzz", &b, "--sync"]);
    assert_eq!(run.code, 3);
    assert_eq!(run.stdout, format!("{a}\n{b}\n"));
    assert_eq!(
        run.stderr.trim(),
        "Cannot find a node cluster with the identifier 'zzz'"
    );
    for id in [&a, &b] {
        let cluster = cli.run(&["nodecluster", "inspect", id]).json();
        assert_eq!(text(&cluster, "state"), "Terminated");
    }
}

fn providers_regions_nodetypes_and_zones(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let providers = cli.run(&["nodecluster", "provider"]);
    let table = rows(providers.ok());
    assert_eq!(table[0], ["NAME", "LABEL"]);
    assert!(table
        .iter()
        .any(|r| r[..] == ["aws", "Amazon", "Web", "Services"]));
    let names = cli.run(&["nodecluster", "provider", "-q"]);
    assert!(names.ok().lines().any(|l| l == "digitalocean"));
    let json = cli.run(&["nodecluster", "provider", "--json"]).json();
    assert_eq!(json.as_array().unwrap().len(), table.len() - 1);

    let regions = cli.run(&["nodecluster", "region", "-p", "digitalocean"]);
    let table = rows(regions.ok());
    assert_eq!(table[0], ["NAME", "LABEL", "PROVIDER"]);
    assert!(table.len() > 1);
    assert!(table[1..].iter().all(|r| r.last() == Some(&"digitalocean")));
    assert!(table.iter().any(|r| r[0] == "lon1"));
    let all = cli.run(&["nodecluster", "region"]);
    assert!(rows(all.ok()).len() > table.len());
    let json = cli
        .run(&["nodecluster", "region", "-p", "aws", "--json"])
        .json();
    assert!(json
        .as_array()
        .unwrap()
        .iter()
        .all(|r| text(r, "resource_uri").contains("/region/aws/")));
    let none = cli.run(&["nodecluster", "region", "-p", "nowhere"]);
    assert_eq!(none.ok(), "NAME  LABEL  PROVIDER\n");

    let types = cli.run(&["nodecluster", "nodetype", "-p", "aws", "-r", "us-east-1"]);
    let out = types.ok();
    let table = rows(out);
    assert_eq!(table[0], ["NAME", "LABEL", "PROVIDER", "REGIONS"]);
    assert!(table.iter().any(|r| r[0] == "t2.micro"));
    for line in out.lines().skip(1) {
        assert!(line.contains(" aws "), "{line}");
        assert!(line.contains("us-east-1"), "{line}");
    }
    let do_types = cli.run(&["nodecluster", "nodetype", "-r", "lon1"]);
    assert!(rows(do_types.ok())[1..]
        .iter()
        .all(|r| r.contains(&"digitalocean")));

    let zones = cli.run(&["nodecluster", "az"]);
    let out = zones.ok();
    assert_eq!(rows(out)[0], ["NAME", "AVAILABLE", "RESOURCE", "URI"]);
    let row = out
        .lines()
        .find(|l| l.starts_with("us-east-1a "))
        .expect("zone row");
    assert!(row.contains(" Yes ") || row.contains(" No "), "{row}");
    assert!(
        row.ends_with(&d.path("/api/infra/v1/az/aws/us-east-1/us-east-1a/")),
        "{row}"
    );
    let names = cli.run(&["nodecluster", "az", "-q"]);
    assert!(names.ok().lines().any(|l| l == "us-east-1a"));
}

both_dialects!(
    create_sends_every_flag_then_deploys,
    ls_table_uses_one_listing_of_regions_and_types,
    a_failed_deploy_names_the_created_cluster,
    scale_patches_only_a_new_target,
    inspect_and_rm_by_name_prefix_and_uuid,
    providers_regions_nodetypes_and_zones,
);
