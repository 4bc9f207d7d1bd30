//! `completion` and `man` arguments.

use std::path::PathBuf;

use clap::Args;

/// `completion` arguments.
#[derive(Args, Debug)]
#[command(after_help = "\
Examples:
  bash:  docker-cloud completion bash > ~/.local/share/bash-completion/completions/docker-cloud
  zsh:   docker-cloud completion zsh > \"${fpath[1]}/_docker-cloud\"
  fish:  docker-cloud completion fish > ~/.config/fish/completions/docker-cloud.fish")]
pub struct CompletionArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `man` arguments.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  docker-cloud man service ps | man -l -
  mkdir -p ~/.local/share/man/man1 && docker-cloud man --out-dir ~/.local/share/man/man1")]
pub struct ManArgs {
    /// The command whose page to print, e.g. `service ps` (default: the top-level page)
    #[arg(value_name = "COMMAND", conflicts_with = "out_dir")]
    pub command: Vec<String>,

    /// Write the page of every command into DIR (docker-cloud.1, docker-cloud-service-ps.1,
    /// ...) instead of printing the top-level page
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}
