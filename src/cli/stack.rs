//! Arguments of `stack ...` and the top-level `up`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{Identifiers, OperateArgs, RedeployArgs, SyncArgs, UuidsArgs, WaitArgs};

super::parse::group_commands! {
mod only;
/// `stack` subcommands.
#[derive(Subcommand, Debug)]
pub enum StackCommand {
    /// Create a new stack from stackfiles (not started)
    Create(CreateArgs),
    /// Export a stack as a stackfile
    Export(ExportArgs),
    /// Print the detailed information of a stack
    Inspect(Identifiers),
    /// List stacks
    Ls(UuidsArgs),
    /// Redeploy a running stack
    Redeploy(RedeployArgs),
    /// Start a stack
    Start(OperateArgs),
    /// Stop a stack
    Stop(OperateArgs),
    /// Terminate a stack
    Terminate(OperateArgs),
    /// Create and start a stack from stackfiles
    Up(CreateArgs),
    /// Update a stack's services from stackfiles
    Update(UpdateArgs),
    /// Wait until stacks reach a state
    Wait(WaitArgs),
}
}

/// `stack create|up` and `up`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  docker-cloud stack up --sync                 # docker-cloud.yml in this directory
  docker-cloud up -n shop -f base.yml -f prod.yml")]
pub struct CreateArgs {
    /// Stack name (default: the name of the directory holding the first stackfile)
    #[arg(short, long, value_parser = crate::values::name)]
    pub name: Option<String>,
    /// Stackfile to read (repeatable; later files are merged into earlier ones). Default:
    /// docker-cloud.yml (or tutum.yml, docker-compose.yml) in the current directory or the
    /// nearest parent, with its override file
    #[arg(short, long = "file", value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub sync: SyncArgs,
}

/// `stack update`.
#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// UUID (long or short) or name of the stack
    #[arg(value_parser = crate::key::identifier)]
    pub identifier: String,
    /// Stackfile to read (repeatable, as for `stack create`)
    #[arg(short, long = "file", value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub sync: SyncArgs,
}

/// `stack export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// UUID (long or short) or name of the stack
    #[arg(value_parser = crate::key::identifier)]
    pub identifier: String,
    /// Write the stackfile to FILE instead of stdout
    #[arg(short, long = "file", value_name = "FILE")]
    pub file: Option<PathBuf>,
}
