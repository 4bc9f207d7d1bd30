//! The completion scripts, run in the shells themselves: bash through `COMP_WORDS` and
//! `COMP_CWORD` with the generated function, fish through `complete --do-complete`, zsh
//! through its line editor on a pseudo-terminal with `compadd` recording the candidates.
//! A shell that is not installed skips its test, except under `CI=true`, where it fails.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::common::{path_with_client, pty, read_until, Cli, Server, APIKEY, USER};

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
    check_cases(shell, CASES.iter().chain(positional), complete);
}

/// Asserts what `complete` offers for each of `cases`.
fn check_cases<'a>(
    shell: &str,
    cases: impl IntoIterator<Item = &'a (&'a str, &'a [&'a str])>,
    complete: impl Fn(&str) -> Vec<String>,
) {
    for (line, expected) in cases {
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

/// Where a shell runs: a private home holding the script, with `docker-cloud` on the PATH
/// (the scripts run it for names) and the variables a test gives.
struct Setup {
    dir: tempfile::TempDir,
    vars: Vec<(String, String)>,
}

impl Setup {
    fn new(shell: &str, name: &str, vars: &[(&str, &str)]) -> Setup {
        let dir = tempfile::tempdir().unwrap();
        script(dir.path(), shell, name);
        let path = path_with_client(dir.path());
        let mut all = vec![
            ("PATH".to_string(), path),
            ("HOME".to_string(), dir.path().display().to_string()),
        ];
        all.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        Setup { dir, vars: all }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `shell ARGS...` in the home, with only this setup's variables.
    fn command(&self, shell: &str) -> Command {
        let mut command = Command::new(shell);
        command.env_clear().current_dir(self.path());
        for (name, value) in &self.vars {
            command.env(name, value);
        }
        command
    }
}

/// The candidates bash's registered completion function offers for `line`.
fn bash(setup: &Setup, line: &str) -> Vec<String> {
    let words = words(line);
    let cword = words.len() - 1;
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source docker-cloud.bash\nCOMP_WORDS=({})\nCOMP_CWORD={cword}\nCOMP_LINE='{line}'\n\
         COMP_POINT=${{#COMP_LINE}}\nfunction=$(complete -p docker-cloud | sed 's/.*-F \\([^ ]*\\).*/\\1/')\n\
         $function docker-cloud '{}' '{}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        quoted.join(" "),
        words[cword],
        words[cword.saturating_sub(1)],
    );
    let output = setup
        .command("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .collect()
}

/// The candidates fish offers for `line`.
fn fish(setup: &Setup, line: &str) -> Vec<String> {
    let program = format!("source docker-cloud.fish; complete --do-complete='{line}'");
    let output = setup
        .command("fish")
        .args(["--no-config", "-c", &program])
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn bash_completes_subcommands_flags_and_values() {
    if available("bash") {
        let setup = Setup::new("bash", "docker-cloud.bash", &[]);
        check("bash", |line| bash(&setup, line));
    }
}

#[test]
fn fish_completes_subcommands_flags_and_values() {
    if available("fish") {
        let setup = Setup::new("fish", "docker-cloud.fish", &[]);
        check("fish", |line| fish(&setup, line));
    }
}

#[test]
fn zsh_completes_subcommands_flags_and_values() {
    if available("zsh") {
        let setup = Setup::new("zsh", "_docker-cloud", &[]);
        check("zsh", |line| zsh(&setup, line));
    }
}

/// Lines and the names from the server each must offer.
const NAMES: &[(&str, &[&str])] = &[
    ("docker-cloud service inspect ", &["web", "db", "hello"]),
    ("docker-cloud stack start ", &["wordpress", "api"]),
    ("docker-cloud container ps --service ", &["web", "db"]),
    ("docker-cloud exec ", &["web-1", "db-1"]),
    ("docker-cloud service ", &["ps", "!web"]),
    // Names come from the namespace the command line names (the tests' user has no other).
    (
        "docker-cloud --namespace elsewhere service inspect ",
        &["!web"],
    ),
];

#[test]
fn every_shell_completes_names_from_the_server() {
    let sandbox = Server::start(&["--seed", "demo"]);
    let vars = [
        ("DOCKERCLOUD_REST_HOST", sandbox.url.as_str()),
        ("DOCKERCLOUD_USER", USER),
        ("DOCKERCLOUD_APIKEY", APIKEY),
    ];
    type Complete = fn(&Setup, &str) -> Vec<String>;
    let shells: [(&str, &str, Complete); 3] = [
        ("bash", "docker-cloud.bash", bash),
        ("fish", "docker-cloud.fish", fish),
        ("zsh", "_docker-cloud", zsh),
    ];
    for (shell, file, complete) in shells {
        if !available(shell) {
            continue;
        }
        let setup = Setup::new(shell, file, &vars);
        check_cases(shell, NAMES, |line| complete(&setup, line));
        // A server that cannot be reached gives no names and no error: the static
        // completion stands.
        let unreachable = Setup::new(
            shell,
            file,
            &[
                ("DOCKERCLOUD_REST_HOST", "http://127.0.0.1:9"),
                ("DOCKERCLOUD_USER", "u"),
                ("DOCKERCLOUD_APIKEY", "k"),
            ],
        );
        let offered = complete(&unreachable, "docker-cloud service inspect ");
        assert!(!offered.iter().any(|c| c == "web"), "{shell}: {offered:?}");
    }
}

/// Types `line` and TAB into an interactive zsh whose `compadd` appends every candidate it
/// is given to a file, then reads that file.
fn zsh(setup: &Setup, line: &str) -> Vec<String> {
    let dir = setup.path();
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
    let mut child = setup
        .command("zsh")
        .arg("-i")
        .env("ZDOTDIR", dir)
        .env("TERM", "dumb")
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
