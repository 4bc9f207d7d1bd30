//! Arguments of `container ...`.

use clap::{Args, Subcommand};

use super::{Identifiers, LogsArgs, OperateArgs, RedeployArgs, UuidsArgs, WaitArgs};
use crate::api::resource::CONTAINER_STATES;

super::parse::group_commands! {
mod only;
/// `container` subcommands.
#[derive(Subcommand, Debug)]
pub enum ContainerCommand {
    /// Run a command in a running container
    Exec(ExecArgs),
    /// Print the detailed information of a container
    Inspect(Identifiers),
    /// Get the logs of a container
    Logs(LogsArgs),
    /// Redeploy a container
    Redeploy(RedeployArgs),
    /// List containers
    Ps(PsArgs),
    /// Start a container
    Start(OperateArgs),
    /// Stop a container
    Stop(OperateArgs),
    /// Terminate a container
    Terminate(OperateArgs),
    /// Wait until containers reach a state
    Wait(WaitArgs),
}
}

/// `exec` and `container exec`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  docker-cloud exec web-1 -- ls -la /app
  echo 'SELECT 1;' | docker-cloud exec db-1 mysql")]
pub struct ExecArgs {
    /// UUID (long or short), name, or name.stack_name of the container
    #[arg(value_name = "identifier", value_parser = crate::key::identifier)]
    pub identifier: String,
    /// The command and its arguments (default: the container's shell)
    #[arg(
        value_name = "COMMAND",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    pub command: Vec<String>,
}

/// `container ps`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  docker-cloud container ps --service web
  docker-cloud container ps --status Stopped -q")]
pub struct PsArgs {
    #[command(flatten)]
    pub quiet: UuidsArgs,
    /// Filter containers by status
    #[arg(short, long, value_parser = CONTAINER_STATES.to_vec())]
    pub status: Option<String>,
    /// Filter containers by service (UUID, short UUID, name or name.stack_name)
    #[arg(long, value_name = "SERVICE", value_parser = crate::key::identifier)]
    pub service: Option<String>,
}
