//! A tiny deterministic shell behind the exec stream: enough commands to make
//! `docker-cloud exec` sessions look real without running anything.

/// What the emulated container looks like from inside.
pub struct Machine {
    /// `hostname` output and `/etc/hostname`.
    pub hostname: String,
    /// The environment, in `env` order.
    pub env: Vec<(String, String)>,
    /// The initial working directory.
    pub workdir: String,
}

/// Which output stream a chunk belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    /// The `streamType` value on the wire.
    pub fn name(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }
}

/// End of transmission: the client's end of stdin.
const EOT: char = '\u{4}';

const ROOT_DIRS: &[&str] = &[
    "bin", "dev", "etc", "home", "lib", "proc", "root", "sys", "tmp", "usr", "var",
];
const ETC_FILES: &[&str] = &["hostname", "hosts", "os-release"];

enum Mode {
    /// Reading command lines from stdin.
    Shell,
    /// `cat` without arguments: stdin is echoed until EOT, then the session ends.
    Cat,
}

/// One exec session: feed it stdin, collect output, stop at the exit status.
pub struct Session {
    machine: Machine,
    mode: Mode,
    line: String,
    status: i32,
    output: Vec<(Stream, String)>,
}

impl Session {
    /// Starts `command` (empty means `sh`). Returns the session and, when the command
    /// already finished, its exit status.
    pub fn start(machine: Machine, command: &str) -> (Session, Option<i32>) {
        let mut session = Session {
            machine,
            mode: Mode::Shell,
            line: String::new(),
            status: 0,
            output: Vec::new(),
        };
        let words = split_words(command, &session.machine.env, 0);
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let exit = match words.as_slice() {
            [] => None,
            [shell, rest @ ..] if is_shell(shell) => match rest {
                ["-c", script, ..] => Some(session.run_script(script).unwrap_or(session.status)),
                _ => None,
            },
            ["cat"] => {
                session.mode = Mode::Cat;
                None
            }
            _ => Some(session.run_script(command).unwrap_or(session.status)),
        };
        (session, exit)
    }

    /// Feeds stdin text; returns the exit status once the session has ended.
    pub fn input(&mut self, text: &str) -> Option<i32> {
        for c in text.chars() {
            match self.mode {
                Mode::Cat if c == EOT => return Some(0),
                Mode::Cat => self.emit_char(c),
                Mode::Shell if c == EOT => {
                    let line = std::mem::take(&mut self.line);
                    return Some(self.run_script(&line).unwrap_or(self.status));
                }
                Mode::Shell if c == '\n' || c == '\r' => {
                    let line = std::mem::take(&mut self.line);
                    if let Some(code) = self.run_script(&line) {
                        return Some(code);
                    }
                }
                Mode::Shell => self.line.push(c),
            }
        }
        None
    }

    /// Takes the output produced so far.
    pub fn take_output(&mut self) -> Vec<(Stream, String)> {
        std::mem::take(&mut self.output)
    }

    fn emit(&mut self, stream: Stream, text: String) {
        if !text.is_empty() {
            self.output.push((stream, text));
        }
    }

    fn emit_char(&mut self, c: char) {
        match self.output.last_mut() {
            Some((Stream::Stdout, text)) => text.push(c),
            _ => self.output.push((Stream::Stdout, c.to_string())),
        }
    }

    /// Runs `;`-separated commands; returns the status when one of them was `exit`.
    fn run_script(&mut self, script: &str) -> Option<i32> {
        for command in split_commands(script) {
            let words = split_words(command, &self.machine.env, self.status);
            if words.is_empty() {
                continue;
            }
            let (words, targets) = redirections(words);
            if words.is_empty() {
                continue;
            }
            if words[0] == "exit" {
                let code = words
                    .get(1)
                    .map_or(Some(i64::from(self.status)), |w| w.parse::<i64>().ok());
                // Like `sh`: the status is taken modulo 256; a non-number is an error (2).
                return Some(code.map_or(2, |c| c.rem_euclid(256) as i32));
            }
            self.status = self.run(&words, targets);
        }
        None
    }

    /// Runs one command, its stdout and stderr going to `targets`, and returns its status.
    fn run(&mut self, words: &[String], targets: Targets) -> i32 {
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        let (status, out, err) = match words[0].as_str() {
            "echo" => match args.split_first() {
                Some((&"-n", rest)) => (0, rest.join(" "), String::new()),
                _ => (0, format!("{}\n", args.join(" ")), String::new()),
            },
            "true" | ":" => (0, String::new(), String::new()),
            "false" => (1, String::new(), String::new()),
            "hostname" => (0, format!("{}\n", self.machine.hostname), String::new()),
            "whoami" => (0, "root\n".into(), String::new()),
            "id" => (
                0,
                "uid=0(root) gid=0(root) groups=0(root)\n".into(),
                String::new(),
            ),
            "pwd" => (0, format!("{}\n", self.machine.workdir), String::new()),
            "env" | "printenv" => self.env(&args),
            "uname" => (0, self.uname(&args), String::new()),
            "date" => {
                let now = chrono::Utc::now().format("%a %b %e %H:%M:%S UTC %Y");
                (0, format!("{now}\n"), String::new())
            }
            "sleep" => (0, String::new(), String::new()),
            "ls" => self.ls(&args),
            "cd" => self.cd(&args),
            "cat" if args.is_empty() => {
                self.mode = Mode::Cat;
                (0, String::new(), String::new())
            }
            "cat" => self.cat(&args),
            other => (127, String::new(), format!("sh: {other}: not found\n")),
        };
        if let Some(stream) = targets.stdout {
            self.emit(stream, out);
        }
        if let Some(stream) = targets.stderr {
            self.emit(stream, err);
        }
        status
    }

    fn env(&self, names: &[&str]) -> (i32, String, String) {
        let mut out = String::new();
        let mut status = 0;
        if names.is_empty() {
            for (k, v) in &self.machine.env {
                out.push_str(&format!("{k}={v}\n"));
            }
        }
        for name in names {
            match lookup(&self.machine.env, name) {
                Some(v) => out.push_str(&format!("{v}\n")),
                None => status = 1,
            }
        }
        (status, out, String::new())
    }

    fn uname(&self, args: &[&str]) -> String {
        let host = &self.machine.hostname;
        let text = match args.first().copied() {
            Some("-a") => format!("Linux {host} 4.4.0-docker-cloud #1 SMP x86_64 Linux"),
            Some("-n") => host.clone(),
            Some("-r") => "4.4.0-docker-cloud".into(),
            Some("-m") => "x86_64".into(),
            _ => "Linux".into(),
        };
        text + "\n"
    }

    fn absolute(&self, path: &str) -> String {
        let joined = if path.starts_with('/') {
            path.to_string()
        } else {
            format!("{}/{path}", self.machine.workdir)
        };
        let mut parts: Vec<&str> = Vec::new();
        for part in joined.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                p => parts.push(p),
            }
        }
        format!("/{}", parts.join("/"))
    }

    /// The entries of a directory of the fake file system.
    fn dir(path: &str) -> Option<&'static [&'static str]> {
        match path {
            "/" => Some(ROOT_DIRS),
            "/etc" => Some(ETC_FILES),
            p => ROOT_DIRS
                .iter()
                .any(|d| p.strip_prefix('/') == Some(*d))
                .then_some(&[][..]),
        }
    }

    fn file(&self, path: &str) -> Option<String> {
        let host = &self.machine.hostname;
        match path {
            "/etc/hostname" => Some(format!("{host}\n")),
            "/etc/hosts" => Some(format!("127.0.0.1\tlocalhost\n127.0.1.1\t{host}\n")),
            "/etc/os-release" => Some(
                "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.4.6\nPRETTY_NAME=\"Alpine Linux v3.4\"\n"
                    .into(),
            ),
            _ => None,
        }
    }

    fn ls(&self, args: &[&str]) -> (i32, String, String) {
        let targets: Vec<&str> = args
            .iter()
            .copied()
            .filter(|a| !a.starts_with('-'))
            .collect();
        let targets = if targets.is_empty() {
            vec!["."]
        } else {
            targets
        };
        let (mut status, mut out, mut err) = (0, String::new(), String::new());
        for target in targets {
            let path = self.absolute(target);
            if let Some(entries) = Self::dir(&path) {
                out.extend(entries.iter().map(|e| format!("{e}\n")));
            } else if self.file(&path).is_some() {
                out.push_str(&format!("{target}\n"));
            } else {
                status = 1;
                err.push_str(&format!("ls: {target}: No such file or directory\n"));
            }
        }
        (status, out, err)
    }

    fn cd(&mut self, args: &[&str]) -> (i32, String, String) {
        let path = self.absolute(args.first().copied().unwrap_or("/root"));
        if Self::dir(&path).is_some() {
            self.machine.workdir = path;
            (0, String::new(), String::new())
        } else {
            let target = args.first().copied().unwrap_or_default();
            (2, String::new(), format!("sh: cd: can't cd to {target}\n"))
        }
    }

    fn cat(&self, args: &[&str]) -> (i32, String, String) {
        let (mut status, mut out, mut err) = (0, String::new(), String::new());
        for name in args {
            let path = self.absolute(name);
            match self.file(&path) {
                Some(text) => out.push_str(&text),
                None if Self::dir(&path).is_some() => {
                    status = 1;
                    err.push_str("cat: read error: Is a directory\n");
                }
                None => {
                    status = 1;
                    err.push_str(&format!(
                        "cat: can't open '{name}': No such file or directory\n"
                    ));
                }
            }
        }
        (status, out, err)
    }
}

fn is_shell(word: &str) -> bool {
    matches!(
        word,
        "sh" | "bash" | "ash" | "/bin/sh" | "/bin/bash" | "/bin/ash"
    )
}

fn lookup<'a>(env: &'a [(String, String)], name: &str) -> Option<&'a str> {
    env.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// Where a command's stdout and stderr go (`None`: discarded).
#[derive(Clone, Copy)]
struct Targets {
    stdout: Option<Stream>,
    stderr: Option<Stream>,
}

/// Takes the redirections out of a command's words: `>&2`, `2>&1`, and `>`, `1>`, `2>` to
/// a file (files are not kept: what goes there is discarded), applied left to right.
fn redirections(words: Vec<String>) -> (Vec<String>, Targets) {
    let mut targets = Targets {
        stdout: Some(Stream::Stdout),
        stderr: Some(Stream::Stderr),
    };
    let mut kept = Vec::new();
    let mut words = words.into_iter();
    while let Some(word) = words.next() {
        match word.as_str() {
            ">&2" | "1>&2" => targets.stdout = targets.stderr,
            "2>&1" => targets.stderr = targets.stdout,
            ">" | "1>" | ">>" | "1>>" => {
                words.next();
                targets.stdout = None;
            }
            "2>" | "2>>" => {
                words.next();
                targets.stderr = None;
            }
            w if w.starts_with("2>") => targets.stderr = None,
            w if w.starts_with('>') || w.starts_with("1>") => targets.stdout = None,
            _ => kept.push(word),
        }
    }
    (kept, targets)
}

/// Splits a line at `;` outside quotes.
fn split_commands(line: &str) -> Vec<&str> {
    let mut commands = Vec::new();
    let (mut start, mut quote, mut escaped) = (0, None, false);
    for (i, c) in line.char_indices() {
        match (c, quote) {
            _ if escaped => escaped = false,
            ('\\', q) if q != Some('\'') => escaped = true,
            ('\'' | '"', None) => quote = Some(c),
            (c, Some(q)) if c == q => quote = None,
            (';', None) => {
                commands.push(&line[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    commands.push(&line[start..]);
    commands
}

/// Splits a command into words the way `sh` would: quotes, backslashes and `$NAME`,
/// `${NAME}` and `$?` expansion (no globbing).
fn split_words(command: &str, env: &[(String, String)], status: i32) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    let mut chars = command.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quote) {
            ('\'', None) | ('"', None) => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            (c, Some(q)) if c == q => quote = None,
            ('\\', q) if q != Some('\'') => {
                if let Some(next) = chars.next() {
                    word.get_or_insert_with(String::new).push(next);
                }
            }
            ('$', q) if q != Some('\'') => {
                let value = expand(&mut chars, env, status);
                word.get_or_insert_with(String::new).push_str(&value);
            }
            (c, None) if c.is_whitespace() => words.extend(word.take()),
            (c, _) => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// Expands the variable after a `$`.
fn expand(
    chars: &mut std::iter::Peekable<std::str::Chars>,
    env: &[(String, String)],
    status: i32,
) -> String {
    if chars.next_if_eq(&'?').is_some() {
        return status.to_string();
    }
    let braced = chars.next_if_eq(&'{').is_some();
    let mut name = String::new();
    while let Some(c) = chars.next_if(|c| c.is_ascii_alphanumeric() || *c == '_') {
        name.push(c);
    }
    if braced {
        chars.next_if_eq(&'}');
    }
    if name.is_empty() && !braced {
        return "$".into();
    }
    lookup(env, &name).unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn machine() -> Machine {
        Machine {
            hostname: "web-1".into(),
            env: vec![
                ("PATH".into(), "/usr/bin:/bin".into()),
                ("HOME".into(), "/root".into()),
            ],
            workdir: "/".into(),
        }
    }

    fn one_shot(command: &str) -> (i32, Vec<(Stream, String)>) {
        let (mut s, exit) = Session::start(machine(), command);
        (exit.expect("finished"), s.take_output())
    }

    fn out(text: &str) -> Vec<(Stream, String)> {
        vec![(Stream::Stdout, text.to_string())]
    }

    #[test]
    fn one_shot_commands() {
        let prints = |command: &str, text: &str| {
            assert_eq!(one_shot(command), (0, out(text)), "{command}");
        };
        prints("echo hello world", "hello world\n");
        prints("echo \"a  b\" 'c $HOME' $HOME", "a  b c $HOME /root\n");
        prints("hostname", "web-1\n");
        prints("env", "PATH=/usr/bin:/bin\nHOME=/root\n");
        assert_eq!(one_shot("false"), (1, vec![]));
        assert_eq!(one_shot("exit 3"), (3, vec![]));
        assert_eq!(one_shot("exit 300"), (44, vec![]));
        assert_eq!(one_shot("exit x"), (2, vec![]));
        assert_eq!(one_shot("sh -c 'echo hi; exit 4'"), (4, out("hi\n")));
        assert_eq!(
            one_shot("sh -c \"echo out; echo err >&2\""),
            (
                0,
                vec![
                    (Stream::Stdout, "out\n".into()),
                    (Stream::Stderr, "err\n".into())
                ]
            )
        );
        assert_eq!(
            one_shot("ls /nowhere 2>&1; echo gone >/dev/null; ls /no 2> /dev/null"),
            (1, out("ls: /nowhere: No such file or directory\n"))
        );
        prints("ls /etc", "hostname\nhosts\nos-release\n");
        prints("cat /etc/hostname", "web-1\n");
        assert_eq!(
            one_shot("nope x"),
            (127, vec![(Stream::Stderr, "sh: nope: not found\n".into())])
        );
    }

    #[test]
    fn cat_echoes_stdin_until_eot() {
        let (mut s, exit) = Session::start(machine(), "cat");
        assert_eq!(exit, None);
        assert_eq!(s.input("line one\n"), None);
        assert_eq!(s.input("two\u{4}ignored"), Some(0));
        assert_eq!(s.take_output(), out("line one\ntwo"));
    }

    #[test]
    fn interactive_shell_runs_lines() {
        let (mut s, exit) = Session::start(machine(), "sh");
        assert_eq!(exit, None);
        assert_eq!(s.input("echo a\npw"), None);
        assert_eq!(s.input("d\ncd /etc; pwd\nfalse\n"), None);
        assert_eq!(s.input("echo $?\u{4}"), Some(0));
        assert_eq!(
            s.take_output(),
            vec![
                (Stream::Stdout, "a\n".into()),
                (Stream::Stdout, "/\n".into()),
                (Stream::Stdout, "/etc\n".into()),
                (Stream::Stdout, "1\n".into()),
            ]
        );
        let (mut s, _) = Session::start(machine(), "bash");
        assert_eq!(s.input("exit 5\necho never\n"), Some(5));
        assert!(s.take_output().is_empty());
    }
}
