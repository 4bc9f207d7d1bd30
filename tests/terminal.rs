//! Terminal behaviour: tables fitted to a terminal's width but never cut when piped, colours
//! only on a terminal and never with NO_COLOR, no escape sequences in piped output, and a
//! reader that goes away early (`| head -1`) ends the command quietly with status 0.

use std::io::{BufRead, BufReader};

use crate::common::{demo, run_on_terminal, run_with_terminal_stderr, Cli, Server};
use unicode_width::UnicodeWidthStr;

/// A service whose name is longer than any narrow terminal.
const LONG_NAME: &str = "a-service-name-that-is-much-longer-than-a-narrow-terminal";

/// The demo data plus a service with [`LONG_NAME`].
fn with_long_name() -> (Server, Cli) {
    let (sandbox, cli) = demo();
    cli.run(&["service", "create", "--name", LONG_NAME, "busybox"])
        .ok();
    (sandbox, cli)
}

#[test]
fn piped_tables_are_never_cut_whatever_columns_says() {
    let (_sandbox, cli) = with_long_name();
    let wide = cli.run(&["service", "ps"]);
    assert!(wide.ok().contains(LONG_NAME), "{wide:#?}");
    let narrow = cli.clone().with("COLUMNS", "20").run(&["service", "ps"]);
    assert_eq!(narrow.ok(), wide.stdout);
    assert!(!narrow.stdout.contains('…'));
    assert!(narrow.stdout.lines().any(|line| line.width() > 100));
}

#[test]
fn a_terminal_gets_tables_that_fit_its_width() {
    let (_sandbox, cli) = demo();
    for args in [["container", "ps"], ["service", "ps"]] {
        let run = run_on_terminal(&cli, &args, 80);
        assert_eq!(run.code, 0, "{run:#?}");
        let lines: Vec<&str> = run.stdout.lines().collect();
        assert!(lines.len() > 2, "{run:#?}");
        assert!(lines[0].starts_with("NAME"), "{run:#?}");
        for line in &lines {
            assert!(line.width() <= 80, "{} columns: {line}", line.width());
        }
        assert!(run.stdout.contains('…'), "{}", run.stdout);
        // Names and short uuids are never cut.
        let piped = cli.run(&args);
        for row in piped.ok().lines().skip(1) {
            let mut cells = row.split_whitespace();
            let (name, uuid) = (cells.next().unwrap(), cells.next().unwrap());
            let shown = run
                .stdout
                .lines()
                .any(|l| l.starts_with(&format!("{name} ")) && l.contains(&format!(" {uuid} ")));
            assert!(shown, "{name} {uuid}: {}", run.stdout);
        }
        // A terminal wide enough shows everything, and so does --no-trunc.
        let wide = run_on_terminal(&cli, &args, 400);
        assert_eq!(wide.stdout, piped.stdout);
        let mut whole = vec!["--no-trunc"];
        whole.extend(args);
        let whole = run_on_terminal(&cli, &whole, 80);
        assert!(!whole.stdout.contains('…'), "{}", whole.stdout);
    }
}

#[test]
fn a_long_name_stays_whole_and_the_redeploy_marker_stays() {
    let (_sandbox, cli) = with_long_name();
    cli.run(&["service", "set", "web", "--env", "X=1"]).ok();
    let run = run_on_terminal(&cli, &["service", "ps"], 70);
    assert!(run.stdout.contains(LONG_NAME), "{}", run.stdout);
    let web = run.stdout.lines().find(|l| l.starts_with("web ")).unwrap();
    assert!(web.contains("▶ Running(*)"), "{}", run.stdout);
    assert!(run.stdout.contains("(*) Please note"), "{}", run.stdout);
}

#[test]
fn a_terminal_of_unknown_size_falls_back_to_columns() {
    let (_sandbox, cli) = demo();
    let run = run_on_terminal(&cli.clone().with("COLUMNS", "80"), &["container", "ps"], 0);
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.contains('…'), "{}", run.stdout);
    assert!(
        run.stdout.lines().all(|line| line.width() <= 80),
        "{}",
        run.stdout
    );
    let unknown = run_on_terminal(&cli, &["container", "ps"], 0);
    assert!(!unknown.stdout.contains('…'), "{}", unknown.stdout);
}

#[test]
fn mutations_say_what_happened_on_a_terminal() {
    let (_sandbox, cli) = demo();
    let uuid = cli.run(&["service", "inspect", "db"]).json()["uuid"].clone();
    let run = run_with_terminal_stderr(&cli, &["service", "stop", "db", "--sync"]);
    assert_eq!(
        run.stdout,
        format!("{}\n", uuid.as_str().unwrap()),
        "{run:#?}"
    );
    assert_eq!(run.stderr.trim(), "Service Stop db: Success", "{run:#?}");
    let scaled = run_with_terminal_stderr(&cli, &["service", "scale", "hello", "3"]);
    assert!(
        scaled.stderr.starts_with("Service Scale hello: "),
        "{scaled:#?}"
    );
    // Piped, stderr stays quiet.
    let piped = cli.run(&["service", "start", "db", "--sync"]);
    assert_eq!(piped.stderr, "", "{piped:#?}");
}

#[test]
fn log_colours_show_on_a_terminal_unless_no_color_is_set() {
    let (_sandbox, cli) = demo();
    let args = ["service", "logs", "web"];
    let coloured = run_on_terminal(&cli, &args, 120);
    assert_eq!(coloured.code, 0, "{coloured:#?}");
    assert!(coloured.stdout.contains("\x1b[1;3"), "{coloured:#?}");
    let plain = run_on_terminal(&cli.clone().with("NO_COLOR", "1"), &args, 120);
    assert_eq!(plain.code, 0, "{plain:#?}");
    assert!(!plain.stdout.is_empty());
    assert!(!plain.stdout.contains('\x1b'), "{plain:#?}");
    // An empty NO_COLOR counts as unset.
    let empty = run_on_terminal(&cli.clone().with("NO_COLOR", ""), &args, 120);
    assert!(empty.stdout.contains("\x1b[1;3"), "{empty:#?}");
}

#[test]
fn piped_output_has_no_escape_sequences() {
    let (_sandbox, cli) = demo();
    for args in [
        &["service", "ps"][..],
        &["service", "logs", "web"],
        &["container", "ps"],
        &["service", "scale", "web", "3", "--sync"],
        &["stack", "ls"],
    ] {
        let run = cli.run(args);
        assert_eq!(run.code, 0, "{args:?}: {run:#?}");
        assert!(!run.stdout.is_empty(), "{args:?}");
        assert!(!run.stdout.contains('\x1b'), "{args:?}: {run:#?}");
        assert!(!run.stderr.contains('\x1b'), "{args:?}: {run:#?}");
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    let sandbox = Server::start(&["--seed", "scale:3000"]);
    let cli = Cli::new(&sandbox);
    for args in [
        &["service", "ps"][..],
        &["service", "ps", "-q"],
        &["--json", "service", "ps"],
        &["completion", "bash"],
    ] {
        let mut child = cli.spawn(args);
        let mut first = String::new();
        let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
        reader.read_line(&mut first).expect("first line");
        assert!(!first.trim().is_empty(), "{args:?}");
        // Like `head -1`: close the pipe with far more output still to come.
        drop(reader);
        let output = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

/// Server data with escape sequences (here a run command) cannot drive the terminal that
/// shows it: on a terminal its control characters are shown escaped; piped output and
/// `--json` stay exact.
#[test]
fn control_characters_of_server_data_are_escaped_on_a_terminal() {
    let (_sandbox, cli) = demo();
    let command = "\u{1b}]0;x\u{7}\u{9b}2J";
    cli.run(&["run", "busybox", "-n", "esc", "-r", command, "--sync"])
        .ok();
    let shown = run_on_terminal(&cli, &["container", "ps", "--no-trunc"], 250);
    assert_eq!(shown.code, 0, "{shown:#?}");
    assert!(
        !shown.stdout.contains(['\u{1b}', '\u{7}', '\u{9b}']),
        "{shown:#?}"
    );
    assert!(
        shown.stdout.contains(r"\u{1b}]0;x\u{7}\u{9b}2J"),
        "{shown:#?}"
    );
    let piped = cli.run(&["container", "ps", "--no-trunc"]);
    assert!(piped.ok().contains(command), "{piped:#?}");
    let json = run_on_terminal(&cli, &["service", "inspect", "esc", "--json"], 250);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["run_command"], command);
}
