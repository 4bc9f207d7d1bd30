//! The README's shell examples, run as written: each `sh` block in turn with bash (`-e`,
//! `pipefail`) against a fresh server, with `docker-cloud` on the PATH for
//! `target/release/docker-cloud`, and the server's URL for `http://127.0.0.1:8080`. A
//! block that starts `docker-cloud-server` gets a server started with its arguments. Every
//! block of the README is listed here, run or skipped with the reason, so that a new one
//! cannot go untested unnoticed.

use std::process::Command;

use crate::common::{path_with_client, spawn_server, stop_and_read_stderr};

/// What the test does with one block.
enum Plan {
    /// Run it against a server started with these arguments (besides `--port` and
    /// `--speed`; without `--user`, the server's own `demo:demo-apikey`), with these
    /// variables set (`{url}` is the server's URL).
    Run(
        &'static [&'static str],
        &'static [(&'static str, &'static str)],
    ),
    /// Leave it, for this reason.
    Skip(&'static str),
}

/// The variables a block that continues the sandbox session relies on.
const SANDBOX: &[(&str, &str)] = &[
    ("DOCKERCLOUD_REST_HOST", "{url}"),
    ("DOCKERCLOUD_USER", "demo"),
    ("DOCKERCLOUD_APIKEY", "demo-apikey"),
];

/// Every `sh` block of README.md, in order, under its section.
const BLOCKS: &[(&str, Plan)] = &[
    (
        "Quick start",
        Plan::Skip("builds the release binaries and runs every test: CI's own steps"),
    ),
    ("Install", Plan::Skip("installs into the user's cargo bin")),
    (
        "Install",
        Plan::Skip("writes into the user's shell and man directories (tests/completions.rs)"),
    ),
    (
        "Logging in",
        Plan::Skip("prompts on a terminal (tests/login.rs runs each form)"),
    ),
    ("Using it against the simulation", Plan::Run(&[], &[])),
    (
        "Using it against the simulation",
        Plan::Run(&["--seed", "demo"], &[]),
    ),
    (
        "Running real containers: the Docker runtime",
        Plan::Skip("needs a Docker Engine (tests/docker.rs runs these steps)"),
    ),
    (
        "Many machines: the swarm runtime",
        Plan::Skip("needs a Docker swarm (tests/swarm.rs runs these steps)"),
    ),
    (
        "The Tutum API",
        Plan::Run(&["--seed", "demo", "--user", "tester:tester-apikey"], &[]),
    ),
    (
        "Events, logs and exec",
        Plan::Skip("follows live streams until Ctrl-C (tests/stream.rs)"),
    ),
    (
        "JSON output and jq recipes",
        Plan::Run(&["--seed", "demo"], SANDBOX),
    ),
    (
        "Benchmarks",
        Plan::Skip("timing runs belong in benches, not tests"),
    ),
];

/// The `sh` blocks of the README, each with the `## ` section it is in.
fn blocks() -> Vec<(String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let text = std::fs::read_to_string(path).unwrap();
    let mut blocks = Vec::new();
    let mut section = String::new();
    let mut block: Option<String> = None;
    for line in text.lines() {
        match &mut block {
            Some(body) if line.starts_with("```") => {
                blocks.push((section.clone(), std::mem::take(body)));
                block = None;
            }
            Some(body) => {
                body.push_str(line);
                body.push('\n');
            }
            None if line == "```sh" => block = Some(String::new()),
            None => {
                if let Some(heading) = line.strip_prefix("## ") {
                    section = heading.to_string();
                }
            }
        }
    }
    blocks
}

/// The server arguments of a block's `target/release/docker-cloud-server ... &` line, if it
/// has one (without `--port N`).
fn server_line(block: &str) -> Option<Vec<String>> {
    let line = block
        .lines()
        .find(|l| l.starts_with("target/release/docker-cloud-server"))?;
    let mut words = line.trim_end_matches('&').split_whitespace().skip(1);
    let mut args = Vec::new();
    while let Some(word) = words.next() {
        if word == "--port" {
            words.next();
        } else {
            args.push(word.to_string());
        }
    }
    Some(args)
}

/// The block as the test runs it: no build step, no server start, the test's URL and PATH.
fn script(block: &str, url: &str) -> String {
    block
        .lines()
        .filter(|l| {
            !l.starts_with("cargo build") && !l.starts_with("target/release/docker-cloud-server")
        })
        .map(|l| {
            l.replace("http://127.0.0.1:8080", url)
                .replace("target/release/docker-cloud", "docker-cloud")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_runnable_readme_block_succeeds_as_written() {
    let found = blocks();
    let sections: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    let listed: Vec<&str> = BLOCKS.iter().map(|(s, _)| *s).collect();
    assert_eq!(
        sections, listed,
        "README.md's sh blocks changed: list each in tests/readme.rs"
    );
    let home = tempfile::tempdir().unwrap();
    let path = path_with_client(home.path());
    for ((section, block), (_, plan)) in found.iter().zip(BLOCKS) {
        let (args, vars) = match plan {
            Plan::Run(args, vars) => (args, vars),
            Plan::Skip(reason) => {
                eprintln!("not run: the README block under '{section}': {reason}");
                continue;
            }
        };
        let mut args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        if let Some(own) = server_line(block) {
            args = own;
        }
        args.extend(["--speed".to_string(), "instant".to_string()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (mut server, url, _stdout) = spawn_server(&args);
        let mut command = Command::new("bash");
        command
            .args(["-e", "-o", "pipefail", "-c", &script(block, &url)])
            .env_clear()
            .env("PATH", &path)
            .env("HOME", home.path())
            .env("DOCKER_CONFIG", home.path().join(".docker"))
            .current_dir(home.path());
        for (name, value) in *vars {
            command.env(name, value.replace("{url}", &url));
        }
        let output = command.output().unwrap();
        stop_and_read_stderr(&mut server);
        assert!(
            output.status.success(),
            "README block under '{section}' failed:\n{block}\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}
