//! Arguments of `repository ...`.

use clap::{Args, Subcommand};

use super::QuietArgs;

super::parse::group_commands! {
mod only;
/// `repository` subcommands.
#[derive(Subcommand, Debug)]
pub enum RepositoryCommand {
    /// Print the detailed information of a repository
    Inspect(Names),
    /// List the registered repositories
    Ls(QuietArgs),
    /// Register a repository of a third-party registry
    Register(RegisterArgs),
    /// Remove a registered repository
    Rm(Names),
    /// Update the credentials of registered repositories
    Update(UpdateArgs),
}
}

/// Full repository names.
#[derive(Args, Debug)]
pub struct Names {
    /// Full repository name, e.g. quay.io/tutum/hello-world
    #[arg(value_name = "repository_name", required = true, value_parser = crate::key::repository)]
    pub name: Vec<String>,
}

/// Registry credentials: `-u`, and `-p` or `--password-stdin` (prompted for when missing and
/// stdin is a terminal).
#[derive(Args, Debug)]
pub struct Credentials {
    /// Username of the registry
    #[arg(short, long)]
    pub username: Option<String>,
    /// Password of the registry (visible to other users of this machine; prefer
    /// --password-stdin or the prompt)
    #[arg(short, long, conflicts_with = "password_stdin")]
    pub password: Option<String>,
    /// Read the password from stdin (up to the end of input, without the final newline)
    #[arg(long)]
    pub password_stdin: bool,
}

/// `repository register NAME`.
#[derive(Args, Debug)]
pub struct RegisterArgs {
    /// Full repository name, e.g. quay.io/tutum/hello-world
    #[arg(value_name = "repository_name", value_parser = crate::key::repository)]
    pub name: String,
    #[command(flatten)]
    pub credentials: Credentials,
}

/// `repository update NAME...`.
#[derive(Args, Debug)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub names: Names,
    #[command(flatten)]
    pub credentials: Credentials,
}
