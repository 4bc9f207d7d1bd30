//! `login`, `logout` and `server`: credentials checked against the sandbox, then stored per
//! server in the Docker config file (private, atomic, other entries kept) or through its
//! credential helper; the servers logged in to, listed and switched between.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::common::{
    read_until, run_with_stdin, shown_so_far, spawn_with_terminal_stdin, Cli, Server, APIKEY, USER,
};
use serde_json::{json, Value};

/// Docker Hub's entry, which only the default Docker Cloud host uses.
const REGISTRY: &str = "https://index.docker.io/v1/";

/// A sandbox and a client for it with no credentials at all.
fn logged_out() -> (Server, Cli) {
    let sandbox = Server::start(&["--seed", "demo"]);
    let cli = Cli::for_url(&sandbox.url, &sandbox.ws_url);
    (sandbox, cli)
}

/// The client's Docker config file.
fn config_path(cli: &Cli) -> PathBuf {
    cli.home.path().join(".docker").join("config.json")
}

fn read_config(cli: &Cli) -> Value {
    let text = std::fs::read_to_string(config_path(cli)).expect("config.json");
    serde_json::from_str(&text).expect("config.json is JSON")
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// base64 of `user:secret`.
fn token(user: &str, secret: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{secret}"))
}

fn login(cli: &Cli, secret: &str) -> crate::common::Run {
    run_with_stdin(
        cli,
        &["login", "-u", USER, "--password-stdin"],
        &format!("{secret}\n"),
    )
}

#[test]
fn not_logged_in_commands_say_how_to_log_in() {
    let (_sandbox, cli) = logged_out();
    let run = cli.run(&["service", "ps"]);
    let stderr = run.fails(2);
    assert!(
        stderr.starts_with(&format!(
            "Not logged in to {}: run `docker-cloud login`",
            _sandbox.url
        )),
        "{stderr}"
    );
    assert!(stderr.contains("DOCKERCLOUD_APIKEY"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);
    let help = cli.run(&["login", "--help"]);
    assert!(help
        .ok()
        .contains("DOCKERCLOUD_USER and DOCKERCLOUD_APIKEY"));
}

#[test]
fn a_piped_secret_is_checked_then_stored_privately() {
    let (sandbox, cli) = logged_out();
    let run = login(&cli, APIKEY);
    assert!(run.stdout.is_empty(), "{run:#?}");
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stderr.contains("Login Succeeded"), "{run:#?}");
    assert!(!run.stderr.contains(APIKEY), "{run:#?}");
    let path = config_path(&cli);
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    let config = read_config(&cli);
    assert_eq!(config["auths"][&sandbox.url]["auth"], token(USER, APIKEY));
    assert!(config["auths"].get(REGISTRY).is_none(), "{config}");
    let services = cli.run(&["service", "ps", "-q"]);
    assert!(!services.ok().is_empty());
    // Besides the remembered servers, nothing else is left (no temporary file).
    let servers = path.parent().unwrap().join("docker-cloud.json");
    assert_eq!(mode(&servers), 0o600);
    let entries = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
    assert_eq!(entries, 2);
}

#[test]
fn wrong_credentials_store_nothing() {
    let (_sandbox, cli) = logged_out();
    let run = login(&cli, "not-the-key");
    assert_eq!(run.fails(2).trim(), "Not authorized");
    assert!(!config_path(&cli).exists());
    // An existing file is left exactly as it was.
    let before = "{\"auths\": {}, \"x\": 1}";
    std::fs::create_dir_all(config_path(&cli).parent().unwrap()).unwrap();
    std::fs::write(config_path(&cli), before).unwrap();
    login(&cli, "not-the-key").fails(2);
    assert_eq!(std::fs::read_to_string(config_path(&cli)).unwrap(), before);
}

#[test]
fn other_entries_of_the_config_file_are_kept() {
    let (sandbox, cli) = logged_out();
    let original = json!({
        "psFormat": "table {{.ID}}",
        "auths": {
            "registry.example.com": {"auth": token("other", "pw"), "email": "o@example.com"},
            REGISTRY: {"auth": token("old", "stale"), "identitytoken": "t"},
            "ghcr.io": {}
        },
        "HttpHeaders": {"User-Agent": "x"},
        "proxies": {"default": {"httpProxy": "http://p:3128"}}
    });
    let path = config_path(&cli);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, serde_json::to_string_pretty(&original).unwrap()).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    login(&cli, APIKEY).ok();
    assert_eq!(mode(&path), 0o600);
    // Docker Hub's credentials are left alone: the sandbox has an entry of its own.
    let mut expected = original.clone();
    expected["auths"][&sandbox.url] = json!({"auth": token(USER, APIKEY)});
    let stored = read_config(&cli);
    assert_eq!(stored, expected);
    let keys: Vec<&String> = stored.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["psFormat", "auths", "HttpHeaders", "proxies"]);
    let registries: Vec<&String> = stored["auths"].as_object().unwrap().keys().collect();
    assert_eq!(
        registries,
        ["registry.example.com", REGISTRY, "ghcr.io", &sandbox.url]
    );

    let out = cli.run(&["logout"]);
    assert!(out.stderr.contains("Removed"), "{out:#?}");
    out.ok();
    assert_eq!(read_config(&cli), original);
    let again = cli.run(&["logout"]);
    assert!(again.stderr.contains("Not logged in"), "{again:#?}");
    again.ok();
    cli.run(&["service", "ps"]).fails(2);
}

/// Installs a fake `docker-credential-test` that records each call (`<verb> <stdin>`) in
/// `calls` and keeps what `store` gave it, and returns a client whose PATH finds it.
fn with_helper(cli: &Cli) -> (Cli, PathBuf) {
    let bin = cli.home.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = r#"#!/bin/sh
dir=$(dirname "$0")
input=$(cat)
printf '%s %s\n' "$1" "$input" >>"$dir/calls"
case "$1" in
store) printf '%s' "$input" >"$dir/stored" ;;
get|erase)
    if [ ! -f "$dir/stored" ]; then echo "credentials not found in native keychain"; exit 1; fi
    if [ "$1" = get ]; then cat "$dir/stored"; else rm "$dir/stored"; fi ;;
esac
"#;
    let helper = bin.join("docker-credential-test");
    std::fs::write(&helper, script).unwrap();
    std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    (cli.clone().with("PATH", &path), bin.join("calls"))
}

#[test]
fn a_credential_helper_stores_and_erases_the_secret() {
    let (sandbox, _) = logged_out();
    for config in [
        json!({"credsStore": "test", "auths": {}}),
        json!({"credHelpers": {&sandbox.url: "test"}, "credsStore": "missing-helper"}),
    ] {
        let cli = Cli::for_url(&sandbox.url, &sandbox.ws_url);
        let (cli, calls) = with_helper(&cli);
        let path = config_path(&cli);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let text = serde_json::to_string(&config).unwrap();
        std::fs::write(&path, &text).unwrap();
        let run = login(&cli, APIKEY);
        assert!(run.stderr.contains("docker-credential-test"), "{run:#?}");
        run.ok();
        // The secret went to the helper, not into the file.
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        let recorded = std::fs::read_to_string(&calls).unwrap();
        let stored = recorded.strip_prefix("store ").expect("store was called");
        let stored: Value = serde_json::from_str(stored.trim()).unwrap();
        assert_eq!(
            stored,
            json!({"ServerURL": &sandbox.url, "Username": USER, "Secret": APIKEY})
        );
        // Later commands read it back through the helper.
        cli.run(&["service", "ps", "-q"]).ok();
        cli.run(&["logout"]).ok();
        let recorded = std::fs::read_to_string(&calls).unwrap();
        assert!(
            recorded.ends_with(&format!("erase {}\n", sandbox.url)),
            "{recorded}"
        );
        let again = cli.run(&["logout"]);
        assert!(again.stderr.contains("Not logged in"), "{again:#?}");
        again.ok();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }
}

#[test]
fn without_a_terminal_login_never_waits_for_input() {
    let (_sandbox, cli) = logged_out();
    let run = cli.run(&["login"]);
    assert!(run.fails(2).contains("--password-stdin"), "{run:#?}");
    let run = cli.run(&["login", "-u", USER]);
    run.fails(2);
    // --password-stdin needs the user name, which stdin can no longer give.
    let run = cli.run(&["login", "--password-stdin"]);
    assert!(run.fails(2).contains("--username"), "{run:#?}");
    let empty = cli.run(&["login", "-u", USER, "--password-stdin"]);
    assert!(empty.fails(2).contains("no password"), "{empty:#?}");
    let colon = cli.run(&["login", "-u", "a:b", "--password-stdin"]);
    assert!(colon.fails(2).contains("invalid username"), "{colon:#?}");
    assert!(!config_path(&cli).exists());
}

#[test]
fn debug_traces_never_show_the_secret() {
    let (_sandbox, cli) = logged_out();
    let run = run_with_stdin(
        &cli,
        &["--debug", "login", "-u", USER, "--password-stdin"],
        APIKEY,
    );
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stderr.contains("Authorization: <redacted>"), "{run:#?}");
    assert!(!run.stderr.contains(APIKEY), "{run:#?}");
    assert!(!run.stderr.contains(&token(USER, APIKEY)), "{run:#?}");
}

#[test]
fn environment_credentials_are_said_to_win() {
    let (sandbox, _) = logged_out();
    let cli = Cli::new(&sandbox);
    let run = login(&cli, APIKEY);
    assert!(run.stderr.contains("DOCKERCLOUD_APIKEY is set"), "{run:#?}");
    run.ok();
}

#[test]
fn a_terminal_is_prompted_with_the_secret_hidden() {
    use std::io::{Read, Write};

    let (sandbox, cli) = logged_out();
    let (mut terminal, mut child, mut stderr) = spawn_with_terminal_stdin(&cli, &["login"], 80);
    read_until(&mut stderr, "Username: ");
    terminal.write_all(format!("{USER}\n").as_bytes()).unwrap();
    read_until(&mut stderr, "API key or password: ");
    terminal
        .write_all(format!("{APIKEY}\n").as_bytes())
        .unwrap();
    let status = child.wait().unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert!(status.success(), "{rest}");
    assert!(rest.contains("Login Succeeded"), "{rest}");
    assert_eq!(
        read_config(&cli)["auths"][&sandbox.url]["auth"],
        token(USER, APIKEY)
    );
    // What the terminal showed: the user name echoed, the secret not.
    let shown = shown_so_far(&mut terminal);
    assert!(shown.contains(USER), "{shown:?}");
    assert!(!shown.contains(APIKEY), "{shown:?}");
}

#[test]
fn a_config_file_that_cannot_take_credentials_fails_before_any_request() {
    let (_sandbox, cli) = logged_out();
    let path = config_path(&cli);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    for text in ["{not json", "[1, 2]", "{\"auths\": []}"] {
        std::fs::write(&path, text).unwrap();
        let run = cli.run(&["--debug", "login", "-u", USER, "--password-stdin"]);
        assert!(run.fails(2).contains(path.to_str().unwrap()), "{run:#?}");
        assert!(run.requests().is_empty(), "{run:#?}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }
}

#[test]
fn login_remembers_each_server_and_server_use_switches_between_them() {
    let first = Server::start(&["--seed", "demo"]);
    let second = Server::start(&["--seed", "empty", "--user", "bob:bob-key"]);
    // No host in the environment: the servers come from `login SERVER` alone.
    let cli = Cli::for_url(&first.url, &first.ws_url)
        .without("DOCKERCLOUD_REST_HOST")
        .without("DOCKERCLOUD_STREAM_HOST");
    let hub = json!({"auths": {REGISTRY: {"auth": token("hubuser", "hubpass")}}});
    let path = config_path(&cli);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, hub.to_string()).unwrap();
    let run = run_with_stdin(
        &cli,
        &["login", &first.url, "-u", USER, "--password-stdin"],
        APIKEY,
    );
    assert!(run.stderr.contains(&first.url), "{run:#?}");
    run.ok();
    let on_first = cli.run(&["service", "ps", "-q"]);
    assert!(!on_first.ok().is_empty(), "{on_first:#?}");
    run_with_stdin(
        &cli,
        &[
            "login",
            &format!("{}/", second.url),
            "-u",
            "bob",
            "--password-stdin",
        ],
        "bob-key",
    )
    .ok();
    // The last login is the current server: its (empty) account is listed.
    assert_eq!(cli.run(&["service", "ps", "-q"]).ok(), "");
    let listed = cli.run(&["server", "ls"]);
    let lines: Vec<&str> = listed.ok().lines().collect();
    assert_eq!(lines.len(), 3, "{listed:#?}");
    assert!(
        lines[2].starts_with('*') && lines[2].contains(&second.url),
        "{listed:#?}"
    );
    assert!(
        lines[1].contains(&first.url) && lines[1].contains(USER),
        "{listed:#?}"
    );
    let json = cli.run(&["server", "ls", "--json"]).json();
    assert_eq!(json[1]["current"], true, "{json}");
    assert_eq!(json[0]["url"], first.url.as_str(), "{json}");
    // Switching needs no environment variable.
    cli.run(&["server", "use", &first.url]).ok();
    assert!(!cli.run(&["service", "ps", "-q"]).ok().is_empty());
    // DOCKERCLOUD_REST_HOST still wins for one command.
    let one = cli.clone().with("DOCKERCLOUD_REST_HOST", &second.url);
    assert_eq!(one.run(&["service", "ps", "-q"]).ok(), "");
    let unknown = cli.run(&["server", "use", "http://127.0.0.1:9"]);
    assert!(
        unknown.fails(2).contains("not logged in to"),
        "{unknown:#?}"
    );
    // Docker Hub's entry was never touched; logout removes only that server's entry.
    let config = read_config(&cli);
    assert_eq!(config["auths"][REGISTRY], hub["auths"][REGISTRY]);
    cli.run(&["logout", &second.url]).ok();
    let config = read_config(&cli);
    assert!(config["auths"].get(&second.url).is_none(), "{config}");
    assert_eq!(config["auths"][REGISTRY], hub["auths"][REGISTRY]);
    let left = cli.run(&["server", "ls", "--json"]).json();
    assert_eq!(left.as_array().unwrap().len(), 1, "{left}");
    assert!(!cli.run(&["service", "ps", "-q"]).ok().is_empty());
    cli.run(&["logout"]).ok();
    assert_eq!(read_config(&cli), hub);
}

#[test]
fn refused_stored_credentials_say_whose_they_are() {
    let (sandbox, cli) = logged_out();
    let path = config_path(&cli);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let stale = json!({"auths": {&sandbox.url: {"auth": token(USER, "stale")}}});
    std::fs::write(&path, stale.to_string()).unwrap();
    let run = cli.run(&["service", "ps"]);
    assert_eq!(
        run.fails(2),
        format!(
            "Not authorized: {} refused the credentials stored for it; run `docker-cloud login` \
             to replace them\n",
            sandbox.url
        )
    );
}

#[test]
fn a_docker_hub_login_is_never_sent_to_another_server() {
    let (sandbox, cli) = logged_out();
    let path = config_path(&cli);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let hub = json!({"auths": {REGISTRY: {"auth": token(USER, APIKEY)}}});
    std::fs::write(&path, hub.to_string()).unwrap();
    let run = cli.run(&["--debug", "service", "ps"]);
    assert!(run
        .fails(2)
        .contains(&format!("Not logged in to {}", sandbox.url)));
    assert!(run.requests().is_empty(), "{run:#?}");
}
