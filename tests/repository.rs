//! `docker-cloud repository ...` against a sandbox on a free port.

use crate::common::{
    demo_in, names_of, read_until, run_with_stdin, shown_so_far, spawn_with_terminal_stdin, text,
    Cli, Dialect,
};
use serde_json::Value;

fn ls_and_inspect(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let all = cli.run(&["repository", "ls", "--json"]).json();
    let names = names_of(&all);
    assert!(names.len() >= 2, "{all:#?}");
    let table = cli.run(&["repository", "ls"]);
    let out = table.ok();
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap().split_whitespace().collect::<Vec<_>>(),
        ["NAME", "IN_USE"]
    );
    for (line, repository) in lines.zip(all.as_array().unwrap()) {
        let in_use = if repository["in_use"] == true {
            "yes"
        } else {
            "no"
        };
        assert_eq!(
            line.split_whitespace().collect::<Vec<_>>(),
            [text(repository, "name"), in_use]
        );
    }
    assert_eq!(
        cli.run(&["repository", "ls", "-q"])
            .ok()
            .lines()
            .collect::<Vec<_>>(),
        names
    );

    let run = cli.run(&[
        "repository",
        "inspect",
        names[0],
        "nope/none",
        names[1],
        "--debug",
    ]);
    assert_eq!(run.code, 3);
    let docs: Vec<Value> = serde_json::Deserializer::from_str(&run.stdout)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(text(&docs[0], "name"), names[0]);
    assert_eq!(text(&docs[1], "name"), names[1]);
    assert!(run
        .stderr
        .contains("Cannot find a repository with the identifier 'nope/none'"));
    // The name goes into the path as it is, slashes included.
    assert!(run.requests()[0].ends_with(&d.path(&format!("/api/repo/v1/repository/{}/", names[0]))));
}

fn register_reads_the_password_from_stdin_and_never_shows_it(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let args = [
        "repository",
        "register",
        "quay.io/me/app",
        "-u",
        "bob",
        "--password-stdin",
        "--debug",
    ];
    let run = run_with_stdin(&cli, &args, "s3cret-pw\n");
    assert_eq!(run.ok(), "quay.io/me/app\n");
    assert!(!run.stderr.contains("s3cret-pw"), "{}", run.stderr);
    assert!(
        run.stderr.contains(r#""password":"<redacted>""#),
        "{}",
        run.stderr
    );
    let post = d.path("/api/repo/v1/repository/");
    assert!(
        run.requests().iter().any(|r| *r == format!("POST {post}")),
        "{}",
        run.stderr
    );
    let repository = cli.run(&["repository", "inspect", "quay.io/me/app"]).json();
    assert_eq!(text(&repository, "username"), "bob");

    // -p still works; --json prints the new repository.
    let run = cli.run(&[
        "repository",
        "register",
        "r.io/a/b",
        "-u",
        "u",
        "-p",
        "pw",
        "--json",
    ]);
    assert_eq!(text(&run.json(), "name"), "r.io/a/b");
    assert!(!run.stdout.contains("pw\""));
    let names = cli.run(&["repository", "ls", "-q"]);
    assert!(names.ok().lines().any(|l| l == "r.io/a/b"));
}

#[test]
fn missing_credentials_at_the_end_of_stdin_are_a_usage_error() {
    // Nothing listens here: any request would fail with exit 3.
    let cli = Cli::offline();
    for args in [
        &["repository", "register", "r.io/a/b"][..],
        &["repository", "register", "r.io/a/b", "-u", "bob"],
        &["repository", "register", "r.io/a/b", "-p", "pw"],
        &["repository", "update", "r.io/a/b"],
    ] {
        let run = cli.run(args);
        let err = run.fails(2);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("stdin ended"), "{args:?}: {err}");
    }
    // An empty stdin, a password flag given twice over, bad names.
    let run = run_with_stdin(
        &cli,
        &[
            "repository",
            "register",
            "r.io/a/b",
            "-u",
            "x",
            "--password-stdin",
        ],
        "",
    );
    assert!(run.fails(2).contains("stdin"), "{run:#?}");
    cli.run(&[
        "repository",
        "register",
        "r.io/a/b",
        "-u",
        "x",
        "-p",
        "y",
        "--password-stdin",
    ])
    .fails(2);
    for name in ["", "a//b", "a/../b", "/a/b", "a/b?x", "a b"] {
        let run = cli.run(&["repository", "inspect", name]);
        assert!(run.fails(2).contains("invalid repository name"), "{run:#?}");
        cli.run(&["repository", "rm", "ok.io/a", name]).fails(2);
    }
}

fn update_sends_only_what_changes(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    cli.run(&[
        "repository",
        "register",
        "r.io/a/b",
        "-u",
        "bob",
        "-p",
        "pw",
    ])
    .ok();
    let run = cli.run(&["repository", "update", "r.io/a/b", "-u", "alice", "--debug"]);
    assert_eq!(run.ok(), "r.io/a/b\n");
    assert!(
        run.stderr.contains(r#"> {"username":"alice"}"#),
        "{}",
        run.stderr
    );
    let repository = cli.run(&["repository", "inspect", "r.io/a/b"]).json();
    assert_eq!(text(&repository, "username"), "alice");

    // The same username again: no PATCH.
    let same = cli.run(&["repository", "update", "r.io/a/b", "-u", "alice", "--debug"]);
    assert_eq!(same.ok(), "r.io/a/b\n");
    assert!(same.only_read());

    // A password from stdin for several repositories; an unknown one fails alone.
    let args = [
        "repository",
        "update",
        "r.io/a/b",
        "no.io/x",
        "--password-stdin",
        "--debug",
    ];
    let run = run_with_stdin(&cli, &args, "new-pw");
    assert_eq!(run.code, 3, "{run:#?}");
    assert_eq!(run.stdout, "r.io/a/b\n");
    assert!(run
        .stderr
        .contains("Cannot find a repository with the identifier 'no.io/x'"));
    assert!(!run.stderr.contains("new-pw"));
    assert_eq!(run.sent("PATCH").len(), 1);
}

fn rm_removes_each_name(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    cli.run(&["repository", "register", "r.io/a/b", "-u", "u", "-p", "p"])
        .ok();
    cli.run(&["repository", "register", "r.io/c", "-u", "u", "-p", "p"])
        .ok();
    let run = cli.run(&[
        "repository",
        "rm",
        "r.io/a/b",
        "zz.io/none",
        "r.io/c",
        "r.io/a/b",
    ]);
    assert_eq!(run.code, 3);
    assert_eq!(run.stdout, "r.io/a/b\nr.io/c\n");
    assert_eq!(
        run.stderr.trim(),
        "Cannot find a repository with the identifier 'zz.io/none'"
    );
    let names = cli.run(&["repository", "ls", "-q"]);
    assert!(!names.ok().lines().any(|l| l.starts_with("r.io/")));
    cli.run(&["repository", "inspect", "r.io/c"]).fails(3);
}

/// Scripts that pipe the answers to the prompts, as they did with the original client: a
/// username line, then a password line; nothing echoed, nothing traced.
fn piped_answers_are_read_from_stdin(d: Dialect) {
    let (_sandbox, cli) = demo_in(d);
    let args = ["repository", "register", "p.io/me/app", "--debug"];
    let run = run_with_stdin(&cli, &args, "dave\npiped-pw\n");
    assert_eq!(run.ok(), "p.io/me/app\n");
    assert!(!run.stderr.contains("piped-pw"), "{}", run.stderr);
    let repository = cli.run(&["repository", "inspect", "p.io/me/app"]).json();
    assert_eq!(text(&repository, "username"), "dave");
    // -u given: the one line is the password. update reads the password the same way.
    let run = run_with_stdin(
        &cli,
        &["repository", "register", "p.io/b", "-u", "e"],
        "pw2",
    );
    assert_eq!(run.ok(), "p.io/b\n");
    let update = ["repository", "update", "p.io/b", "--debug"];
    let run = run_with_stdin(&cli, &update, "pw3\n");
    assert_eq!(run.ok(), "p.io/b\n");
    assert_eq!(run.sent("PATCH").len(), 1);
    // The end of input before the password: exit 2, nothing sent.
    let run = run_with_stdin(
        &cli,
        &["repository", "register", "p.io/c", "--debug"],
        "frank\n",
    );
    assert!(
        run.fails(2).contains("no password given: stdin ended"),
        "{run:#?}"
    );
    assert!(run.requests().is_empty(), "{run:#?}");
}

fn a_terminal_is_prompted_with_the_password_hidden(d: Dialect) {
    use std::io::{Read, Write};

    let (_sandbox, cli) = demo_in(d);
    let (mut terminal, mut child, mut stderr) =
        spawn_with_terminal_stdin(&cli, &["repository", "register", "t.io/me/app"], 80);
    let before = read_until(&mut stderr, "Username: ");
    assert!(before.contains("Please input username and password of the registry:"));
    terminal.write_all(b"carol\n").unwrap();
    read_until(&mut stderr, "Password: ");
    terminal.write_all(b"hidden-pw\n").unwrap();
    let status = child.wait().unwrap();
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    assert!(status.success(), "{stdout}");
    assert_eq!(stdout, "t.io/me/app\n");
    // What the terminal showed: the username echoed, the password not.
    let shown = shown_so_far(&mut terminal);
    assert!(shown.contains("carol"), "{shown:?}");
    assert!(!shown.contains("hidden-pw"), "{shown:?}");
    let repository = cli.run(&["repository", "inspect", "t.io/me/app"]).json();
    assert_eq!(text(&repository, "username"), "carol");
}

both_dialects!(
    ls_and_inspect,
    register_reads_the_password_from_stdin_and_never_shows_it,
    update_sends_only_what_changes,
    rm_removes_each_name,
    piped_answers_are_read_from_stdin,
    a_terminal_is_prompted_with_the_password_hidden,
);
