//! The Tutum dialect: how it is chosen, how it authenticates, the Tutum-only commands and
//! the secrecy of the stream key. The command suites run in both dialects themselves.

use crate::common::{demo_in, Cli, Dialect, Run, Server, APIKEY, USER};
use serde_json::Value;

/// The refusal of `login`/`logout` in the Tutum dialect: the one command that shows the
/// dialect chosen without any request.
const TUTUM_LOGOUT: &str = "login, logout and server are only available with the Docker Cloud \
API: the Tutum API reads TUTUM_USER and TUTUM_APIKEY (or TUTUM_AUTH)\n";

/// A client with a private home and no API settings at all.
fn bare() -> Cli {
    Cli::for_url("http://127.0.0.1:9", "ws://127.0.0.1:9")
        .without("DOCKERCLOUD_REST_HOST")
        .without("DOCKERCLOUD_STREAM_HOST")
}

/// `logout` with `vars` (and `args` before it): Tutum refuses it, Docker Cloud finds nothing
/// stored.
fn logout(vars: &[(&str, &str)], args: &[&str]) -> Run {
    let cli = vars
        .iter()
        .fold(bare(), |cli, (name, value)| cli.with(name, value));
    let mut all = args.to_vec();
    all.push("logout");
    cli.run(&all)
}

/// Whether a `logout` run shows the Tutum dialect (else it must show Docker Cloud's).
fn chose_tutum(run: &Run) -> bool {
    if run.code == 2 && run.stderr == TUTUM_LOGOUT {
        return true;
    }
    assert_eq!(run.code, 0, "{run:#?}");
    false
}

#[test]
fn each_tutum_selector_chooses_tutum() {
    let host = "http://127.0.0.1:9";
    for vars in [
        &[("TUTUM_USER", "u"), ("TUTUM_APIKEY", "k")][..],
        &[("TUTUM_USER", "u"), ("TUTUM_PASS", "p")],
        &[("TUTUM_AUTH", "ApiKey u:k")],
        &[("TUTUM_REST_HOST", host)],
        &[("TUTUM_BASE_URL", "http://127.0.0.1:9/api/v1/")],
        &[("TUTUM_STREAM_HOST", "ws://127.0.0.1:9")],
        &[("TUTUM_STREAM_URL", "ws://127.0.0.1:9/v1/")],
    ] {
        assert!(chose_tutum(&logout(vars, &[])), "{vars:?}");
    }
    // A user name alone, or a key without its user, selects nothing.
    assert!(!chose_tutum(&logout(&[("TUTUM_USER", "u")], &[])));
    assert!(!chose_tutum(&logout(&[("TUTUM_APIKEY", "k")], &[])));
    assert!(!chose_tutum(&logout(&[], &[])));
}

#[test]
fn the_flag_wins_over_the_variable_which_wins_over_selectors() {
    let tutum = [("TUTUM_USER", "u"), ("TUTUM_APIKEY", "k")];
    let chosen = |vars: &[(&str, &str)], args: &[&str]| chose_tutum(&logout(vars, args));
    assert!(!chosen(&tutum, &["--api", "dockercloud"]));
    assert!(!chosen(
        &[tutum[0], tutum[1], ("DOCKERCLOUD_API", "dockercloud")],
        &[]
    ));
    assert!(chosen(&[("DOCKERCLOUD_API", "tutum")], &[]));
    assert!(chosen(&[("DOCKERCLOUD_API", "Tutum")], &[]));
    assert!(chosen(
        &[("DOCKERCLOUD_API", "dockercloud")],
        &["--api", "tutum"]
    ));
    assert!(!chosen(
        &[("DOCKERCLOUD_API", "tutum")],
        &["--api", "dockercloud"]
    ));
    let bad = logout(&[("DOCKERCLOUD_API", "swarm")], &[]);
    assert_eq!(
        bad.fails(2),
        "DOCKERCLOUD_API: expected tutum or dockercloud, not 'swarm'\n"
    );
    bare().run(&["--api", "swarm", "logout"]).fails(2);
}

#[test]
fn tutum_selectors_with_docker_cloud_settings_need_an_explicit_choice() {
    for cloud in [
        ("DOCKERCLOUD_USER", "u"),
        ("DOCKERCLOUD_AUTH", "Basic x"),
        ("DOCKERCLOUD_REST_HOST", "http://127.0.0.1:9"),
        ("DOCKERCLOUD_NAMESPACE", "team"),
    ] {
        let run = logout(&[("TUTUM_AUTH", "ApiKey u:k"), cloud], &[]);
        assert_eq!(
            run.fails(2),
            format!(
                "both TUTUM_AUTH and {} are set: choose the API with --api tutum|dockercloud \
                 or DOCKERCLOUD_API\n",
                cloud.0
            )
        );
        assert!(!chose_tutum(&logout(
            &[("TUTUM_AUTH", "ApiKey u:k"), cloud],
            &["--api", "dockercloud"]
        )));
    }
}

#[test]
fn tutum_has_no_namespaces_and_checks_its_hosts() {
    let tutum = Cli::for_url("http://127.0.0.1:9", "ws://127.0.0.1:9")
        .without("DOCKERCLOUD_REST_HOST")
        .without("DOCKERCLOUD_STREAM_HOST")
        .with("TUTUM_AUTH", "ApiKey u:k");
    assert_eq!(
        tutum
            .run(&["--namespace", "team", "service", "ps"])
            .fails(2),
        "the Tutum API has no namespaces: drop --namespace\n"
    );
    let namespaced = tutum.clone().with("DOCKERCLOUD_NAMESPACE", "team");
    assert_eq!(
        namespaced
            .run(&["--api", "tutum", "service", "ps"])
            .fails(2),
        "the Tutum API has no namespaces: drop DOCKERCLOUD_NAMESPACE\n"
    );
    let base = tutum
        .clone()
        .with("TUTUM_BASE_URL", "http://127.0.0.1:9/api/");
    assert_eq!(
        base.run(&["service", "ps"]).fails(2),
        "TUTUM_BASE_URL: 'http://127.0.0.1:9/api/' must end with /api/v1/\n"
    );
    let none = bare().with("TUTUM_REST_HOST", "http://127.0.0.1:9");
    assert_eq!(
        none.run(&["service", "ps"]).fails(2),
        "Not logged in to Tutum: set TUTUM_USER and TUTUM_APIKEY (or TUTUM_PASS), or \
         TUTUM_AUTH, or write them to ~/.tutum\n"
    );
}

/// A Tutum client of `sandbox` with only the given credentials and its REST host.
fn tutum_with(sandbox: &Server, vars: &[(&str, &str)]) -> Cli {
    vars.iter().fold(
        bare().with("TUTUM_REST_HOST", &sandbox.url),
        |cli, (name, value)| cli.with(name, value),
    )
}

#[test]
fn tutum_credentials_in_their_order_and_never_shown() {
    let sandbox = Server::start(&["--seed", "empty"]);
    let apikey = format!("ApiKey {USER}:{APIKEY}");
    for vars in [
        &[("TUTUM_USER", USER), ("TUTUM_APIKEY", APIKEY)][..],
        &[
            ("TUTUM_AUTH", &apikey),
            ("TUTUM_USER", USER),
            ("TUTUM_APIKEY", "wrong"),
        ],
        &[
            ("TUTUM_USER", USER),
            ("TUTUM_APIKEY", APIKEY),
            ("TUTUM_PASS", "wrong"),
        ],
    ] {
        let run = tutum_with(&sandbox, vars).run(&["--debug", "service", "ps"]);
        run.ok();
        assert!(
            run.stderr.contains("> Authorization: <redacted>\n"),
            "{run:#?}"
        );
        assert!(!run.stderr.contains(APIKEY), "{run:#?}");
        assert!(
            run.requests()
                .iter()
                .all(|r| r.starts_with(&format!("GET {}/api/v1/", sandbox.url))),
            "{run:#?}"
        );
    }
    let wrong = tutum_with(&sandbox, &[("TUTUM_USER", USER), ("TUTUM_APIKEY", "wrong")]);
    assert_eq!(wrong.run(&["service", "ps"]).fails(2), "Not authorized\n");
    // The REST base may be given whole.
    let base = bare()
        .with("TUTUM_BASE_URL", &format!("{}/api/v1/", sandbox.url))
        .with("TUTUM_AUTH", &apikey);
    base.run(&["stack", "ls"]).ok();
    // Last, the `[auth]` section of ~/.tutum.
    let file = tutum_with(&sandbox, &[]);
    let tutum = file.home.path().join(".tutum");
    std::fs::write(
        &tutum,
        format!("[auth]\nuser = {USER}\napikey = {APIKEY}\n"),
    )
    .unwrap();
    file.run(&["stack", "ls"]).ok();
    std::fs::write(&tutum, "[auth]\nuser = nobody\napikey = nothing\n").unwrap();
    assert_eq!(file.run(&["stack", "ls"]).fails(2), "Not authorized\n");
}

#[test]
fn stream_keys_are_redacted_in_traces_and_errors() {
    let (sandbox, cli) = demo_in(Dialect::Tutum);
    let container = cli
        .run(&["container", "ps", "-q"])
        .ok()
        .lines()
        .next()
        .map(str::to_string);
    let container = container.expect("a demo container");
    let by_key = cli.run(&["--debug", "container", "logs", "--tail", "1", &container]);
    let by_auth = tutum_with(
        &sandbox,
        &[("TUTUM_AUTH", &format!("ApiKey {USER}:{APIKEY}"))],
    )
    .run(&["--debug", "container", "logs", "--tail", "1", &container]);
    for (run, query) in [
        (
            &by_key,
            format!("?follow=false&tail=1&user={USER}&token=<redacted>"),
        ),
        (&by_auth, "?follow=false&tail=1&auth=<redacted>".to_string()),
    ] {
        let line = format!("> WebSocket {}/v1/container/", sandbox.ws_url);
        let traced = run.stderr.lines().find(|l| l.starts_with(&line));
        let traced = traced.unwrap_or_else(|| panic!("no stream trace: {run:#?}"));
        assert!(traced.ends_with(&query), "{traced}");
        assert!(!run.stderr.contains(APIKEY), "{run:#?}");
        assert!(!run.stdout.contains(APIKEY), "{run:#?}");
    }
    // A failing stream names its URL without the key.
    let gone = cli.run(&["container", "logs", "--tail", "1", &"0".repeat(8)]);
    assert!(!gone.stderr.contains(APIKEY), "{gone:#?}");
}

#[test]
fn tutum_only_commands_are_refused_in_docker_cloud_before_any_request() {
    let cli = Cli::for_url("http://127.0.0.1:9", "ws://127.0.0.1:9")
        .with("DOCKERCLOUD_USER", USER)
        .with("DOCKERCLOUD_APIKEY", APIKEY);
    for args in [
        &["volume", "ls"][..],
        &["volume", "inspect", "x"],
        &["volumegroup", "ls"],
        &["volumegroup", "inspect", "x"],
        &["image", "ls"],
        &["image", "inspect", "tutum/mysql"],
    ] {
        let run = cli.run(&[&["--debug"][..], args].concat());
        assert_eq!(
            run.fails(2),
            format!(
                "{} is only available with the Tutum API (--api tutum)\n",
                args[0]
            )
        );
    }
    for args in [
        &["imagetag", "ls", "tutum/mysql"][..],
        &["imagetag", "inspect", "a:b"],
    ] {
        let run = cli.run(&[&["--debug"][..], args].concat());
        assert_eq!(
            run.fails(2),
            "image is only available with the Tutum API (--api tutum)\n"
        );
    }
}

#[test]
fn volumes_and_volume_groups() {
    let (_sandbox, cli) = demo_in(Dialect::Tutum);
    let groups = cli.run(&["volumegroup", "ls"]);
    let mut lines = groups.ok().lines();
    assert_eq!(
        lines
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["NAME", "UUID", "STATE", "#SERVICES", "#VOLUMES"]
    );
    let all: Vec<Value> = cli
        .run(&["volumegroup", "ls", "--json"])
        .json()
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!all.is_empty());
    let uuids = cli.run(&["volumegroup", "ls", "-q"]).ok().to_string();
    assert_eq!(uuids.lines().count(), all.len());
    let group = &all[0];
    let name = group["name"].as_str().unwrap_or_default();
    let by_name = cli.run(&["volumegroup", "inspect", name]).json();
    assert_eq!(&by_name, group);
    let uuid = group["uuid"].as_str().unwrap_or_default();
    assert_eq!(
        &cli.run(&["volumegroup", "inspect", &uuid[..8]]).json(),
        group
    );

    let volumes = cli.run(&["volume", "ls", "--json"]).json();
    let volumes = volumes.as_array().cloned().unwrap_or_default();
    assert!(!volumes.is_empty());
    let volume = &volumes[0];
    let uuid = volume["uuid"].as_str().unwrap_or_default();
    let table = cli.run(&["volume", "ls"]);
    let row = table.ok().lines().find(|l| l.starts_with(&uuid[..8]));
    let row = row.unwrap_or_else(|| panic!("no row for {uuid}: {table:#?}"));
    assert!(
        row.contains(volume["state"].as_str().unwrap_or("?")),
        "{row}"
    );
    assert_eq!(&cli.run(&["volume", "inspect", uuid]).json(), volume);
    assert_eq!(
        cli.run(&["volume", "inspect", "zzz"]).fails(3),
        "Cannot find a volume with the identifier 'zzz'\n"
    );
}

#[test]
fn images_and_their_tags() {
    let (_sandbox, cli) = demo_in(Dialect::Tutum);
    let names = cli.run(&["image", "ls", "-q"]).ok().to_string();
    assert!(names.lines().any(|n| n == "tutum/mysql"), "{names}");
    let table = cli.run(&["image", "ls"]);
    assert!(table.ok().starts_with("NAME"), "{table:#?}");
    let row = table.ok().lines().find(|l| l.starts_with("tutum/mysql "));
    assert!(row.is_some_and(|r| r.contains("Success")), "{table:#?}");
    let image = cli.run(&["image", "inspect", "tutum/mysql"]).json();
    assert_eq!(image["name"], "tutum/mysql");
    assert_eq!(
        cli.run(&["image", "inspect", "nobody/nothing"]).fails(3),
        "Cannot find an image with the identifier 'nobody/nothing'\n"
    );
    cli.run(&["image", "inspect", "a/../b"]).fails(2);

    let tags = cli
        .run(&["imagetag", "ls", "-q", "tutum/mysql"])
        .ok()
        .to_string();
    assert!(tags.lines().any(|t| t == "tutum/mysql:5.6"), "{tags}");
    let listed = cli.run(&["imagetag", "ls", "--json", "tutum/mysql"]).json();
    assert!(listed.as_array().is_some_and(|l| !l.is_empty()));
    let table = cli.run(&["imagetag", "ls", "tutum/mysql"]);
    assert!(table.ok().starts_with("FULL NAME"), "{table:#?}");
    let tag = cli.run(&["imagetag", "inspect", "tutum/mysql:5.6"]).json();
    assert_eq!(tag["full_name"], "tutum/mysql:5.6");
    assert_eq!(
        cli.run(&["imagetag", "inspect", "tutum/mysql"]).fails(2),
        "invalid image tag 'tutum/mysql': expected image:tag, such as tutum/mysql:5.6\n"
    );
    assert_eq!(
        cli.run(&["imagetag", "inspect", "tutum/mysql:0.0", "tutum/mysql:5.6"])
            .fails(3),
        "Cannot find an image tag with the identifier 'tutum/mysql:0.0'\n"
    );
}

#[test]
fn operations_report_the_tutum_action_header() {
    let (_sandbox, cli) = demo_in(Dialect::Tutum);
    let run = cli.run(&["--debug", "service", "stop", "--sync", "hello"]);
    run.ok();
    let header = run.stderr.lines().find(|l| {
        l.to_ascii_lowercase()
            .starts_with("< x-tutum-action-uri: /api/v1/action/")
    });
    assert!(header.is_some(), "{run:#?}");
    assert!(
        run.requests().iter().any(|r| r.contains("/api/v1/action/")),
        "the wait follows the Tutum action URI: {run:#?}"
    );
}
