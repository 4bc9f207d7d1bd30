//! The completion scripts, run in the shells themselves: bash through `COMP_WORDS` and
//! `COMP_CWORD` with the generated function, fish through `complete --do-complete`, zsh
//! through its line editor on a pseudo-terminal with `compadd` recording the candidates.
//! A shell that is not installed skips its test, except under `CI=true`, where it fails.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::{pty, read_until, Cli};

/// Lines and the candidates each must offer (and, after `!`, must not); the values of a
/// positional argument are offered in bash and zsh (clap_complete's fish script lacks them).
const CASES: &[(&str, &[&str])] = &[
    ("docker-cloud ser", &["service"]),
    (
        "docker-cloud service ",
        &["ps", "scale", "inspect", "env", "!bash"],
    ),
    ("docker-cloud service env ", &["add", "ls", "rm"]),
    ("docker-cloud service ps --st", &["--status"]),
    ("docker-cloud stack up --", &["--sync", "--name"]),
    ("docker-cloud --api ", &["tutum", "dockercloud"]),
    (
        "docker-cloud service set --autorestart ",
        &["OFF", "ON_FAILURE", "ALWAYS"],
    ),
];

/// Whether `shell` can be run; under `CI=true` a missing shell fails the test.
fn available(shell: &str) -> bool {
    let found = Command::new(shell)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !found && std::env::var("CI").as_deref() == Ok("true") {
        panic!("{shell} is not installed (.ci/run installs it)");
    }
    if !found {
        eprintln!("skipped: {shell} is not installed");
    }
    found
}

/// The script `docker-cloud completion SHELL` prints, saved as `name` in `dir`.
fn script(dir: &Path, shell: &str, name: &str) -> std::path::PathBuf {
    let cli = Cli::for_url("http://127.0.0.1:9", "ws://127.0.0.1:9");
    let text = cli.run(&["completion", shell]).ok().to_string();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// The values of a positional argument.
const POSITIONAL: (&str, &[&str]) = ("docker-cloud completion ", &["bash", "zsh", "fish"]);

fn check(shell: &str, complete: impl Fn(&str) -> Vec<String>) {
    let positional = (shell != "fish").then_some(&POSITIONAL);
    for (line, expected) in CASES.iter().chain(positional) {
        let offered = complete(line);
        for want in *expected {
            match want.strip_prefix('!') {
                Some(absent) => assert!(
                    !offered.iter().any(|c| c == absent),
                    "{shell}: `{line}` offers {absent}: {offered:?}"
                ),
                None => assert!(
                    offered.iter().any(|c| c == want),
                    "{shell}: `{line}` does not offer {want}: {offered:?}"
                ),
            }
        }
    }
}

/// The words of `line` as bash splits them for completion (the last one empty after a
/// trailing space).
fn words(line: &str) -> Vec<&str> {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    if line.ends_with(' ') {
        words.push("");
    }
    words
}

#[test]
fn bash_completes_subcommands_flags_and_values() {
    if !available("bash") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = script(dir.path(), "bash", "docker-cloud.bash");
    check("bash", |line| {
        let words = words(line);
        let cword = words.len() - 1;
        let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        let program = format!(
            "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD={cword}\nCOMP_LINE='{line}'\n\
             COMP_POINT=${{#COMP_LINE}}\n_docker__cloud docker-cloud '{}' '{}'\n\
             printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
            file.display(),
            quoted.join(" "),
            words[cword],
            words[cword.saturating_sub(1)],
        );
        let output = Command::new("bash")
            .args(["--norc", "--noprofile", "-c", &program])
            .current_dir(dir.path())
            .output()
            .unwrap();
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|l| l.trim().to_string())
            .collect()
    });
}

#[test]
fn fish_completes_subcommands_flags_and_values() {
    if !available("fish") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = script(dir.path(), "fish", "docker-cloud.fish");
    check("fish", |line| {
        let program = format!(
            "source '{}'; complete --do-complete='{line}'",
            file.display()
        );
        let output = Command::new("fish")
            .args(["--no-config", "-c", &program])
            .env("HOME", dir.path())
            .current_dir(dir.path())
            .output()
            .unwrap();
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(|l| l.split('\t').next().unwrap_or_default().to_string())
            .collect()
    });
}

#[test]
fn zsh_completes_subcommands_flags_and_values() {
    if !available("zsh") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    script(dir.path(), "zsh", "_docker-cloud");
    check("zsh", |line| zsh_candidates(dir.path(), line));
}

/// Types `line` and TAB into an interactive zsh whose `compadd` appends every candidate it
/// is given to a file, then reads that file.
fn zsh_candidates(dir: &Path, line: &str) -> Vec<String> {
    let hits = dir.join("hits");
    let _ = std::fs::remove_file(&hits);
    let rc = format!(
        "PS1='READY> '\nfpath=('{dir}' $fpath)\nautoload -U compinit && compinit -u -d '{dir}/dump'\n\
         compadd() {{\n  if [[ ${{@[1,(i)(-|--)]}} == *-(O|A|D)\\ * ]]; then builtin compadd \"$@\"; return; fi\n\
         local -a found\n  builtin compadd -A found \"$@\"\n  print -rl -- $found >> '{hits}'\n\
         builtin compadd \"$@\"\n}}\n",
        dir = dir.display(),
        hits = hits.display()
    );
    std::fs::write(dir.join(".zshrc"), rc).unwrap();
    let (mut terminal, slave) = pty(200);
    let mut child = Command::new("zsh")
        .arg("-i")
        .env_clear()
        .env("ZDOTDIR", dir)
        .env("HOME", dir)
        .env("TERM", "dumb")
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .stdin(Stdio::from(slave.try_clone().unwrap()))
        .stdout(Stdio::from(slave.try_clone().unwrap()))
        .stderr(Stdio::from(slave))
        .spawn()
        .unwrap();
    // Typed once the line editor runs (before, the terminal itself would take ^U); the
    // second ^U answers a "list all?" question, then the line is cleared and zsh left.
    read_until(&mut terminal, "READY> ");
    terminal
        .write_all(format!("{line}\t\x15\x15exit\n").as_bytes())
        .unwrap();
    let reader = std::thread::spawn(move || {
        use std::io::Read;
        let mut shown = Vec::new();
        let _ = terminal.read_to_end(&mut shown);
    });
    for _ in 0..200 {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    drop(reader);
    std::fs::read_to_string(&hits)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}
