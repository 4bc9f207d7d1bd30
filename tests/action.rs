//! `docker-cloud action ...` against a sandbox on a free port.

use crate::common::{shared_first_digit, start_in, uri_uuid, Cli, Dialect, USER};
use serde_json::Value;

/// The uuids `action ls -q` prints with these extra arguments.
fn uuids(cli: &Cli, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["action", "ls", "-q"];
    args.extend_from_slice(extra);
    cli.run(&args).ok().lines().map(str::to_string).collect()
}

/// Creates `count` services (one action each) in an empty sandbox.
fn services(cli: &Cli, count: usize) {
    for n in 0..count {
        cli.run(&["service", "create", "-n", &format!("s{n}"), "nginx"])
            .ok();
    }
}

fn ls_table_quiet_json_and_last(d: Dialect) {
    let (_sandbox, cli) = start_in(d, &["--seed", "empty"]);
    // The header is complete even without rows.
    assert_eq!(
        cli.run(&["action", "ls"]).ok(),
        "UUID  ACTION  START  END  TARGET  IP  LOCATION\n"
    );
    assert_eq!(
        cli.run(&["action", "ls", "--json"]).json(),
        Value::Array(vec![])
    );
    services(&cli, 30);
    let all = cli.run(&["action", "ls", "--json", "--last", "100"]).json();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 30);
    assert_eq!(uuids(&cli, &[]).len(), 25);
    assert_eq!(uuids(&cli, &["-l", "0"]).len(), 25);
    let three = uuids(&cli, &["--last", "3"]);
    let first: Vec<&str> = all[..3]
        .iter()
        .map(|a| a["uuid"].as_str().unwrap())
        .collect();
    assert_eq!(three, first);
    // Newest first: `--last` shows the latest actions.
    let newest = cli.run(&["service", "inspect", "s29", "--json"]).json();
    assert_eq!(all[0]["object"], newest["resource_uri"]);

    let table = cli.run(&["action", "ls", "-l", "2"]);
    let lines: Vec<&str> = table.ok().lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[0].starts_with("UUID      ACTION          START"),
        "{lines:?}"
    );
    let service = uri_uuid(all[0]["object"].as_str().unwrap());
    let row = lines[1];
    assert!(row.starts_with(&first[0][..8]), "{row}");
    assert!(row.contains("  Service Create  "), "{row}");
    // TARGET keeps what follows `/api/<subsystem>/v1/` (Tutum: `/api/v1/service/`), as the
    // original showed it: the namespace stays.
    let object = all[0]["object"].as_str().unwrap();
    let target = match d {
        Dialect::DockerCloud => {
            let namespaced = object.contains(&format!("/{USER}/service/"));
            assert!(namespaced, "{object}");
            format!("{USER}/service/{service}")
        }
        Dialect::Tutum => service.to_string(),
    };
    assert!(row.contains(&format!("  {target}  ")), "{row} ({object})");
    assert!(row.ends_with(all[0]["location"].as_str().unwrap()), "{row}");

    cli.run(&["action", "ls", "-l", "-1"]).fails(2);
    cli.run(&["action", "ls", "-l", "x"]).fails(2);
}

fn ls_stops_paging_once_it_has_enough(d: Dialect) {
    let (_sandbox, cli) = start_in(d, &["--seed", "empty"]);
    services(&cli, 5);
    let run = cli.run(&["--debug", "action", "ls", "-q", "--last", "2"]);
    assert_eq!(run.ok().lines().count(), 2);
    let gets = run.sent("GET");
    assert_eq!(gets.len(), 1, "{gets:#?}");
    assert!(
        gets[0].contains(&d.path("/api/audit/v1/action/?limit=2")),
        "{gets:#?}"
    );
}

fn inspect_by_uuid_and_prefix_only(d: Dialect) {
    let (_sandbox, cli) = start_in(d, &["--seed", "empty"]);
    services(&cli, 1);
    let uuid = uuids(&cli, &[]).remove(0);
    let full = cli.run(&["action", "inspect", &uuid]).json();
    assert_eq!(full["uuid"], uuid.as_str());
    let short = cli.run(&["action", "inspect", &uuid[..6]]).json();
    assert_eq!(short, full);
    // Actions have no names; namespaces do not apply to them.
    cli.run(&["action", "inspect", "Service Create"])
        .not_found("an action", "Service Create");
    if d == Dialect::DockerCloud {
        let namespaced = cli.run(&[
            "--namespace",
            "tester",
            "--debug",
            "action",
            "inspect",
            &uuid,
        ]);
        namespaced.ok();
        assert!(namespaced
            .stderr
            .contains(&d.path(&format!("/api/audit/v1/action/{uuid}/"))));
    }
    let several = cli.run(&["action", "inspect", "zzz", &uuid]);
    several.not_found("an action", "zzz");
    assert_eq!(
        serde_json::from_str::<Value>(&several.stdout).unwrap()["uuid"],
        uuid.as_str()
    );
    cli.run(&["action", "inspect"]).fails(2);
}

fn ambiguous_prefixes_are_refused(d: Dialect) {
    let (_sandbox, cli) = start_in(d, &["--seed", "empty"]);
    services(&cli, 17);
    let all = uuids(&cli, &["-l", "100"]);
    let shared = shared_first_digit(&all);
    cli.run(&["action", "inspect", &shared]).ambiguous("action");
}

fn cancel_and_retry_print_the_action(d: Dialect) {
    // At realistic speed a start stays in progress for seconds.
    let server = crate::common::Server::start_at_speed("realistic", &["--seed", "empty"]);
    let cli = crate::common::Cli::in_dialect(&server, d);
    cli.run(&["service", "run", "-n", "web", "nginx"]).ok();
    let create = uuids(&cli, &[]).remove(0);
    let inspect = |id: &str| cli.run(&["action", "inspect", id]).json();
    assert_eq!(inspect(&create)["state"], "In progress");

    let canceled = cli.run(&["action", "cancel", &create[..8]]);
    assert_eq!(canceled.ok(), format!("{create}\n"));
    // Canceling until the step under way ends.
    let start = std::time::Instant::now();
    loop {
        // One read per round: the state may change between two.
        let state = inspect(&create)["state"].clone();
        if state == "Canceled" {
            break;
        }
        assert_eq!(state, "Canceling");
        assert!(start.elapsed().as_secs() < 20, "never canceled");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // Canceling a finished action is refused by the server: one line, exit 3.
    let again = cli.run(&["action", "cancel", &create]);
    let err = again.fails(3);
    assert_eq!(err.lines().count(), 1, "{again:#?}");
    assert!(err.contains("(status 400, POST /api/"), "{err}");

    let retried = cli.run(&["action", "retry", &create, "--json"]).json();
    let new = retried["uuid"].as_str().unwrap();
    assert_ne!(new, create);
    assert_eq!(uuids(&cli, &[]).first().unwrap(), new);
    let plain = cli.run(&["action", "retry", &create]);
    plain.uuid();
    cli.run(&["action", "retry", "nope"])
        .not_found("an action", "nope");
}

fn logs_print_the_action_log(d: Dialect) {
    let (_sandbox, cli) = start_in(d, &["--seed", "empty"]);
    cli.run(&["action", "logs", "nope"])
        .not_found("an action", "nope");
    cli.run(&["service", "run", "-n", "web", "nginx"]).ok();
    let start = uuids(&cli, &[]).remove(0);
    let run = cli.run(&["action", "logs", &start]);
    assert!(!run.ok().is_empty(), "{run:#?}");
}

both_dialects!(
    ls_table_quiet_json_and_last,
    ls_stops_paging_once_it_has_enough,
    inspect_by_uuid_and_prefix_only,
    ambiguous_prefixes_are_refused,
    cancel_and_retry_print_the_action,
    logs_print_the_action_log,
);
