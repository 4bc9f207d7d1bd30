//! `completion`: shell completion scripts, generated from the command-line definitions so
//! that they always match them, which also complete the names of objects from the server
//! (through `__complete`).

use std::time::Duration;

use clap::CommandFactory;

use crate::api::page::Fields;
use crate::api::resource::{Resource, ACTION, CONTAINER, NODE, NODECLUSTER, SERVICE, STACK};
use crate::api::Client;
use crate::config::Config;
use crate::fields;

use crate::cli::completion::CompletionArgs;
use crate::cli::Cli;
use crate::error::Result;
use crate::output::Output;

/// `completion SHELL`: prints the completion script for that shell.
pub fn completion(args: &CompletionArgs) -> Result<()> {
    let mut command = Cli::command();
    let name = command.get_name().to_string();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, name.clone(), &mut script);
    let text = String::from_utf8_lossy(&script);
    script = match args.shell {
        clap_complete::Shell::Bash => bash_names(&bash_case_labels(&text, &name)).into_bytes(),
        clap_complete::Shell::Fish => fish_names(&fish_option_values(&text)).into_bytes(),
        clap_complete::Shell::Zsh => zsh_names(&text).into_bytes(),
        _ => script,
    };
    Output::new(false, false).bytes(&script)
}

/// The bash script with its per-command case labels spelled the way its word loop builds
/// them. clap_complete builds the state as `<bin with - as __>__subcmd__<sub>` but labels
/// the cases below the top level with the binary's hyphens as `__subcmd__`
/// (`docker__subcmd__cloud__subcmd__service`), so that no subcommand ever matched.
fn bash_case_labels(script: &str, bin: &str) -> String {
    let built = bin.replace('-', "__");
    let labelled = bin.replace('-', "__subcmd__");
    if built == labelled {
        return script.to_string();
    }
    script.replace(
        &format!("{labelled}__subcmd__"),
        &format!("{built}__subcmd__"),
    )
}

/// Bash: the generated completion, then the names `__complete` gives for the word, if any.
const BASH_NAMES: &str = r#"
_docker__cloud_names() {
    _docker__cloud "$@"
    local cur="${COMP_WORDS[COMP_CWORD]}" names
    [[ "$cur" == -* ]] && return 0
    names="$("${COMP_WORDS[0]}" __complete "${COMP_WORDS[@]:1:COMP_CWORD-1}" 2>/dev/null)" || return 0
    if [[ -n "$names" ]]; then
        COMPREPLY=( $(compgen -W "$names" -- "$cur") )
    fi
}
"#;

/// The bash script completing object names too: [`BASH_NAMES`] registered instead of the
/// generated function.
fn bash_names(script: &str) -> String {
    let registered = script.replace(
        "complete -F _docker__cloud ",
        "complete -F _docker__cloud_names ",
    );
    match registered.find("\nif [[ \"${BASH_VERSINFO[0]}\" -eq 4") {
        Some(at) => format!("{}{BASH_NAMES}{}", &registered[..at], &registered[at..]),
        None => format!("{registered}{BASH_NAMES}"),
    }
}

/// Fish: the names `__complete` gives for the word, when it gives any.
const FISH_NAMES: &str = r#"
function __fish_docker_cloud_names
    set -l words (commandline -opc)
    command $words[1] __complete $words[2..-1] 2>/dev/null
end
complete -c docker-cloud -n 'test -n "$(__fish_docker_cloud_names)"' -f -a '(__fish_docker_cloud_names)'
"#;

/// The fish script completing object names too: as arguments ([`FISH_NAMES`]) and as the
/// values of options (`--service`, `--stack`, ...; other options get none and keep files).
fn fish_names(script: &str) -> String {
    let mut text = String::new();
    for line in script.lines() {
        text.push_str(line);
        if line.starts_with("complete -c docker-cloud ") && line.ends_with(" -r") {
            text.push_str(" -a '(__fish_docker_cloud_names)'");
        }
        text.push('\n');
    }
    text.push_str(FISH_NAMES);
    text
}

/// Zsh: the names `__complete` gives for the word, else files as before.
const ZSH_NAMES: &str = r#"
_docker-cloud_names() {
    local -a before names
    before=(${(z)LBUFFER})
    [[ "$LBUFFER" == *[[:space:]] ]] || before=(${before[1,-2]})
    names=(${(f)"$(${before[1]} __complete ${before[2,-1]} 2>/dev/null)"})
    if (( ${#names} )); then
        compadd -a names
    else
        _default
    fi
}
"#;

/// The zsh script completing object names too: every value completed with `_default`
/// goes through [`ZSH_NAMES`] first.
fn zsh_names(script: &str) -> String {
    let script = script.replace(":_default'", ":_docker-cloud_names'");
    match script.find("\nif [ \"$funcstack[1]\" = \"_docker-cloud\" ]") {
        Some(at) => format!("{}{ZSH_NAMES}{}", &script[..at], &script[at..]),
        None => format!("{script}{ZSH_NAMES}"),
    }
}

/// The fish script with the values of a top-level option offered: clap_complete's
/// `needs_command` check fails while the option still lacks its value (`docker-cloud --api
/// <TAB>`), which hid every value; the command is still needed then.
fn fish_option_values(script: &str) -> String {
    script.replacen(
        "argparse -s (__fish_docker_cloud_global_optspecs) -- $cmd 2>/dev/null\n    or return\n",
        "argparse -s (__fish_docker_cloud_global_optspecs) -- $cmd 2>/dev/null\n    or return 0\n",
        1,
    )
}

/// The hidden first argument with which the completion scripts ask for names
/// (`docker-cloud __complete service inspect`); see [`names`].
pub const NAMES: &str = "__complete";

/// How long a completion may wait for the server to answer, and to connect.
const NAMES_TIMEOUT: Duration = Duration::from_secs(2);
const NAMES_CONNECT_TIMEOUT: Duration = Duration::from_secs(1);

/// `__complete WORD...`: prints the names of the objects the next word may name (services
/// after `service inspect`, stacks after `--stack`, ...), one per line, from the server's
/// first page, or nothing. The server gets [`NAMES_TIMEOUT`] to answer, so that a TAB never
/// hangs.
pub fn names(words: &[String], mut config: Config) -> Result<()> {
    let Some(resource) = wanted(words) else {
        return Ok(());
    };
    // A namespace given on the command line is the one the names come from.
    let given =
        words
            .iter()
            .enumerate()
            .find_map(|(index, word)| match word.strip_prefix("--namespace") {
                Some("") => words.get(index + 1).cloned(),
                Some(value) => value.strip_prefix('=').map(str::to_string),
                None => None,
            });
    if given.is_some() {
        config.namespace = given;
    }
    config.timeout = NAMES_TIMEOUT;
    config.connect_timeout = NAMES_CONNECT_TIMEOUT;
    let client = Client::new(config, false)?;
    let mut text = String::new();
    client.list(resource, &[], 100, Fields::All, |objects| {
        for object in &objects {
            let name = match fields::text(object, "name") {
                "" => fields::uuid(object),
                name => name,
            };
            if !name.is_empty() {
                text.push_str(name);
                text.push('\n');
            }
        }
        Ok(false)
    })?;
    Output::new(false, false).bytes(text.as_bytes())
}

/// The kind of object the word after `words` names: the value of `--service`, `--stack`,
/// `--volumes-from` or `--link-service`, or the identifier of a command that takes one (of
/// its group's kind).
fn wanted(words: &[String]) -> Option<&'static Resource> {
    let mut root = Cli::command();
    root.build();
    let mut command = &root;
    let mut group = None;
    let mut positionals = 0;
    let mut value_of: Option<String> = None;
    for word in words {
        if value_of.take().is_some() {
            continue;
        }
        let option = if let Some(long) = word.strip_prefix("--") {
            (!long.contains('='))
                .then(|| command.get_arguments().find(|a| a.get_long() == Some(long)))
        } else if word.len() > 1 && word.starts_with('-') {
            let short = word.chars().last();
            Some(command.get_arguments().find(|a| a.get_short() == short))
        } else {
            None
        };
        if let Some(option) = option {
            if let Some(arg) = option.filter(|a| a.get_action().takes_values()) {
                value_of = Some(arg.get_long().unwrap_or_default().to_string());
            }
            continue;
        }
        match command.find_subcommand(word).filter(|_| positionals == 0) {
            Some(sub) => {
                group.get_or_insert(sub.get_name().to_string());
                command = sub;
            }
            None => positionals += 1,
        }
    }
    if let Some(option) = value_of {
        return match option.as_str() {
            "service" | "volumes-from" | "link-service" => Some(&SERVICE),
            "stack" => Some(&STACK),
            _ => None,
        };
    }
    let identifier = command
        .get_arguments()
        .find(|a| a.is_positional() && a.get_id() == "identifier")?;
    let several = matches!(identifier.get_action(), clap::ArgAction::Append);
    if positionals > 0 && !several {
        return None;
    }
    match group.as_deref()? {
        "service" | "trigger" | "tag" => Some(&SERVICE),
        "container" | "exec" => Some(&CONTAINER),
        "stack" => Some(&STACK),
        "nodecluster" => Some(&NODECLUSTER),
        "node" => Some(&NODE),
        "action" => Some(&ACTION),
        _ => None,
    }
}
