//! Credentials never go over plain HTTP to a host that is not loopback unless the user allows
//! it: the refusal comes before any connection, so these tests send nothing anywhere.

mod common;

use common::{demo, run_with_stdin, Cli, APIKEY, USER};

/// A non-loopback address: nothing may ever be sent to it.
const REMOTE: &str = "http://10.255.255.1:1";

/// A client for [`REMOTE`] with the test credentials.
fn remote() -> Cli {
    Cli::for_url(REMOTE, "ws://10.255.255.1:1")
        .with("DOCKERCLOUD_USER", USER)
        .with("DOCKERCLOUD_APIKEY", APIKEY)
        // Were a connection tried, it would fail at once rather than wait.
        .with("DOCKERCLOUD_CONNECT_TIMEOUT", "0.001")
}

/// Asserts the one-line refusal naming the host and both ways to allow it.
fn assert_refused(run: &common::Run) {
    let stderr = run.fails(2);
    assert_eq!(stderr.lines().count(), 1, "{run:#?}");
    assert!(
        stderr.starts_with("refusing to send credentials over plain HTTP to 10.255.255.1"),
        "{run:#?}"
    );
    assert!(stderr.contains("--insecure-http"), "{run:#?}");
    assert!(stderr.contains("DOCKERCLOUD_INSECURE_HTTP=1"), "{run:#?}");
    assert!(run.stdout.is_empty(), "{run:#?}");
}

#[test]
fn plain_http_to_a_remote_host_is_refused_before_any_request() {
    let cli = remote();
    for args in [
        &["service", "ps"][..],
        &["--debug", "service", "inspect", "web"],
        &["service", "logs", "web"],
        &["run", "busybox"],
    ] {
        let run = cli.run(args);
        assert_refused(&run);
        assert!(run.requests().is_empty(), "{args:?}: {run:#?}");
    }
    let token = cli
        .clone()
        .with("DOCKERCLOUD_AUTH", "Basic abc")
        .without("DOCKERCLOUD_USER");
    assert_refused(&token.run(&["service", "ps"]));
    let login = run_with_stdin(&cli, &["login", "-u", USER, "--password-stdin"], APIKEY);
    assert_refused(&login);
    assert!(!cli.home.path().join(".docker").exists());
}

#[test]
fn a_plain_stream_host_is_refused_too() {
    let (sandbox, _) = demo();
    let cli = common::Cli::new(&sandbox).with("DOCKERCLOUD_STREAM_HOST", "ws://10.255.255.1:1");
    let run = cli.run(&["service", "logs", "web"]);
    assert_refused(&run);
}

#[test]
fn loopback_hosts_stay_allowed_and_the_opt_in_is_checked() {
    let (sandbox, cli) = demo();
    cli.run(&["service", "ps", "-q"]).ok();
    let by_name = sandbox.url.replace("127.0.0.1", "localhost");
    let local = Cli::for_url(&by_name, &by_name.replace("http://", "ws://"))
        .with("DOCKERCLOUD_USER", USER)
        .with("DOCKERCLOUD_APIKEY", APIKEY);
    local.run(&["service", "ps", "-q"]).ok();
    // Allowing it changes nothing for loopback; a value that is not a switch is an error.
    cli.run(&["--insecure-http", "service", "ps", "-q"]).ok();
    cli.clone()
        .with("DOCKERCLOUD_INSECURE_HTTP", "1")
        .run(&["service", "ps", "-q"])
        .ok();
    let bad = cli
        .clone()
        .with("DOCKERCLOUD_INSECURE_HTTP", "maybe")
        .run(&["service", "ps"]);
    assert!(
        bad.fails(2).contains("DOCKERCLOUD_INSECURE_HTTP"),
        "{bad:#?}"
    );
}

#[test]
fn commands_that_need_no_credentials_work_against_any_host() {
    let cli = remote();
    cli.run(&["--help"]).ok();
    cli.run(&["completion", "bash"]).ok();
    cli.run(&["logout"]).ok();
}
