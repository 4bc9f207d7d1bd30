//! Confirmations: `terminate` and `rm` ask on a terminal, `-y/--yes` skips the question, and
//! without a terminal nothing is ever asked.

use std::io::{Read, Write};

use crate::common::{demo_in, read_until, spawn_with_terminal_stdin, Cli, Dialect};

/// Runs `args` with a terminal on stdin, answers `answer` to the question, and returns the
/// exit status and everything on stderr.
fn answered(cli: &Cli, args: &[&str], answer: &str) -> (i32, String) {
    let (mut terminal, mut child, mut stderr) = spawn_with_terminal_stdin(cli, args, 80);
    let mut shown = read_until(&mut stderr, "[y/N] ");
    terminal.write_all(answer.as_bytes()).unwrap();
    let status = child.wait().unwrap();
    stderr.read_to_string(&mut shown).unwrap();
    (status.code().unwrap_or(-1), shown)
}

fn state(cli: &Cli, service: &str) -> String {
    let json = cli.run(&["service", "inspect", service]).json();
    json["state"].as_str().unwrap().to_string()
}

fn terminate_asks_on_a_terminal(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let (code, stderr) = answered(&cli, &["service", "terminate", "hello"], "n\n");
    assert!(
        stderr.starts_with("Terminate service 'hello' ("),
        "{stderr}"
    );
    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("Not confirmed: service 'hello'"),
        "{stderr}"
    );
    assert_ne!(state(&cli, "hello"), "Terminated");
    let (code, stderr) = answered(&cli, &["service", "terminate", "hello", "--sync"], "y\n");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(state(&cli, "hello"), "Terminated");
    // -y: no question, even on a terminal.
    let (_, mut child, mut stderr) =
        spawn_with_terminal_stdin(&cli, &["container", "terminate", "web-1", "-y"], 80);
    assert!(child.wait().unwrap().success());
    let mut text = String::new();
    stderr.read_to_string(&mut text).unwrap();
    assert!(!text.contains("[y/N]"), "{text}");
    // Without a terminal: no question (stdin is empty here).
    cli.run(&["stack", "terminate", "monitoring"]).ok();
}

both_dialects!(terminate_asks_on_a_terminal);
