//! `completion`: shell completion scripts, generated from the command-line definitions so
//! that they always match them.

use clap::CommandFactory;

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
        clap_complete::Shell::Bash => bash_case_labels(&text, &name).into_bytes(),
        clap_complete::Shell::Fish => fish_option_values(&text).into_bytes(),
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
