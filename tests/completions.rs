//! The checked-in completion scripts (completions/) and manual page (man/) are exactly what
//! the current binary generates; `scripts/gen-completions` regenerates them.

use crate::common::Cli;

/// Each generator command and the file that holds its output.
const GENERATED: &[(&[&str], &str)] = &[
    (&["completion", "bash"], "completions/docker-cloud.bash"),
    (&["completion", "zsh"], "completions/_docker-cloud"),
    (&["completion", "fish"], "completions/docker-cloud.fish"),
    (
        &["completion", "powershell"],
        "completions/_docker-cloud.ps1",
    ),
    (&["completion", "elvish"], "completions/docker-cloud.elv"),
    (&["man"], "man/docker-cloud.1"),
];

/// A client with no server and no credentials: generating needs neither.
fn offline() -> Cli {
    Cli::for_url("http://127.0.0.1:9", "ws://127.0.0.1:9")
}

#[test]
fn checked_in_files_match_what_the_binary_generates() {
    let cli = offline();
    let mut stale = Vec::new();
    for (args, file) in GENERATED {
        let output = cli.command(args).output().expect("run docker-cloud");
        assert!(output.status.success(), "{args:?}: {output:?}");
        assert!(output.stderr.is_empty(), "{args:?}: {output:?}");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let checked_in = std::fs::read(&path).unwrap_or_default();
        if checked_in != output.stdout {
            stale.push(*file);
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; run scripts/gen-completions and commit the result"
    );
}

#[test]
fn checked_in_manual_pages_match_what_the_binary_generates() {
    let cli = offline();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().to_str().unwrap();
    assert_eq!(cli.run(&["man", "--out-dir", dir]).ok(), "");
    let checked_in = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let names = |dir: &std::path::Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    };
    let generated = names(out.path());
    for page in [
        "docker-cloud.1",
        "docker-cloud-service-ps.1",
        "docker-cloud-login.1",
    ] {
        assert!(
            generated.iter().any(|name| name == page),
            "{page}: {generated:?}"
        );
    }
    let stale: Vec<&String> = generated
        .iter()
        .filter(|name| {
            std::fs::read(out.path().join(name)).ok() != std::fs::read(checked_in.join(name)).ok()
        })
        .collect();
    assert!(
        stale.is_empty() && names(&checked_in) == generated,
        "man/ is out of date ({stale:?}); run scripts/gen-completions and commit the result"
    );
}

#[test]
fn scripts_know_the_commands_and_their_flags() {
    let cli = offline();
    let bash = cli.run(&["completion", "bash"]);
    for word in [
        "service",
        "nodecluster",
        "login",
        "--sync",
        "--insecure-http",
    ] {
        assert!(bash.ok().contains(word), "bash: {word}");
    }
    let fish = cli.run(&["completion", "fish"]);
    assert!(fish.ok().contains("-l username"), "fish: {}", fish.stdout);
    let man = cli.run(&["man"]);
    assert!(man.ok().starts_with(".ie"), "{}", man.stdout);
    assert!(man.stdout.contains(".TH docker-cloud 1"), "{}", man.stdout);
    assert!(man.stdout.contains("login"), "{}", man.stdout);
}

#[test]
fn unknown_shells_are_usage_errors() {
    let run = offline().run(&["completion", "tcsh"]);
    assert!(run.fails(2).contains("invalid value 'tcsh'"), "{run:#?}");
    assert!(run.stdout.is_empty());
}

#[test]
fn man_prints_the_page_of_a_command_with_exit_statuses_and_examples() {
    let cli = offline();
    let page = cli.run(&["man", "service", "ps"]);
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man/docker-cloud-service-ps.1");
    assert_eq!(page.ok(), std::fs::read_to_string(path).unwrap());
    for part in [
        ".TH docker-cloud-service-ps 1",
        ".SH \"EXIT STATUS\"",
        ".SH \"EXAMPLES AND NOTES\"",
        "service ps \\-\\-status Running",
    ] {
        assert!(page.stdout.contains(part), "{part}: {}", page.stdout);
    }
    assert_eq!(page.stdout.matches(".ds Aq").count(), 2, "one preamble");
    let exec = cli.run(&["man", "exec"]);
    assert!(exec.ok().contains("The remote command's exit status."));
    let unknown = cli.run(&["man", "service", "pz"]);
    unknown.usage_error_naming(&["man", "service", "pz"], "service pz");
}
