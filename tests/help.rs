//! Every leaf command answers `--help` (exit 0, on stdout) and lists each flag the original
//! client had for it (cli.md section 7); every group lists its commands, all of them
//! commands of the original.

use crate::common::Cli;

/// Each leaf command and the original's flags for it (`-s/--long`, or `--long` alone).
const COMMANDS: &[(&str, &[&str])] = &[
    ("action ls", &["-q/--quiet", "-l/--last"]),
    ("action inspect", &[]),
    ("action logs", &["-f/--follow", "-t/--tail"]),
    ("action cancel", &[]),
    ("action retry", &[]),
    (
        "container ps",
        &["-q/--quiet", "-s/--status", "--service", "--no-trunc"],
    ),
    ("container inspect", &[]),
    ("container logs", &["-f/--follow", "-t/--tail"]),
    ("container redeploy", &["--not-reuse-volumes", "--sync"]),
    ("container start", &["--sync"]),
    ("container stop", &["--sync"]),
    ("container terminate", &["--sync"]),
    ("container exec", &[]),
    ("event", &[]),
    ("exec", &[]),
    ("login", &[]),
    ("node ls", &["-q/--quiet"]),
    ("node inspect", &[]),
    ("node rm", &["--sync"]),
    ("node upgrade", &["--sync"]),
    ("node byo", &[]),
    ("nodecluster ls", &["-q/--quiet"]),
    ("nodecluster inspect", &[]),
    (
        "nodecluster create",
        &[
            "-t/--target-num-nodes",
            "--disk",
            "--tag",
            "--aws-vpc-id",
            "--aws-vpc-subnet",
            "--aws-vpc-security-group",
            "--aws-iam-instance-profile-name",
            "--sync",
        ],
    ),
    ("nodecluster rm", &["--sync"]),
    ("nodecluster scale", &["--sync"]),
    ("nodecluster provider", &["-q/--quiet"]),
    ("nodecluster region", &["-p/--provider"]),
    ("nodecluster nodetype", &["-p/--provider", "-r/--region"]),
    ("nodecluster az", &["-q/--quiet"]),
    ("repository ls", &["-q/--quiet"]),
    ("repository inspect", &[]),
    ("repository register", &["-u/--username", "-p/--password"]),
    ("repository rm", &[]),
    ("repository update", &["-u/--username", "-p/--password"]),
    ("run", &["-n/--name"]),
    ("service create", &["-n/--name"]),
    ("service run", &["-n/--name"]),
    ("service ps", &["-q/--quiet", "-s/--status", "--stack"]),
    ("service inspect", &[]),
    ("service logs", &["-f/--follow", "-t/--tail"]),
    ("service redeploy", &["--not-reuse-volumes", "--sync"]),
    ("service scale", &["--sync"]),
    (
        "service set",
        &[
            "--image",
            "--no-privileged",
            "--no-autoredeploy",
            "--no-sequential",
            "--redeploy",
        ],
    ),
    ("service start", &["--sync"]),
    ("service stop", &["--sync"]),
    ("service terminate", &["--sync"]),
    (
        "service env ls",
        &["-q/--quiet", "--user", "--image", "--dockercloud"],
    ),
    (
        "service env add",
        &["-e/--env", "--env-file", "--redeploy", "--sync"],
    ),
    ("service env rm", &["-n/--name", "--redeploy", "--sync"]),
    (
        "service env set",
        &["-e/--env", "--env-file", "--redeploy", "--sync"],
    ),
    (
        "service env update",
        &["-e/--env", "--env-file", "--redeploy", "--sync"],
    ),
    ("stack ls", &["-q/--quiet"]),
    ("stack inspect", &[]),
    ("stack create", &["-n/--name", "-f/--file", "--sync"]),
    ("stack up", &["-n/--name", "-f/--file", "--sync"]),
    ("stack update", &["-f/--file", "--sync"]),
    ("stack export", &["-f/--file"]),
    ("stack redeploy", &["--not-reuse-volumes", "--sync"]),
    ("stack start", &["--sync"]),
    ("stack stop", &["--sync"]),
    ("stack terminate", &["--sync"]),
    ("up", &["-n/--name", "-f/--file", "--sync"]),
    ("tag add", &["-t/--tag"]),
    ("tag ls", &["-q/--quiet"]),
    ("tag rm", &["-t/--tag"]),
    ("tag set", &["-t/--tag"]),
    ("trigger create", &["-n/--name", "-o/--operation"]),
    ("trigger ls", &["-q/--quiet"]),
    ("trigger rm", &[]),
];

/// The commands that create or change a service: besides their flags in [`COMMANDS`], they
/// list [`SERVICE_OPTIONS`].
const WITH_SERVICE_OPTIONS: &[&str] = &["run", "service create", "service run", "service set"];

/// The flags the original's `run`, `service create`, `service run` and `service set` share.
const SERVICE_OPTIONS: &[&str] = &[
    "--cpushares",
    "--memory",
    "--privileged",
    "-t/--target-num-containers",
    "-r/--run-command",
    "--entrypoint",
    "-p/--publish",
    "--expose",
    "-e/--env",
    "--env-file",
    "--tag",
    "--link-service",
    "--autodestroy",
    "--autoredeploy",
    "--autorestart",
    "--role",
    "--sequential",
    "-v/--volume",
    "--volumes-from",
    "--deployment-strategy",
    "--net",
    "--pid",
    "--sync",
];

/// A client that could not reach any server: help must not need one.
fn offline() -> Cli {
    Cli::for_url("http://127.0.0.1:9", "ws://127.0.0.1:9")
}

/// Whether `help` lists `flag` (`-s/--long` as `-s, --long`), as a whole word.
fn lists(help: &str, flag: &str) -> bool {
    let shown = flag.replace('/', ", ");
    help.match_indices(&shown).any(|(at, _)| {
        let before = help[..at].chars().next_back();
        let after = help[at + shown.len()..].chars().next();
        before.is_none_or(char::is_whitespace)
            && after.is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '-'))
    })
}

/// The subcommand names a group's help lists (without `help`).
fn subcommands(help: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut inside = false;
    for line in help.lines() {
        if line.ends_with("commands:") || line == "Commands:" {
            inside = true;
        } else if inside && line.starts_with("  ") {
            let name = line.split_whitespace().next().unwrap_or("");
            if name != "help" {
                names.push(name.to_string());
            }
        } else if inside {
            inside = false;
        }
    }
    names
}

#[test]
fn every_leaf_command_lists_the_original_flags() {
    let cli = offline();
    let mut missing = Vec::new();
    for (path, flags) in COMMANDS {
        let mut args: Vec<&str> = path.split(' ').collect();
        args.push("--help");
        let run = cli.run(&args);
        assert_eq!(run.code, 0, "{path} --help: {run:#?}");
        assert!(run.stderr.is_empty(), "{path} --help: {run:#?}");
        let usage = format!("Usage: docker-cloud {path}");
        assert!(run.stdout.contains(&usage), "{path} --help: {}", run.stdout);
        let shared = if WITH_SERVICE_OPTIONS.contains(path) {
            SERVICE_OPTIONS
        } else {
            &[]
        };
        for flag in flags.iter().chain(shared) {
            if !lists(&run.stdout, flag) {
                missing.push(format!("{path}: {flag}"));
            }
        }
        // The global flags are everywhere.
        for flag in ["-h/--help", "--json", "--debug", "--namespace"] {
            assert!(lists(&run.stdout, flag), "{path}: {flag}");
        }
    }
    assert!(
        missing.is_empty(),
        "flags missing from --help: {missing:#?}"
    );
}

/// The original's command groups and their subcommands (cli.md section 1.1).
const GROUPS: &[(&str, &[&str])] = &[
    ("action", &["cancel", "inspect", "logs", "ls", "retry"]),
    (
        "container",
        &[
            "exec",
            "inspect",
            "logs",
            "redeploy",
            "ps",
            "start",
            "stop",
            "terminate",
        ],
    ),
    ("node", &["byo", "inspect", "ls", "rm", "upgrade"]),
    (
        "nodecluster",
        &[
            "az", "create", "inspect", "ls", "nodetype", "provider", "region", "rm", "scale",
        ],
    ),
    ("repository", &["ls", "inspect", "register", "rm", "update"]),
    (
        "service",
        &[
            "create",
            "env",
            "inspect",
            "logs",
            "ps",
            "redeploy",
            "run",
            "scale",
            "set",
            "start",
            "stop",
            "terminate",
        ],
    ),
    ("service env", &["add", "ls", "rm", "set", "update"]),
    (
        "stack",
        &[
            "create",
            "export",
            "inspect",
            "ls",
            "redeploy",
            "start",
            "stop",
            "terminate",
            "up",
            "update",
        ],
    ),
    ("tag", &["add", "ls", "rm", "set"]),
    ("trigger", &["create", "ls", "rm"]),
];

/// Subcommands the original lacks.
const ADDED: &[(&str, &str)] = &[
    ("action", "wait"),
    ("container", "wait"),
    ("nodecluster", "wait"),
    ("service", "wait"),
    ("stack", "wait"),
];

#[test]
fn every_group_lists_its_commands_and_no_others() {
    let cli = offline();
    for (group, original) in GROUPS {
        let args: Vec<&str> = group.split(' ').collect();
        // The bare group prints its help and succeeds, like `--help`.
        let bare = cli.run(&args);
        let listed = subcommands(bare.ok());
        for name in &listed {
            assert!(
                original.contains(&name.as_str()) || ADDED.contains(&(*group, name.as_str())),
                "{group} {name}: not in the original"
            );
        }
        let tested = COMMANDS
            .iter()
            .filter_map(|(path, _)| path.strip_prefix(group)?.strip_prefix(' '))
            .map(|rest| rest.split(' ').next().unwrap());
        for name in tested {
            assert!(
                listed.iter().any(|l| l == name),
                "{group}: {name} not listed"
            );
        }
        let title = format!("Docker Cloud {group} commands:");
        assert!(bare.stdout.contains(&title), "{group}: {}", bare.stdout);
    }
}

#[test]
fn the_top_level_help_lists_every_command_and_needs_no_server() {
    let cli = offline();
    for args in [&[][..], &["--help"], &["-h"]] {
        let run = cli.run(args);
        let listed = subcommands(run.ok());
        for (path, _) in COMMANDS {
            let top = path.split(' ').next().unwrap();
            assert!(listed.iter().any(|l| l == top), "{top}: {}", run.stdout);
        }
        assert!(lists(&run.stdout, "-v/--version"));
    }
    assert!(lists("  -q, --quiet  x", "-q/--quiet"));
    assert!(!lists("  --tags  x", "--tag"));
    assert!(!lists("  --no-sync  x", "--sync"));
}

#[test]
fn usage_errors_are_one_line() {
    let cli = offline();
    let cases: [&[&str]; 5] = [
        &["service", "scale", "web", "abc"],
        &["service", "ps", "--status", "Bogus"],
        &["nodecluster", "create", "a", "b", "c", "d", "--disk", "-1"],
        &["service", "inspect"],
        &["bogus"],
    ];
    for args in cases {
        let run = cli.run(args);
        assert_eq!(run.code, 2, "{args:?}: {run:#?}");
        assert!(run.stdout.is_empty(), "{args:?}: {run:#?}");
        assert_eq!(run.stderr.lines().count(), 1, "{args:?}: {run:#?}");
        assert!(run.stderr.starts_with("error: "), "{args:?}: {run:#?}");
    }
    let status = cli.run(&["service", "ps", "--status", "Bogus"]);
    assert!(
        status.stderr.contains("[possible values: Init"),
        "{status:#?}"
    );
    let negative = cli.run(&["nodecluster", "create", "a", "b", "c", "d", "--disk", "-1"]);
    assert!(negative.stderr.contains("tip: "), "{negative:#?}");
}
