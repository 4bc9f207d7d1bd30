//! No identifier, namespace or key leaves its resource path: each case goes through the
//! real client to a server that logs every request line (`--log`), and the logged paths are
//! exactly the resource paths expected.

use std::collections::BTreeSet;

use crate::common::{spawn_server, stop_and_read_stderr, Cli, APIKEY, USER};

/// One test per case: the case, then every path the server may see.
macro_rules! stays_inside {
    ($($name:ident: $case:literal => [$($path:literal),+];)+) => {
        $(#[test]
        fn $name() {
            assert_paths($case, &[$($path),+]);
        })+
    };
}

stays_inside! {
    dot_dot: ".." => ["/api/app/v1/service/"];
    slash: "/" => ["/api/app/v1/service/"];
    question_mark: "?" => ["/api/app/v1/service/"];
    hash: "#" => ["/api/app/v1/service/"];
    encoded_dot_dot: "%2e%2e" => ["/api/app/v1/service/", "/api/app/v1/%252e%252e/service/"];
}

/// Runs `case` as an identifier (looked up in list queries), a namespace, a repository name
/// segment and an image tag, and asserts that the server saw exactly the `expected` paths.
/// What would leave a path is refused (exit 2) before any request.
fn assert_paths(case: &str, expected: &[&str]) {
    let user = format!("{USER}:{APIKEY}");
    let (mut server, url, _stdout) =
        spawn_server(&["--speed", "instant", "--user", &user, "--log"]);
    let ws = url.replacen("http", "ws", 1);
    let cli = Cli::for_url(&url, &ws)
        .with("DOCKERCLOUD_USER", USER)
        .with("DOCKERCLOUD_APIKEY", APIKEY);
    for id in [
        case.to_string(),
        format!("web{case}"),
        format!("{case}.stack"),
    ] {
        let run = cli.run(&["service", "inspect", &id]);
        assert!(
            run.fails(3).starts_with("Cannot find a service"),
            "{run:#?}"
        );
    }
    let namespaced = cli.run(&["--namespace", case, "service", "ps", "-q"]);
    if !expected.iter().any(|path| path.contains("/v1/%25")) {
        assert!(
            namespaced.fails(2).starts_with("invalid namespace"),
            "{namespaced:#?}"
        );
    }
    let repository = format!("r.io/a/{case}");
    let run = cli.run(&["repository", "inspect", &repository]);
    assert!(
        run.fails(2).starts_with("invalid repository name"),
        "{run:#?}"
    );
    let tutum = Cli::for_url(&url, &ws)
        .without("DOCKERCLOUD_REST_HOST")
        .with("TUTUM_REST_HOST", &url)
        .with("TUTUM_USER", USER)
        .with("TUTUM_APIKEY", APIKEY);
    let tag = format!("tutum/mysql:{case}");
    let run = tutum.run(&["imagetag", "inspect", &tag]);
    assert!(run.fails(2).starts_with("invalid image tag"), "{run:#?}");

    let log = stop_and_read_stderr(&mut server);
    let paths: BTreeSet<&str> = log
        .lines()
        .filter_map(|line| line.split(' ').nth(1))
        .map(|target| target.split('?').next().unwrap_or(target))
        .collect();
    let expected: BTreeSet<&str> = expected.iter().copied().collect();
    assert_eq!(paths, expected, "{log}");
}
